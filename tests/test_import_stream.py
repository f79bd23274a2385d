"""A large file is read and written a batch at a time, yet still imported all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kmdesk.exchange.importer import import_ratings
from kmdesk.exchange.problems import FileRejected
from kmdesk.store import repo
from kmdesk.store.db import open_database

HEADER = "facilitator,team,agency,round,round_date,role,indicator,level,evidence"
CODES = ("K1.1", "K2.1", "K3.1", "S1.1", "S2.1", "S3.1", "S4.1", "S5.1", "S6.1", "S7.1")
ROLES = ("recorder", "coordinator", "process_lead")


def _big_csv(path: Path, people: int, last: str | None = None) -> int:
    """people × 3 roles × 10 indicators in 2 rounds; ``last`` replaces the final row."""
    lines = [HEADER]
    for p in range(people):
        for rnd, day in (("รอบหนึ่ง", "2568-06-01"), ("รอบสอง", "2568-09-01")):
            for role in ROLES:
                for i, code in enumerate(CODES):
                    level = 1 + (p + i) % 5
                    lines.append(f"คน {p},ทีม {p // 9},กศน.,{rnd},{day},{role},{code},{level},")
    if last is not None:
        lines[-1] = last
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def _counts(path: Path) -> tuple[int, int, int, int]:
    conn = sqlite3.connect(path)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("rating", "rating_event", "facilitator", "team")
        )
    finally:
        conn.close()


@pytest.mark.slow
def test_a_bad_last_row_of_a_large_file_is_named_and_nothing_is_written(demo_file, tmp_path):
    source = tmp_path / "big.csv"
    # 3,300 people: 198,000 rows, many batches written before the last row is read.
    bad = "คน 3299,ทีม 366,กศน.,รอบสอง,2568-09-01,recorder,S7.1,9,"
    rows = _big_csv(source, 3300, last=bad)
    assert rows == 198_000
    before = _counts(demo_file)
    database = open_database(str(demo_file))
    try:
        with pytest.raises(FileRejected) as caught:
            import_ratings(database, source)
    finally:
        database.dispose()
    problems = caught.value.problems
    assert [(p.row, p.column) for p in problems] == [(198_001, "level")]
    assert '"9" is not a level' in problems[0].message
    assert _counts(demo_file) == before


def test_a_file_in_batches_lands_whole_and_a_second_import_changes_nothing(db, tmp_path):
    source = tmp_path / "ratings.csv"
    rows = _big_csv(source, 200)  # 12,000 rows: three batches
    first = import_ratings(db, source)
    assert (first.rows, first.added, first.changed, first.unchanged) == (rows, rows, 0, 0)
    assert len(first.new_facilitators) == 200 and len(first.new_teams) == 23
    assert first.new_rounds == ["รอบหนึ่ง", "รอบสอง"]
    again = import_ratings(db, source)
    assert (again.added, again.changed, again.unchanged) == (0, 0, rows)
    assert again.new_facilitators == [] and again.new_teams == []
    with db.session() as session:
        assert repo.rating_count(session) == rows


def test_a_later_row_contradicting_an_earlier_batch_names_both_rows(db, tmp_path):
    source = tmp_path / "ratings.csv"
    rows = _big_csv(source, 100)  # 6,000 rows; row 2 is คน 0, รอบหนึ่ง, recorder, K1.1, level 1
    with source.open("a", encoding="utf-8") as fh:
        fh.write("คน 0,ทีม 0,กศน.,รอบหนึ่ง,2568-06-01,recorder,K1.1,4,\n")
    with pytest.raises(FileRejected) as caught:
        import_ratings(db, source)
    (problem,) = caught.value.problems
    assert problem.row == rows + 2 and problem.column == "level"
    assert "gives level 4" in problem.message and "row 2 gives 1" in problem.message
    with db.session() as session:
        assert repo.rating_count(session) == 0
        assert repo.list_teams(session) == []


def test_progress_counts_the_rows_of_the_file(db, tmp_path):
    source = tmp_path / "ratings.csv"
    rows = _big_csv(source, 100)
    seen = []
    import_ratings(db, source, progress=lambda done, total: seen.append((done, total)))
    assert seen and all(done <= total for done, total in seen)
    assert seen[-1][1] == rows  # the line count of a file without quoted line breaks
