"""The learning cycle's rules, with numbers worked out by hand."""

from __future__ import annotations

import pytest

from kmdesk.assess.cycle import (
    Action,
    CycleError,
    Review,
    change_after,
    check_level,
    check_status,
    check_text,
    spread,
    worth_a_conversation,
)


def test_a_spread_of_two_or_more_is_worth_a_conversation():
    # K2: 4.5 − 2.5 = 2.0, exactly the setting -> worth it
    assert spread({"A": 4.5, "B": 2.5, "C": 3.0}) == pytest.approx(2.0)
    assert worth_a_conversation({"A": 4.5, "B": 2.5, "C": 3.0})
    # S8: 3.5 − 2.0 = 1.5 -> not
    assert not worth_a_conversation({"A": 3.5, "B": 2.0, "C": 3.0})
    # the setting can be raised: 2.0 < 2.5
    assert not worth_a_conversation({"A": 4.5, "B": 2.5}, spread_min=2.5)
    # one person, or nobody, has no spread
    assert spread({"A": 5.0}) is None
    assert not worth_a_conversation({"A": 5.0})
    assert not worth_a_conversation({})


def test_the_change_after_an_action_is_the_next_rounds_score_minus_this_rounds():
    action = Action("a1", "t", "r1", "recorder", "S8", "p1", "ฝึกจดบันทึกเวที", supplier_id="p2")
    # S8 went 1.5 -> 3.0: +1.5; a drop shows as a drop, not a failure
    assert change_after(action, {"S8": 1.5}, {"S8": 3.0}) == pytest.approx(1.5)
    assert change_after(action, {"S8": 3.0}, {"S8": 2.5}) == pytest.approx(-0.5)
    # no score in either round: no change to show
    assert change_after(action, {}, {"S8": 3.0}) is None
    assert change_after(action, {"S8": 3.0}, {"K1": 2.0}) is None


def test_levels_statuses_and_texts_are_checked():
    assert check_level(3) == 3
    with pytest.raises(CycleError, match="1–5"):
        check_level(6)
    assert check_status("done") == "done"
    with pytest.raises(CycleError, match="planned, done, dropped"):
        check_status("finished")
    assert check_text("  เล่าให้ทีมฟัง ", "plan") == "เล่าให้ทีมฟัง"
    with pytest.raises(CycleError, match="2,001 characters"):
        check_text("ก" * 2001, "plan")


def test_a_review_counts_as_written_once_any_question_is_answered():
    assert not Review().written
    assert Review(happened="ได้ลองจดบันทึกเวทีจริงสองครั้ง").written
