"""Who may write what on a shared server, tried for real: PostgreSQL itself says no.

Each forbidden write is tried with plain SQL through psycopg as the person's own login
(not the superuser, which row-level security never stops), and through kmdesk, which must
turn the refusal into plain words. A refusal either raises (a policy's WITH CHECK, a
missing grant) or, for rows the login cannot even see, changes nothing: both are checked
against what the superuser reads afterwards.
"""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from psycopg import errors as pgerr

from kmdesk.assess.framework import Text
from kmdesk.store import frameworks, repo
from kmdesk.store.models import Base
from kmdesk.store.postgres import who
from kmdesk.store.server_errors import NotAllowed
from kmdesk.store.server_users import UserProblem, add_user, list_users

pytest_plugins = ("tests.engines", "tests.server_support")
pytestmark = pytest.mark.pg
# Every table kmdesk has: each must be under the policies.
KMDESK_TABLES = set(Base.metadata.tables)
INSERT_RATING = (
    "INSERT INTO rating (facilitator_id, round_id, role, indicator_id, uid, level, evidence, "
    "rated_at, pc) VALUES (%s, %s, 'coordinator', %s, gen_random_uuid(), 5, 'x', now(), '')"
)
INSERT_EVENT = (
    "INSERT INTO rating_event (facilitator_id, round_id, role, indicator_id, level, evidence, "
    "deleted, rated_at, pc) VALUES (%s, %s, 'recorder', %s, 5, 'x', false, now(), '')"
)


def _refused(conn, sql, params=()):
    with pytest.raises(pgerr.InsufficientPrivilege):
        conn.execute(sql, params)


def _changes_nothing(conn, sql, params=()):
    assert conn.execute(sql, params).rowcount == 0


def test_a_facilitator_may_not_write_a_teammates_rating(network):
    mate = network.ids("somchai")
    with network.connect_as("malai") as conn:
        # They can read it (same team) ...
        assert conn.execute(
            "SELECT level FROM rating WHERE facilitator_id = %s", (mate[0],)
        ).fetchall()
        # ... but every way of changing it is refused by the server.
        _refused(conn, INSERT_RATING, mate)
        _refused(conn, INSERT_EVENT, mate)
        _refused(conn, "UPDATE rating SET level = 5 WHERE facilitator_id = %s", (mate[0],))
        _changes_nothing(conn, "DELETE FROM rating WHERE facilitator_id = %s", (mate[0],))
        _refused(conn, "UPDATE rating_event SET level = 5 WHERE facilitator_id = %s", (mate[0],))
        # Nor can their own rating be handed to the teammate, or the teammate's be taken.
        own = network.ids("malai")
        _refused(conn, "UPDATE rating SET facilitator_id = %s WHERE facilitator_id = %s",
                 (mate[0], own[0]))  # fmt: skip
        _refused(conn, "UPDATE rating SET facilitator_id = %s WHERE facilitator_id = %s",
                 (own[0], mate[0]))  # fmt: skip
        # Their own rating they may change.
        conn.execute("UPDATE rating SET level = 4 WHERE facilitator_id = %s", (own[0],))
    assert network.rating("somchai") == (3, "เดิม")
    assert network.rating("malai")[0] == 4


def test_a_facilitator_may_not_see_or_write_another_teams_rating(network):
    other = network.ids("other")
    with network.connect_as("malai") as conn:
        assert (
            conn.execute("SELECT * FROM rating WHERE facilitator_id = %s", (other[0],)).fetchall()
            == []
        )
        names = {r[0] for r in conn.execute("SELECT name FROM facilitator")}
        assert names == {"มาลัย ศรีสุข", "สมชาย ใจดี"}
        assert [r[0] for r in conn.execute("SELECT name FROM team")] == ["บางจาก"]
        _refused(conn, INSERT_RATING, other)
        _refused(conn, INSERT_EVENT, other)
        _changes_nothing(conn, "UPDATE rating SET level = 1 WHERE facilitator_id = %s", (other[0],))
        _changes_nothing(conn, "DELETE FROM rating WHERE facilitator_id = %s", (other[0],))
    assert network.rating("other") == (3, "เดิม")


def test_a_facilitator_may_not_change_the_framework(network):
    with network.connect_as("malai") as conn:
        version = conn.execute("SELECT id FROM framework_version").fetchone()[0]
        _refused(conn, "UPDATE indicator SET text_th = 'แก้' WHERE code = 'S8.1'")
        _refused(conn, "UPDATE target SET level = 1")
        _refused(
            conn,
            "INSERT INTO indicator (version_id, code, competency_code, position, text_th, "
            "text_en, retired) VALUES (%s, 'S8.9', 'S8', 9, 'ใหม่', 'new', false)",
            (version,),
        )
        _refused(conn, "INSERT INTO framework_version (number, created_at, note, meta) "
                 "VALUES (9, now(), '', '{}')")  # fmt: skip
        _refused(conn, "INSERT INTO setting (key, value) VALUES ('x', 'y')")
        _changes_nothing(conn, "DELETE FROM level_descriptor")
        _refused(conn, "INSERT INTO round (uid, title, held_on, framework_version_id) "
                 "VALUES (gen_random_uuid(), 'แอบเพิ่ม', '2025-01-01', %s)", (version,))  # fmt: skip
    assert network.admin_sql("SELECT count(*) FROM indicator WHERE text_th = 'แก้'") == [(0,)]
    assert network.admin_sql("SELECT count(*) FROM level_descriptor")[0][0] > 0


def test_through_kmdesk_a_facilitator_is_told_plainly(network):
    database = network.open_as("malai")
    try:
        malai, somchai = network.people["malai"], network.people["somchai"]
        rnd = network.round.id
        repo.set_rating(database, malai.id, rnd, "recorder", "S8.1", 5, "ของฉันเอง")
        with pytest.raises(NotAllowed, match="you may change only your own ratings"):
            repo.set_rating(database, somchai.id, rnd, "recorder", "S8.1", 1)
        with pytest.raises(NotAllowed, match="you may change only your own ratings"):
            repo.clear_rating(database, somchai.id, rnd, "recorder", "S8.1")
        with database.session() as session:
            s8 = frameworks.load_framework(session).indicator("S8.1")
            assert [t.name for t in repo.list_teams(session)] == ["บางจาก"]
            assert who(session).kind == "facilitator"
        edited = type(s8)(s8.code, s8.competency, Text("แก้ไข", s8.text.en), s8.levels)
        with pytest.raises(NotAllowed, match="only the network's administrator"):
            frameworks.save_indicator(database, edited)
        with pytest.raises(NotAllowed, match="only a team lead or the administrator"):
            repo.add_round(database, "รอบแอบ", dt.date(2025, 9, 9))
        with pytest.raises(NotAllowed, match="only your team lead"):
            repo.add_facilitator(database, "คนใหม่", "", network.teams["บางจาก"].id)
    finally:
        database.dispose()
    assert network.rating("malai") == (5, "ของฉันเอง")
    assert network.rating("somchai") == (3, "เดิม")


def test_the_refusal_reaches_the_command_line_as_exit_2(network, run_kmdesk, tmp_path):
    source = tmp_path / "ratings.csv"
    source.write_text(
        "facilitator,team,agency,round,round_date,role,indicator,level,evidence\n"
        "สมชาย ใจดี,บางจาก,พช.,รอบที่ 1,2025-08-08,recorder,S8.1,1,แอบแก้\n",
        encoding="utf-8",
    )
    done = run_kmdesk("--db", network.url_for("malai"), "import", str(source))
    assert done.returncode == 2, done.stderr
    assert "you may change only your own ratings" in done.stderr
    assert network.rating("somchai") == (3, "เดิม")


def test_a_lead_manages_their_team_and_only_their_team(network):
    other_team = network.admin_sql("SELECT id FROM team WHERE name = 'ท่าไร่'")[0][0]
    own_team = network.admin_sql("SELECT id FROM team WHERE name = 'บางจาก'")[0][0]
    other = network.ids("other")
    with network.connect_as("lead") as conn:
        _refused(conn, "INSERT INTO facilitator (uid, name, agency, team_id, active) "
                 "VALUES (gen_random_uuid(), 'แทรก', '', %s, true)", (other_team,))  # fmt: skip
        _changes_nothing(conn, "UPDATE facilitator SET name = 'เปลี่ยน' WHERE team_id = %s",
                         (other_team,))  # fmt: skip
        _changes_nothing(conn, "UPDATE team SET name = 'ยึด' WHERE id = %s", (other_team,))
        _refused(conn, INSERT_RATING, other)
        _changes_nothing(conn, "UPDATE rating SET level = 1 WHERE facilitator_id = %s", (other[0],))
        # Moving a member out to the other team is refused too.
        _refused(conn, "UPDATE facilitator SET team_id = %s WHERE team_id = %s",
                 (other_team, own_team))  # fmt: skip
        _refused(conn, "UPDATE indicator SET text_th = 'แก้'")
    assert network.rating("other") == (3, "เดิม")
    assert network.admin_sql("SELECT name FROM team ORDER BY name") == [("ท่าไร่",), ("บางจาก",)]

    database = network.open_as("lead")
    try:
        team = network.teams["บางจาก"].id
        added = repo.add_facilitator(database, "สมศรี มาใหม่", "กศน.", team)
        repo.update_facilitator(database, added.id, "สมศรี มาใหม่", "พช.", team)
        later = repo.add_round(database, "รอบที่ 2", dt.date(2026, 1, 10))
        # Decided: a lead may type in their team's ratings (a member without a computer,
        # a team's file); every change is kept in the history with its PC.
        repo.set_rating(database, network.people["somchai"].id, later.id, "recorder", "S8.1", 2)
        # The other team is not even visible to them.
        with pytest.raises(repo.NotFound):
            repo.update_facilitator(
                database, added.id, "สมศรี มาใหม่", "พช.", network.teams["ท่าไร่"].id
            )
        with database.session() as session:
            names = {p.name for p in repo.list_facilitators(session)}
        assert names == {"มาลัย ศรีสุข", "สมชาย ใจดี", "สมศรี มาใหม่"}
    finally:
        database.dispose()


def test_nobody_can_switch_row_level_security_off(network):
    tables = network.admin_sql(
        "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) "
        "FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'"
    )
    secured = {name: (on, forced, owner) for name, on, forced, owner in tables}
    assert {name for name in secured if name != "alembic_version"} == KMDESK_TABLES
    for name in KMDESK_TABLES:
        assert secured[name] == (True, True, "kmdesk_owner"), name
    assert network.admin_sql(
        "SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'kmdesk_owner'"
    ) == [(False, False, False)]
    for role in ("malai", "lead", "admin"):
        with network.connect_as(role) as conn:
            for sql in (
                "ALTER TABLE rating DISABLE ROW LEVEL SECURITY",
                "ALTER TABLE rating NO FORCE ROW LEVEL SECURITY",
                "DROP POLICY rating_add ON rating",
                "ALTER TABLE rating OWNER TO CURRENT_USER",
                "SET ROLE kmdesk_owner",
                "CREATE TEMP TABLE server_login (login text, kind text)",
                "ALTER FUNCTION kmdesk_my_kind() OWNER TO CURRENT_USER",
            ):
                with pytest.raises(pgerr.InsufficientPrivilege):
                    conn.execute(sql)
    # The owner itself cannot log in, whatever password is tried.
    owner = network.url_for("malai").replace(network.logins["malai"], "kmdesk_owner", 1)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(owner.replace("postgresql+psycopg", "postgresql", 1)).close()


def test_the_admin_changes_the_framework_and_any_rating(network):
    database = network.open_as("admin")
    try:
        with database.session() as session:
            s8 = frameworks.load_framework(session).indicator("S8.1")
        edited = type(s8)(s8.code, s8.competency, Text("ถ้อยคำของเครือข่าย", s8.text.en), s8.levels)
        assert frameworks.save_indicator(database, edited)[1] is True  # in use: a new version
        repo.set_rating(database, network.people["other"].id, network.round.id, "recorder",
                        "S8.1", 4)  # fmt: skip
    finally:
        database.dispose()
    assert network.rating("other")[0] == 4


def test_only_the_setup_account_adds_logins_and_never_a_superuser(network, pg_url):
    database = network.open_as("admin")
    try:
        with pytest.raises(NotAllowed, match="setup account"):
            add_user(database, "someone_new", "admin", password="x")
        mine = list_users(database)
    finally:
        database.dispose()
    assert [u.login for u in mine] == [network.logins["admin"]]  # a login sees its own row
    from kmdesk.store.db import open_database

    setup = open_database(pg_url)
    try:
        with pytest.raises(UserProblem, match="superuser"):
            add_user(setup, "postgres", "admin", password="x")
        with pytest.raises(UserProblem, match="no person named"):
            add_user(setup, "nobody_here", "facilitator", person="ไม่มี", team="บางจาก")
        listed = {(u.login, u.kind, u.person, u.team) for u in list_users(setup)}
    finally:
        setup.dispose()
    assert (network.logins["malai"], "facilitator", "มาลัย ศรีสุข", "บางจาก") in listed
    assert (network.logins["lead"], "lead", None, "บางจาก") in listed
    assert network.password not in repr(listed)


def test_a_lead_may_not_delete_a_round_another_team_rated_in(network):
    from kmdesk.store.rounds import delete_round

    database = network.open_as("lead")
    try:
        with pytest.raises(NotAllowed, match="other teams' records use this"):
            delete_round(database, network.round.id)
    finally:
        database.dispose()
    # Nothing went, their own team's ratings included: one transaction.
    assert network.rating("malai") == (3, "เดิม")
    assert network.admin_sql("SELECT count(*) FROM round") == [(1,)]
