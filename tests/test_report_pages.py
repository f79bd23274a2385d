"""Reports that fit on paper: page counts, no heading left at a page's foot, no page of "none"."""

from __future__ import annotations

import json

import pytest

from kmdesk.paths import resource
from tests.report_support import (
    add_partial_person,
    busiest,
    flat,
    page_bodies,
    page_problems,
    pdf_pages,
    pdftotext,
    private_demo,
)

with open(resource("framework", "default.json"), encoding="utf-8") as fh:
    FRAMEWORK = json.load(fh)


def nones(lang: str) -> list[str]:
    """Every "nothing here" sentence the reports may print."""
    from kmdesk.report.words import WORDS, w

    return [w(key, lang) for key in WORDS.entries if key.startswith(("none", "no_"))]


@pytest.fixture(scope="module")
def demo(qapp, demo_template, tmp_path_factory):
    """A private demo database (built once for the module) and a folder for the PDFs."""
    found = private_demo(demo_template, tmp_path_factory.mktemp("pages"))
    yield found
    found[0].dispose()


def person_pdf(demo, name: str, lang: str = "th", **options):
    """Write a personal report for the demo's busiest person and round; (path, html)."""
    from kmdesk.report.data import person_data
    from kmdesk.report.person import build_person_document

    database, folder, _ = demo
    person, rnd = busiest(database)
    chosen = {"role": options.pop("role")} if "role" in options else {}
    with database.session() as session:
        data = person_data(session, person.id, rnd.id, **chosen)
    doc = build_person_document(data, lang, **options)
    path = folder / f"{name}.pdf"
    doc.write(path)
    return path, doc.html()


def team_pdf(demo, team: str, round_title: str, lang: str = "th", **options):
    from kmdesk.report.data import team_data
    from kmdesk.report.team import build_team_document

    database, folder, known = demo
    with database.session() as session:
        data = team_data(
            session, known["teams"][team].id, known["rounds"][round_title].id, **options
        )
    doc = build_team_document(data, lang)
    path = folder / f"team {team} {round_title} {lang}.pdf"
    doc.write(path)
    return path, doc.html()


@pytest.fixture(scope="module")
def three_roles(demo):
    return person_pdf(demo, "busiest")


@pytest.fixture(scope="module")
def one_role(demo):
    return person_pdf(demo, "busiest recorder", role="recorder")


def test_the_busiest_personal_report_fits_five_pages_for_three_roles(three_roles):
    path, _ = three_roles
    assert pdf_pages(path) <= 5


def test_a_one_role_report_fits_two_pages_and_holds_that_role_only(one_role):
    path, _ = one_role
    assert pdf_pages(path) <= 2
    text = pdftotext(path)
    assert "ผู้บันทึก" in text
    assert "ผู้ประสานงาน" not in text and "ผู้นำกระบวนการ" not in text


@pytest.mark.parametrize("which", ["three_roles", "one_role"])
def test_no_personal_page_ends_on_a_heading_or_holds_only_none(which, request):
    path, html_text = request.getfixturevalue(which)
    assert page_problems(path, html_text, nones("th")) == []


def test_the_english_report_fits_too(demo):
    path, html_text = person_pdf(demo, "busiest en", lang="en")
    assert pdf_pages(path) <= 5
    assert page_problems(path, html_text, nones("en")) == []


def test_the_first_page_keys_the_chart_codes_to_the_competency_names(three_roles, demo):
    path, _ = three_roles
    first = page_bodies(path)[0]
    for comp in FRAMEWORK["competencies"]:
        assert flat(f"{comp['code']}{comp['th']}") in first, comp["code"]


def test_the_level_sentences_are_an_appendix_on_request(demo, three_roles):
    from kmdesk.report.data import person_data

    database, _, _ = demo
    person, rnd = busiest(database)
    with database.session() as session:
        data = person_data(session, person.id, rnd.id)
    chosen = [
        ind.level_text(rating.level).get("th")
        for role in data.roles
        for ind in data.framework.indicators
        if (rating := role.ratings.get(ind.code)) is not None and rating.level is not None
    ]
    short, _ = three_roles
    assert not any(flat(s) in flat(pdftotext(short, raw=True)) for s in chosen)
    path, html_text = person_pdf(demo, "with appendix", appendix=True)
    text = flat(pdftotext(path, raw=True))
    assert all(flat(s) in text for s in chosen)
    assert page_problems(path, html_text, nones("th")) == []


@pytest.mark.parametrize("team", ["บางจาก", "ท่าไร่", "มะม่วงสองต้น"])
def test_no_team_page_ends_on_a_heading_or_holds_only_none(team, demo):
    path, html_text = team_pdf(demo, team, "รอบที่ 3")
    assert page_problems(path, html_text, nones("th")) == []


def test_a_one_role_team_report_is_that_role_only(demo):
    path, html_text = team_pdf(demo, "ท่าไร่", "รอบที่ 3", role="recorder")
    text = pdftotext(path)
    assert "ผู้บันทึก" in text
    assert "บทบาท: ผู้ประสานงาน" not in text and "บทบาท: ผู้นำกระบวนการ" not in text
    assert page_problems(path, html_text, nones("th")) == []


def test_the_team_report_compares_with_the_round_the_caller_chose(demo):
    from kmdesk.report.data import team_data

    database, _, known = demo
    team, rounds = known["teams"]["ท่าไร่"], known["rounds"]
    with database.session() as session:
        usual = team_data(session, team.id, rounds["รอบที่ 3"].id)
        chosen = team_data(
            session, team.id, rounds["รอบที่ 3"].id, compare_round_id=rounds["รอบที่ 1"].id
        )
    assert {r.previous[0].title for r in usual.roles} == {"รอบที่ 2"}
    assert {r.previous[0].title for r in chosen.roles} == {"รอบที่ 1"}
    path, _ = team_pdf(demo, "ท่าไร่", "รอบที่ 3", compare_round_id=rounds["รอบที่ 1"].id)
    # the role pages (before the progress across all rounds) name the chosen round only
    roles_part = pdftotext(path).split("ความก้าวหน้าของทีมตลอดทุกรอบ")[0]
    assert "รอบที่ 1" in roles_part and "รอบที่ 2" not in roles_part


def test_a_long_table_breaks_between_rows_never_inside_one(qapp):
    """Qt breaks a table row across pages line by line; a lone word then starts a page."""
    from kmdesk.report.document import Document, _new_writer, _text_document
    from kmdesk.report.markup import table

    rows = [
        [f"แถวที่ {i} " + "ทำได้เมื่อมีคนช่วย " * (2 + i % 7), str(i % 5 + 1), "บันทึก " * (i % 4)]
        for i in range(60)
    ]
    doc = Document(title="t", lang="th")
    doc.add(table(["ตัวชี้วัด", "ระดับ", "หลักฐาน"], rows, widths=[60, 10, 30]))
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        writer = _new_writer(doc, Path(tmp) / "x.pdf")
        text, _ = _text_document(doc, writer)
        body_h = text.pageSize().height()
        layout = text.documentLayout()
        split = []
        for frame in text.rootFrame().childFrames():
            for r in range(frame.rows()):
                tops, bottoms = [], []
                for c in range(frame.columns()):
                    cell = frame.cellAt(r, c)
                    tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
                    last = cell.lastCursorPosition().block()
                    bottoms.append(layout.blockBoundingRect(last).bottom())
                if int(min(tops) // body_h) != int((max(bottoms) - 1) // body_h):
                    split.append(frame.cellAt(r, 0).firstCursorPosition().block().text()[:12])
        del writer
    assert text.pageCount() >= 3
    assert split == []


@pytest.mark.parametrize("include", [True, False])
def test_incomplete_members_are_marked_and_the_choice_is_said(
    include, qapp, demo_template, tmp_path
):
    from kmdesk.charts.words import completeness_note
    from kmdesk.report import write_person_report, write_team_report

    database, folder, known = private_demo(demo_template, tmp_path)
    try:
        team, rnd = known["teams"]["ท่าไร่"], known["rounds"]["รอบที่ 3"]
        partial = add_partial_person(database, team.id, rnd.id, "recorder", 5)
        path = folder / "team.pdf"
        write_team_report(database, team.id, rnd.id, path, include_incomplete=include)
        text = flat(pdftotext(path))
        assert flat(completeness_note(include, ["ทดสอบ ยังไม่ครบ (5/18)"], "th")) in text
        assert flat("ผู้บันทึก (คุณบันทึก) · 5/18") in text  # in the members table
        mine = folder / "mine.pdf"
        write_person_report(database, partial.id, rnd.id, mine)
        assert flat("ผู้บันทึก (คุณบันทึก) · 5/18") in flat(pdftotext(mine))
    finally:
        database.dispose()


@pytest.mark.parametrize("which", ["three_roles", "one_role"])
def test_the_place_to_sign_never_starts_a_page(which, request):
    from kmdesk.report.words import w

    path, _ = request.getfixturevalue(which)
    signed = [body for body in page_bodies(path) if flat(w("signature", "th")) in body]
    assert signed and not signed[-1].startswith(flat(w("signature", "th")))
