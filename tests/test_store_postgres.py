"""The same store on a real PostgreSQL server (started by pgserver): nothing SQLite-only."""

from __future__ import annotations

import datetime as dt

import pytest

from kmdesk.cli.analyze import analysis_json
from kmdesk.exchange.demo import load_demo
from kmdesk.exchange.exporter import export_ratings
from kmdesk.exchange.importer import import_ratings
from kmdesk.exchange.problems import FileRejected
from kmdesk.store import frameworks, repo
from kmdesk.store.db import open_database
from kmdesk.views import analyze_team, find_round, find_team


def _analysis(database, role="recorder"):
    with database.session() as session:
        result = analyze_team(
            session, find_team(session, "ท่าไร่"), find_round(session, "รอบที่ 3"), role
        )
        data = analysis_json(result)
    return {**data, "members": [{k: v for k, v in m.items() if k != "id"} for m in data["members"]]}


def test_demo_on_postgres_gives_the_same_analysis_as_on_sqlite(pg_url, demo_db):
    database = open_database(pg_url)
    load_demo(database)
    assert _analysis(database) == _analysis(demo_db)
    database.dispose()


def test_export_from_sqlite_import_into_postgres_and_twice_changes_nothing(
    pg_url, demo_db, tmp_path
):
    exported = tmp_path / "all.csv"
    export_ratings(demo_db, exported)
    database = open_database(pg_url)
    first = import_ratings(database, exported)
    second = import_ratings(database, exported)
    assert (first.added, second.added, second.changed, second.unchanged) == (1458, 0, 0, 1458)
    assert _analysis(database, "coordinator") == _analysis(demo_db, "coordinator")
    database.dispose()


def test_a_bad_file_leaves_postgres_unchanged(pg_url, tmp_path):
    database = open_database(pg_url)
    source = tmp_path / "ratings.csv"
    source.write_text(
        "facilitator,team,agency,round,round_date,role,indicator,level,evidence\n"
        "ก,ท่าไร่,,รอบ,2025-01-01,recorder,S8.1,4,\n"
        "ข,ท่าไร่,,รอบ,2025-01-01,recorder,S8.1,9,\n",
        encoding="utf-8",
    )
    with pytest.raises(FileRejected, match="row 3, column level"):
        import_ratings(database, source)
    with database.session() as session:
        assert repo.list_teams(session) == [] and repo.rating_count(session) == 0
    database.dispose()


def test_versioning_and_reopening_on_postgres(pg_url):
    database = open_database(pg_url)
    team = repo.add_team(database, "บางจาก")
    person = repo.add_facilitator(database, "ทดสอบ คนหนึ่ง", "พช.", team.id)
    rnd = repo.add_round(database, "รอบ 1", dt.date(2025, 1, 1))
    repo.set_rating(database, person.id, rnd.id, "recorder", "S8.1", 5, "หลักฐาน")
    with database.session() as session:
        s8 = frameworks.load_framework(session).indicator("S8.1")
    assert frameworks.save_indicator(database, s8) == (2, True)
    database.dispose()
    again = open_database(pg_url)
    with again.session() as session:
        assert frameworks.latest_version(session) == 2
        (rating,) = repo.person_ratings(session, person.id)
    assert (rating.level, rating.evidence) == (5, "หลักฐาน")
    again.dispose()


def _at_revision(url: str, revision: str) -> None:
    """A database as an older kmdesk left it, on either engine."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from kmdesk.store.migrations_info import MIGRATIONS

    engine = create_engine(url)
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_db_upgrade_brings_an_older_database_up_on_both_engines(
    engine, pg_url, tmp_path, run_kmdesk
):
    from sqlalchemy import create_engine, text

    from kmdesk.store.migrations_info import known_revisions

    url = pg_url if engine == "postgresql" else f"sqlite:///{tmp_path / 'old.db'}"
    _at_revision(url, "0002")
    old = create_engine(url)
    with old.begin() as conn:
        conn.execute(text("INSERT INTO team (uid, name) VALUES (:u, 'ท่าไร่')"), {"u": "a" * 32})
    old.dispose()
    target = url if engine == "postgresql" else str(tmp_path / "old.db")
    done = run_kmdesk("--db", target, "db", "upgrade")
    assert done.returncode == 0, done.stderr
    head = known_revisions()[1]
    assert f"is up to date (schema {head})" in done.stdout
    database = open_database(target)
    with database.session() as session:
        assert [t.name for t in repo.list_teams(session)] == ["ท่าไร่"]
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
    database.dispose()
