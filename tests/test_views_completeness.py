"""Completeness in the team views: the issue's half-finished newcomer, worked out by hand.

Team ทดสอบ rates itself as recorder in one round of the default framework (18 indicators):
อำไพ answers all 18 with 3, บุญมี all 18 with 2, and นวล, new, only five:
K1.1 = 1, K1.2 = 1, K2.2 = 4, S1.1 = 1, S8.1 = 1 (5 of 18; K1 and S1 in full, K2 and S8 not).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kmdesk import charting, views
from kmdesk.charts.words import completeness_note
from kmdesk.store import frameworks, repo

ROLE = "recorder"
NEW = {"K1.1": 1, "K1.2": 1, "K2.2": 4, "S1.1": 1, "S8.1": 1}


@pytest.fixture
def team(db):
    with db.session() as session:
        codes = [ind.code for ind in frameworks.load_framework(session).indicators]
    assert len(codes) == 18
    t = repo.add_team(db, "ทดสอบ")
    rnd = repo.add_round(db, "รอบที่ 1", dt.date(2025, 8, 8))
    ampai = repo.add_facilitator(db, "อำไพ ดีงาม", "กศน.", t.id)
    boonmee = repo.add_facilitator(db, "บุญมี ใจดี", "พช.", t.id)
    nuan = repo.add_facilitator(db, "นวล ใหม่", "พอช.", t.id)
    for code in codes:
        repo.set_rating(db, ampai.id, rnd.id, ROLE, code, 3)
        repo.set_rating(db, boonmee.id, rnd.id, ROLE, code, 2)
    for code, level in NEW.items():
        repo.set_rating(db, nuan.id, rnd.id, ROLE, code, level)
    return db, t, rnd, {"ampai": ampai, "boonmee": boonmee, "nuan": nuan}, codes


def row(analysis, code):
    return next(r for r in analysis.river if r.competency == code)


def test_each_member_carries_how_much_they_answered(team):
    db, t, rnd, who, _ = team
    with db.session() as session:
        a = views.analyze_team(session, t, rnd, ROLE)
    assert [(c.rated, c.of, c.complete) for c in map(a.completeness_of, _ids(who))] == [
        (18, 18, True),
        (18, 18, True),
        (5, 18, False),
    ]
    # the newcomer is in the sums by default, and marked
    assert a.include_incomplete and a.left_out == []
    assert [f.name for f in a.incomplete] == ["นวล ใหม่"]
    labels = {f.id: f.name for f in a.members}
    assert views.marked_labels(a, labels)[who["nuan"].id] == "นวล ใหม่ (5/18)"
    assert views.marked_labels(a, labels)[who["ampai"].id] == "อำไพ ดีงาม"
    assert views.incomplete_marks(a, labels) == ["นวล ใหม่ (5/18)"]


def _ids(who):
    return [who["ampai"].id, who["boonmee"].id, who["nuan"].id]


def test_her_single_k2_rating_makes_her_nobodys_teacher(team):
    db, t, rnd, who, _ = team
    with db.session() as session:
        a = views.analyze_team(session, t, rnd, ROLE)
    k2 = next(cp for cp in a.pairs if cp.competency == "K2")
    # K2 scores: อำไพ 3, บุญมี 2, นวล 4 (K2.2 only). นวล reaches 4.0 but did not answer K2.1.
    assert k2.suppliers == []
    # บุญมี (2.0 <= 2.0) is a learner; nobody in the team can teach her
    assert [(p.learner, p.supplier) for p in k2.pairs] == [(who["boonmee"].id, None)]
    assert "K2" in a.outside_help


def test_the_river_with_and_without_her(team):
    db, t, rnd, _, _ = team
    with db.session() as session:
        included = views.analyze_team(session, t, rnd, ROLE)
        left_out = views.analyze_team(session, t, rnd, ROLE, include_incomplete=False)
    # K1: อำไพ 3, บุญมี 2, นวล (1 + 1) / 2 = 1 -> min 1, mean 6 / 3 = 2, max 3
    k1 = row(included, "K1")
    assert (k1.min, k1.mean, k1.max) == (1, 2, 3)
    # without her: min 2, mean 2.5, max 3
    k1 = row(left_out, "K1")
    assert (k1.min, k1.mean, k1.max) == (2, 2.5, 3)
    assert [f.name for f in left_out.members] == ["บุญมี ใจดี", "อำไพ ดีงาม"]
    assert [f.name for f in left_out.left_out] == ["นวล ใหม่"]
    assert left_out.incomplete == []
    labels = {f.id: f.name for f in included.members}
    assert views.incomplete_marks(left_out, labels) == ["นวล ใหม่ (5/18)"]
    # the slice holds everyone; selecting leaves her out the same way
    with db.session() as session:
        data = views.team_slice(session, t, rnd, ROLE)
    chosen = views.selected(data, None, include_incomplete=False)
    assert [f.id for f in chosen.members] == [f.id for f in left_out.members]
    assert row(chosen, "K1").min == 2


def test_answering_the_rest_completes_her_live(team):
    db, t, rnd, who, codes = team
    nuan = who["nuan"]
    with db.session() as session:
        data = views.team_slice(session, t, rnd, ROLE)
    for code in codes:
        if code not in NEW:
            # not sure counts as an answer
            repo.set_rating(db, nuan.id, rnd.id, ROLE, code, None if code == "S9.1" else 4)
    with db.session() as session:
        ratings = repo.person_ratings(session, nuan.id, ROLE, rnd.id)
    new = views.with_member_ratings(data, nuan.id, ratings)
    answers = new.analysis.completeness_of(nuan.id)
    assert (answers.rated, answers.of, answers.complete) == (18, 18, True)
    # K2 now: K2.1 = 4, K2.2 = 4 -> 4.0, in full: she teaches บุญมี
    k2 = next(cp for cp in new.analysis.pairs if cp.competency == "K2")
    assert [(p.learner, p.supplier) for p in k2.pairs] == [(who["boonmee"].id, nuan.id)]


def test_the_chart_says_whether_she_is_in_or_out(team):
    db, t, rnd, _, _ = team
    with db.session() as session:
        data = views.team_slice(session, t, rnd, ROLE)
    shown = charting.draw_team(data, "river", "en")
    title = shown.figure.get_suptitle()
    assert title.endswith("\nIncludes self-assessments not yet complete: นวล ใหม่ (5/18)")
    lines = {ln.get_label() for ln in shown.figure.axes[0].get_lines()}
    assert "นวล ใหม่ (5/18)" in lines

    hidden = charting.draw_team(data, "matrix", "en", anonymous=True, include_incomplete=False)
    title = hidden.figure.get_suptitle()
    # letters by the team's order (น U+0E19 < บ U+0E1A < อ U+0E2D): นวล A, บุญมี B, อำไพ C
    assert title.endswith("\nLeaves out self-assessments not yet complete: A (5/18)")
    rows = [t.get_text() for t in hidden.figure.axes[0].get_yticklabels()]
    assert rows == ["B", "C", "Target"]


def test_no_note_when_everyone_is_complete():
    assert completeness_note(True, [], "en") == ""
    assert completeness_note(False, [], "th") == ""
    assert completeness_note(False, ["A (5/18)", "C (0/18)"], "en") == (
        "Leaves out self-assessments not yet complete: A (5/18), C (0/18)"
    )
