"""Agreed levels and learning actions on a shared server: PostgreSQL itself enforces who
may write them (a lead for their own team, the admin everywhere; a facilitator only reads
their own team's), tried with plain SQL as each login and through kmdesk."""

from __future__ import annotations

import pytest
from psycopg import errors as pgerr

from kmdesk.assess.cycle import Action, AgreedLevel
from kmdesk.store import learning
from kmdesk.store.errors import StoreError

pytest_plugins = ("tests.engines", "tests.server_support")
pytestmark = pytest.mark.pg

INSERT_AGREED = (
    "INSERT INTO agreed_level (uid, team_id, round_id, role, competency_code, level, reason, "
    "changed_at, pc) VALUES (gen_random_uuid(), %s, %s, 'recorder', 'S8', 3, '', now(), '')"
)
INSERT_AGREED_EVENT = (
    "INSERT INTO agreed_level_event (uid, team_id, round_id, role, competency_code, level, "
    "reason, deleted, changed_at, pc) VALUES (gen_random_uuid(), %s, %s, 'recorder', 'S8', 3, "
    "'', false, now(), '')"
)
INSERT_ACTION = (
    "INSERT INTO learning_action (uid, team_id, round_id, role, competency_code, learner_id, "
    "supplier_id, source, what, due, status, expected, happened, why, next_time, asset, "
    "changed_at, pc) VALUES (gen_random_uuid(), %s, %s, 'recorder', 'S8', %s, NULL, 'คู่มือ', "
    "'ฝึก', NULL, 'planned', '', '', '', '', '', now(), '')"
)


def _refused(conn, sql, params=()):
    with pytest.raises(pgerr.InsufficientPrivilege):
        conn.execute(sql, params)


def _team_pk(network, name: str) -> int:
    return network.admin_sql("SELECT id FROM team WHERE name = %s", (name,))[0][0]


def _action(network, person: str, team: str, **fields) -> Action:
    base = {
        "id": "",
        "team_id": network.teams[team].id,
        "round_id": network.round.id,
        "role": "recorder",
        "competency": "S8",
        "learner_id": network.people[person].id,
        "what": "ฝึกจดบันทึก",
        "source": "คู่มือการจดบันทึก",
    }
    return Action(**{**base, **fields})


def test_a_lead_writes_their_teams_plan_and_a_facilitator_reads_it(network):
    lead = network.open_as("lead")
    try:
        team, rnd = network.teams["บางจาก"].id, network.round.id
        learning.set_agreed_level(lead, AgreedLevel(team, rnd, "recorder", "S8", 3, "คุยแล้ว"))
        added = learning.add_action(
            lead, _action(network, "malai", "บางจาก", supplier_id=network.people["somchai"].id)
        )
        learning.save_action(lead, _action(network, "malai", "บางจาก", id=added.id, status="done"))
        # Another team's: refused by the server, told in plain words, nothing kept.
        with pytest.raises(StoreError):
            learning.add_action(lead, _action(network, "other", "ท่าไร่"))
    finally:
        lead.dispose()
    malai = network.open_as("malai")
    try:
        assert learning.agreed_levels(malai, team, rnd, "recorder")["S8"].level == 3
        (seen,) = learning.actions(malai, team_id=team)
        assert (seen.id, seen.status) == (added.id, "done")
        # A facilitator only reads: the lead records what the team agreed.
        with pytest.raises(StoreError):
            learning.set_agreed_level(malai, AgreedLevel(team, rnd, "recorder", "S8", 5))
        with pytest.raises(StoreError):
            learning.save_action(malai, _action(network, "malai", "บางจาก", id=added.id))
    finally:
        malai.dispose()
    assert network.admin_sql("SELECT level FROM agreed_level") == [(3,)]
    assert network.admin_sql("SELECT status FROM learning_action") == [("done",)]
    assert network.admin_sql("SELECT count(*) FROM learning_action_event") == [(2,)]


def test_a_facilitator_writing_an_agreed_level_is_refused_by_postgresql(network):
    own, rnd = _team_pk(network, "บางจาก"), network.ids("malai")[1]
    with network.connect_as("malai") as conn:
        _refused(conn, INSERT_AGREED, (own, rnd))
        _refused(conn, INSERT_AGREED_EVENT, (own, rnd))
        _refused(conn, INSERT_ACTION, (own, rnd, network.ids("malai")[0]))
    assert network.admin_sql("SELECT count(*) FROM agreed_level") == [(0,)]


def test_a_lead_writing_another_teams_action_is_refused_by_postgresql(network):
    own, other = _team_pk(network, "บางจาก"), _team_pk(network, "ท่าไร่")
    stranger, rnd, _ = network.ids("other")
    mine = network.ids("malai")[0]
    with network.connect_as("lead") as conn:
        _refused(conn, INSERT_ACTION, (other, rnd, stranger))
        # Nor may an action of their own team name a learner from another team.
        _refused(conn, INSERT_ACTION, (own, rnd, stranger))
        _refused(conn, INSERT_AGREED, (other, rnd))
        conn.execute(INSERT_ACTION, (own, rnd, mine))  # their own team's: allowed
        # The histories are appended to, never rewritten.
        conn.execute(INSERT_AGREED_EVENT, (own, rnd))
        _refused(conn, "UPDATE agreed_level_event SET level = 5")
        _refused(conn, "UPDATE learning_action_event SET what = 'แก้'")
        # Moving their action to the other team is refused too.
        _refused(conn, "UPDATE learning_action SET team_id = %s", (other,))
    count = "SELECT count(*) FROM learning_action WHERE team_id = %s"
    assert network.admin_sql(count, (other,)) == [(0,)]


def test_each_team_sees_only_its_own_plan(network):
    admin = network.open_as("admin")
    try:
        rnd = network.round.id
        for team in ("บางจาก", "ท่าไร่"):
            learning.set_agreed_level(
                admin, AgreedLevel(network.teams[team].id, rnd, "recorder", "S8", 2)
            )
        learning.add_action(admin, _action(network, "other", "ท่าไร่"))
    finally:
        admin.dispose()
    with network.connect_as("malai") as conn:
        assert conn.execute("SELECT count(*) FROM agreed_level").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM learning_action").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM learning_action_event").fetchone() == (0,)
