"""Agreed levels and learning actions in the store, on SQLite and PostgreSQL: every change
kept with its time and PC, the shown row the latest, bad values refused with nothing saved."""

from __future__ import annotations

import datetime as dt

import pytest

from kmdesk.assess.cycle import MAX_TEXT, SPREAD_MIN, Action, AgreedLevel, Review
from kmdesk.store import learning, repo
from kmdesk.store.errors import StoreError
from kmdesk.store.pc import pc_id

both = pytest.mark.parametrize(
    "engine_name", ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)], indirect=True
)


def _team(db):
    team = repo.add_team(db, "ทีมเรียนรู้")
    learner = repo.add_facilitator(db, "อรุณี ใฝ่รู้", "พช.", team.id)
    mentor = repo.add_facilitator(db, "บุญเลิศ สอนดี", "อบต.", team.id)
    early = repo.add_round(db, "รอบแรก", dt.date(2025, 2, 1))
    return team, learner, mentor, early


def _action(team, learner, rnd, **fields):
    base = {
        "id": "",
        "team_id": team.id,
        "round_id": rnd.id,
        "role": "recorder",
        "competency": "S3",
        "learner_id": learner.id,
        "what": "ฝึกจดบันทึกเวทีประชาคม",
        "source": "คู่มือการจดบันทึก กรมการพัฒนาชุมชน",
    }
    return Action(**{**base, **fields})


@both
def test_an_agreed_level_is_replaced_and_cleared_and_its_history_kept(db):
    team, _, _, rnd = _team(db)
    learning.set_agreed_level(db, AgreedLevel(team.id, rnd.id, "recorder", "S3", 3, "คุยกันแล้ว"))
    learning.set_agreed_level(db, AgreedLevel(team.id, rnd.id, "recorder", "S3", 4, " ทบทวน "))
    shown = learning.agreed_levels(db, team.id, rnd.id, "recorder")
    assert shown == {"S3": AgreedLevel(team.id, rnd.id, "recorder", "S3", 4, "ทบทวน")}
    assert learning.agreed_levels(db, team.id, rnd.id, "coordinator") == {}

    learning.clear_agreed_level(db, team.id, rnd.id, "recorder", "S3")
    assert learning.agreed_levels(db, team.id, rnd.id, "recorder") == {}
    uid = str(learning.agreed_uid(team.id, rnd.id, "recorder", "S3"))
    past = learning.learning_history(db, uid)
    assert [(e.values["level"], e.deleted) for e in past] == [(3, False), (4, False), (None, True)]
    assert {e.pc for e in past} == {pc_id()}


@both
def test_an_action_is_added_with_a_new_id_and_saved_whole(db):
    team, learner, mentor, rnd = _team(db)
    added = learning.add_action(
        db, _action(team, learner, rnd, supplier_id=mentor.id, source="", due=dt.date(2025, 3, 31))
    )
    assert added.id and added.status == "planned" and added.supplier_id == mentor.id
    done = learning.save_action(
        db,
        Action(
            **{
                **added.__dict__,
                "status": "done",
                "review": Review("จดครบทุกวาระ", "จดได้ครึ่งเดียว", "พูดเร็ว", "อัดเสียงช่วย"),
                "asset": "แบบฟอร์มจดบันทึก.docx",
            }
        ),
    )
    assert learning.action(db, added.id) == done
    assert done.review.happened == "จดได้ครึ่งเดียว" and done.asset == "แบบฟอร์มจดบันทึก.docx"
    past = learning.learning_history(db, added.id)
    assert [e.values["status"] for e in past] == ["planned", "done"]


@both
def test_actions_come_by_due_date_with_undated_last_then_by_learner(db):
    team, learner, mentor, rnd = _team(db)
    later = learning.add_action(db, _action(team, learner, rnd, due=dt.date(2025, 5, 1)))
    undated = learning.add_action(db, _action(team, learner, rnd))
    # Same day: บุญเลิศ before อรุณี in Thai order (บ before อ).
    mentor_first = learning.add_action(
        db, _action(team, mentor, rnd, learner_id=mentor.id, due=dt.date(2025, 4, 1))
    )
    learner_same_day = learning.add_action(db, _action(team, learner, rnd, due=dt.date(2025, 4, 1)))
    ids = [a.id for a in learning.actions(db, team_id=team.id, round_id=rnd.id)]
    assert ids == [mentor_first.id, learner_same_day.id, later.id, undated.id]
    mine = learning.actions(db, learner_id=learner.id)
    assert [a.id for a in mine] == [learner_same_day.id, later.id, undated.id]
    assert learning.actions(db, role="coordinator") == []


@both
def test_bad_actions_are_refused_and_nothing_is_saved(db):
    team, learner, _, rnd = _team(db)
    for bad, words in (
        (_action(team, learner, rnd, status="finished"), "status"),
        (_action(team, learner, rnd, what="ก" * (MAX_TEXT + 1)), "at most"),
        (_action(team, learner, rnd, what="  "), "plan"),
        (_action(team, learner, rnd, source=""), "learn from"),
        (_action(team, learner, rnd, supplier_id=learner.id), "themselves"),
        (_action(team, learner, rnd, competency="Z9"), "Z9"),
        (_action(team, learner, rnd, learner_id="not-an-id"), "not-an-id"),
    ):
        with pytest.raises(StoreError, match=words):
            learning.add_action(db, bad)
    assert learning.actions(db) == []
    with pytest.raises(StoreError, match="no action"):
        learning.save_action(db, _action(team, learner, rnd, id=str(learner.id)))
    with pytest.raises(StoreError, match="level"):
        learning.set_agreed_level(db, AgreedLevel(team.id, rnd.id, "recorder", "S3", 6))
    assert learning.agreed_levels(db, team.id, rnd.id, "recorder") == {}


@both
def test_the_spread_threshold_is_kept_with_the_data(db):
    assert learning.spread_min(db) == SPREAD_MIN
    learning.set_spread_min(db, 1.5)
    assert learning.spread_min(db) == 1.5
    with pytest.raises(StoreError):
        learning.set_spread_min(db, 0)
    assert learning.spread_min(db) == 1.5


@both
def test_deleting_a_round_takes_its_plan_with_it(db):
    from kmdesk.store.rounds import delete_round

    team, learner, _, rnd = _team(db)
    later = repo.add_round(db, "รอบหลัง", dt.date(2025, 8, 1))
    learning.set_agreed_level(db, AgreedLevel(team.id, rnd.id, "recorder", "S3", 3))
    gone = learning.add_action(db, _action(team, learner, rnd))
    kept = learning.add_action(db, _action(team, learner, later))
    delete_round(db, rnd.id)
    assert learning.actions(db) == [kept]
    assert learning.learning_history(db, gone.id) == []
    agreed = learning.agreed_uid(team.id, rnd.id, "recorder", "S3")
    assert learning.learning_history(db, str(agreed)) == []
