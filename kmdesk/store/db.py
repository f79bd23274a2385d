"""Opening a database: choose the URL, check it is ours, back it up, migrate it, seed it."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from kmdesk.logs import refused
from kmdesk.paths import default_database_path
from kmdesk.store import backup as backups
from kmdesk.store import sqlite as lite
from kmdesk.store.errors import (
    DamagedDatabase,
    DatabaseProblem,
    NewerDatabase,
    NoSuchDatabase,
    NotKmdeskDatabase,
    ReadOnlyDatabase,
    StoreError,
    UpgradeFailed,
)
from kmdesk.store.file_check import damaged, inspect_file, judge
from kmdesk.store.frameworks import ensure_default_framework
from kmdesk.store.migrations_info import current_revision, known_revisions, upgrade
from kmdesk.store.models import Base

ENV_VAR = "KMDESK_DATABASE_URL"
# A save waits this long for another writer (an import of bench/'s largest file takes less).
BUSY_MS = 120_000
log = logging.getLogger(__name__)


def resolve_url(db: str | None = None) -> str:
    """``--db`` first, then KMDESK_DATABASE_URL, then the file in the user's data folder.

    A value with ``://`` is a SQLAlchemy URL; anything else is a path to a SQLite file.
    """
    value = db or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, taken as written: SQLAlchemy's parser would decode "%20"."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or len(url) == len(prefix):
        return None
    return Path(url[len(prefix) :])


def _sqlite_engine(path: Path, read_only: bool, busy_ms: int) -> Engine:
    uri = f"{path.as_uri()}?{lite.uri_options(path, read_only)}"
    # A creator, not a URL: SQLAlchemy's URL would not keep "%", "#" or "?" in a file name.
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=QueuePool,
        hide_parameters=True,
    )
    event.listen(
        engine, "connect", lambda conn, _: lite.prepare_connection(conn, busy_ms, read_only)
    )
    event.listen(engine, "begin", lite.begin)
    where = str(path)

    def translate(context):
        mapped = lite.translate(context.original_exception, where)
        if mapped is not None:
            if isinstance(mapped, DamagedDatabase):
                mapped = damaged(path, "is damaged; nothing was written to it")
            raise mapped from None

    event.listen(engine, "handle_error", translate)
    return engine


@dataclass
class Database:
    """An open, migrated kmdesk database."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False

    def session(self) -> Session:
        return self.sessions()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction (BEGIN IMMEDIATE on SQLite), committed at the end."""
        if self.read_only:
            raise ReadOnlyDatabase(
                f"{self.location}: the database is open read-only; nothing was saved"
            )
        with self.sessions() as session, session.begin():
            session.connection(execution_options={lite.WRITE_OPTION: True})
            yield session

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def dispose(self) -> None:
        """Close every connection; fold the WAL into the file first, so a copy is whole."""
        if self.path is not None and not self.read_only:
            try:
                with self.engine.connect() as conn:
                    lite.checkpoint(conn.connection.driver_connection)
            except StoreError:
                pass  # busy or read-only now: the data is safe in the WAL all the same
        self.engine.dispose()

    def backup(self, reason: str = "manual") -> Path | None:
        """An automatic backup now (SQLite files only); None for a server database."""
        if self.path is None:
            return None
        if self.read_only:
            raise ReadOnlyDatabase(
                f"{self.location}: the database is open read-only; nothing was changed"
            )
        return backups.make_backup(self.path, reason, self.backups_kept())

    def backups_kept(self) -> int:
        from kmdesk.store.models import Setting

        with self.session() as session:
            value = session.get(Setting, backups.KEEP_SETTING)
        try:
            return max(1, int(value.value)) if value else backups.KEEP_DEFAULT
        except ValueError:
            return backups.KEEP_DEFAULT

    @property
    def location(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)


def _check_new_path(path: Path, create: bool) -> None:
    if path.parent.is_dir():
        if create or path == default_database_path():
            return
        raise NoSuchDatabase(
            str(path), "no such database; to make a new one there: kmdesk db init PATH"
        )
    if path == default_database_path():
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    raise NoSuchDatabase(str(path), f"no such database: the folder {path.parent} does not exist")


def _create_file(path: Path) -> None:
    # Made here so the engine can open with mode=rw: a file deleted while kmdesk runs is then
    # an error, never a silently new empty database.
    try:
        lite.connect_raw(path).close()
    except sqlite3.Error as exc:
        raise lite.translate(exc, str(path)) or DatabaseProblem(str(path), str(exc)) from None


def _upgrade_sqlite(engine: Engine, path: Path, revision: str | None, keep: int) -> None:
    saved = backups.make_backup(path, "upgrade", keep) if revision is not None else None
    try:
        with engine.begin() as conn:
            upgrade(conn)
    except Exception as exc:
        # Migrations run in one transaction, so SQLite rolled them back; the backup is a
        # second line, for a failure after the commit or in the driver.
        log.exception("upgrading %s failed", path.name)
        engine.dispose()
        if saved is not None:
            _put_back(saved, path)
        where = f"; it was put back from {saved}" if saved else ""
        raise UpgradeFailed(
            str(path),
            f"could not be upgraded to this version of kmdesk{where}. Nothing was lost. "
            "Please send the log file to whoever supports kmdesk",
        ) from exc


def _put_back(saved: Path, path: Path) -> None:
    source = lite.connect_raw(saved, read_only=True)
    target = lite.connect_raw(path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def open_database(
    db: str | None = None,
    *,
    seed: bool = True,
    create: bool = False,
    read_only: bool = False,
    busy_ms: int = BUSY_MS,
) -> Database:
    """Open a kmdesk database, refusing anything we do not understand.

    Nothing is written to a file that turns out not to be ours, to be damaged or to be
    newer than this code. An older one is backed up before it is migrated. A file that
    cannot be written (file, folder or disk read-only) opens read-only. A new file is made
    only at the default location or when ``create`` is given.
    """
    url = resolve_url(db)
    known, head = known_revisions()
    path = sqlite_path(url)
    if path is None:
        return _open_server(url, known, head, seed)
    revision = None
    if path.is_dir():
        raise NotKmdeskDatabase(str(path), "is a folder, not a kmdesk database file")
    if path.exists():
        # The full check reads every page, so it runs with the daily backup: a damaged file
        # is refused before its copy could push a sound backup out of the rotation.
        revision = inspect_file(path, known, full_check=not backups.made_today(path))
        read_only = read_only or not lite.can_write(path)
    else:
        _check_new_path(path, create)
        _create_file(path)
    if read_only and revision != head:
        raise DatabaseProblem(
            str(path),
            "is read-only and was made by an older kmdesk, so it cannot be upgraded; "
            "copy it to a folder you can write to and open the copy",
        )
    engine = _sqlite_engine(path, read_only, busy_ms)
    database = Database(url, engine, sessionmaker(engine, expire_on_commit=False), read_only)
    if not read_only:
        if revision != head:
            _upgrade_sqlite(engine, path, revision, backups.KEEP_DEFAULT)
        if revision is not None and not backups.made_today(path):
            try:
                database.backup("daily")
            except StoreError as exc:
                # A full disk must not also lock the user out: they can still look and print.
                refused("daily backup", exc)
        if seed:
            ensure_default_framework(database)
    return database


def _open_server(url: str, known: set[str], head: str, seed: bool) -> Database:
    """A PostgreSQL database: checked, brought up to date by an account that may, and open.

    The password never stays in the URL (``Database.url`` has none); see ``server_secrets``
    for where it comes from. Errors are the store's own, worded in ``postgres``.
    """
    from kmdesk.store import postgres

    engine, public, state = postgres.server_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = current_revision(conn)
        revision = judge(state.location, tables, current, known)
        if revision != head:
            _upgrade_server(engine, state.location)
        database = Database(public, engine, sessionmaker(engine, expire_on_commit=False))
        with database.session() as session:
            postgres.attach_login(session, state)
        if seed:
            ensure_default_framework(database)
    except BaseException:
        engine.dispose()
        raise
    return database


def _upgrade_server(engine: Engine, where: str) -> None:
    # PostgreSQL runs DDL inside the transaction, so a failure leaves the schema as it was.
    try:
        with engine.begin() as conn:
            upgrade(conn)
    except StoreError as exc:
        refused("server upgrade", exc)
        raise UpgradeFailed(
            where,
            "was made by an older kmdesk and this login may not upgrade it; whoever set up "
            "the server must run: kmdesk db upgrade (as the server's setup account). "
            "Nothing was changed",
        ) from None
    except Exception as exc:
        log.exception("upgrading the server database failed")
        raise UpgradeFailed(
            where,
            "could not be upgraded to this version of kmdesk; nothing was changed. Please "
            "send the log file to whoever supports kmdesk",
        ) from exc


__all__ = [
    "Base",
    "DamagedDatabase",
    "Database",
    "DatabaseProblem",
    "NewerDatabase",
    "NoSuchDatabase",
    "NotKmdeskDatabase",
    "open_database",
    "resolve_url",
]
