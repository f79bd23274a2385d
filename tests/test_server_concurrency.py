"""Many people at once: no lost update, and a dropped connection loses no change.

The conflict tests run on both engines (two kmdesk windows on one file are two sessions
too); the connection tests kill the server's side of a real connection with
``pg_terminate_backend`` and shut the database's door for a while.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy.engine import make_url

from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.store.server_conflicts import NO_RATING, rating_versions
from kmdesk.store.server_errors import Conflict, ConnectionLost
from kmdesk.store.server_retry import Outbox

pytest_plugins = ("tests.engines", "tests.server_support")


def _versions(database, person, rnd):
    with database.session() as session:
        return rating_versions(session, person, rnd, "recorder")


def _stored(database, person, rnd):
    with database.session() as session:
        (rating,) = repo.person_ratings(session, person, "recorder", rnd)
    return rating.level, rating.evidence


def test_the_second_of_two_concurrent_edits_is_told_and_shown_both(two_sessions):
    a, b, person, rnd = two_sessions
    repo.set_rating(a, person, rnd, "recorder", "S8.1", 2, "แรก")
    seen_by_a = _versions(a, person, rnd)["S8.1"]
    seen_by_b = _versions(b, person, rnd)["S8.1"]
    assert seen_by_a == seen_by_b
    now = repo.set_rating(
        a, person, rnd, "recorder", "S8.1", 4, "ของเอ", expected_version=seen_by_a
    )
    assert now != seen_by_a
    with pytest.raises(Conflict) as told:
        repo.set_rating(b, person, rnd, "recorder", "S8.1", 3, "ของบี", expected_version=seen_by_b)
    conflict = told.value
    assert (conflict.mine.level, conflict.mine.evidence) == (3, "ของบี")
    assert (conflict.theirs.level, conflict.theirs.evidence) == (4, "ของเอ")
    assert conflict.version == now
    assert "they saved 4, you chose 3" in str(conflict)
    assert _stored(a, person, rnd) == (4, "ของเอ")  # nothing of B's was written
    # B looked at both and keeps theirs on purpose.
    repo.set_rating(
        b, person, rnd, "recorder", "S8.1", 3, "ของบี", expected_version=conflict.version
    )
    assert _stored(a, person, rnd) == (3, "ของบี")


def test_a_rating_cleared_and_made_again_never_repeats_a_version(two_sessions):
    a, b, person, rnd = two_sessions
    repo.set_rating(a, person, rnd, "recorder", "S8.1", 2)
    seen = _versions(b, person, rnd)["S8.1"]
    repo.clear_rating(a, person, rnd, "recorder", "S8.1")
    repo.set_rating(a, person, rnd, "recorder", "S8.1", 5)
    with pytest.raises(Conflict):
        repo.set_rating(b, person, rnd, "recorder", "S8.1", 1, expected_version=seen)
    # Made by someone else while B still saw "no rating": a conflict too.
    repo.clear_rating(a, person, rnd, "recorder", "S8.1")
    repo.set_rating(a, person, rnd, "recorder", "S8.1", 5)
    with pytest.raises(Conflict) as told:
        repo.set_rating(b, person, rnd, "recorder", "S8.1", 1, expected_version=NO_RATING)
    assert told.value.theirs.level == 5


@pytest.mark.pg
def test_the_same_new_rating_made_twice_at_once_is_a_conflict_for_the_second(pg_url, pg_server_url):
    from tests.engines import superuser

    database = open_database(pg_url)
    team = repo.add_team(database, "ท่าไร่")
    person = repo.add_facilitator(database, "มาลัย ศรีสุข", "พอช.", team.id)
    rnd = repo.add_round(database, "รอบที่ 1", dt.date(2025, 8, 8))
    name = make_url(pg_url).database
    first = superuser(pg_server_url, name)
    first.autocommit = False
    # The first writer has inserted the row but not committed yet ...
    first.execute(
        "INSERT INTO rating (facilitator_id, round_id, role, indicator_id, uid, level, evidence,"
        " rated_at, pc) SELECT f.id, r.id, 'recorder', i.id, gen_random_uuid(), 4, 'ก่อน', now(),"
        " 'pc-a' FROM facilitator f, round r JOIN indicator i ON i.version_id = "
        "r.framework_version_id WHERE i.code = 'S8.1'"
    )
    outcome = {}

    def second():
        try:
            repo.set_rating(
                database, person.id, rnd.id, "recorder", "S8.1", 2, expected_version=NO_RATING
            )
        except Conflict as exc:
            outcome["conflict"] = exc

    worker = threading.Thread(target=second)
    worker.start()
    worker.join(1.0)
    assert worker.is_alive()  # ... so the second waits on it ...
    first.commit()  # ... and, once it is in, is told.
    worker.join(30)
    first.close()
    assert outcome["conflict"].theirs.level == 4
    assert _stored(database, person.id, rnd.id) == (4, "ก่อน")
    database.dispose()


@pytest.mark.pg
def test_a_connection_killed_mid_save_says_so_keeps_the_change_and_saves_it_later(
    network, pg_server_url
):
    database = network.open_as("malai")
    try:
        malai, rnd = network.people["malai"].id, network.round.id
        outbox = Outbox()
        from tests.server_support import kill_on_rating_write

        stop_killing = kill_on_rating_write(database, pg_server_url, network.name)
        with pytest.raises(ConnectionLost, match="the connection to the server was lost"):
            outbox.save(
                ("S8.1", "coordinator"),
                repo.set_rating,
                database,
                malai,
                rnd,
                "coordinator",
                "S8.1",
                4,
                "บันทึกในเวที",
                expected_version=NO_RATING,
            )
        stop_killing()
        assert outbox.waiting == 1
        assert network.admin_sql("SELECT count(*) FROM rating WHERE role = 'coordinator'") == [
            (0,)
        ]  # nothing half-written: the transaction went with the connection
        outbox.retry()  # the pool makes a new connection
        assert outbox.waiting == 0
        with database.session() as session:
            (saved,) = repo.person_ratings(session, malai, "coordinator", rnd)
        assert (saved.level, saved.evidence) == (4, "บันทึกในเวที")
    finally:
        database.dispose()


@pytest.mark.pg
def test_while_the_server_is_away_changes_wait_in_order_and_are_saved_when_it_is_back(
    network, pg_server_url
):
    from tests.engines import superuser

    database = network.open_as("malai")
    malai, rnd = network.people["malai"].id, network.round.id
    outbox = Outbox()
    try:
        with superuser(pg_server_url) as admin:
            admin.execute(f'ALTER DATABASE "{network.name}" ALLOW_CONNECTIONS false')
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                "AND usename = %s",
                (network.name, network.logins["malai"]),
            )
        for level in (2, 3, 5):  # three clicks in the village hall, the last one counts
            with pytest.raises(ConnectionLost):
                outbox.save("S8.1", repo.set_rating, database, malai, rnd, "recorder", "S8.1",
                            level)  # fmt: skip
        with pytest.raises(ConnectionLost):
            outbox.save("S2.1", repo.set_rating, database, malai, rnd, "recorder", "S2.1", 1)
        assert outbox.keys() == ["S8.1", "S2.1"]
        with pytest.raises(ConnectionLost):
            outbox.retry()
        with superuser(pg_server_url) as admin:
            admin.execute(f'ALTER DATABASE "{network.name}" ALLOW_CONNECTIONS true')
        outbox.retry()
        assert outbox.waiting == 0
        assert network.rating("malai")[0] == 5
        with database.session() as session:
            levels = {r.indicator: r.level for r in repo.person_ratings(session, malai)}
        assert levels == {"S8.1": 5, "S2.1": 1}
    finally:
        with superuser(pg_server_url) as admin:
            admin.execute(f'ALTER DATABASE "{network.name}" ALLOW_CONNECTIONS true')
        database.dispose()
