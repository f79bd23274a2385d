"""The issue's newcomer for tests: she joins ท่าไร่ and answers 5 of the 18 indicators."""

from __future__ import annotations

from kmdesk import views
from kmdesk.store import repo

# K1.1, K1.2 (not sure), K2.2 = 4, S1.1, S8.1: K1 and S1 in full, K2 and S8 not
NEWCOMER = {"K1.1": 2, "K1.2": None, "K2.2": 4, "S1.1": 1, "S8.1": 1}


def add_newcomer(database, name: str = "ดวงใจ มีสุข", role: str = "recorder"):
    """ดวงใจ in ท่าไร่ of the demo, rated 5 of 18 in รอบที่ 3; returns (person, round)."""
    with database.session() as session:
        team = views.find_team(session, "ท่าไร่")
        rnd = views.find_round(session, "รอบที่ 3")
    person = repo.add_facilitator(database, name, "กศน.", team.id)
    for code, level in NEWCOMER.items():
        repo.set_rating(database, person.id, rnd.id, role, code, level)
    return person, rnd
