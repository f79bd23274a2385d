"""Every note the app keeps goes out and comes back exactly; what a file cannot hold is refused.

Through the real command: notes saved in the app, exported to .csv and .xlsx, imported into
a new database. Control characters (pasted from Word) are refused at every edge, a note the
store kept before that still exports, and an export the importer would refuse is refused.
"""

from __future__ import annotations

import sqlite3
import zipfile
from contextlib import closing

import pytest

from kmdesk.exchange import exporter
from kmdesk.exchange.problems import FileRejected
from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.store.server_errors import NoteRefused
from tests.conftest import new_database_file
from tests.ratings_samples import database_bytes, imported, query, refused, write_csv

# Notes as a person types or pastes them into the note box: tabs and line breaks inside,
# text that looks like a formula or like Excel's escapes, Thai marks, the longest allowed.
TYPED = [
    "ทำแผนที่ชุมชน\tกับแกนนำ\tสามครั้ง",
    "บรรทัดแรก\nบรรทัดสอง\n\nบรรทัดสี่",
    "=SUM(A1:A3)",
    "-ลดรายจ่าย",
    "@ทีม",
    "'=ในวงเล็บ",
    "\tเริ่มด้วยแท็บ",  # the white space around a note goes; inside it stays
    "_x000B_ เขียนเอง",
    "ก" * 1999 + "ข",
]
KEPT = [note.strip() for note in TYPED]
CODES = ["K1.1", "K1.2", "K2.1", "K2.2", "K3.1", "K3.2", "S1.1", "S2.1", "S3.1"]
NOTES = (
    "SELECT i.code, r.evidence FROM rating r JOIN indicator i ON i.id = r.indicator_id "
    "WHERE r.role = 'recorder' AND r.evidence != '' ORDER BY i.code"
)


def _person_and_round(database):
    with database.session() as session:
        return repo.list_facilitators(session)[0], repo.list_rounds(session)[-1]


def _one_person(tmp_path):
    """A new database with one person and one round, as the app makes them."""
    database = open_database(str(tmp_path / "app.db"), create=True)
    team = repo.add_team(database, "ท่าไร่")
    repo.add_facilitator(database, "ลำดวน ทดลอง", "กศน.", team.id)
    import datetime as dt

    repo.add_round(database, "รอบที่ 1", dt.date(2025, 8, 8))
    return database


def test_every_note_typed_in_the_app_comes_back_exactly_from_csv_and_xlsx(run_kmdesk, tmp_path):
    database = _one_person(tmp_path)
    person, rnd = _person_and_round(database)
    for code, note in zip(CODES, TYPED, strict=True):
        repo.set_rating(database, person.id, rnd.id, "recorder", code, 3, note)
    # a line break from Windows is kept as the one line break a spreadsheet cell holds
    repo.set_rating(database, person.id, rnd.id, "recorder", "S3.2", 2, "หนึ่ง\r\nสอง\rสาม")
    database.dispose()
    app = tmp_path / "app.db"
    stored = dict(query(app, NOTES))
    assert [stored[code] for code in CODES] == KEPT
    assert stored["S3.2"] == "หนึ่ง\nสอง\nสาม"

    for ending in ("csv", "xlsx"):
        out = tmp_path / f"out.{ending}"
        done = run_kmdesk("export", str(out), db=app)
        assert done.returncode == 0, done.stderr
        again = new_database_file(tmp_path / f"again-{ending}.db")
        imported(run_kmdesk, again, out)
        assert query(again, NOTES) == query(app, NOTES), ending
        # and once more into the first: nothing changes
        assert "changed: 0," in imported(run_kmdesk, app, out), ending


@pytest.mark.parametrize("note", ["เส้น\x0bแบ่ง", "a\x01b", "x" * 2001])
def test_the_store_refuses_a_note_it_could_not_export_and_saves_nothing(tmp_path, note):
    database = _one_person(tmp_path)
    person, rnd = _person_and_round(database)
    repo.set_rating(database, person.id, rnd.id, "recorder", "S1.1", 4, "เดิม")
    with pytest.raises(NoteRefused, match="nothing was saved"):
        repo.set_rating(database, person.id, rnd.id, "recorder", "S1.1", 2, note)
    with database.session() as session:
        ratings = repo.person_ratings(session, person.id)
    assert [(r.level, r.evidence) for r in ratings] == [(4, "เดิม")]
    database.dispose()


def _legacy_note(db, note: str) -> None:
    """A note written before kmdesk refused control characters or long notes (or merged)."""
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(
            "UPDATE rating SET evidence = ? WHERE indicator_id IN "
            "(SELECT id FROM indicator WHERE code = 'K1.1')",
            (note,),
        )


def test_a_stored_note_with_control_characters_exports_and_is_named_on_import(
    run_kmdesk, demo_file, tmp_path
):
    _legacy_note(demo_file, "วางจาก Word\x0bบรรทัดใหม่\x01")
    for ending in ("csv", "xlsx"):
        out = tmp_path / f"legacy.{ending}"
        done = run_kmdesk("export", str(out), db=demo_file)
        assert done.returncode == 0, done.stderr  # it used to fail in openpyxl (exit 70)
        if ending == "xlsx":
            sheet = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
            assert "วางจาก Word_x000B_บรรทัดใหม่_x0001_" in sheet  # as Excel writes them
        again = new_database_file(tmp_path / f"again-{ending}.db")
        refused(
            run_kmdesk,
            again,
            out,
            f"legacy.{ending} row ",
            "column evidence: the note holds the control character U+000B at character 12",
        )


@pytest.mark.parametrize("ending", ["csv", "xlsx"])
def test_a_file_with_a_control_character_in_a_note_is_refused_naming_row_and_column(
    run_kmdesk, demo_file, tmp_path, ending
):
    from tests.ratings_samples import ROWS, write_xlsx

    cells = ROWS[0].split(",")
    if ending == "csv":
        source = write_csv(tmp_path, ROWS[1], [*cells[:8], "ตัด\x0cหน้า"])
    else:  # Excel writes a control character as _x000C_
        source = write_xlsx(tmp_path, ROWS[1], [*cells[:8], "ตัด_x000C_หน้า"])
    refused(
        run_kmdesk,
        demo_file,
        source,
        f"ratings.{ending} row 3, column evidence: the note holds the control character U+000C",
    )


def test_an_export_with_a_note_longer_than_a_file_holds_is_refused(run_kmdesk, demo_file, tmp_path):
    _legacy_note(demo_file, "ยาว" * 700)  # 2,100 characters, as a bundle may have brought
    out = tmp_path / "long.csv"
    done = run_kmdesk("export", str(out), db=demo_file)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "row 2, column evidence: the note of " in done.stderr
    assert "is 2,100 characters long; a ratings file holds notes of up to 2,000" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_an_export_with_more_ratings_than_a_file_holds_is_refused(demo_file, tmp_path, monkeypatch):
    # The demo's 1,458 ratings stand for 200,001: the check is the same, the data smaller.
    monkeypatch.setattr(exporter, "MAX_ROWS", 1_457)
    database = open_database(str(demo_file))
    out = tmp_path / "all.xlsx"
    with pytest.raises(
        FileRejected, match="would hold 1,458 ratings; a ratings file holds at most 1,457"
    ):
        exporter.export_ratings(database, out)
    database.dispose()
    assert not out.exists()


# --- odd files and paths: a plain message, exit 2, the database unchanged ------------------


def test_a_folder_given_as_the_file_is_named_as_a_folder(run_kmdesk, demo_file, tmp_path):
    folder = tmp_path / "ratings.csv"
    folder.mkdir()
    refused(
        run_kmdesk, demo_file, folder, "ratings.csv: is a folder; expected a .csv or .xlsx file"
    )


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="root reads a file whatever its mode",
)
def test_a_file_that_cannot_be_read_is_named(run_kmdesk, demo_file, tmp_path):
    source = write_csv(tmp_path, "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2568-08-08,recorder,S8.1,4,")
    source.chmod(0)
    try:
        refused(run_kmdesk, demo_file, source, "ratings.csv: cannot be read (Permission denied)")
    finally:
        source.chmod(0o600)


def test_a_file_that_cannot_be_opened_is_named_in_process(demo_file, tmp_path, monkeypatch):
    """The same refusal where the tests run as root: opening the file fails as chmod 000 would."""
    from pathlib import Path

    from kmdesk.exchange.importer import import_ratings

    source = write_csv(tmp_path, "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2568-08-08,recorder,S8.1,4,")
    real_open = Path.open

    def locked(self, *args, **kwargs):
        if self == source:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    before = database_bytes(demo_file)
    database = open_database(str(demo_file))
    with pytest.raises(FileRejected, match=r"ratings.csv: cannot be read \(Permission denied\)"):
        import_ratings(database, source)
    database.dispose()
    assert database_bytes(demo_file) == before


@pytest.mark.parametrize("action", [["import", "x.csv"], ["db", "check"], ["db", "backup"]])
def test_a_folder_given_as_the_database_is_named_as_a_folder(run_kmdesk, tmp_path, action):
    folder = tmp_path / "kmdesk.db"
    folder.mkdir()
    done = run_kmdesk(*action, db=folder)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "is a folder, not a kmdesk database file" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(folder.iterdir()) == []


def test_a_pipe_given_as_the_file_is_not_called_missing(run_kmdesk, demo_file, tmp_path):
    import os

    pipe = tmp_path / "ratings.csv"
    os.mkfifo(pipe)
    refused(run_kmdesk, demo_file, pipe, "ratings.csv: is not a file")


@pytest.mark.parametrize("ending", ["csv", "xlsx"])
def test_an_exported_file_is_as_readable_as_any_file_the_user_saves(
    run_kmdesk, demo_file, tmp_path, ending
):
    import os

    out = tmp_path / f"ratings.{ending}"
    done = run_kmdesk("export", str(out), db=demo_file)
    assert done.returncode == 0, done.stderr
    mask = os.umask(0)
    os.umask(mask)
    # it was 0600 (a temporary file's), unreadable to the team lead on a shared PC
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
