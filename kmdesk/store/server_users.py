"""Logins on a shared server: who is which person, in which team, with which rights.

``add_user`` makes a PostgreSQL login (or takes an existing one), puts it in the
``kmdesk_user`` group and writes its row in ``server_login``; from then on the server's
policies (migration 0003) decide what it may read and write. Only the setup account (a
superuser) may do this, and the password travels to the server only as a SCRAM verifier
made on this PC, so no statement, log or error can show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kmdesk.assess.people import name_key
from kmdesk.store import models as m
from kmdesk.store.postgres import who
from kmdesk.store.server_errors import NotAllowed
from kmdesk.wording import QT_TRANSLATE_NOOP

USERS_ROLE = "kmdesk_user"
_LOGIN = re.compile(r"[a-z][a-z0-9_]{0,62}")


class UserProblem(ValueError):
    """The login, person or team given does not fit (the message says why); nothing was done.

    ``source`` is the English sentence with its {0} fields, marked for translation, and
    ``fields`` fill it: the command line words it in the user's language from these.
    """

    def __init__(self, source: str, *fields: object):
        super().__init__(source.format(*fields))
        self.source, self.fields = source, fields


@dataclass(frozen=True)
class User:
    """One login as ``kmdesk db users`` lists it."""

    login: str
    kind: str
    person: str | None
    team: str | None
    can_log_in: bool


def _server(database) -> None:
    if database.engine.dialect.name != "postgresql":
        raise UserProblem(
            QT_TRANSLATE_NOOP(
                "ServerUsers",
                "logins and rights are for a PostgreSQL server; a database file has no logins",
            )
        )


def _setup_account(session: Session) -> None:
    if not who(session).setup:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "ServerUsers",
                "only the server's setup account (a superuser, e.g. postgres) may add or "
                "remove logins; nothing was changed",
            )
        )


def check_login(login: str) -> str:
    """A login name PostgreSQL and people both read the same: a-z, 0-9 and _, from a letter."""
    if not _LOGIN.fullmatch(login):
        raise UserProblem(
            QT_TRANSLATE_NOOP(
                "ServerUsers",
                "{0!r} cannot be a login: use small letters a-z, digits and _, starting "
                "with a letter, at most 63 (e.g. malai_s)",
            ),
            login,
        )
    return login


def _team(session: Session, name: str | None) -> m.Team | None:
    if name is None:
        return None
    wanted = name_key(name)
    for row in session.scalars(select(m.Team)):
        if name_key(row.name) == wanted:
            return row
    raise UserProblem(QT_TRANSLATE_NOOP("ServerUsers", "no team named {0!r}"), name)


def _person(session: Session, name: str | None, team: m.Team | None) -> m.Facilitator | None:
    if name is None:
        return None
    query = select(m.Facilitator)
    if team is not None:
        query = query.where(m.Facilitator.team_id == team.id)
    wanted = name_key(name)
    found = [row for row in session.scalars(query) if name_key(row.name) == wanted]
    if not found and team:
        raise UserProblem(
            QT_TRANSLATE_NOOP("ServerUsers", "no person named {0!r} in team {1!r}"),
            name,
            team.name,
        )
    if not found:
        raise UserProblem(QT_TRANSLATE_NOOP("ServerUsers", "no person named {0!r}"), name)
    if len(found) > 1:
        raise UserProblem(
            QT_TRANSLATE_NOOP(
                "ServerUsers", "more than one person is named {0!r}; give --team too"
            ),
            name,
        )
    return found[0]


def add_user(
    database,
    login: str,
    kind: str,
    *,
    person: str | None = None,
    team: str | None = None,
    password: str | None = None,
) -> User:
    """Make (or take) the login and say who it is here; one transaction.

    A facilitator needs their person (and the team, to find them); a lead their team;
    an admin neither. A login that already exists keeps its password unless one is given.
    """
    _server(database)
    check_login(login)
    if kind not in m.LOGIN_KINDS:
        raise UserProblem(
            QT_TRANSLATE_NOOP(
                "ServerUsers", "{0!r} is not a kind of login: facilitator, lead or admin"
            ),
            kind,
        )
    if kind == "facilitator" and person is None:
        raise UserProblem(
            QT_TRANSLATE_NOOP(
                "ServerUsers", "a facilitator's login needs --person NAME (and --team T)"
            )
        )
    if kind == "lead" and team is None:
        raise UserProblem(QT_TRANSLATE_NOOP("ServerUsers", "a team lead's login needs --team T"))
    with database.write() as session:
        _setup_account(session)
        team_row = _team(session, team)
        person_row = _person(session, person, team_row)
        if team_row is None and person_row is not None:
            team_row = session.get(m.Team, person_row.team_id) if person_row.team_id else None
        _make_role(session, login, password)
        row = session.get(m.ServerLogin, login) or m.ServerLogin(login=login)
        row.kind = kind
        row.facilitator_id = person_row.id if person_row else None
        row.team_id = team_row.id if team_row and kind == "lead" else None
        session.add(row)
    return User(
        login,
        kind,
        person_row.name if person_row else None,
        team_row.name if team_row else None,
        True,
    )


def _make_role(session: Session, login: str, password: str | None) -> None:
    exists = session.execute(
        text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = :r"), {"r": login}
    ).scalar()
    if exists:
        raise UserProblem(
            QT_TRANSLATE_NOOP(
                "ServerUsers",
                "{0} is a superuser (or bypasses row-level security): PostgreSQL lets such a "
                "login past every rule. Give each person their own ordinary login",
            ),
            login,
        )
    quoted = f'"{login}"'  # checked: only a-z, 0-9 and _
    if exists is None:
        session.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    if password is not None:
        raw = session.connection().connection.driver_connection
        verifier = raw.pgconn.encrypt_password(
            password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
        )
        # Straight to the driver, no parameters: a verifier is full of ':' and '$'.
        raw.execute(f"ALTER ROLE {quoted} LOGIN PASSWORD '{verifier.decode('ascii')}'")
    # The login holds no rights of its own: the table rights come through kmdesk_user.
    session.execute(text(f"GRANT {USERS_ROLE} TO {quoted}"))


def list_users(database) -> list[User]:
    """Every kmdesk login here, by kind then login (the setup account sees them all)."""
    _server(database)
    order = {kind: i for i, kind in enumerate(("admin", "lead", "facilitator"))}
    with database.session() as session:
        rows = session.execute(
            text(
                "SELECT l.login, l.kind, f.name, t.name, coalesce(r.rolcanlogin, false) "
                "FROM server_login l "
                "LEFT JOIN facilitator f ON f.id = l.facilitator_id "
                "LEFT JOIN team t ON t.id = coalesce(l.team_id, f.team_id) "
                "LEFT JOIN pg_roles r ON r.rolname = l.login"
            )
        ).all()
    users = [User(*row) for row in rows]
    return sorted(users, key=lambda u: (order.get(u.kind, 9), u.login))


def remove_user(database, login: str) -> tuple[User, bool]:
    """Take a kmdesk login away: its rights here, its row, then the login itself; one
    transaction. Returns the login as it was and whether the login itself was dropped.

    Only a login ``add_user`` made here is touched (never another role of the server), and
    never the last admin, or nobody could change the framework again. The login is kept,
    without kmdesk's rights, when it still owns something or holds rights elsewhere on the
    server (PostgreSQL refuses to drop such a role).
    """
    _server(database)
    check_login(login)
    with database.write() as session:
        _setup_account(session)
        row = session.get(m.ServerLogin, login)
        if row is None:
            raise UserProblem(
                QT_TRANSLATE_NOOP(
                    "ServerUsers", "{0} is not a kmdesk login here (kmdesk db users lists them)"
                ),
                login,
            )
        if row.kind == "admin" and _admins(session) <= 1:
            raise UserProblem(
                QT_TRANSLATE_NOOP(
                    "ServerUsers",
                    "{0} is the last admin login; add another admin first "
                    "(kmdesk db add-user LOGIN --as admin), so someone can still change "
                    "the framework",
                ),
                login,
            )
        person = session.get(m.Facilitator, row.facilitator_id) if row.facilitator_id else None
        team_id = row.team_id or (person.team_id if person else None)
        team = session.get(m.Team, team_id) if team_id else None
        user = User(login, row.kind, person.name if person else None, team and team.name, False)
        session.delete(row)
        session.flush()
        exists = session.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}
        ).scalar()
        dropped = _drop_role(session, login) if exists else True  # gone already: fine
    return user, dropped


def _admins(session: Session) -> int:
    query = select(func.count()).select_from(m.ServerLogin).where(m.ServerLogin.kind == "admin")
    return session.scalar(query) or 0


def _drop_role(session: Session, login: str) -> bool:
    quoted = f'"{login}"'  # checked: only a-z, 0-9 and _
    session.execute(text(f"REVOKE {USERS_ROLE} FROM {quoted}"))
    try:
        with session.begin_nested():
            session.execute(text(f"DROP ROLE {quoted}"))
    except DBAPIError as exc:
        # 2BP01: it owns objects or holds rights in some database; it keeps them, not ours.
        if getattr(exc.orig, "sqlstate", None) != "2BP01":
            raise
        return False
    return True
