"""Both engines for the store's tests: SQLite files and a real PostgreSQL server.

Every test in ``tests/test_store_*.py`` that takes the ``db`` fixture runs twice, as
``[sqlite]`` and ``[postgresql]`` (the second marked ``pg``, so the fast lane skips it),
except the few in ``SQLITE_ONLY``, which look at the SQLite file itself.

The server is the one named by ``KMDESK_TEST_DATABASE_URL`` when it is set (a superuser
URL, e.g. ``postgresql+psycopg://postgres@db-test/postgres``: the tests make and drop a
database per test, and logins for the rights tests), else a throwaway one that ``pgserver``
starts (conftest's ``_pg_server``).

conftest.py uses it with::

    from tests import engines
    from tests.engines import db, engine_name, pg_server_url, pg_url  # noqa: F401  (fixtures)

    def pytest_generate_tests(metafunc):
        engines.parametrize(metafunc)

(its own ``db`` and ``pg_url`` fixtures go; ``pg_url`` here honours the variable).
"""

from __future__ import annotations

import os
import re

import pytest

ENV = "KMDESK_TEST_DATABASE_URL"
ENGINES = ("sqlite", "postgresql")

# Tests that read the SQLite file itself (PRAGMAs, sqlite_master, its bytes, a second
# sqlite3 connection): what they check has no meaning on a server.
SQLITE_ONLY = {
    # sqlite3 reads of the rating keys and the file copied between "PCs"
    "test_store_history.py::test_every_change_is_kept_and_the_rating_shows_the_latest",
    "test_store_history.py::test_merging_is_idempotent_and_order_independent",
    # SQLite's CHECK message and its untyped uid column
    "test_store_sqlite.py::test_a_level_outside_the_scale_is_refused_by_the_database_too",
    # WITHOUT ROWID, read from sqlite_master
    "test_store_sqlite.py::test_ratings_are_clustered_on_their_key_with_no_second_index",
}
# Fixtures that pin the engine: a test asking for one itself is about the SQLite file, or
# already compares the two engines (pg_url), so it runs once.
PINNED = {"db_path", "demo_file", "read_only_folder", "demo_template", "pg_url"}


def _on_both(metafunc) -> bool:
    module = os.path.basename(metafunc.module.__file__)
    if not module.startswith("test_store_") or "db" not in metafunc.fixturenames:
        return False
    if f"{module}::{metafunc.function.__name__}" in SQLITE_ONLY:
        return False
    # Asked for by the test itself (its signature), not through the db fixture.
    own = set(metafunc.definition._fixtureinfo.argnames)
    return not own & PINNED


def parametrize(metafunc) -> None:
    """Run a store test that takes ``db`` on both engines (called by pytest_generate_tests)."""
    if "engine_name" in metafunc.fixturenames and _on_both(metafunc):
        metafunc.parametrize(
            "engine_name",
            ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)],
            indirect=True,
        )


@pytest.fixture
def engine_name(request) -> str:
    """ "sqlite" unless the test was parametrised onto "postgresql"."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(request, engine_name):
    """An empty, migrated kmdesk database on the engine under test."""
    from kmdesk.store.db import open_database

    if engine_name == "sqlite":
        database = open_database(str(request.getfixturevalue("db_path")), create=True)
    else:
        database = open_database(request.getfixturevalue("pg_url"))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def pg_server_url(request) -> str:
    """A superuser URL to the server's maintenance database (psycopg's own form)."""
    given = os.environ.get(ENV)
    if given:
        return given.replace("postgresql+psycopg://", "postgresql://", 1)
    return request.getfixturevalue("_pg_server").get_uri("postgres")


def _name(request) -> str:
    name = "t_" + request.node.name.lower()
    return re.sub(r"[^a-z0-9_]", "_", name)[:60]


def superuser(pg_server_url: str, database: str | None = None):
    """A psycopg connection as the test server's superuser, autocommit."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(pg_server_url)
    if database is not None:
        url = url.set(database=database)
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


@pytest.fixture
def pg_url(pg_server_url, request):
    """A fresh, empty database for each test, as a SQLAlchemy URL (superuser)."""
    from sqlalchemy.engine import make_url

    name = _name(request)
    with superuser(pg_server_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(pg_server_url).set(drivername="postgresql+psycopg", database=name)
    yield url.render_as_string(hide_password=False)
    if os.environ.get(ENV):  # someone else's server: leave it as it was
        with superuser(pg_server_url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
