"""Small ratings files shared by the command tests, and the checks run on what the command did."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from pathlib import Path

HEADER = "facilitator,team,agency,round,round_date,role,indicator,level,evidence"
ROWS = [
    "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2568-08-08,recorder,S8.1,4,สรุปเวทีส่งทีมทางไลน์",
    "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2568-08-08,ผู้บันทึก (คุณบันทึก),S2,?,",
    "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2568-08-08,coordinator,K1.2,2,",
]


Row = str | list[str]


def _cells(row: Row) -> list[str]:
    return row.split(",") if isinstance(row, str) else list(row)


def write_csv(tmp_path: Path, *rows: Row, header: str = HEADER, name: str = "ratings.csv") -> Path:
    """A CSV file as a person or Excel writes one; a row is a line of text or a list of cells."""
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(_cells(row) for row in [header, *rows])
    return path


def write_xlsx(tmp_path: Path, *rows: Row, header: str = HEADER, name: str = "ratings.xlsx"):
    """The same rows as a real workbook; a cell starting with = is written as a formula."""
    from openpyxl import Workbook

    book = Workbook()
    for row in [header, *rows]:
        book.active.append(_cells(row))
    path = tmp_path / name
    book.save(path)
    return path


def database_bytes(db: Path) -> bytes:
    """The database file and its write-ahead log: a write the command made may sit in either."""
    wal = db.with_name(db.name + "-wal")
    # no log and an empty one both say that nothing waits to be folded into the file
    return db.read_bytes() + b"\n-wal:\n" + (wal.read_bytes() if wal.exists() else b"")


def refused(run_kmdesk, db: Path, source: Path, *expected: str) -> str:
    """Import through the real command; it must say why, exit 2 and leave ``db`` as it was."""
    before = database_bytes(db)
    done = run_kmdesk("import", str(source), db=db)
    assert done.returncode == 2, done.stdout + done.stderr
    for text in expected:
        assert text in done.stderr, done.stderr
    assert "Nothing was imported" in done.stderr, done.stderr
    assert "ratings added" not in done.stdout
    assert "Traceback" not in done.stderr
    assert database_bytes(db) == before
    return done.stderr


def imported(run_kmdesk, db: Path, source: Path) -> str:
    """Import through the real command, which must succeed; returns what it printed."""
    done = run_kmdesk("import", str(source), db=db)
    assert done.returncode == 0, done.stderr
    return done.stdout


def query(db: Path, sql: str, *params) -> list[tuple]:
    """Read what the command stored, straight from the SQLite file."""
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql, params).fetchall()
