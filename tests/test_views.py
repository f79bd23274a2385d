"""kmdesk.views on the demo database: one look-up by name, one letter rule, one round order."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from kmdesk import views
from kmdesk.assess.people import Facilitator, Round
from kmdesk.store import repo

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def session(demo_db):
    with demo_db.session() as s:
        yield s


# --- people ------------------------------------------------------------------------------


def test_a_person_is_found_by_full_name_or_one_whole_word(session):
    assert views.find_person(session, "  มาลัย   ศรีสุข ").name == "มาลัย ศรีสุข"
    assert views.find_person(session, "มาลัย").name == "มาลัย ศรีสุข"
    assert views.find_person(session, "ศรีสุข").name == "มาลัย ศรีสุข"
    # neither the full name nor one word of it: refused, naming the closest people
    for typed in ("ศรีสุข มาลัย", "มาลัย ศรีสุก", "มาลั"):
        with pytest.raises(views.NotFoundByName, match=r"did you mean: มาลัย ศรีสุข \(ท่าไร่\)"):
            views.find_person(session, typed)


def test_several_matches_are_listed_with_their_teams_and_a_team_settles_it(demo_db):
    with demo_db.session() as session:
        team = views.find_team(session, "บางจาก")
    repo.add_facilitator(demo_db, "มาลัย ทองคำ", "กศน.", team.id)
    with demo_db.session() as session:
        with pytest.raises(views.AmbiguousName, match=r"มาลัย ทองคำ \(บางจาก\), มาลัย ศรีสุข \(ท่าไร่\)"):
            views.find_person(session, "มาลัย")
        assert views.find_person(session, "มาลัย", team).name == "มาลัย ทองคำ"
        with pytest.raises(views.NotFoundByName, match="in team บางจาก"):
            views.find_person(session, "กาญจนา", team)


def test_nobody_near_lists_the_people(session):
    with pytest.raises(views.NotFoundByName, match="facilitators: กาญจนา รักษ์ถิ่น"):
        views.find_person(session, "zzz")


def test_a_member_is_found_in_the_roster_by_id_or_name(session):
    team = views.find_team(session, "ท่าไร่")
    roster = views.roster(session, team)
    kan = roster[0]
    assert views.find_member(roster, kan.id, team) == kan
    assert views.find_member(roster, "กาญจนา", team) == kan
    with pytest.raises(views.NotFoundByName, match="no facilitator named 'สุภาพร' in team ท่าไร่"):
        views.find_member(roster, "สุภาพร", team)


# --- teams, rounds, roles ------------------------------------------------------------------


def test_teams_rounds_and_roles_by_what_is_typed(session):
    assert views.find_team(session, " ท่าไร่ ").name == "ท่าไร่"
    with pytest.raises(views.NotFoundByName, match=r"no team named 'ท่า'; did you mean: ท่าไร่\?"):
        views.find_team(session, "ท่า")
    third = views.find_round(session, "รอบที่ 3")
    assert views.find_round(session, "2025-08-08") == third
    assert views.find_round(session, "2568-08-08") == third
    assert views.find_round(session, "3") == third
    with pytest.raises(views.NotFoundByName, match=r"no round '9'; rounds: รอบที่ 1 \(2024-08-08\)"):
        views.find_round(session, "9")
    assert views.latest_round(session) == third
    assert views.find_role(session, "ผู้บันทึก") == "recorder"
    assert views.find_role(session, "Process lead") == "process_lead"
    # the role is named by its Thai label too (issue 12), as the facilitators know it
    with pytest.raises(
        views.NotFoundByName, match=r"did you mean: ผู้บันทึก \(คุณบันทึก\) \(recorder\)\?"
    ) as refused:
        views.find_role(session, "recoder")
    assert refused.value.kind == "role" and refused.value.typed == "recoder"
    assert refused.value.choices == (("recorder", "ผู้บันทึก (คุณบันทึก)"),)


def test_a_rounds_number_follows_the_one_date_order(demo_db):
    # added last, held first: it becomes round 1
    early = repo.add_round(demo_db, "รอบนำร่อง", dt.date(2024, 1, 15))
    with demo_db.session() as session:
        assert views.find_round(session, "1") == early
        assert [r.title for r in views.ordered_rounds(session)][:2] == ["รอบนำร่อง", "รอบที่ 1"]


def test_rounds_until_keeps_the_given_rounds_up_to_the_last_in_date_order():
    day = dt.date(2025, 1, 1)
    a, b, c = (Round(str(i), f"รอบ {i}", day + dt.timedelta(i), 1) for i in range(3))
    same_day = Round("x", "รอบ 1ข", b.date, 1)  # the same date: the title decides
    assert views.rounds_until([c, a, same_day, b], same_day) == [a, b, same_day]
    assert views.rounds_until([c, a], b) == [a]  # ``last`` itself only if it is given


# --- letters -----------------------------------------------------------------------------


def test_letters_follow_the_teams_order_whatever_order_they_come_in():
    people = [
        Facilitator("3", "มาลัย ศรีสุข", "", "t"),
        Facilitator("1", "กาญจนา รักษ์ถิ่น", "", "t", active=False),
        Facilitator("2", "ประเสริฐ บุญมา", "", "t"),
    ]
    assert views.letters(people) == {"1": "A", "2": "B", "3": "C"}
    assert views.letters(list(reversed(people))) == views.letters(people)
    assert views.labels(people, anonymous=False)["3"] == "มาลัย ศรีสุข"
    assert [views.letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


def test_a_person_keeps_their_letter_in_every_slice(demo_db, session):
    team = views.find_team(session, "ท่าไร่")
    rnd = views.find_round(session, "รอบที่ 3")
    team_letters = views.team_slice(session, team, rnd, "recorder").labels(anonymous=True)
    for person in views.roster(session, team):
        assert views.person_slice(session, person, "coordinator").letter == team_letters[person.id]
    # someone who left keeps their place, so nobody else's letter moves
    first = views.roster(session, team)[0]
    repo.set_facilitator_active(demo_db, first.id, False)
    with demo_db.session() as fresh:
        again = views.team_slice(fresh, team, rnd, "recorder").labels(anonymous=True)
    assert again == team_letters


# --- the layer's imports (the rest is import-linter's, in pyproject.toml) -------------------


def test_charting_takes_plain_slices_and_never_a_session():
    imported = set()
    for path in (ROOT / "kmdesk" / "charting").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert not {m for m in imported if m.startswith(("sqlalchemy", "kmdesk.store"))}
