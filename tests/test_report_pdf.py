"""The reports from the demo data, checked with real PDF tools (pdftotext, pdffonts, pdfinfo)."""

from __future__ import annotations

import gc
import json
import re
import sys

import pytest

from kmdesk.paths import resource
from tests.report_support import (
    add_one_role_person,
    flat,
    page_size_pt,
    pdf_pages,
    pdffonts,
    pdftotext,
    private_demo,
)

with open(resource("framework", "default.json"), encoding="utf-8") as fh:
    FRAMEWORK = json.load(fh)
COMPETENCIES_TH = [c["th"] for c in FRAMEWORK["competencies"]]
COMPETENCIES_EN = [c["en"] for c in FRAMEWORK["competencies"]]
LEVELS_TH = [lv["th"] for lv in FRAMEWORK["scale"]["levels"]]
PERSON = "สุภาพร ใจงาม"  # บางจาก, พช.
TEAM = "ท่าไร่"
A4_PT = (595, 842)


@pytest.fixture(scope="module")
def demo(qapp, demo_template, tmp_path_factory):
    """A private demo database (built once for the module) and a folder for the PDFs."""
    found = private_demo(demo_template, tmp_path_factory.mktemp("reports"))
    yield found
    found[0].dispose()


@pytest.fixture(scope="module")
def person_th(demo):
    from kmdesk.report import write_person_report

    database, folder, known = demo
    path = folder / "person_th.pdf"
    person, rnd = known["people"][PERSON], known["rounds"]["รอบที่ 3"]
    write_person_report(database, person.id, rnd.id, path)
    return path


@pytest.fixture(scope="module")
def team_th(demo):
    from kmdesk.report import write_team_report

    database, folder, known = demo
    path = folder / "team_th.pdf"
    write_team_report(database, known["teams"][TEAM].id, known["rounds"]["รอบที่ 3"].id, path)
    return path


@pytest.fixture(scope="module")
def team_anonymous(demo):
    from kmdesk.report import write_team_report

    database, folder, known = demo
    path = folder / "team_anon.pdf"
    team, rnd = known["teams"][TEAM].id, known["rounds"]["รอบที่ 3"].id
    write_team_report(database, team, rnd, path, anonymous=True)
    return path


def test_personal_report_gives_back_the_thai_words(person_th, demo):
    text = pdftotext(person_th)
    assert PERSON in text
    assert "พช." in text and "บางจาก" in text
    assert "รอบที่ 3" in text
    assert "8 สิงหาคม 2568" in text  # the round's date, Buddhist Era
    assert "หน้า 1/" in text
    assert "แบบประเมินตนเองของคุณอำนวย" in text  # sara am comes back as one letter
    # Verbatim, but cells wrap lines wherever the width ends, so white space is ignored.
    for name in COMPETENCIES_TH:
        assert flat(name) in flat(text), name
    for level in LEVELS_TH:
        assert flat(level) in flat(text), level
    assert "ลงชื่อ" in text and "ผู้ประเมิน" in text


def test_thai_text_layer_has_no_private_use_letters_or_split_clusters(person_th):
    text = pdftotext(person_th)
    assert not [ch for ch in text if 0xE000 <= ord(ch) <= 0xF8FF]
    # tone marks over and under letters, the tall letters' shifted marks, sara am
    for word in ("หน่วยงาน", "กลุ่ม", "ที่", "เป็น", "เป้าหมาย", "ผู้ประเมิน", "สม่ำเสมอ"):
        assert word in text, word


def test_english_report_is_english_throughout(demo):
    from kmdesk.report import write_person_report

    database, folder, known = demo
    path = folder / "person_en.pdf"
    person, rnd = known["people"][PERSON], known["rounds"]["รอบที่ 3"]
    write_person_report(database, person.id, rnd.id, path, lang="en")
    text = pdftotext(path)
    assert "Page 1 of" in text
    assert "Facilitator self-assessment" in text
    assert "8 Aug 2025" in text
    for name in COMPETENCIES_EN:
        assert flat(name) in flat(text), name
    # the report's own words are English; names, rounds and notes stay as people wrote them
    for thai in ("หน้า 1/", "ลงชื่อ", "แบบประเมินตนเอง", "เป้าหมาย", "ความก้าวหน้า"):
        assert thai not in text, thai


def test_every_font_is_embedded_and_the_page_is_a4(person_th, team_th):
    for path in (person_th, team_th):
        fonts = pdffonts(path)
        assert {f["name"] for f in fonts} >= {"Laksaman", "Laksaman-Bold"}
        assert all(f["emb"] == "yes" for f in fonts), fonts
        assert all(f["uni"] == "yes" for f in fonts), fonts
        width, height = page_size_pt(path)
        assert (round(width), round(height)) == A4_PT


def test_page_counts_follow_the_content(person_th, team_th, demo):
    """A personal report prints each role's charts on the first page and one table of the
    levels and evidence for all roles: the demo person rated all three roles, in at most five
    pages; a person with one role gets two (tests/test_report_pages.py holds the limits)."""
    from kmdesk.report import write_person_report

    assert 3 <= pdf_pages(person_th) <= 5
    database, folder, known = demo
    rnd = known["rounds"]["รอบที่ 3"]
    one = add_one_role_person(database, known["teams"]["บางจาก"].id, rnd.id)
    path = folder / "one_role.pdf"
    write_person_report(database, one.id, rnd.id, path)
    assert pdf_pages(path) <= 2
    text = pdftotext(path)
    assert "ผู้บันทึก" in text and "ผู้ประสานงาน" not in text
    assert flat("หมายถึงอะไรในงานของเรา") in flat(text)  # the not-sure answer, asked
    # A team: a cover with the members, about two pages of charts per role, the progress.
    assert 1 + 3 * 2 <= pdf_pages(team_th) <= 1 + 3 * 3 + 2


def test_team_report_names_members_and_shows_every_part(team_th, demo):
    _, _, known = demo
    text = pdftotext(team_th)
    members = [f for f in known["people"].values() if f.team_id == known["teams"][TEAM].id]
    for member in members:
        assert member.name in text
        assert member.agency in text
    for part in ("ธารปัญญา", "ตารางแห่งอิสรภาพ", "คู่เรียนรู้", "ต้องการความช่วยเหลือจากภายนอก"):
        assert part in text, part
    assert "ความก้าวหน้าของทีมตลอดทุกรอบ" in text
    # the demo's ท่าไร่ team finds K2 and S6 hard: nobody in the team can teach them
    outside = text.split("ต้องการความช่วยเหลือจากภายนอก", 1)[1]
    assert "K2" in outside and "S6" in outside


def test_anonymous_team_report_names_nobody(team_anonymous, demo):
    _, _, known = demo
    text = pdftotext(team_anonymous)
    team = known["teams"][TEAM]
    for person in known["people"].values():
        assert person.name not in text
        for word in person.name.split():
            assert word not in text, word
        if person.team_id == team.id:
            assert person.agency not in text
    assert TEAM in text
    assert re.search(r"\bA\b", text) and re.search(r"\bC\b", text)


def test_nothing_to_report_for_a_round_without_ratings(demo):
    import datetime as dt

    from kmdesk.report import NothingToReport, write_person_report
    from kmdesk.store import repo

    database, folder, known = demo
    empty = repo.add_round(database, "รอบว่าง", dt.date(2026, 2, 8))
    with pytest.raises(NothingToReport):
        write_person_report(database, known["people"][PERSON].id, empty.id, folder / "x.pdf")
    assert not list(folder.glob("*.part")) and not (folder / "x.pdf").exists()


def test_no_qt_warning_while_writing(demo, qtlog):
    from PySide6.QtCore import QtMsgType

    from kmdesk.report import write_team_report

    database, folder, known = demo
    team, rnd = known["teams"]["มะม่วงสองต้น"].id, known["rounds"]["รอบที่ 2"].id
    write_team_report(database, team, rnd, folder / "quiet.pdf", lang="en")
    loud = [r for r in qtlog.records if r.type != QtMsgType.QtDebugMsg]
    assert not loud, [r.message for r in loud]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_writing_reports_leaves_none_its_references(demo):
    """PySide6 6.12 takes a reference from None at every call that returns nothing; a round's
    worth of reports must not run None's count down to the "deallocating None" abort."""
    from kmdesk.report import write_person_report

    database, folder, known = demo
    person, rnd = known["people"]["วิชัย ทองดี"], known["rounds"]["รอบที่ 2"]
    write_person_report(database, person.id, rnd.id, folder / "warm.pdf", lang="en")
    # the collector frees other tests' garbage (and its Nones) at random times: not now
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(3):
            write_person_report(database, person.id, rnd.id, folder / "again.pdf", lang="en")
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after >= before - 2
