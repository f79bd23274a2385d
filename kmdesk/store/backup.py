"""Backups through SQLite's online backup API: made, rotated, listed and restored.

A backup is a page-for-page copy of the database taken inside SQLite, so it is consistent
even while the app is writing, and it never opens the live file through another handle.
Automatic backups sit in a folder beside the database, ``NAME.db-backups``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kmdesk.store import errors
from kmdesk.store.sqlite import connect_raw, os_problem

KEEP_DEFAULT = 10
KEEP_SETTING = "backups_kept"
REASONS = ("daily", "upgrade", "import", "merge", "restore", "manual")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what it holds (counts are None when the file cannot be read)."""

    path: Path
    made_at: dt.datetime
    reason: str
    size: int
    people: int | None
    rounds: int | None
    ratings: int | None


def backup_folder(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + "-backups")


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Copy ``source`` into a new file ``target`` (written beside it, then renamed)."""
    tmp = target.with_name(f".{target.name}.part")
    try:
        tmp.unlink(missing_ok=True)
        dst = sqlite3.connect(tmp)
        try:
            source.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_problem(exc, str(target)) from None
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise errors.BackupProblem(f"{target}: the backup could not be written ({exc})") from None
    return target


def make_backup(database_path: Path, reason: str, keep: int = KEEP_DEFAULT) -> Path:
    """A new automatic backup of the file at ``database_path``; the oldest beyond ``keep`` go."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = backup_folder(database_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise os_problem(exc, str(folder)) from None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database_path.stem}-{stamp}-{reason}.db"
    source = connect_raw(database_path, read_only=True)
    try:
        copy_database(source, target)
    finally:
        source.close()
    rotate(database_path, keep)
    return target


def _parsed(path: Path) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f"), match["reason"]


def backup_files(database_path: Path) -> list[tuple[Path, dt.datetime, str]]:
    """The automatic backups of this database, newest first."""
    folder = backup_folder(database_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parsed(path)
        if parsed and path.name.startswith(database_path.stem + "-"):
            found.append((path, *parsed))
    return sorted(found, key=lambda item: item[1], reverse=True)


def rotate(database_path: Path, keep: int) -> None:
    for path, _, _ in backup_files(database_path)[max(keep, 1) :]:
        path.unlink(missing_ok=True)


def newest_backup(database_path: Path) -> Path | None:
    files = backup_files(database_path)
    return files[0][0] if files else None


def made_today(database_path: Path) -> bool:
    today = dt.date.today()
    return any(made.date() == today for _, made, _ in backup_files(database_path))


def _count(conn: sqlite3.Connection, table: str) -> int | None:
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return None


def describe(path: Path, made_at: dt.datetime | None = None, reason: str = "") -> BackupInfo:
    """Date, size and the counts of people, rounds and ratings in a backup file."""
    people = rounds = ratings = None
    try:
        conn = connect_raw(path, read_only=True)
        try:
            people = _count(conn, "facilitator")
            rounds = _count(conn, "round")
            ratings = _count(conn, "rating")
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # listed all the same, with unknown counts: the user may still want to see it
    stat = path.stat()
    when = made_at or dt.datetime.fromtimestamp(stat.st_mtime)
    return BackupInfo(path, when, reason, stat.st_size, people, rounds, ratings)


def list_backups(database_path: Path) -> list[BackupInfo]:
    """Every automatic backup of this database with what it holds, newest first."""
    return [describe(path, made, reason) for path, made, reason in backup_files(database_path)]
