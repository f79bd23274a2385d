"""``kmdesk analyze``'s JSON and text mark a half-finished self-assessment (no subprocess)."""

from __future__ import annotations

import pytest

from kmdesk import views
from kmdesk.cli.analyze import analysis_json
from kmdesk.cli.text import analysis_text
from tests.completeness_support import add_newcomer

# The README's documented keys: these stay as they are; completeness only adds to members.
TOP_KEYS = {
    "team",
    "round",
    "role",
    "settings",
    "members",
    "competencies",
    "river",
    "stairs",
    "pairs",
    "needs_outside_help",
}
MEMBER_KEYS = {"id", "name", "agency", "active", "complete", "rated", "of"}


@pytest.fixture
def analysis(demo_db):
    """ท่าไร่ in รอบที่ 3 as recorder, with a newcomer who answered 5 of the 18 indicators."""
    _, rnd = add_newcomer(demo_db)
    with demo_db.session() as session:
        team = views.find_team(session, "ท่าไร่")
        return views.analyze_team(session, team, rnd, "recorder")


def test_json_members_gain_complete_rated_and_of(analysis):
    out = analysis_json(analysis)
    assert set(out) == TOP_KEYS
    members = {m["name"]: m for m in out["members"]}
    assert all(set(m) == MEMBER_KEYS for m in members.values())
    # the demo answers every indicator (a not-sure too); the newcomer 5, K1.2 not sure
    assert {n: (m["complete"], m["rated"], m["of"]) for n, m in members.items()} == {
        "กาญจนา รักษ์ถิ่น": (True, 18, 18),
        "ดวงใจ มีสุข": (False, 5, 18),
        "ประเสริฐ บุญมา": (True, 18, 18),
        "มาลัย ศรีสุข": (True, 18, 18),
    }
    k2 = next(p for p in out["pairs"] if p["competency"] == "K2")
    assert "ดวงใจ มีสุข" not in [s["name"] for s in k2["suppliers"]]
    assert all(p["supplier"] != "ดวงใจ มีสุข" for p in k2["pairs"])


def test_text_marks_the_incomplete_member(analysis):
    text = analysis_text(analysis, "en")
    assert "Not yet complete, counted in the sums (indicators answered):\n  ดวงใจ มีสุข: 5 of 18" in (
        text
    )
    assert "ดวงใจ มีสุข (5/18)" in text.split("\n\n")[2]  # the river's column
    assert "Learning stairs: ดวงใจ มีสุข (5/18) (กศน.)" in text
    assert "มาลัย ศรีสุข (" not in text.replace("มาลัย ศรีสุข (พอช.)", "")


def test_text_says_nothing_when_everyone_is_complete(demo_db):
    with demo_db.session() as session:
        team = views.find_team(session, "ท่าไร่")
        rnd = views.find_round(session, "รอบที่ 3")
        a = views.analyze_team(session, team, rnd, "recorder")
    text = analysis_text(a, "en")
    assert "Not yet complete" not in text and "/18)" not in text
