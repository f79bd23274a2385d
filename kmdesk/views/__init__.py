"""Store to plain data for every view: the app's pages, the command, the charts and the reports."""

# One look-up by name (lookup), one rule for anonymous letters (letters), and the team and
# person slices (team, person) that everything shown is drawn or written from. Imports
# kmdesk.store and kmdesk.assess only: no Qt, no matplotlib.

from __future__ import annotations

from kmdesk.views.completeness import incomplete_marks, mark, marked_labels
from kmdesk.views.letters import labels, letter, letters, team_order
from kmdesk.views.lookup import (
    AmbiguousName,
    NotFoundByName,
    find_member,
    find_person,
    find_role,
    find_round,
    find_team,
    latest_round,
    ordered_rounds,
    person_by_id,
    round_by_id,
    rounds_until,
    team_by_id,
)
from kmdesk.views.person import PersonSlice, person_slice, person_slices, with_round_ratings
from kmdesk.views.team import (
    TeamAnalysis,
    TeamSlice,
    analyze_team,
    every_role,
    roster,
    selected,
    team_rivers,
    team_slice,
    with_member_ratings,
)

__all__ = [
    "AmbiguousName",
    "NotFoundByName",
    "PersonSlice",
    "TeamAnalysis",
    "TeamSlice",
    "analyze_team",
    "every_role",
    "find_member",
    "find_person",
    "find_role",
    "find_round",
    "find_team",
    "incomplete_marks",
    "labels",
    "latest_round",
    "letter",
    "letters",
    "mark",
    "marked_labels",
    "ordered_rounds",
    "person_by_id",
    "person_slice",
    "person_slices",
    "roster",
    "round_by_id",
    "rounds_until",
    "selected",
    "team_by_id",
    "team_order",
    "team_rivers",
    "team_slice",
    "with_member_ratings",
    "with_round_ratings",
]
