"""Where a server password comes from, and the one place kmdesk keeps one: the OS keyring.

kmdesk never writes a password into a URL it shows or keeps, its settings, its output or
its log. A connection gets its password, in this order, from:

1. the URL given with ``--db`` (taken out of the URL at once and held in this process only);
2. the operating system's keyring (Windows Credential Manager, macOS Keychain, the Secret
   Service on Linux) through the ``keyring`` package, where File → Open server… puts it;
3. libpq's own sources, which the driver reads by itself: ``~/.pgpass`` (``%APPDATA%\\
   postgresql\\pgpass.conf`` on Windows), ``PGSERVICE`` / ``?service=`` in the URL, and
   ``PGPASSWORD``.
"""

from __future__ import annotations

import contextlib
import logging

from sqlalchemy.engine import URL, make_url

SERVICE = "kmdesk"
log = logging.getLogger(__name__)
_held: dict[str, str] = {}  # passwords given in a URL or a dialog, for this process only


def account(url: str | URL) -> str:
    """The keyring's name for a login on a server: ``login@host:port/database``, no password."""
    u = make_url(url) if isinstance(url, str) else url
    host = u.host or u.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    return f"{u.username or ''}@{host}:{u.port or 5432}/{u.database or ''}"


def without_password(url: str) -> tuple[str, str | None]:
    """The URL with its password taken out (as text kmdesk may keep), and the password."""
    u = make_url(url)
    if u.password is None:
        return url, None
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False), str(u.password)


def hold(url: str | URL, password: str) -> None:
    """Keep a password for this process only (a URL's, or the dialog's when no keyring works)."""
    _held[account(url)] = password


def _keyring():
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None, Exception
    return keyring, KeyringError


def password_for(url: str | URL) -> str | None:
    """The password kmdesk has for this login: held in this process, else in the keyring.

    None leaves it to libpq (.pgpass, the service file, PGPASSWORD).
    """
    name = account(url)
    if name in _held:
        return _held[name]
    keyring, problem = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(SERVICE, name)
    except (problem, RuntimeError):  # no keyring on this system: libpq's sources remain
        log.info("no usable keyring for server passwords")
        return None
    if found is not None:
        _held[name] = found  # ask the keyring once per process, not at every connection
    return found


def remember(url: str | URL, password: str) -> bool:
    """Keep the password in the OS keyring; True if it is there for next time.

    Without a usable keyring it is held for this process only (and asked again next time).
    """
    hold(url, password)
    keyring, problem = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, account(url), password)
    except (problem, RuntimeError):
        log.info("no usable keyring: the server password is kept for this session only")
        return False
    return True


def forget(url: str | URL) -> None:
    """Drop the password for this login (a refused one), here and in the keyring."""
    name = account(url)
    _held.pop(name, None)
    keyring, problem = _keyring()
    if keyring is None:
        return
    # Nothing kept there, or no keyring: nothing to forget.
    with contextlib.suppress(problem, RuntimeError):
        keyring.delete_password(SERVICE, name)


def server_url(host: str, port: int, database: str, login: str) -> str:
    """The URL File → Open server… makes from its fields: never with a password in it.

    A host that is a folder (``/var/run/postgresql``) is the server's local socket.
    """
    socket = host.startswith("/")
    return URL.create(
        "postgresql+psycopg",
        username=login or None,
        host=None if socket else host or None,
        port=port or None,
        database=database or None,
        query={"host": host} if socket else {},
    ).render_as_string(hide_password=False)


def url_parts(url: str) -> dict:
    """host, port, database and login of a server URL (empty for what it leaves out)."""
    try:
        u = make_url(url)
    except Exception:  # not a URL at all (a path): nothing to fill in
        return {"host": "", "port": 5432, "database": "", "login": ""}
    socket = u.query.get("host")
    return {
        "host": u.host or (socket if isinstance(socket, str) else "") or "",
        "port": u.port or 5432,
        "database": u.database or "",
        "login": u.username or "",
    }
