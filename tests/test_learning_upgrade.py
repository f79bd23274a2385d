"""A database made before the learning cycle (revision 0003) upgrades to 0004 and keeps
everything: its ratings stay, and agreed levels and actions can be recorded at once."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect

from kmdesk.assess.cycle import Action, AgreedLevel
from kmdesk.store import learning, repo
from kmdesk.store.db import open_database
from kmdesk.store.migrations_info import MIGRATIONS, known_revisions

SCHEMAS = Path(__file__).parent / "schemas"
NEW_TABLES = {"agreed_level", "agreed_level_event", "learning_action", "learning_action_event"}


def _upgrade_to(url_or_engine, revision: str) -> None:
    engine = create_engine(url_or_engine) if isinstance(url_or_engine, str) else url_or_engine
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()


def _use_the_cycle(database) -> None:
    with database.session() as session:
        (team,) = repo.list_teams(session)[:1]
        people = repo.list_facilitators(session, team.id)
        rnd = repo.list_rounds(session)[0]
    learning.set_agreed_level(database, AgreedLevel(team.id, rnd.id, "recorder", "S8", 3, "ตกลง"))
    added = learning.add_action(
        database,
        Action("", team.id, rnd.id, "recorder", "S8", people[0].id, "ฝึกจด", source="คู่มือ"),
    )
    assert learning.agreed_levels(database, team.id, rnd.id, "recorder")["S8"].level == 3
    assert learning.actions(database, team_id=team.id) == [added]


def test_a_0003_file_upgrades_and_keeps_its_ratings(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(SCHEMAS / "0001_first_schema.db", path)
    _upgrade_to(f"sqlite:///{path}", "0003")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
        before = conn.execute("SELECT * FROM rating ORDER BY 1, 2, 3, 4").fetchall()
    database = open_database(str(path))
    try:
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
                known_revisions()[1],
            )
            assert conn.execute("SELECT * FROM rating ORDER BY 1, 2, 3, 4").fetchall() == before
        assert set(inspect(database.engine).get_table_names()) >= NEW_TABLES
        _use_the_cycle(database)
    finally:
        database.dispose()


@pytest.mark.pg
def test_a_0003_server_database_upgrades_with_the_new_tables_secured(pg_url):
    _upgrade_to(pg_url, "0003")
    database = open_database(pg_url)  # the superuser: it may upgrade
    try:
        repo.add_team(database, "ทีมเดิม")
        with database.session() as session:
            team = repo.list_teams(session)[0]
        repo.add_facilitator(database, "คนเดิม ในทีม", "พช.", team.id)
        repo.add_round(database, "รอบเดิม", dt.date(2025, 1, 10))
        _use_the_cycle(database)
        with database.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT relname, relrowsecurity, relforcerowsecurity, pg_get_userbyid(relowner) "
                "FROM pg_class WHERE relkind = 'r' AND relname = ANY (%(names)s)",
                {"names": sorted(NEW_TABLES)},
            ).fetchall()
    finally:
        database.dispose()
    assert {r[0] for r in rows} == NEW_TABLES
    assert {r[1:] for r in rows} == {(True, True, "kmdesk_owner")}
