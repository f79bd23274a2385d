"""The store's own errors: what callers catch instead of SQLAlchemy's or sqlite3's.

Every one of them means "the world is wrong" (a file, a disk, another program): the message
is for the user, and nothing was written. Bugs stay ordinary exceptions.
"""

from __future__ import annotations


class StoreError(Exception):
    """A database operation that could not be done; ``str()`` is a plain sentence."""


class DatabaseProblem(StoreError):
    """A database we must not touch, or cannot; ``location`` names the file or server."""

    def __init__(self, location: str, message: str):
        super().__init__(f"{location}: {message}")
        self.location = location
        self.message = message


class NotKmdeskDatabase(DatabaseProblem):
    """The file is not an SQLite database made by kmdesk."""


class DamagedDatabase(DatabaseProblem):
    """SQLite found the file damaged; it is never written. ``backup`` is the newest copy."""

    def __init__(self, location: str, message: str, backup: str | None = None):
        if backup:
            message += f"; the newest backup is {backup} (kmdesk db restore FILE)"
        super().__init__(location, message)
        self.backup = backup


class NewerDatabase(DatabaseProblem):
    """Written by a newer kmdesk: refused, so an older one never misreads it."""


class NoSuchDatabase(DatabaseProblem):
    """No file at that path, and nobody asked for a new one to be made there."""


class UpgradeFailed(DatabaseProblem):
    """A migration failed; the database was put back as it was before."""


class ReadOnlyDatabase(StoreError):
    """A write to a database opened read-only (a read-only file, folder or disk)."""


class DiskFull(StoreError):
    """The disk (or the user's quota) is full; the change was not saved."""


class DiskProblem(StoreError):
    """The operating system refused to read or write the file (removed disk, failing drive)."""


class DatabaseBusy(StoreError):
    """Another program kept the database busy for longer than we wait; nothing was saved."""


class BackupProblem(StoreError):
    """A backup could not be made, listed or restored; the message says why."""
