"""The Table of Freedom workbook read back cell by cell, and printed by LibreOffice if present."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections import defaultdict
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kmdesk.exchange.matrix_xlsx import LONG_SHEET, cell_colours, export_matrix, shown_score
from kmdesk.exchange.problems import FileRejected
from kmdesk.exchange.ratings_file import HEADER
from kmdesk.store import repo
from kmdesk.store.db import open_database

ROLES = ("coordinator", "process_lead", "recorder")
ROLE_TH = ("ผู้ประสานงาน (คุณประสาน)", "ผู้นำกระบวนการ (คุณนำกระบวนการ)", "ผู้บันทึก (คุณบันทึก)")
FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"


def _expected(db_path: Path, team: str, title: str):
    """Each member's score per role and competency, straight from SQL: the mean of the
    levels rated (not-sure left out), and the team's targets."""
    with closing(sqlite3.connect(db_path)) as conn:
        rows = conn.execute(
            "SELECT f.name, x.role, i.competency_code, AVG(x.level) FROM rating x "
            "JOIN facilitator f ON f.id = x.facilitator_id JOIN team t ON t.id = f.team_id "
            "JOIN round r ON r.id = x.round_id JOIN indicator i ON i.id = x.indicator_id "
            "WHERE t.name = ? AND r.title = ? AND x.level IS NOT NULL "
            "GROUP BY f.name, x.role, i.competency_code",
            (team, title),
        ).fetchall()
        targets = dict(
            ((role, code), level)
            for role, code, level in conn.execute("SELECT role, competency_code, level FROM target")
        )
        names = dict(conn.execute("SELECT code, name_th FROM competency ORDER BY position"))
    scores = defaultdict(dict)
    for name, role, code, mean in rows:
        scores[(role, code)][name] = mean
    return scores, targets, names


def _check_cell(cell, score):
    assert cell.value == shown_score(score), cell.coordinate
    colours = cell_colours(score)
    if colours is None:
        assert cell.fill.fgColor.rgb in (None, "00000000"), cell.coordinate
    else:
        assert cell.fill.fgColor.rgb[-6:] == colours[0], cell.coordinate
        assert cell.font.color.rgb[-6:] == colours[1], cell.coordinate


def test_every_cell_of_a_team_sheet_is_the_score_the_ratings_give(demo_file, tmp_path):
    db = open_database(str(demo_file))
    done = export_matrix(db, tmp_path / "table.xlsx")
    db.dispose()
    assert len(done.sheets) == 9  # three teams, three rounds
    book = load_workbook(tmp_path / "table.xlsx")
    assert book.sheetnames == [*done.sheets, LONG_SHEET]
    ws = book["ท่าไร่ รอบที่ 3"]
    scores, targets, names = _expected(demo_file, "ท่าไร่", "รอบที่ 3")
    assert ws["A1"].value == "ตารางแห่งอิสรภาพ · ท่าไร่ · รอบที่ 3 (8 ส.ค. 2568)"
    people = [ws.cell(2, c).value for c in range(3, 6)]
    assert sorted(people) == sorted(["มาลัย ศรีสุข", "ประเสริฐ บุญมา", "กาญจนา รักษ์ถิ่น"])
    assert [ws.cell(2, c).value for c in (2, 6, 7)] == ["ความสามารถ", "เป้าหมาย", "ค่าเฉลี่ย"]
    row = 3
    for role, role_th in zip(ROLES, ROLE_TH, strict=True):
        assert ws.cell(row, 1).value == role_th
        for code, name_th in names.items():
            row += 1
            assert (ws.cell(row, 1).value, ws.cell(row, 2).value) == (code, name_th)
            per_person = scores[(role, code)]
            for column, person in enumerate(people, start=3):
                _check_cell(ws.cell(row, column), per_person.get(person))
            _check_cell(ws.cell(row, 6), float(targets[(role, code)]))
            mean = sum(per_person.values()) / len(per_person) if per_person else None
            _check_cell(ws.cell(row, 7), mean)
        key_row = row + 1
        assert ws.cell(key_row, 2).value == "ระดับ"
        assert [ws.cell(key_row, c).value for c in range(3, 8)] == [1, 2, 3, 4, 5]
        row += 2
    assert ws.max_row == row - 1


def test_the_sheets_are_set_up_to_print_on_a4_landscape(demo_file, tmp_path):
    db = open_database(str(demo_file))
    export_matrix(db, tmp_path / "table.xlsx")
    db.dispose()
    for ws in load_workbook(tmp_path / "table.xlsx").worksheets:
        setup = ws.page_setup
        assert (int(setup.paperSize), setup.orientation) == (9, "landscape")  # 9: A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        if ws.title != LONG_SHEET:
            assert ws.print_title_rows == "$1:$2"
            assert len(ws.row_breaks.brk) == 3  # each role on its own page
        else:
            assert ws.print_title_rows == "$1:$1"


def test_the_last_sheet_holds_the_same_ratings_in_the_long_format(demo_file, tmp_path):
    db = open_database(str(demo_file))
    with db.session() as session:
        team = repo.team_named(session, "บางจาก")
        round_2 = next(r for r in repo.list_rounds(session) if r.title == "รอบที่ 2")
    done = export_matrix(db, tmp_path / "table.xlsx", team.id, round_2.id)
    db.dispose()
    assert done.sheets == ["บางจาก รอบที่ 2"]
    rows = list(load_workbook(tmp_path / "table.xlsx")[LONG_SHEET].values)
    assert rows[0] == HEADER
    with closing(sqlite3.connect(demo_file)) as conn:
        stored = conn.execute(
            "SELECT f.name, i.code, x.role, x.level, x.evidence FROM rating x "
            "JOIN facilitator f ON f.id = x.facilitator_id JOIN team t ON t.id = f.team_id "
            "JOIN round r ON r.id = x.round_id JOIN indicator i ON i.id = x.indicator_id "
            "WHERE t.name = 'บางจาก' AND r.title = 'รอบที่ 2'"
        ).fetchall()
    read = {(r[0], r[6], r[5], None if r[7] == "?" else r[7], r[8] or "") for r in rows[1:]}
    assert read == {(n, c, role, level, note) for n, c, role, level, note in stored}
    assert len(rows) - 1 == done.ratings == len(stored)
    assert {(r[1], r[3], r[4]) for r in rows[1:]} == {("บางจาก", "รอบที่ 2", "2025-02-14")}


def test_notes_that_look_like_formulas_stay_text(demo_file, tmp_path):
    db = open_database(str(demo_file))
    with db.session() as session:
        malai = next(f for f in repo.list_facilitators(session) if f.name == "มาลัย ศรีสุข")
        r3 = next(r for r in repo.list_rounds(session) if r.title == "รอบที่ 3")
    repo.set_rating(db, malai.id, r3.id, "recorder", "S8.1", 4, "=1+1 ตามที่ตกลง")
    export_matrix(db, tmp_path / "table.xlsx")
    db.dispose()
    notes = [r[8] for r in load_workbook(tmp_path / "table.xlsx")[LONG_SHEET].values]
    assert "=1+1 ตามที่ตกลง" in notes


def test_another_kind_of_file_is_never_replaced(demo_file, tmp_path):
    from openpyxl import Workbook

    mine = tmp_path / "mine.xlsx"
    Workbook().save(mine)
    before = mine.read_bytes()
    db = open_database(str(demo_file))
    with pytest.raises(FileRejected, match="is not a kmdesk Table of Freedom"):
        export_matrix(db, mine)
    with pytest.raises(FileRejected, match=r"ending \.xlsx"):
        export_matrix(db, tmp_path / "table.csv")
    export_matrix(db, tmp_path / "table.xlsx")
    export_matrix(db, tmp_path / "table.xlsx")  # its own file may be written again
    db.dispose()
    assert mine.read_bytes() == before


@pytest.mark.slow
def test_libreoffice_opens_and_prints_it(demo_file, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed; the workbook is read back with openpyxl above")
    db = open_database(str(demo_file))
    with db.session() as session:
        team = repo.team_named(session, "ท่าไร่")
    book = export_matrix(db, tmp_path / "table.xlsx", team.id).path
    db.dispose()
    home = tmp_path / "home"  # LibreOffice's profile, and the Thai fonts kmdesk ships
    shutil.copytree(FONTS, home / ".fonts", ignore=shutil.ignore_patterns("*.txt"))
    done = subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(book)],
        capture_output=True,
        text=True,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
        timeout=240,
    )
    pdf = tmp_path / "table.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    pages = int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])
    assert pages >= 3 * 3  # three rounds, a page per role, then the long sheet
    text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True).stdout
    assert "ท่าไร่".encode() in text and b"K1" in text


def test_the_command_writes_it_and_says_what_it_holds(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "table.xlsx"
    done = run_kmdesk(
        "export", "--matrix", str(out), "--team", "ท่าไร่", "--round", "3", db=demo_file
    )
    assert done.returncode == 0, done.stderr
    assert "1 sheets" in done.stdout and "162 ratings" in done.stdout
    assert load_workbook(out).sheetnames == ["ท่าไร่ รอบที่ 3", LONG_SHEET]
    wrong = run_kmdesk("export", str(tmp_path / "r.csv"), "--team", "ท่าไร่", db=demo_file)
    assert wrong.returncode == 2 and "--matrix" in wrong.stderr
    missing = run_kmdesk("export", "--matrix", str(out), "--team", "ท่าไ", db=demo_file)
    assert missing.returncode == 2 and "did you mean" in missing.stderr
