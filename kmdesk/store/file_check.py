"""Is an existing SQLite file a kmdesk database this version can open? Read-only looks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kmdesk.store import backup as backups
from kmdesk.store import sqlite as lite
from kmdesk.store.errors import (
    DamagedDatabase,
    DatabaseProblem,
    NewerDatabase,
    NotKmdeskDatabase,
)


def _read_magic(path: Path) -> bytes:
    # Only called once SQLite itself refused the file, so this process holds no SQLite lock
    # on it that closing this second handle could drop.
    with path.open("rb") as fh:
        return fh.read(len(lite.SQLITE_MAGIC))


def inspect_file(path: Path, known: set[str], *, full_check: bool = False) -> str | None:
    """Look at an existing file read-only; return its revision, or None if it is empty."""
    where = str(path)
    try:
        conn = lite.connect_raw(path, read_only=True)
        try:
            schema = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"))
            tables = set(schema)
            verdict = _full_check(conn) if full_check else _cheap_check(conn, schema)
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except UnicodeDecodeError:
        raise damaged(path, "is damaged (text that is not UTF-8)") from None
    except sqlite3.DatabaseError as exc:
        _refuse_unreadable(path, exc)
    if verdict != ["ok"]:
        raise damaged(path, f"is damaged ({verdict[0]})")
    return judge(where, tables, revision, known)


def _full_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's integrity check: every page read, so its time grows with the file."""
    return [row[0] for row in conn.execute("PRAGMA integrity_check")]


def _cheap_check(conn: sqlite3.Connection, schema: dict[str, str | None]) -> list[str]:
    """What opening checks every time, in a time that does not grow with the file.

    The header and the schema are read (a truncated file fails the page count), and each
    table's first and last rows, so a table whose root or rightmost pages are gone is seen.
    Damage deeper inside is left to the daily full check and to SQLite, which refuses a
    damaged page when it is read.
    """
    conn.execute("PRAGMA schema_version").fetchall()
    conn.execute("PRAGMA page_count").fetchall()
    if not set(schema) >= OUR_TABLES:
        return ["ok"]  # empty, or another program's: judged by its tables, not read further
    for table, sql in sorted(schema.items()):
        if table.startswith("sqlite_") or (sql or "").upper().startswith("CREATE VIRTUAL"):
            continue
        name = '"' + table.replace('"', '""') + '"'
        conn.execute(f"SELECT 1 FROM {name} LIMIT 1").fetchall()
        last = _last_order(conn, name, sql)
        conn.execute(f"SELECT 1 FROM {name} ORDER BY {last} LIMIT 1").fetchall()
    return ["ok"]


def _last_order(conn: sqlite3.Connection, name: str, sql: str | None) -> str:
    """An ORDER BY that walks the table's own b-tree down its rightmost side."""
    if "WITHOUT ROWID" not in (sql or "").upper():
        return "rowid DESC"
    info = conn.execute(f"PRAGMA table_info({name})").fetchall()
    keys = sorted((row[5], row[1]) for row in info if row[5])
    return ", ".join('"' + col.replace('"', '""') + '" DESC' for _, col in keys)


def _refuse_unreadable(path: Path, exc: sqlite3.DatabaseError):
    where = str(path)
    translated = lite.translate(exc, where)
    if translated is not None and not isinstance(translated, DamagedDatabase):
        # Busy, read-only, a disk error: the file may be fine, and this app may hold it open,
        # where a second handle on it would drop the app's locks. Say so; never look inside.
        raise DatabaseProblem(where, f"cannot be opened now: {translated}") from None
    try:
        head = _read_magic(path)
    except OSError as os_exc:
        raise DatabaseProblem(where, f"cannot be read ({os_exc.strerror})") from None
    if head != lite.SQLITE_MAGIC:
        raise NotKmdeskDatabase(where, "is not a kmdesk database (not an SQLite file)") from None
    raise damaged(path, f"is damaged and cannot be opened ({exc})") from None


def damaged(path: Path, message: str) -> DamagedDatabase:
    newest = backups.newest_backup(path)
    return DamagedDatabase(str(path), message, str(newest) if newest else None)


OUR_TABLES = frozenset({"alembic_version", "rating", "framework_version"})


def judge(where: str, tables: set[str], revision: str | None, known: set[str]) -> str | None:
    if not tables:
        return None
    ours = revision is not None and tables >= OUR_TABLES
    if not ours:
        raise NotKmdeskDatabase(where, "holds tables that are not a kmdesk database")
    if revision not in known:
        raise NewerDatabase(
            where, "was written by a newer version of kmdesk; please update kmdesk to open it"
        )
    return revision
