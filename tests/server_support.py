"""A small provincial network on a real PostgreSQL, with a login per person and kind.

Superusers bypass row-level security, so every rights test connects as one of the logins
made here by ``kmdesk db add-user``'s own code, with a password the server really checks
(on the pgserver the tests start, members of kmdesk_user must give a SCRAM password).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

import pytest
from sqlalchemy.engine import make_url

from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.store.server_users import add_user
from tests.engines import ENV, superuser

PASSWORD = "ไม่บอกใคร-7f3Q"  # Thai too: a password is bytes to the server


@dataclass
class Network:
    """Two teams, three people, a round, a rating each; logins by role name."""

    url: str  # the superuser's
    server_url: str
    name: str
    logins: dict[str, str] = field(default_factory=dict)  # role -> login
    people: dict[str, object] = field(default_factory=dict)
    teams: dict[str, object] = field(default_factory=dict)
    round: object = None
    password: str = PASSWORD

    def url_for(self, role: str, password: str | None = PASSWORD) -> str:
        url = make_url(self.url).set(username=self.logins[role], password=password)
        return url.render_as_string(hide_password=False)

    def open_as(self, role: str):
        return open_database(self.url_for(role))

    def connect_as(self, role: str):
        """A plain psycopg connection as that login (autocommit), not through kmdesk."""
        import psycopg

        url = make_url(self.url_for(role)).set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def rating(self, person: str) -> tuple | None:
        """(level, evidence) of a person's S8.1 recorder rating, read by the superuser."""
        rows = self.admin_sql(
            "SELECT r.level, r.evidence FROM rating r "
            "JOIN facilitator f ON f.id = r.facilitator_id "
            "JOIN indicator i ON i.id = r.indicator_id WHERE f.uid = %s AND i.code = 'S8.1'",
            (self.people[person].id,),
        )
        return rows[0] if rows else None

    def ids(self, person: str) -> tuple[int, int, int]:
        """(facilitator pk, round pk, S8.1's indicator pk) for plain SQL."""
        (row,) = self.admin_sql(
            "SELECT f.id, r.id, i.id FROM facilitator f, round r JOIN indicator i "
            "ON i.version_id = r.framework_version_id WHERE f.uid = %s AND r.uid = %s "
            "AND i.code = 'S8.1'",
            (self.people[person].id, self.round.id),
        )
        return row

    def admin_sql(self, sql: str, params=None) -> list:
        with superuser(self.server_url, self.name) as conn:
            cur = conn.execute(sql, params)
            return cur.fetchall() if cur.description else []


@pytest.fixture(scope="session")
def passwords_required(pg_server_url, request):
    """On the tests' own pgserver, kmdesk logins must give a password (SCRAM), as in an office."""
    import os

    if os.environ.get(ENV):
        return  # someone else's server: its own rules
    server = request.getfixturevalue("_pg_server")
    hba = server.pgdata / "pg_hba.conf"
    rules = (
        "local all +kmdesk_user scram-sha-256\n"
        "host all +kmdesk_user 127.0.0.1/32 scram-sha-256\n"
        "host all +kmdesk_user ::1/128 scram-sha-256\n"
    )
    text = hba.read_text()
    if rules not in text:
        hba.write_text(rules + text)
        with superuser(pg_server_url) as conn:
            conn.execute("SELECT pg_reload_conf()")


@pytest.fixture
def network(pg_url, pg_server_url, passwords_required, request):
    """The network, made by the superuser; logins unique to this test (roles are server-wide)."""
    tag = "k" + hashlib.sha1(request.node.nodeid.encode()).hexdigest()[:6]
    database = open_database(pg_url)
    net = Network(pg_url, pg_server_url, make_url(pg_url).database)
    for team in ("บางจาก", "ท่าไร่"):
        net.teams[team] = repo.add_team(database, team)
    for key, name, team in (
        ("malai", "มาลัย ศรีสุข", "บางจาก"),
        ("somchai", "สมชาย ใจดี", "บางจาก"),
        ("other", "ปรีดา ต่างทีม", "ท่าไร่"),
    ):
        net.people[key] = repo.add_facilitator(database, name, "พช.", net.teams[team].id)
    net.round = repo.add_round(database, "รอบที่ 1", dt.date(2025, 8, 8))
    for key in net.people:
        repo.set_rating(database, net.people[key].id, net.round.id, "recorder", "S8.1", 3, "เดิม")
    for role, kind, person, team in (
        ("malai", "facilitator", "มาลัย ศรีสุข", "บางจาก"),
        ("somchai", "facilitator", "สมชาย ใจดี", "บางจาก"),
        ("lead", "lead", None, "บางจาก"),
        ("admin", "admin", None, None),
    ):
        login = f"{tag}_{role}"
        add_user(database, login, kind, person=person, team=team, password=PASSWORD)
        net.logins[role] = login
    database.dispose()
    yield net
    with superuser(pg_server_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{net.name}" WITH (FORCE)')
        for login in net.logins.values():
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def two_sessions(request, tmp_path):
    """Two independent openings of one database (two PCs, or two windows), and a person."""
    if request.param == "sqlite":
        target = str(tmp_path / "shared.db")
        first = open_database(target, create=True)
    else:
        target = request.getfixturevalue("pg_url")
        first = open_database(target)
    team = repo.add_team(first, "ท่าไร่")
    person = repo.add_facilitator(first, "มาลัย ศรีสุข", "พอช.", team.id)
    rnd = repo.add_round(first, "รอบที่ 1", dt.date(2025, 8, 8))
    second = open_database(target)
    yield first, second, person.id, rnd.id
    first.dispose()
    second.dispose()


def kill_on_rating_write(database, server_url: str, name: str):
    """Kill this database's own server process (``pg_terminate_backend``) the moment it is
    about to write a rating; returns what stops it."""
    from sqlalchemy import event

    def kill(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("INSERT INTO RATING ", "UPDATE RATING ")):
            pid = conn.connection.driver_connection.info.backend_pid
            with superuser(server_url, name) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    event.listen(database.engine, "before_cursor_execute", kill)
    return lambda: event.remove(database.engine, "before_cursor_execute", kill)
