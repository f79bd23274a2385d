"""The sums behind every chart and report, checked against numbers worked out by hand."""

import datetime as dt

import pytest

from kmdesk.assess.pairs import PairSettings, learning_pairs, needs_outside_help
from kmdesk.assess.people import Round
from kmdesk.assess.profile import domain_means, profile, progress
from kmdesk.assess.ratings import Rating
from kmdesk.assess.river import river
from kmdesk.assess.stairs import stairs

DOMAIN_OF = {
    "K1": "K",
    "K2": "K",
    "K3": "K",
    **{f"S{n}": "S" for n in range(1, 10)},
}


def rate(indicator: str, level: int | None, who: str = "f1", round_id: str = "r1") -> Rating:
    """One self-rating in the recorder role; the competency is the indicator's prefix."""
    competency = indicator.split(".")[0]
    return Rating(who, round_id, "recorder", indicator, competency, level, "")


def rnd(round_id: str, day: dt.date, title: str | None = None) -> Round:
    return Round(round_id, title or f"Round {round_id}", day, 1)


# --- profile ----------------------------------------------------------------------------


def test_profile_is_the_mean_of_indicator_levels_leaving_out_not_sure():
    ratings = [
        rate("K1.1", 3),
        rate("K1.2", 4),
        rate("K2.1", None),
        rate("K2.2", 2),
    ]
    assert profile(ratings) == pytest.approx(
        {
            # K1: (3 + 4) / 2 = 3.5
            "K1": 3.5,
            # K2: the not-sure K2.1 is left out, not counted as 0: 2 / 1 = 2.0
            # (counting it as 0 would give (0 + 2) / 2 = 1.0)
            "K2": 2.0,
        }
    )


def test_a_competency_answered_only_with_not_sure_has_no_score():
    ratings = [
        rate("K1.1", 3),
        rate("K1.2", 4),
        rate("K3.1", None),
        rate("K3.2", None),
        rate("S9.1", None),
    ]
    prof = profile(ratings)
    # K1: (3 + 4) / 2 = 3.5; K3 and S9 are all not-sure, so absent rather than 0
    assert prof == pytest.approx({"K1": 3.5})
    assert "K3" not in prof
    assert "S9" not in prof


def test_profile_mean_of_three_indicators():
    ratings = [rate("S3.1", 2), rate("S3.2", 3), rate("S3.3", 3)]
    # S3: (2 + 3 + 3) / 3 = 8 / 3 = 2.666…
    assert profile(ratings)["S3"] == pytest.approx(8 / 3)


def test_profile_of_nothing_is_empty():
    assert profile([]) == {}
    assert profile([rate("S1.1", None)]) == {}


# --- domain means -----------------------------------------------------------------------


def test_domain_means():
    prof = {"K1": 3.5, "K2": 2.0, "S1": 4.0, "S2": 3.0, "S3": 2.5}
    assert domain_means(prof, DOMAIN_OF) == pytest.approx(
        {
            # K: (3.5 + 2.0) / 2 = 5.5 / 2 = 2.75
            "K": 2.75,
            # S: (4.0 + 3.0 + 2.5) / 3 = 9.5 / 3 = 3.1666…
            "S": 9.5 / 3,
        }
    )


def test_domain_means_leave_out_unscored_competencies_and_empty_domains():
    ratings = [
        rate("K1.1", 3),
        rate("K1.2", 4),
        rate("K2.1", None),
        rate("K2.2", 2),
        rate("K3.1", None),
    ]
    # profile: K1 = (3 + 4) / 2 = 3.5, K2 = 2 / 1 = 2.0, K3 all not-sure so absent
    # K: (3.5 + 2.0) / 2 = 2.75 (not (3.5 + 2.0 + 0) / 3 = 1.8333…); no S score, so no "S"
    assert domain_means(profile(ratings), DOMAIN_OF) == pytest.approx({"K": 2.75})


# --- progress ---------------------------------------------------------------------------


def test_progress_orders_rounds_by_date_and_keeps_a_drop():
    first = rnd("r1", dt.date(2025, 1, 15))
    second = rnd("r2", dt.date(2025, 6, 15))
    third = rnd("r3", dt.date(2025, 12, 1))
    profiles = {
        "r1": {"S8": 4.0, "K1": 2.0},
        "r2": {"S8": 3.0, "K1": 3.5},
        "r3": {"S8": 3.5, "K1": 3.5},
    }
    points = progress([third, first, second], profiles)

    assert [p.round.id for p in points] == ["r1", "r2", "r3"]
    # the first round has nothing to compare with
    assert points[0].change == {}
    assert points[1].change == pytest.approx(
        {
            # S8: 3.0 - 4.0 = -1.0 (a drop is kept, not clamped to 0)
            "S8": -1.0,
            # K1: 3.5 - 2.0 = 1.5
            "K1": 1.5,
        }
    )
    assert points[2].change == pytest.approx(
        {
            # S8: 3.5 - 3.0 = 0.5
            "S8": 0.5,
            # K1: 3.5 - 3.5 = 0.0
            "K1": 0.0,
        }
    )
    assert points[1].profile == pytest.approx({"S8": 3.0, "K1": 3.5})


def test_progress_skips_a_round_with_no_ratings_and_compares_with_the_last_scored_round():
    first = rnd("r1", dt.date(2025, 1, 15))
    empty = rnd("r2", dt.date(2025, 6, 15))
    only_not_sure = rnd("r3", dt.date(2025, 9, 1))
    last = rnd("r4", dt.date(2025, 12, 1))
    profiles = {
        "r1": profile([rate("S8.1", 2, round_id="r1"), rate("S8.2", 2, round_id="r1")]),
        # r2: the person has no ratings at all (no entry)
        "r3": profile([rate("S8.1", None, round_id="r3")]),
        "r4": profile([rate("S8.1", 3, round_id="r4"), rate("S8.2", 4, round_id="r4")]),
    }
    points = progress([last, only_not_sure, empty, first], profiles)

    assert [p.round.id for p in points] == ["r1", "r4"]
    # r1: S8 = (2 + 2) / 2 = 2.0; r4: S8 = (3 + 4) / 2 = 3.5
    # change at r4 against r1 (the last round with a score): 3.5 - 2.0 = 1.5
    assert points[1].change == pytest.approx({"S8": 1.5})


def test_progress_takes_each_competency_against_its_own_last_score():
    rounds = [
        rnd("r1", dt.date(2025, 1, 1)),
        rnd("r2", dt.date(2025, 4, 1)),
        rnd("r3", dt.date(2025, 7, 1)),
    ]
    profiles = {
        "r1": {"K1": 3.0, "S8": 2.0},
        "r2": {"S8": 3.0},  # K1 not rated this round
        "r3": {"K1": 4.0, "S8": 3.0, "S1": 2.0},  # S1 rated for the first time
    }
    points = progress(rounds, profiles)

    assert [p.round.id for p in points] == ["r1", "r2", "r3"]
    # r2: S8 3.0 - 2.0 = 1.0; K1 has no score in r2, so no change for it
    assert points[1].change == pytest.approx({"S8": 1.0})
    # r3: K1 against r1 (its last score): 4.0 - 3.0 = 1.0; S8: 3.0 - 3.0 = 0.0;
    # S1 has nothing earlier to compare with, so no change for it
    assert points[2].change == pytest.approx({"K1": 1.0, "S8": 0.0})


def test_progress_orders_rounds_on_the_same_date_by_title():
    b = rnd("rb", dt.date(2025, 3, 1), "Round B")
    a = rnd("ra", dt.date(2025, 3, 1), "Round A")
    points = progress([b, a], {"ra": {"S2": 2.0}, "rb": {"S2": 4.0}})
    assert [p.round.title for p in points] == ["Round A", "Round B"]
    # S2: 4.0 - 2.0 = 2.0
    assert points[1].change == pytest.approx({"S2": 2.0})


# --- river ------------------------------------------------------------------------------


def test_river_min_max_mean_per_competency():
    codes = ["K1", "S3", "S8", "S9"]
    members = ["a", "b", "c"]
    profiles = {
        "a": {"K1": 2.0, "S3": 4.5, "S8": 3.0},
        "b": {"K1": 3.5, "S3": 1.0},  # b has no score for S8
        "c": {"K1": 5.0, "S3": 2.5, "S8": 4.0},
        "z": {"K1": 1.0, "S9": 5.0},  # not in this team: left out
    }
    rows = river(codes, members, profiles)

    assert [row.competency for row in rows] == codes

    k1, s3, s8, s9 = rows
    # K1: min(2.0, 3.5, 5.0) = 2.0; max = 5.0; mean (2.0 + 3.5 + 5.0) / 3 = 10.5 / 3 = 3.5
    assert (k1.min, k1.max, k1.mean) == pytest.approx((2.0, 5.0, 3.5))
    # S3: min(4.5, 1.0, 2.5) = 1.0; max = 4.5; mean (4.5 + 1.0 + 2.5) / 3 = 8 / 3 = 2.666…
    assert (s3.min, s3.max, s3.mean) == pytest.approx((1.0, 4.5, 8 / 3))
    # S8: b is left out (not counted as 0): min(3.0, 4.0) = 3.0; max = 4.0;
    # mean (3.0 + 4.0) / 2 = 3.5 (counting b as 0 would give 7 / 3 = 2.333…)
    assert (s8.min, s8.max, s8.mean) == pytest.approx((3.0, 4.0, 3.5))
    assert s8.scores == pytest.approx({"a": 3.0, "c": 4.0})
    # S9: nobody in the team has a score
    assert (s9.min, s9.max, s9.mean) == (None, None, None)
    assert s9.scores == {}


def test_river_ignores_a_member_with_no_profile():
    rows = river(["S1"], ["a", "b"], {"a": {"S1": 3.0}})
    # S1: only a has a score: min = max = mean = 3.0
    assert (rows[0].min, rows[0].max, rows[0].mean) == pytest.approx((3.0, 3.0, 3.0))
    assert rows[0].scores == pytest.approx({"a": 3.0})


# --- stairs -----------------------------------------------------------------------------


def test_stairs_biggest_gap_first_ties_in_framework_order_unscored_last():
    codes = ["K1", "K2", "K3", "S1", "S2", "S3", "S4", "S5"]
    targets = {"K1": 3, "K2": 3, "K3": 3, "S1": 3, "S2": 3, "S3": 4, "S4": 3, "S5": 3}
    prof = {
        "K1": 2.0,  # gap 3 - 2.0 = 1.0
        "K2": 1.0,  # gap 3 - 1.0 = 2.0
        # K3: no score, gap None
        "S1": 2.0,  # gap 3 - 2.0 = 1.0 (ties with K1, which comes first in the framework)
        "S2": 4.5,  # gap 3 - 4.5 = -1.5 (above target)
        "S3": 2.0,  # gap 4 - 2.0 = 2.0 (ties with K2, which comes first in the framework)
        "S4": 3.0,  # gap 3 - 3.0 = 0.0 (on target)
        # S5: no score, gap None
    }
    steps = stairs(codes, prof, targets)

    # by gap: 2.0 (K2, S3), 1.0 (K1, S1), 0.0 (S4), -1.5 (S2), then unscored K3, S5
    assert [s.competency for s in steps] == ["K2", "S3", "K1", "S1", "S4", "S2", "K3", "S5"]
    assert [s.gap for s in steps[:6]] == pytest.approx([2.0, 2.0, 1.0, 1.0, 0.0, -1.5])
    assert [s.gap for s in steps[6:]] == [None, None]
    assert [s.current for s in steps[6:]] == [None, None]

    s3 = steps[1]
    assert (s3.current, s3.target) == (pytest.approx(2.0), 4)


def test_stairs_fractional_gaps():
    codes = ["S7", "S8"]
    targets = {"S7": 4, "S8": 4}
    # S7: (3 + 4) / 2 = 3.5, gap 4 - 3.5 = 0.5; S8: (2 + 3) / 2 = 2.5, gap 4 - 2.5 = 1.5
    prof = profile([rate("S7.1", 3), rate("S7.2", 4), rate("S8.1", 2), rate("S8.2", 3)])
    steps = stairs(codes, prof, targets)
    assert [s.competency for s in steps] == ["S8", "S7"]
    assert [s.gap for s in steps] == pytest.approx([1.5, 0.5])


# --- learning pairs ---------------------------------------------------------------------


def _s3_team() -> dict[str, dict[str, float]]:
    ratings = {
        "A": [rate("S3.1", 4, "A"), rate("S3.2", 5, "A")],
        "B": [rate("S3.1", 5, "B"), rate("S3.2", 4, "B")],
        "C": [rate("S3.1", 1, "C"), rate("S3.2", 1, "C")],
        "D": [rate("S3.1", 2, "D"), rate("S3.2", None, "D")],
    }
    return {who: profile(rs) for who, rs in ratings.items()}


def test_learning_pairs_ties_lowest_learner_chooses_first_and_load_is_spread():
    profiles = _s3_team()
    # A: (4 + 5) / 2 = 4.5; B: (5 + 4) / 2 = 4.5; C: (1 + 1) / 2 = 1.0; D: 2 / 1 = 2.0
    assert {m: p["S3"] for m, p in profiles.items()} == pytest.approx(
        {"A": 4.5, "B": 4.5, "C": 1.0, "D": 2.0}
    )
    [s3] = learning_pairs(["S3"], ["A", "B", "C", "D"], profiles, {"S3": 4})

    assert s3.competency == "S3"
    # suppliers: score >= 4.0 -> A (4.5) and B (4.5), tied, A listed first
    assert [m for m, _ in s3.suppliers] == ["A", "B"]
    assert [s for _, s in s3.suppliers] == pytest.approx([4.5, 4.5])
    # learners: score <= 2.0 -> C (1.0) and D (2.0), lowest first
    assert [lr.member for lr in s3.learners] == ["C", "D"]
    # gaps: C 4 - 1.0 = 3.0; D 4 - 2.0 = 2.0
    assert [lr.gap for lr in s3.learners] == pytest.approx([3.0, 2.0])
    # C chooses first: A and B tie on 4.5 and both have 0 learners -> A (listed first)
    # D next: A and B tie on 4.5; A has 1 learner, B has 0 -> B
    assert [(p.learner, p.supplier) for p in s3.pairs] == [("C", "A"), ("D", "B")]
    assert not s3.needs_outside_help


def test_learning_pairs_last_tie_follows_the_member_order_given():
    profiles = _s3_team()
    [s3] = learning_pairs(["S3"], ["B", "A", "D", "C"], profiles, {"S3": 4})
    # B is now listed before A: C (lowest, 1.0) gets B, D then gets A (fewer learners)
    assert [(p.learner, p.supplier) for p in s3.pairs] == [("C", "B"), ("D", "A")]


def test_learning_pairs_the_strongest_supplier_wins_over_load():
    profiles = {"A": {"S8": 5.0}, "B": {"S8": 4.0}, "C": {"S8": 1.0}, "D": {"S8": 1.5}}
    [s8] = learning_pairs(["S8"], ["A", "B", "C", "D"], profiles, {"S8": 4})
    # suppliers: A 5.0, B 4.0 (strongest first); learners C 1.0, D 1.5
    assert [m for m, _ in s8.suppliers] == ["A", "B"]
    # A (5.0) is stronger than B (4.0), so both learners go to A; load only breaks ties
    assert [(p.learner, p.supplier) for p in s8.pairs] == [("C", "A"), ("D", "A")]


def test_a_learner_by_gap_only_counts():
    profiles = {"A": {"S5": 5.0}, "B": {"S5": 3.0}, "C": {"S5": 3.5}, "D": {}}
    [s5] = learning_pairs(["S5"], ["A", "B", "C", "D"], profiles, {"S5": 5})
    # B: 3.0 > 2.0 (not low), but gap 5 - 3.0 = 2.0 >= 2.0 -> learner
    # C: 3.5 > 2.0 and gap 5 - 3.5 = 1.5 < 2.0 -> not a learner
    # D: no score -> not a learner
    assert [lr.member for lr in s5.learners] == ["B"]
    assert [lr.score for lr in s5.learners] == pytest.approx([3.0])
    assert [lr.gap for lr in s5.learners] == pytest.approx([2.0])
    assert [(p.learner, p.supplier) for p in s5.pairs] == [("B", "A")]


def test_nobody_reaching_four_needs_outside_help():
    profiles = {
        "A": {"K2": 3.5, "S3": 4.5},
        "B": {"K2": 1.0, "S3": 1.0},
        "C": {"K2": 2.0, "S3": 2.0},
        "D": {"K2": 3.0, "S3": 3.0},
    }
    result = learning_pairs(["K2", "S3"], ["A", "B", "C", "D"], profiles, {"K2": 3, "S3": 3})
    assert [cp.competency for cp in result] == ["K2", "S3"]
    k2, s3 = result
    # K2: highest score 3.5 < 4.0 -> no supplier
    assert k2.suppliers == []
    assert k2.needs_outside_help
    # learners: B 1.0 <= 2.0 and C 2.0 <= 2.0; D 3.0 > 2.0 with gap 3 - 3.0 = 0 < 2.0
    assert [(p.learner, p.supplier) for p in k2.pairs] == [("B", None), ("C", None)]
    # S3: A has 4.5 >= 4.0, so the team can help itself
    assert not s3.needs_outside_help
    assert [(p.learner, p.supplier) for p in s3.pairs] == [("B", "A"), ("C", "A")]
    assert needs_outside_help(result) == ["K2"]


def test_a_competency_nobody_needs_to_learn_needs_no_outside_help():
    # S8, target 4: A 3.5, B 3.0, C 3.0. Nobody reaches 4.0, so nobody can teach, but
    # nobody needs to learn either: lowest score 3.0 > 2.0, largest gap 4 - 3.0 = 1.0 < 2.0.
    # S6, target 4: A 3.0, B 3.0, C 1.5. C is a learner (1.5 <= 2.0), nobody reaches 4.0.
    profiles = {
        "A": {"S8": 3.5, "S6": 3.0},
        "B": {"S8": 3.0, "S6": 3.0},
        "C": {"S8": 3.0, "S6": 1.5},
    }
    result = learning_pairs(["S6", "S8"], ["A", "B", "C"], profiles, {"S6": 4, "S8": 4})
    s6, s8 = result
    assert s8.suppliers == [] and s8.learners == []
    assert not s8.needs_outside_help
    assert s6.needs_outside_help
    assert needs_outside_help(result) == ["S6"]


def test_nobody_is_paired_with_themselves():
    # with gap_min 0.5 a supplier can also be a learner: target 5
    # A: 4.5 >= 4.0 supplier; gap 5 - 4.5 = 0.5 >= 0.5 learner
    # B: 4.0 >= 4.0 supplier; gap 5 - 4.0 = 1.0 >= 0.5 learner
    settings = PairSettings(gap_min=0.5)
    profiles = {"A": {"S9": 4.5}, "B": {"S9": 4.0}}
    [s9] = learning_pairs(["S9"], ["A", "B"], profiles, {"S9": 5}, settings)
    assert [lr.member for lr in s9.learners] == ["B", "A"]
    # B (4.0, lowest) chooses first: A is the only other supplier -> A
    # A then: B is the only other supplier -> B
    assert [(p.learner, p.supplier) for p in s9.pairs] == [("B", "A"), ("A", "B")]
    assert all(p.learner != p.supplier for p in s9.pairs)


def test_a_lone_supplier_who_is_also_a_learner_gets_no_partner():
    settings = PairSettings(gap_min=0.5)
    [s9] = learning_pairs(
        ["S9"], ["A", "C"], {"A": {"S9": 4.5}, "C": {"S9": 3.0}}, {"S9": 5}, settings
    )
    # C: gap 5 - 3.0 = 2.0 -> learner; A: gap 5 - 4.5 = 0.5 -> learner; A the only supplier
    # C (3.0) chooses first -> A; A cannot learn from themselves -> None
    assert [(p.learner, p.supplier) for p in s9.pairs] == [("C", "A"), ("A", None)]


def test_custom_supplier_threshold_changes_the_result():
    profiles = _s3_team()
    members = ["A", "B", "C", "D"]
    result = learning_pairs(["S3"], members, profiles, {"S3": 4}, PairSettings(supplier_min=5.0))
    [s3] = result
    # A 4.5 and B 4.5 are both below 5.0 -> no supplier
    assert s3.suppliers == []
    assert [(p.learner, p.supplier) for p in s3.pairs] == [("C", None), ("D", None)]
    assert needs_outside_help(result) == ["S3"]


def test_custom_learner_thresholds_change_the_result():
    profiles = _s3_team()
    settings = PairSettings(learner_max=1.0, gap_min=3.0)
    [s3] = learning_pairs(["S3"], ["A", "B", "C", "D"], profiles, {"S3": 4}, settings)
    # C: 1.0 <= 1.0 -> learner (gap 4 - 1.0 = 3.0 as well)
    # D: 2.0 > 1.0 and gap 4 - 2.0 = 2.0 < 3.0 -> no longer a learner
    assert [lr.member for lr in s3.learners] == ["C"]
    assert [(p.learner, p.supplier) for p in s3.pairs] == [("C", "A")]


def test_custom_thresholds_widen_the_circle():
    profiles = _s3_team()
    settings = PairSettings(supplier_min=4.5, learner_max=3.0, gap_min=5.0)
    [s3] = learning_pairs(["S3"], ["A", "B", "C", "D"], profiles, {"S3": 4}, settings)
    # suppliers: A 4.5 >= 4.5, B 4.5 >= 4.5; learners: C 1.0 <= 3.0, D 2.0 <= 3.0
    assert [m for m, _ in s3.suppliers] == ["A", "B"]
    assert [lr.member for lr in s3.learners] == ["C", "D"]
    assert [(p.learner, p.supplier) for p in s3.pairs] == [("C", "A"), ("D", "B")]


def test_learning_pairs_follow_framework_order_and_skip_unscored_members():
    profiles = {"A": {"S1": 4.0}, "B": {"S1": 2.0, "K1": 1.0}}
    result = learning_pairs(["K1", "S1"], ["A", "B", "E"], profiles, {"K1": 3, "S1": 3})
    assert [cp.competency for cp in result] == ["K1", "S1"]
    k1, s1 = result
    # K1: only B scored (1.0 <= 2.0, learner); nobody >= 4.0
    assert [(p.learner, p.supplier) for p in k1.pairs] == [("B", None)]
    # S1: A 4.0 supplier, B 2.0 learner; E has no profile and is neither
    assert [(p.learner, p.supplier) for p in s1.pairs] == [("B", "A")]
    assert needs_outside_help(result) == ["K1"]


def test_previous_round_is_the_one_just_before_by_date():
    import datetime as dt

    from kmdesk.assess.people import Round, previous_round

    r1 = Round("a", "รอบที่ 1", dt.date(2024, 8, 8), 1)
    r2 = Round("b", "รอบที่ 2", dt.date(2025, 2, 14), 1)
    r3 = Round("c", "รอบที่ 3", dt.date(2025, 8, 8), 1)
    assert previous_round([r3, r1, r2], r3) == r2
    assert previous_round([r3, r1, r2], r2) == r1
    assert previous_round([r3, r1, r2], r1) is None
