"""Opening checks a file cheaply every time and fully once a day: damage is still found and said."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kmdesk.store import repo
from kmdesk.store.backup import backup_files
from kmdesk.store.db import open_database
from kmdesk.store.errors import DamagedDatabase, NotKmdeskDatabase


def _page_size(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def _middle_rating_page(path: Path) -> int:
    """A leaf of the rating table that is neither its first nor its last (what opening reads)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'rating' AND pagetype = 'leaf' "
                "ORDER BY path"
            )
        ]
    finally:
        conn.close()
    assert len(pages) >= 5  # the demo's 1,458 ratings fill many leaves
    return pages[len(pages) // 2]


def _wreck_page(path: Path, page: int) -> None:
    size = _page_size(path)
    data = bytearray(path.read_bytes())
    start = (page - 1) * size
    data[start : start + size] = b"\xff" * size
    path.write_bytes(bytes(data))


def _as_if_yesterday(database_path: Path) -> None:
    """Rename today's automatic backups so they look a day old: the next open is the day's first."""
    for path, made, reason in backup_files(database_path):
        earlier = (made - dt.timedelta(days=1)).strftime("%Y%m%d-%H%M%S-%f")
        path.rename(path.with_name(f"{database_path.stem}-{earlier}-{reason}.db"))


def _read_every_rating(database) -> int:
    from sqlalchemy import text

    with database.session() as session:
        return len(session.execute(text("SELECT level, evidence FROM rating")).all())


def test_damage_deep_inside_is_found_by_the_daily_full_check_and_the_user_told(demo_file):
    open_database(str(demo_file)).dispose()  # the day's first open: full check, daily backup
    _wreck_page(demo_file, _middle_rating_page(demo_file))
    before = demo_file.read_bytes()

    # Later the same day: opening reads only the header, the schema and each table's ends.
    database = open_database(str(demo_file))
    try:
        with database.session() as session:
            assert repo.list_teams(session)  # what lies on sound pages is still shown
        # Reading the wrecked page is refused in plain words, naming the backup to go back to.
        with pytest.raises(DamagedDatabase, match=r"is damaged.*newest backup is .*-daily\.db"):
            _read_every_rating(database)
    finally:
        database.engine.dispose()
    assert demo_file.read_bytes() == before

    # The next day's first open runs the full check before anything else: refused, unchanged.
    _as_if_yesterday(demo_file)
    with pytest.raises(DamagedDatabase, match=r"is damaged.*newest backup is .*-daily\.db"):
        open_database(str(demo_file))
    assert demo_file.read_bytes() == before
    # No backup of the damaged file pushed a sound one out: the only daily one is yesterday's.
    assert [reason for _, _, reason in backup_files(demo_file)] == ["daily"]


def test_a_truncated_database_is_refused_at_any_open_of_the_day(demo_file):
    open_database(str(demo_file)).dispose()  # today's full check and backup are done
    data = demo_file.read_bytes()
    cut = data[: len(data) // 2]
    demo_file.write_bytes(cut)
    with pytest.raises(DamagedDatabase, match="is damaged"):
        open_database(str(demo_file))
    assert demo_file.read_bytes() == cut


def test_a_wrecked_schema_page_is_refused_at_any_open_of_the_day(demo_file):
    open_database(str(demo_file)).dispose()
    data = bytearray(demo_file.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the header, wreck the schema's page
    demo_file.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase, match=r"is damaged.*newest backup"):
        open_database(str(demo_file))


def test_a_wrecked_last_page_of_the_ratings_is_refused_at_any_open_of_the_day(demo_file):
    open_database(str(demo_file)).dispose()
    conn = sqlite3.connect(f"{demo_file.as_uri()}?mode=ro", uri=True)
    last = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'rating' AND pagetype = 'leaf' "
        "ORDER BY path DESC LIMIT 1"
    ).fetchone()[0]
    conn.close()
    _wreck_page(demo_file, last)
    with pytest.raises(DamagedDatabase, match="is damaged"):
        open_database(str(demo_file))


def test_another_programs_file_is_still_refused_as_not_ours_on_a_later_open(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE rating (x)")
    conn.execute("CREATE TABLE notes (y)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for _ in range(2):
        with pytest.raises(NotKmdeskDatabase, match="not a kmdesk database"):
            open_database(str(path))
    assert path.read_bytes() == before
