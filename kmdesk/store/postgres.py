"""A PostgreSQL server: the engine kmdesk opens, who is logged in, and plain errors.

The server enforces the rights itself (migration 0003); this module only words its
refusals: a write the policies refuse becomes ``NotAllowed`` ("you may change only your
own ratings"), a broken or unreachable connection ``ConnectionLost``, a serialization
failure or deadlock ``ConcurrentEdit``. Passwords come from ``server_secrets`` at each new
connection and are never part of the engine's URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from kmdesk.store import errors, server_secrets
from kmdesk.store import server_errors as se

CONNECT_TIMEOUT_S = 10

FRAMEWORK_TABLES = {
    "framework_version",
    "competency",
    "indicator",
    "level_descriptor",
    "target",
    "setting",
}
_TABLE = re.compile(r'(?:for table|relation) "?([a-z_]+)"?')


@dataclass
class ServerState:
    """What the error wording needs to know about this connection's login."""

    location: str
    kind: str | None = None  # "facilitator", "lead", "admin"; None for the setup account
    opened: bool = False
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Login:
    """Who this connection is: the login, its kind here, its person and team (UUIDs)."""

    login: str
    kind: str | None
    person: str | None
    team: str | None
    superuser: bool

    @property
    def setup(self) -> bool:
        """The setup account: a superuser, which PostgreSQL lets past every policy."""
        return self.superuser


def location(url: str) -> str:
    """The server and database, as kmdesk shows them: never the password."""
    return make_url(url).render_as_string(hide_password=True)


def server_engine(url: str) -> tuple[Engine, str, ServerState]:
    """An engine for ``url``; returns it, the URL without its password, and the error state.

    A password in the URL is taken out and held in this process only; otherwise each new
    connection asks ``server_secrets`` (the keyring), and failing that libpq finds one.
    """
    public, password = server_secrets.without_password(url)
    if password is not None:
        server_secrets.hold(public, password)
    u = make_url(public)
    connect_args = {"application_name": "kmdesk"}
    if "connect_timeout" not in u.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        engine = create_engine(
            public, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args
        )
    except ImportError:
        # The office program is built for database files only, and a plain `pip install
        # kmdesk` has no driver either: the world's lack, not our bug.
        raise se.NoServerDriver(
            location(public),
            "this kmdesk opens database files only; a shared server needs kmdesk installed "
            "with its PostgreSQL driver (pip install kmdesk[postgres])",
        ) from None
    state = ServerState(location(public))

    @event.listens_for(engine, "do_connect")
    def _password(dialect, conn_rec, cargs, cparams):
        if "password" not in cparams:
            found = server_secrets.password_for(public)
            if found is not None:
                cparams["password"] = found

    @event.listens_for(engine, "handle_error")
    def _translate(context):
        if context.is_pre_ping:
            return  # the pool reconnects by itself
        mapped = translate(context.original_exception, state)
        if mapped is not None:
            raise mapped from None

    return engine, public, state


def _sqlstate(exc: BaseException) -> str:
    return getattr(exc, "sqlstate", None) or ""


def translate(exc: BaseException, state: ServerState) -> errors.StoreError | None:
    """The store's error for a psycopg error, or None when it is not the world's fault."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is what opened the server
        return None
    if not isinstance(exc, psycopg.Error):
        return None
    code = _sqlstate(exc)
    where = state.location
    if code == "42501":  # insufficient_privilege: a grant or a policy said no
        return se.NotAllowed(refusal(_message(exc), state.kind))
    if code in ("40001", "40P01") or (code == "23505" and _constraint(exc) == "pk_rating"):
        return se.ConcurrentEdit(
            f"{where}: someone else's change got in the way; nothing was saved. Try again"
        )
    if code == "23503" and state.kind in ("lead", "facilitator"):
        return se.NotAllowed(
            "other teams' records use this, and you may not change them; nothing was saved"
        )
    if code == "25006":
        return errors.ReadOnlyDatabase(f"{where}: the server is read-only now; nothing was saved")
    if code == "53100":
        return errors.DiskFull(f"{where}: the server's disk is full; nothing was saved")
    if code in ("55P03", "57014"):
        return errors.DatabaseBusy(
            f"{where}: the server was busy for too long; nothing was saved. Try again"
        )
    if not isinstance(exc, psycopg.OperationalError) and not code.startswith(("08", "57P")):
        return None
    return _connection_problem(str(exc), code, state)


def _connection_problem(text_: str, code: str, state: ServerState) -> errors.StoreError:
    where = state.location
    login = make_url(where).username or "this login"
    lower = text_.lower()
    if "no password supplied" in lower:
        return se.PasswordNeeded(where, f"the server wants a password for {login}")
    if "password authentication failed" in lower or code == "28P01":
        return se.LoginRefused(where, f"the server refused the password for {login}")
    if "does not exist" in lower and "role" in lower:
        return se.LoginRefused(where, f"the server has no login named {login}")
    if "does not exist" in lower and "database" in lower:
        return se.LoginRefused(where, "the server has no database of that name")
    if "not permitted to log in" in lower or "permission denied for database" in lower:
        return se.LoginRefused(where, f"the server does not let {login} into this database")
    if not state.opened:
        return se.ServerUnreachable(
            where, "no server answers there; is it running, and is the address right?"
        )
    return se.ConnectionLost(
        f"{where}: the connection to the server was lost; nothing was saved. Your change "
        "is kept and will be saved when the server answers again"
    )


def _message(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    return (getattr(diag, "message_primary", None) or str(exc)).lower()


def _constraint(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    return getattr(diag, "constraint_name", None) or ""


def refusal(message: str, kind: str | None) -> str:
    """Plain words for a write the server refused, by the table it touched and who asked."""
    found = _TABLE.search(message)
    table = found.group(1) if found else ""
    if table in ("rating", "rating_event") or "rating" in message:
        if kind == "lead":
            return "you may change only your own team's ratings; nothing was saved"
        return "you may change only your own ratings; nothing was saved"
    if table in FRAMEWORK_TABLES:
        return (
            "only the network's administrator may change the framework, its targets and "
            "settings; nothing was saved"
        )
    if table in ("team", "facilitator"):
        if kind == "lead":
            return "you may change only your own team and its people; nothing was saved"
        return "only your team lead may change the team and its people; nothing was saved"
    if table in ("round", "uid_alias"):
        return "only a team lead or the administrator may add or change rounds; nothing was saved"
    return "your login may not make this change; nothing was saved"


def who(session: Session) -> Login:
    """The login of this session and what it is in this database."""
    row = session.execute(
        text(
            "SELECT current_user, r.rolsuper, l.kind, f.uid, t.uid FROM pg_roles r "
            "LEFT JOIN server_login l ON l.login = current_user "
            "LEFT JOIN facilitator f ON f.id = l.facilitator_id "
            "LEFT JOIN team t ON t.id = coalesce(l.team_id, f.team_id) "
            "WHERE r.rolname = current_user"
        )
    ).one()
    login, superuser, kind, person, team = row
    return Login(
        login, kind, str(person) if person else None, str(team) if team else None, superuser
    )


def attach_login(session: Session, state: ServerState) -> Login:
    """Note who is logged in, so refusals are worded for them; the server is open now."""
    found = who(session)
    state.kind = found.kind
    state.opened = True
    return found
