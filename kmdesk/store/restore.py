"""Putting a backup back: checked first, and what it replaces is backed up (or set aside)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from kmdesk.store import backup as backups
from kmdesk.store.errors import BackupProblem, DamagedDatabase, DatabaseProblem
from kmdesk.store.file_check import inspect_file
from kmdesk.store.migrations_info import known_revisions
from kmdesk.store.sqlite import connect_raw, os_problem


def _copy_into(source_file: Path, target: Path) -> None:
    """Replace the target's contents page by page inside SQLite, so open readers stay safe."""
    source = connect_raw(source_file, read_only=True)
    try:
        destination = connect_raw(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def _set_aside(path: Path) -> Path:
    """Move a damaged database (and its WAL) out of the way, keeping it for whoever helps."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        for suffix in ("", "-wal", "-shm"):
            part = path.with_name(path.name + suffix)
            if part.exists():
                os.replace(part, aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise os_problem(exc, str(path)) from None
    return aside


def restore(database_path: Path, backup_file: Path, keep: int = backups.KEEP_DEFAULT) -> Path:
    """Put ``backup_file`` in place of the database; returns where the replaced one went.

    The backup is checked in full first (ours, whole, not newer) and nothing is touched if
    it fails. A sound database is backed up before it is replaced; a damaged one is renamed
    to ``NAME.damaged-DATE`` beside itself.
    """
    known, _ = known_revisions()
    if not backup_file.is_file():
        raise BackupProblem(f"{backup_file}: no such backup file")
    if backup_file.resolve() == database_path.resolve():
        raise BackupProblem(f"{backup_file} is the database itself, not a backup of it")
    try:
        inspect_file(backup_file, known, full_check=True)
    except DatabaseProblem as problem:
        raise BackupProblem(f"{problem}; nothing was restored") from None
    if not database_path.parent.is_dir():
        raise BackupProblem(f"{database_path.parent}: no such folder; nothing was restored")
    if not database_path.exists():
        _copy_into(backup_file, database_path)
        return database_path
    try:
        inspect_file(database_path, known)
    except DamagedDatabase:
        aside = _set_aside(database_path)
        _copy_into(backup_file, database_path)
        return aside
    saved = backups.make_backup(database_path, "restore", keep)
    _copy_into(backup_file, database_path)
    return saved
