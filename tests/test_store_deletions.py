"""The store remembers deleted rounds by UUID on both engines; a server keeps the list
under row-level security; a 0004 database upgrades to it."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kmdesk.exchange.bundle import Selection, export_bundle, merge_bundles
from kmdesk.store import deletions, repo, rounds
from kmdesk.store.db import open_database

SCHEMAS = Path(__file__).parent / "schemas"


def test_a_deleted_round_stays_deleted_on_either_engine(db, tmp_path):
    repo.add_team(db, "ทีมลบ")
    with db.session() as session:
        team = repo.list_teams(session)[0]
    person = repo.add_facilitator(db, "คนหนึ่ง ทดลอง", "", team.id)
    rnd = repo.add_round(db, "รอบจะลบ", dt.date(2026, 1, 5))
    kept = repo.add_round(db, "รอบคงอยู่", dt.date(2026, 2, 5))
    repo.set_rating(db, person.id, rnd.id, "recorder", "S8.1", 3)
    bundle = tmp_path / "before.kmdesk"
    export_bundle(db, bundle, Selection(everything=True))
    rounds.delete_round(db, rnd.id)
    report = merge_bundles(db, [bundle])
    with db.session() as session:
        assert [r.id for r in repo.list_rounds(session)] == [kept.id]
        assert repo.rating_count(session) == 0
        (gone,) = deletions.read_deletions(session)
    assert (gone.uid, gone.kind) == (rnd.id, "round")
    assert [(d.name, d.ratings, d.file) for d in report.deleted] == [
        ("รอบจะลบ", 1, "before.kmdesk")
    ]


def test_a_0004_database_upgrades_and_keeps_its_ratings(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(SCHEMAS / "0004_learning_cycle.db", path)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
        before = conn.execute("SELECT * FROM rating ORDER BY 1, 2, 3, 4").fetchall()
    database = open_database(str(path))
    with database.session() as session:
        rnd = next(r for r in repo.list_rounds(session) if r.title == "รอบที่ 3")
    rounds.delete_round(database, rnd.id)
    database.dispose()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
        after = conn.execute("SELECT * FROM rating ORDER BY 1, 2, 3, 4").fetchall()
        assert conn.execute("SELECT kind FROM deleted_record").fetchall() == [("round",)]
    assert after == before and len(before) == 162  # round 3 had none in this small file


@pytest.mark.pg
def test_the_server_keeps_deletions_under_row_level_security(pg_url):
    database = open_database(pg_url)
    try:
        with database.engine.connect() as conn:
            secured = conn.exec_driver_sql(
                "SELECT relrowsecurity, relforcerowsecurity, pg_get_userbyid(relowner) "
                "FROM pg_class WHERE relname = 'deleted_record'"
            ).one()
            policies = conn.exec_driver_sql(
                "SELECT cmd FROM pg_policies WHERE tablename = 'deleted_record' ORDER BY cmd"
            ).fetchall()
            grants = conn.exec_driver_sql(
                "SELECT privilege_type FROM information_schema.role_table_grants "
                "WHERE table_name = 'deleted_record' AND grantee = 'kmdesk_user' ORDER BY 1"
            ).fetchall()
    finally:
        database.dispose()
    assert tuple(secured) == (True, True, "kmdesk_owner")
    # read and added to by every login; never changed or removed
    assert [p[0] for p in policies] == ["INSERT", "SELECT"]
    assert [g[0] for g in grants] == ["INSERT", "SELECT"]
