"""The learning cycle's views: spreads and "worth a conversation" from the members' means,
each action with the learner's change next round, and the plan as text for LINE."""

from __future__ import annotations

import datetime as dt

import pytest

from kmdesk.assess.cycle import Action, AgreedLevel, Review
from kmdesk.store import learning, repo
from kmdesk.views.learning import person_actions, plan_text, team_plan


@pytest.fixture
def team(db):
    """Three recorders rated in two rounds, one S8 indicator and one S3 indicator each."""
    t = repo.add_team(db, "ทีมวิว")
    a = repo.add_facilitator(db, "กมล เริ่มเรียน", "พช.", t.id)
    b = repo.add_facilitator(db, "ขวัญ กลางทาง", "พช.", t.id)
    c = repo.add_facilitator(db, "คม ชำนาญ", "พช.", t.id)
    r1 = repo.add_round(db, "รอบหนึ่ง", dt.date(2025, 1, 15))
    r2 = repo.add_round(db, "รอบสอง", dt.date(2025, 7, 15))
    for who, s8, s3 in ((a, 1, 2), (b, 3, 3), (c, 4, None)):
        repo.set_rating(db, who.id, r1.id, "recorder", "S8.1", s8)
        if s3 is not None:
            repo.set_rating(db, who.id, r1.id, "recorder", "S3.1", s3)
    repo.set_rating(db, a.id, r2.id, "recorder", "S8.1", 3)  # only กมล rated round 2
    return t, a, b, c, r1, r2


def test_spreads_and_what_is_worth_a_conversation(db, team):
    t, _a, _b, _c, r1, _ = team
    learning.set_agreed_level(db, AgreedLevel(t.id, r1.id, "recorder", "S8", 3, "คุยแล้ว"))
    plan = team_plan(db, t.id, r1.id, "recorder")
    # S8: 4 − 1 = 3 (worth it at the default 2); S3: 3 − 2 = 1 (not); others: no scores.
    assert plan.spreads == {"S3": 1.0, "S8": 3.0}
    assert plan.worth == ("S8",) and plan.spread_min == 2.0
    assert plan.agreed["S8"].level == 3
    learning.set_spread_min(db, 1.0)
    assert team_plan(db, t.id, r1.id, "recorder").worth[:2] == ("S3", "S8")


def test_an_action_shows_the_learners_change_in_the_next_round_they_rated(db, team):
    t, a, b, c, r1, r2 = team
    learning.add_action(
        db,
        Action(
            "", t.id, r1.id, "recorder", "S8", a.id, "ตามไปดูการจดบันทึก",
            supplier_id=c.id, due=dt.date(2025, 3, 31), status="done",
            review=Review("จดเองได้", "จดได้ครึ่งหนึ่ง", "พูดเร็ว", "อัดเสียง"),
        ),
    )  # fmt: skip
    learning.add_action(
        db, Action("", t.id, r1.id, "recorder", "S3", b.id, "อ่านคู่มือ", source="คู่มือ พช.")
    )
    plan = team_plan(db, t.id, r1.id, "recorder", lang="en")
    first, second = plan.actions  # dated first, the undated last
    assert (first.learner, first.supplier) == ("กมล เริ่มเรียน", "คม ชำนาญ")
    # S8: 1 in round 1, 3 in round 2: +2.
    assert (first.before, first.after, first.change, first.next_round) == (1.0, 3.0, 2.0, "รอบสอง")
    assert first.competency_name and first.competency_name != plan.actions[1].competency_name
    # ขวัญ has not rated round 2: no change to show.
    assert (second.supplier, second.before, second.after, second.change) == (
        "คู่มือ พช.", 3.0, None, None,
    )  # fmt: skip
    assert [v.action.what for v in person_actions(db, a.id)] == ["ตามไปดูการจดบันทึก"]
    assert person_actions(db, a.id, round_id=r2.id) == ()


def test_the_plan_as_text_for_line(db, team):
    t, a, _b, c, r1, _ = team
    learning.add_action(
        db,
        Action(
            "", t.id, r1.id, "recorder", "S8", a.id, "ตามไปดู\nการจดบันทึก",
            supplier_id=c.id, due=dt.date(2025, 3, 31),
            review=Review(why="พูดเร็ว"), asset="บันทึก.docx",
        ),
    )  # fmt: skip
    plan = team_plan(db, t.id, r1.id, "recorder", lang="en")
    text = plan_text(plan, "en")
    lines = text.splitlines()
    assert lines[0] == "Learning actions"
    assert lines[2].startswith("1. กมล เริ่มเรียน learns S8 ") and lines[2].endswith("คม ชำนาญ")
    assert "   What: ตามไปดู การจดบันทึก" in lines
    assert "   By: 31 Mar 2025" in lines and "   Status: planned" in lines
    assert "   Why there was a difference: พูดเร็ว" in lines
    assert "   Change by รอบสอง: +2.0" in lines
    # In Thai the date is in the Buddhist Era.
    assert "31 มี.ค. 2568" in plan_text(plan.actions, "th")
    assert "No learning actions yet." in plan_text((), "en")
