"""SQLite connections made safe: real transactions, a kept WAL, waits, and plain errors.

Three lessons are applied to every connection kmdesk makes to an SQLite file:

* The Python driver does not BEGIN before DDL, so a migration failing half-way would stay
  half-applied. SQLAlchemy's pysqlite recipe hands BEGIN to us; writes BEGIN IMMEDIATE so
  two writers queue instead of failing half-way with "database is locked".
* POSIX drops all of a process's SQLite locks when it closes any other handle on the file.
  Another process closing its last connection then thinks it is alone, checkpoints and
  deletes the write-ahead log under the app. So no kmdesk connection checkpoints on close
  (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE); ``checkpoint`` folds the log in explicitly instead,
  which never deletes it.
* sqlite3's errors become the store's own (busy, read-only, full disk, damaged).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import sqlite3
from pathlib import Path

from kmdesk.store import errors

SQLITE_MAGIC = b"SQLite format 3\x00"
_NO_CKPT_ON_CLOSE = 1006  # SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE in sqlite3.h
WRITE_OPTION = "kmdesk_write"


def _db_config_function():
    """sqlite3_db_config from the library the sqlite3 module uses (Python 3.11 has no setconfig)."""
    try:
        import _sqlite3

        function = ctypes.CDLL(_sqlite3.__file__).sqlite3_db_config
    except (ImportError, OSError, AttributeError):
        return None
    function.restype = ctypes.c_int
    return function


_DB_CONFIG = None if hasattr(sqlite3.Connection, "setconfig") else _db_config_function()


def keep_wal_on_close(conn: sqlite3.Connection) -> bool:
    """Tell SQLite not to checkpoint (and delete the WAL) when ``conn`` closes."""
    if hasattr(conn, "setconfig"):  # Python 3.12+
        conn.setconfig(_NO_CKPT_ON_CLOSE, True)
        return True
    if _DB_CONFIG is None:
        return False
    # A pysqlite Connection object starts with PyObject_HEAD, then the sqlite3* handle.
    handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    now = ctypes.c_int(-1)
    rc = _DB_CONFIG(
        ctypes.c_void_p(handle), ctypes.c_int(_NO_CKPT_ON_CLOSE), ctypes.c_int(1), ctypes.byref(now)
    )
    return rc == 0 and now.value == 1


def uri_options(path: Path, read_only: bool) -> str:
    """The URI options to open ``path`` with: read-write, read-only, or immutable.

    A WAL database in a folder that cannot be written has no -shm file and cannot get one,
    so SQLite cannot open it even read-only. With no WAL content left to miss, opening it
    as immutable is safe: nobody can change a file in a read-only folder.
    """
    if not read_only:
        return "mode=rw"
    probe = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        probe.execute("PRAGMA schema_version").fetchall()
        return "mode=ro"
    except sqlite3.OperationalError:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise
        return "mode=ro&immutable=1"
    finally:
        probe.close()


def connect_raw(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection (for checks and backups) that leaves the WAL alone on close."""
    options = uri_options(path, True) if read_only else "mode=rwc"
    conn = sqlite3.connect(f"{path.as_uri()}?{options}", uri=True, isolation_level=None)
    keep_wal_on_close(conn)
    return conn


def prepare_connection(dbapi_conn, busy_ms: int, read_only: bool) -> None:
    """Pragmas and the transaction recipe for a new SQLAlchemy pool connection."""
    keep_wal_on_close(dbapi_conn)
    # The pysqlite recipe: the driver never begins by itself; our "begin" hook does.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    cur.execute("PRAGMA foreign_keys=ON")
    if not read_only:
        cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def begin(conn) -> None:
    """BEGIN for reads; BEGIN IMMEDIATE for writes, so the write lock is taken up front."""
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # may wait or fail busy: errors translated
    else:
        # A deferred BEGIN takes no lock and cannot fail busy, so it goes straight to the
        # driver: a read (the team's river on every rating) skips SQLAlchemy's execution.
        conn.connection.driver_connection.execute("BEGIN")


def checkpoint(conn: sqlite3.Connection) -> None:
    """Fold the WAL into the database file, so a copied .db holds every rating."""
    # Busy means another kmdesk (or a session still reading) is working: the data is safe in
    # the WAL and a later close folds it in, so never keep the user waiting for it.
    conn.execute("PRAGMA busy_timeout=200")
    with contextlib.suppress(sqlite3.OperationalError):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def translate(exc: BaseException, location: str) -> errors.StoreError | None:
    """The store's error for a sqlite3 error, or None when it is not the world's fault."""
    if isinstance(exc, UnicodeDecodeError):
        # kmdesk writes only UTF-8: text that does not decode (a name in the schema, a
        # value, SQLite's own message quoting one) is damage that integrity_check does not see.
        return errors.DamagedDatabase(location, "is damaged (text that is not UTF-8)")
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    text = str(exc)
    if code in (5, 6) or "locked" in text:  # BUSY, LOCKED
        return errors.DatabaseBusy(
            f"{location}: another program (perhaps another kmdesk) kept the database busy; "
            "nothing was saved. Try again in a moment"
        )
    if code == 8 or "readonly" in text:  # READONLY
        return errors.ReadOnlyDatabase(
            f"{location}: the database is open read-only (the file, its folder or the disk "
            "cannot be written); nothing was saved"
        )
    if code == 13 or "disk is full" in text:  # FULL
        return errors.DiskFull(f"{location}: the disk is full; nothing was saved")
    damaged = ("malformed", "not a database", "Could not decode")
    if code in (11, 26) or any(word in text for word in damaged):  # CORRUPT, NOTADB
        return errors.DamagedDatabase(location, "is damaged; nothing was written to it")
    if code in (10, 14):  # IOERR, CANTOPEN
        return errors.DiskProblem(
            f"{location}: the disk refused to read or write the database (is it full, "
            "removed or failing?); nothing was saved"
        )
    return None


def os_problem(exc: OSError, location: str) -> errors.StoreError:
    """A plain error for an operating-system failure around a database file."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return errors.DiskFull(f"{location}: the disk is full; nothing was saved")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return errors.ReadOnlyDatabase(f"{location}: cannot be written ({exc.strerror})")
    return errors.DiskProblem(f"{location}: {exc.strerror or exc}")


def can_write(path: Path) -> bool:
    """Whether this process may change the file: the file, its WAL and its folder writable."""
    import os

    folder = path.parent
    wal = path.with_name(path.name + "-wal")
    if not os.access(folder, os.W_OK):
        return False
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return not (wal.exists() and not os.access(wal, os.W_OK))
