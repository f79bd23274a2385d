"""A bundle merge speaks Thai all the way: each refusal, and the report's times in the
Buddhist Era, through the real command; and the app's Merge dialog shows the same Thai."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from kmdesk.exchange.bundle import Selection, export_bundle
from kmdesk.store import framework_edits, repo
from kmdesk.store.db import open_database
from tests.bundle_samples import PC_B, new_indicator, on_pc, person, round_named
from tests.ratings_samples import database_bytes
from tests.test_bundle_refusals import entries, rezip

NOTHING = "ไม่ได้รวมข้อมูลใดเลย"


@pytest.fixture(scope="module")
def demo_bundle(demo_template, tmp_path_factory) -> Path:
    """A whole-database bundle of the demo, made once."""
    folder = tmp_path_factory.mktemp("bundle")
    shutil.copy(demo_template, folder / "demo.db")
    db = open_database(str(folder / "demo.db"))
    export_bundle(db, folder / "demo.kmdesk", Selection(everything=True))
    db.dispose()
    return folder / "demo.kmdesk"


def thai_refusal(run_kmdesk, db: Path, *files: Path) -> str:
    """What a Thai terminal says of a refused merge: all Thai but for names and JSON paths."""
    before = database_bytes(db)
    done = run_kmdesk("--lang", "th", "bundle", "import", *map(str, files), db=db)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert NOTHING in done.stderr
    assert database_bytes(db) == before
    for english in ("Nothing was merged", "is not a kmdesk bundle", "ask for it", "damaged"):
        assert english not in done.stderr, done.stderr
    return done.stderr


def test_a_newer_bundle_is_refused_in_thai(run_kmdesk, demo_file, demo_bundle, tmp_path):
    parts = entries(demo_bundle)
    manifest = json.loads(parts["manifest.json"])
    manifest["format_version"] = 2
    parts["manifest.json"] = json.dumps(manifest).encode()
    text = thai_refusal(run_kmdesk, demo_file, rezip(tmp_path / "newer.kmdesk", parts))
    assert "newer.kmdesk: สร้างจาก kmdesk รุ่นที่ใหม่กว่า (ไฟล์ผลประเมินรูปแบบ 2" in text
    assert "โปรดอัปเดต kmdesk ก่อนรวมข้อมูล" in text


def test_a_bundle_changed_on_the_way_is_refused_in_thai(
    run_kmdesk, demo_file, demo_bundle, tmp_path
):
    parts = entries(demo_bundle)
    parts["ratings.json"] = parts["ratings.json"].replace(b'"level":3', b'"level":5', 1)
    text = thai_refusal(run_kmdesk, demo_file, rezip(tmp_path / "changed.kmdesk", parts))
    assert (
        "changed.kmdesk: เสียหายหรือไม่ครบ: ratings.json ไม่ตรงกับค่าตรวจสอบ (checksum) "
        "ที่บันทึกไว้ใน manifest โปรดขอให้ส่งมาใหม่"
    ) in text


def test_a_damaged_json_field_keeps_its_path_inside_the_thai(
    run_kmdesk, demo_file, demo_bundle, tmp_path
):
    import hashlib

    parts = entries(demo_bundle)
    ratings = json.loads(parts["ratings.json"])
    ratings["ratings"][3]["history"][0]["level"] = 9
    parts["ratings.json"] = json.dumps(ratings).encode()
    manifest = json.loads(parts["manifest.json"])
    manifest["entries"]["ratings.json"] = {
        "bytes": len(parts["ratings.json"]),
        "sha256": hashlib.sha256(parts["ratings.json"]).hexdigest(),
    }
    parts["manifest.json"] = json.dumps(manifest).encode()
    text = thai_refusal(run_kmdesk, demo_file, rezip(tmp_path / "nine.kmdesk", parts))
    assert (
        "เสียหายหรือไม่ครบ: ratings.json ratings[3] history[0] level ไม่ใช่จำนวนเต็มตั้งแต่ 1 ถึง 5"
    ) in text


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("empty", "file.kmdesk: ไม่ใช่ไฟล์ผลประเมินของ kmdesk (เป็นไฟล์ว่าง)"),
        ("csv", "file.kmdesk: ไม่ใช่ไฟล์ผลประเมินของ kmdesk (ไม่ใช่ไฟล์ zip)"),
        ("many", "file.kmdesk: มี 26 รายการข้างใน แต่ไฟล์ผลประเมินมีได้ไม่เกิน 16 รายการ"),
    ],
)
def test_files_that_are_not_bundles_are_refused_in_thai(
    run_kmdesk, demo_file, demo_bundle, tmp_path, kind, expected
):
    path = tmp_path / "file.kmdesk"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "csv":
        path.write_text("a,b,c\n", encoding="utf-8")
    else:
        parts = entries(demo_bundle)
        assert len(parts) == 6
        rezip(path, {**parts, **{f"x{i}.json": b"{}" for i in range(20)}})
    assert expected in thai_refusal(run_kmdesk, demo_file, path)


def test_a_framework_edited_apart_is_refused_in_thai(demo_template, tmp_path, run_kmdesk):
    for name, code in (("a", "S8.2"), ("b", "S8.3")):
        shutil.copy(demo_template, tmp_path / f"{name}.db")
        db = open_database(str(tmp_path / f"{name}.db"))
        framework_edits.save_checked_indicator(db, new_indicator(code, "S8"))
        repo.add_round(db, f"รอบของ {name}", dt.date(2026, 3, 1))
        export_bundle(db, tmp_path / f"{name}.kmdesk", Selection(everything=True))
        db.dispose()
    text = thai_refusal(run_kmdesk, tmp_path / "a.db", tmp_path / "b.kmdesk")
    assert (
        "b.kmdesk: กรอบสมรรถนะฉบับที่ 2 ในไฟล์ต่างจากฉบับที่ 2 ในฐานข้อมูลนี้ "
        "(ตัวชี้วัด S8.2 เขียนไว้ต่างกัน) เพราะมีการแก้ไขกรอบสมรรถนะแยกกันบนสองเครื่อง"
    ) in text


@pytest.fixture
def conflict(demo_file, tmp_path, monkeypatch) -> Path:
    """มาลัย's recorder S8.1 in round 3: 2 "B" on PC B first, then 5 "here" on this PC."""
    shutil.copy(demo_file, tmp_path / "other.db")
    here = open_database(str(demo_file))
    malai, r3 = person(here, "มาลัย ศรีสุข"), round_named(here, "รอบที่ 3")
    other = open_database(str(tmp_path / "other.db"))
    with on_pc(monkeypatch, PC_B):
        repo.set_rating(other, malai.id, r3.id, "recorder", "S8.1", 2, "B")
        export_bundle(other, tmp_path / "b.kmdesk", Selection(person=malai.id))
    other.dispose()
    repo.set_rating(here, malai.id, r3.id, "recorder", "S8.1", 5, "here")
    here.dispose()
    return tmp_path / "b.kmdesk"


def test_a_conflict_is_dated_in_the_buddhist_era_in_thai(run_kmdesk, demo_file, conflict):
    done = run_kmdesk("--lang", "th", "bundle", "import", str(conflict), "--dry-run", db=demo_file)
    assert done.returncode == 0, done.stderr
    kept = next(line for line in done.stdout.splitlines() if "ใช้ค่าที่แก้ไขทีหลัง" in line)
    year = dt.date.today().year
    assert str(year + 543) in kept and str(year) not in kept
    assert "UTC" not in kept
    assert 'ส่วน 2 "B" ยังอยู่ในประวัติของคะแนน' in kept
    # English keeps the ISO form the report file has too
    done = run_kmdesk("--lang", "en", "bundle", "import", str(conflict), "--dry-run", db=demo_file)
    assert f"the later change wins: {year}-" in done.stdout and " UTC, PC " in done.stdout


def test_the_report_file_stays_iso_in_a_thai_terminal(run_kmdesk, demo_file, conflict, tmp_path):
    report = tmp_path / "report.csv"
    done = run_kmdesk(
        "--lang", "th", "bundle", "import", str(conflict), "--report", str(report), db=demo_file
    )
    assert done.returncode == 0, done.stderr
    row = next(r for r in report.read_text(encoding="utf-8-sig").splitlines() if ",conflict," in r)
    assert f"the later change wins: {dt.date.today().year}-" in row and " UTC" in row


def test_the_merge_dialog_shows_a_refusal_in_thai(qtbot, demo_file, tmp_path):
    from kmdesk.ui.common import i18n
    from kmdesk.ui.shell.bundle_dialogs import MergeBundlesDialog
    from tests.ui_support import make_context

    bad = tmp_path / "empty.kmdesk"
    bad.write_bytes(b"")
    db = open_database(str(demo_file))
    try:
        i18n.switch("th")
        dialog = MergeBundlesDialog(make_context(db, tmp_path))
        qtbot.addWidget(dialog)
        task = dialog.choose([str(bad)])
        qtbot.waitUntil(lambda: not task.thread.isRunning(), timeout=30000)
        qtbot.waitUntil(lambda: bool(dialog.details.toPlainText()), timeout=5000)
        assert dialog.details.toPlainText() == "empty.kmdesk: ไม่ใช่ไฟล์ผลประเมินของ kmdesk " + (
            "(เป็นไฟล์ว่าง) ไฟล์ผลประเมินต้องสร้างด้วย kmdesk bundle export"
        )
    finally:
        i18n.switch("en")
        db.dispose()


def test_the_same_person_under_two_ids_stops_the_merge_in_thai(run_kmdesk, tmp_path):
    from tests.conftest import new_database_file

    for name in ("a", "b"):
        db = open_database(str(new_database_file(tmp_path / f"{name}.db")))
        team = repo.add_team(db, "ทีม")
        someone = repo.add_facilitator(db, "สมชาย ใจดี", "", team.id)
        rnd = repo.add_round(db, "รอบ", dt.date(2026, 1, 1))
        repo.set_rating(db, someone.id, rnd.id, "recorder", "S1.1", 3)
        export_bundle(db, tmp_path / f"{name}.kmdesk", Selection(everything=True))
        db.dispose()
    text = thai_refusal(run_kmdesk, tmp_path / "a.db", tmp_path / "b.kmdesk")
    assert "น่าจะเป็นคนเดียวกันแต่มีสองรหัส: สมชาย ใจดี (ทีม)" in text
    assert "probably" not in text


def test_the_send_dialog_refuses_to_replace_another_file_in_thai(
    qtbot, demo_file, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from kmdesk.ui.common import i18n
    from kmdesk.ui.shell.bundle_dialogs import SendRatingsDialog
    from tests.ui_support import make_context

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    taken = tmp_path / "notes.kmdesk"
    taken.write_text("my own notes", encoding="utf-8")
    db = open_database(str(demo_file))
    try:
        i18n.switch("th")
        dialog = SendRatingsDialog(make_context(db, tmp_path))
        qtbot.addWidget(dialog)
        assert dialog.send(str(taken)) is None
    finally:
        i18n.switch("en")
        db.dispose()
    assert said == ["notes.kmdesk: มีอยู่แล้วและไม่ใช่ไฟล์ผลประเมินของ kmdesk จึงไม่ได้แตะต้องไฟล์นั้น"]
    assert taken.read_text(encoding="utf-8") == "my own notes"


def test_a_conflict_names_its_role_in_thai(run_kmdesk, demo_file, conflict):
    # The conflict line said "/ recorder /" inside the Thai report.
    done = run_kmdesk("--lang", "th", "bundle", "import", str(conflict), "--dry-run", db=demo_file)
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if "S8.1" in line)
    assert "/ ผู้บันทึก" in line and "recorder" not in line
