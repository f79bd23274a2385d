"""Opening a database: choose the URL, check it is ours, back it up, migrate it, seed it."""

from __future__ import annotations

import ast
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from kmdesk.paths import default_database_path
from kmdesk.store.frameworks import ensure_default_framework
from kmdesk.store.models import Base

ENV_VAR = "KMDESK_DATABASE_URL"
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseProblem(Exception):
    """The world is wrong: a database we must not touch. The message is for the user."""

    def __init__(self, location: str, message: str):
        super().__init__(f"{location}: {message}")
        self.location = location


class NotKmdeskDatabase(DatabaseProblem):
    pass


class DamagedDatabase(DatabaseProblem):
    pass


class NewerDatabase(DatabaseProblem):
    pass


def resolve_url(db: str | None = None) -> str:
    """``--db`` first, then KMDESK_DATABASE_URL, then the file in the user's data folder.

    A value with ``://`` is a SQLAlchemy URL; anything else is a path to a SQLite file.
    """
    value = db or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


MIGRATIONS = Path(__file__).parent / "migrations"


def _upgrade(connection) -> None:
    # Alembic is imported only when a database needs migrating: it costs start-up time.
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


def _known_revisions() -> tuple[set[str], str]:
    """Revision ids and the head, read from the migration files without importing Alembic."""
    links: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        values = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) else None
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                values[target.id] = ast.literal_eval(node.value)
        if "revision" in values:
            links[values["revision"]] = values.get("down_revision")
    heads = set(links) - set(links.values())
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, not {sorted(heads)}")
    return set(links), heads.pop()


def _current_revision(connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _check_sqlite_file(path: Path, known: set[str]) -> str | None:
    """Look at an existing file read-only; return its revision, or None if it is empty."""
    where = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseProblem(where, f"cannot be read ({exc.strerror})") from None
    if not head:
        return None
    if head != SQLITE_MAGIC:
        raise NotKmdeskDatabase(where, "is not a kmdesk database (not an SQLite file)")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA quick_check").fetchall()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(where, f"is damaged and cannot be opened ({exc})") from None
    return _judge(where, tables, revision, known)


def _judge(where: str, tables: set[str], revision: str | None, known: set[str]) -> str | None:
    if not tables:
        return None
    ours = revision is not None and {"rating", "framework_version"} <= tables
    if not ours:
        raise NotKmdeskDatabase(where, "holds tables that are not a kmdesk database")
    if revision not in known:
        raise NewerDatabase(
            where, "was written by a newer version of kmdesk; please update kmdesk to open it"
        )
    return revision


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _backup_sqlite(path: Path, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


@dataclass
class Database:
    """An open, migrated kmdesk database."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def location(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)


def open_database(db: str | None = None, *, seed: bool = True) -> Database:
    """Open (creating if need be) a kmdesk database, refusing anything we do not understand.

    Nothing is written to a file that turns out not to be ours, to be damaged or to be
    newer than this code. An older one is backed up before it is migrated.
    """
    url = resolve_url(db)
    known, head = _known_revisions()
    path = sqlite_path(url)
    revision = None
    if path is not None:
        if path.exists():
            revision = _check_sqlite_file(path, known)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = _current_revision(conn)
        revision = _judge(make_url(url).render_as_string(), tables, current, known)
    if revision != head:
        if path is not None and revision is not None:
            _backup_sqlite(path, revision)
        with engine.begin() as conn:
            _upgrade(conn)
    database = Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    if seed:
        ensure_default_framework(database)
    return database


__all__ = [
    "Base",
    "DamagedDatabase",
    "Database",
    "DatabaseProblem",
    "NewerDatabase",
    "NotKmdeskDatabase",
    "open_database",
    "resolve_url",
]
