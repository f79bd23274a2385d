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

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kmdesk.assess.people import name_key
from kmdesk.store import models as m
from kmdesk.store.postgres import who
from kmdesk.store.server_errors import NotAllowed

USERS_ROLE = "kmdesk_user"
_LOGIN = re.compile(r"[a-z][a-z0-9_]{0,62}")


class UserProblem(ValueError):
    """The login, person or team given does not fit (the message says why); nothing was done."""


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
            "logins and rights are for a PostgreSQL server; a database file has no logins"
        )


def _setup_account(session: Session) -> None:
    if not who(session).setup:
        raise NotAllowed(
            "only the server's setup account (a superuser, e.g. postgres) may add logins; "
            "nothing was changed"
        )


def check_login(login: str) -> str:
    """A login name PostgreSQL and people both read the same: a-z, 0-9 and _, from a letter."""
    if not _LOGIN.fullmatch(login):
        raise UserProblem(
            f"{login!r} cannot be a login: use small letters a-z, digits and _, starting "
            "with a letter, at most 63 (e.g. malai_s)"
        )
    return login


def _team(session: Session, name: str | None) -> m.Team | None:
    if name is None:
        return None
    wanted = name_key(name)
    for row in session.scalars(select(m.Team)):
        if name_key(row.name) == wanted:
            return row
    raise UserProblem(f"no team named {name!r}")


def _person(session: Session, name: str | None, team: m.Team | None) -> m.Facilitator | None:
    if name is None:
        return None
    query = select(m.Facilitator)
    if team is not None:
        query = query.where(m.Facilitator.team_id == team.id)
    wanted = name_key(name)
    found = [row for row in session.scalars(query) if name_key(row.name) == wanted]
    where = f" in team {team.name!r}" if team else ""
    if not found:
        raise UserProblem(f"no person named {name!r}{where}")
    if len(found) > 1:
        raise UserProblem(f"more than one person is named {name!r}; give --team too")
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
        raise UserProblem(f"{kind!r} is not a kind of login: facilitator, lead or admin")
    if kind == "facilitator" and person is None:
        raise UserProblem("a facilitator's login needs --person NAME (and --team T)")
    if kind == "lead" and team is None:
        raise UserProblem("a team lead's login needs --team T")
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
            f"{login} is a superuser (or bypasses row-level security): PostgreSQL lets such a "
            "login past every rule. Give each person their own ordinary login"
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
