"""Every write of the Assess page can say which version of each rating the person saw (issue
11): removing an answer, putting rows back (undo, redo) and copying the previous round refuse
to write over someone else's newer rating. On both engines."""

from __future__ import annotations

import datetime as dt

import pytest

from kmdesk.store import repo
from kmdesk.store.assess_queries import restore_ratings, stored_ratings
from kmdesk.store.server_conflicts import Conflicts, rating_versions
from kmdesk.store.server_errors import Conflict

ROLE = "coordinator"


def _stored(database, person, rnd, code):
    with database.session() as session:
        found = [r for r in repo.person_ratings(session, person, ROLE, rnd) if r.indicator == code]
    return (found[0].level, found[0].evidence) if found else None


def test_the_store_checks_versions_for_clear_restore_and_copy(db):
    team = repo.add_team(db, "ท่าไร่")
    person = repo.add_facilitator(db, "มาลัย ศรีสุข", "พอช.", team.id).id
    earlier = repo.add_round(db, "รอบที่ 1", dt.date(2025, 2, 8)).id
    rnd = repo.add_round(db, "รอบที่ 2", dt.date(2025, 8, 8)).id
    for code, level in (("K1.1", 2), ("K1.2", 3), ("K2.2", 4)):
        repo.set_rating(db, person, earlier, ROLE, code, level, "")

    def seen() -> dict[str, int]:
        with db.session() as session:
            return rating_versions(session, person, rnd, ROLE)

    repo.set_rating(db, person, rnd, ROLE, "K2.1", 1, "")
    saw = seen()
    repo.set_rating(db, person, rnd, ROLE, "K2.1", 5, "ใหม่")  # someone else, meanwhile
    with pytest.raises(Conflict) as refused:
        repo.clear_rating(db, person, rnd, ROLE, "K2.1", expected_version=saw["K2.1"])
    assert refused.value.mine is None and refused.value.theirs.level == 5
    assert _stored(db, person, rnd, "K2.1") == (5, "ใหม่")
    repo.clear_rating(db, person, rnd, ROLE, "K2.1", expected_version=refused.value.version)
    assert _stored(db, person, rnd, "K2.1") is None

    # Someone else answers K1.2 just as the copy would: no clash, it stays as theirs.
    saw = seen()
    repo.set_rating(db, person, rnd, ROLE, "K1.2", 3, "")
    assert repo.copy_ratings(db, person, earlier, rnd, ROLE, expected=saw) == ["K1.1", "K2.2"]
    with db.session() as session:
        copied = stored_ratings(session, person, rnd, ROLE, ["K1.1", "K2.2"])
    saw = seen()
    repo.set_rating(db, person, rnd, ROLE, "K2.2", None, "")  # someone else, meanwhile
    with pytest.raises(Conflicts) as refused:  # undoing the copy: both, or neither
        restore_ratings(db, person, rnd, ROLE, dict.fromkeys(copied), expected=saw)
    assert list(refused.value.each) == ["K2.2"]
    assert refused.value.each["K2.2"].theirs.level is None
    assert _stored(db, person, rnd, "K1.1") == (2, "")
