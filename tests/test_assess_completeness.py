"""Completeness of a self-assessment, and suppliers only where they rated in full: by hand."""

from __future__ import annotations

from kmdesk.assess.completeness import Completeness, completeness
from kmdesk.assess.framework import Competency, Framework, Indicator, Text
from kmdesk.assess.pairs import learning_pairs
from kmdesk.assess.profile import profile
from kmdesk.assess.ratings import Rating

T = Text("ไทย", "English")


def ind(code: str, retired: bool = False) -> Indicator:
    return Indicator(code, code.split(".")[0], T, (T,) * 5, retired)


def comp(code: str, *indicators: Indicator) -> Competency:
    return Competency(code, code[0], T, indicators)


# K1: 2 indicators, K2: 2, S1: 1, S3: 2 of which S3.2 is retired -> 2 + 2 + 1 + 1 = 6 active
FRAMEWORK = Framework(
    version=1,
    purpose=T,
    goals=(),
    domains=(),
    competencies=(
        comp("K1", ind("K1.1"), ind("K1.2")),
        comp("K2", ind("K2.1"), ind("K2.2")),
        comp("S1", ind("S1.1")),
        comp("S3", ind("S3.1"), ind("S3.2", retired=True)),
    ),
    roles=(),
    level_names=(T,) * 5,
    not_sure=T,
)


def rate(who: str, indicator: str, level: int | None) -> Rating:
    return Rating(who, "r3", "recorder", indicator, indicator.split(".")[0], level)


def test_nothing_answered_is_none_of_the_active_indicators():
    c = completeness(FRAMEWORK, [])
    assert (c.rated, c.of, c.complete, c.started) == (0, 6, False, False)
    # every competency has an active indicator left unanswered
    assert c.full == frozenset()


def test_a_half_finished_self_assessment_counts_its_answers_and_its_full_competencies():
    # answered: K1.1, K1.2 (K1 full), K2.2 only (K2 not full), S1.1 (S1 full) -> 4 of 6
    c = completeness(FRAMEWORK, ["K1.1", "K1.2", "K2.2", "S1.1"])
    assert (c.rated, c.of) == (4, 6)
    assert not c.complete and c.started
    assert c.full == {"K1", "S1"}


def test_a_retired_or_unknown_indicator_counts_for_nothing():
    # S3.2 is retired and X9.1 is not in the framework: only S3.1 counts -> 1 of 6, S3 full
    c = completeness(FRAMEWORK, ["S3.2", "X9.1", "S3.1"])
    assert (c.rated, c.of) == (1, 6)
    assert c.full == {"S3"}


def test_not_sure_is_an_answer_and_every_active_indicator_answered_is_complete():
    ratings = [
        rate("a", "K1.1", 3),
        rate("a", "K1.2", None),  # not sure: answered
        rate("a", "K2.1", 2),
        rate("a", "K2.2", None),
        rate("a", "S1.1", 4),
        rate("a", "S3.1", 5),
    ]
    c = completeness(FRAMEWORK, (r.indicator for r in ratings))
    assert c == Completeness(6, 6, frozenset({"K1", "K2", "S1", "S3"}))
    assert c.complete
    # answering the same indicator twice (two roles mixed up by a caller) is still one answer
    assert completeness(FRAMEWORK, ["K1.1", "K1.1"]).rated == 1


# --- learning pairs: a supplier must have rated the competency in full -------------------


def test_one_indicator_rated_4_of_a_half_finished_assessment_teaches_nobody():
    # The team: N, new, rated only K2.2 = 4 (K2 not full); B rated K2 1 and 2 -> 1.5;
    # C rated 2 and 2 -> 2.0; both are learners (<= 2.0). Target 3.
    ratings = {
        "N": [rate("N", "K2.2", 4)],
        "B": [rate("B", "K2.1", 1), rate("B", "K2.2", 2)],
        "C": [rate("C", "K2.1", 2), rate("C", "K2.2", 2)],
    }
    profiles = {who: profile(rs) for who, rs in ratings.items()}
    assert profiles == {"N": {"K2": 4.0}, "B": {"K2": 1.5}, "C": {"K2": 2.0}}
    full = {"N": set(), "B": {"K2"}, "C": {"K2"}}

    # without the rule N (4.0 >= 4.0) would teach both
    [before] = learning_pairs(["K2"], ["N", "B", "C"], profiles, {"K2": 3})
    assert [(p.learner, p.supplier) for p in before.pairs] == [("B", "N"), ("C", "N")]

    [k2] = learning_pairs(["K2"], ["N", "B", "C"], profiles, {"K2": 3}, rated_in_full=full)
    assert k2.suppliers == []
    # learners, lowest first: B 1.5 (gap 1.5), C 2.0 (gap 1.0); N (4.0, gap -1) is none
    assert [(lr.member, lr.score, lr.gap) for lr in k2.learners] == [
        ("B", 1.5, 1.5),
        ("C", 2.0, 1.0),
    ]
    assert [(p.learner, p.supplier) for p in k2.pairs] == [("B", None), ("C", None)]
    assert k2.needs_outside_help


def test_a_complete_supplier_still_teaches_and_a_partial_one_may_learn():
    # D rated K2 4 and 4 -> 4.0, full: the only supplier. N rated only K2.1 = 1: a learner
    # (1.0 <= 2.0) although K2 is not full. B 1.5 as above.
    profiles = {"D": {"K2": 4.0}, "N": {"K2": 1.0}, "B": {"K2": 1.5}}
    full = {"D": {"K2"}, "N": set(), "B": {"K2"}}
    [k2] = learning_pairs(["K2"], ["D", "N", "B"], profiles, {"K2": 3}, rated_in_full=full)
    assert k2.suppliers == [("D", 4.0)]
    # N (1.0) chooses first, then B (1.5): both learn from D
    assert [(p.learner, p.supplier) for p in k2.pairs] == [("N", "D"), ("B", "D")]
