"""The reports' data, built from kmdesk.views' slices of the demo database."""

from __future__ import annotations

from kmdesk.report.data import person_data, team_data
from kmdesk.store import repo
from tests.report_support import add_one_role_person, ids


def test_someone_who_left_but_rated_one_role_is_in_the_team_report(demo_db):
    known = ids(demo_db)
    team, rnd = known["teams"]["ท่าไร่"], known["rounds"]["รอบที่ 3"]
    person = add_one_role_person(demo_db, team.id, rnd.id, role="recorder")
    repo.set_facilitator_active(demo_db, person.id, False)
    with demo_db.session() as session:
        data = team_data(session, team.id, rnd.id, anonymous=True)
    assert person.id in [f.id for f in data.members]
    assert data.roles_of[person.id] == ["recorder"]
    # ทดสอบ sorts after the three demo members: the fourth letter
    assert [data.labels[f.id] for f in data.members] == ["A", "B", "C", "D"]


def test_a_personal_report_holds_the_rounds_so_far_and_the_team(demo_db):
    known = ids(demo_db)
    person, rnd = known["people"]["มาลัย ศรีสุข"], known["rounds"]["รอบที่ 2"]
    with demo_db.session() as session:
        data = person_data(session, person.id, rnd.id)
    assert [r.title for r in data.rounds] == ["รอบที่ 1", "รอบที่ 2"]
    assert data.team.name == "ท่าไร่"
    assert [r.role.code for r in data.roles] == ["coordinator", "process_lead", "recorder"]
    for role in data.roles:
        assert [p.round.title for p in role.progress] == ["รอบที่ 1", "รอบที่ 2"]
        assert role.previous[0].title == "รอบที่ 1"
        assert role.learn is not None
