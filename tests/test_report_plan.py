"""The learning cycle in the PDFs: the team report's agreed levels beside the self-ratings,
the worth-a-conversation marks and the round's actions; the personal report's "my learning
actions" with the review and the learner's change. Read back with pdftotext."""

from __future__ import annotations

import datetime as dt

import pytest

from kmdesk import views
from kmdesk.assess.cycle import Action, AgreedLevel, Review
from kmdesk.report import write_person_report, write_team_report
from kmdesk.store import learning, repo
from tests.report_support import flat, pdftotext

WHAT = "ตามไปจดบันทึกเวทีประชาคม"
REASON = "ทุกคนจดได้แต่ยังสรุปไม่คล่อง"


@pytest.fixture
def cycle(demo_db):
    """In ท่าไร่, as recorder: S8 agreed at 3 in round 2; มาลัย learns S8 from กาญจนา in
    round 2, done and reviewed; มาลัย rates S8's indicators 2 in round 2 and 4 in round 3."""
    db = demo_db
    with db.session() as session:
        team = views.find_team(session, "ท่าไร่")
        rounds = {r.title: r for r in views.ordered_rounds(session)}
        people = {f.name: f.id for f in repo.list_facilitators(session)}
        from kmdesk.store import frameworks

        fw = frameworks.load_framework(session)
    r2, r3 = rounds["รอบที่ 2"], rounds["รอบที่ 3"]
    learner = people["มาลัย ศรีสุข"]
    for rnd, level in ((r2, 2), (r3, 4)):
        for ind in fw.competency("S8").active_indicators:
            repo.set_rating(db, learner, rnd.id, "recorder", ind.code, level)
    learning.set_agreed_level(db, AgreedLevel(team.id, r2.id, "recorder", "S8", 3, REASON))
    learning.add_action(
        db,
        Action(
            id="",
            team_id=team.id,
            round_id=r2.id,
            role="recorder",
            competency="S8",
            learner_id=learner,
            what=WHAT,
            supplier_id=people["กาญจนา รักษ์ถิ่น"],
            due=dt.date(2025, 9, 15),
            status="done",
            review=Review("จดได้ครบ", "จดได้ครึ่งเดียว", "พูดเร็ว", "อัดเสียงไว้"),
            asset="บันทึกเวที.docx",
        ),
    )
    return db, team, r2, r3, learner


def test_the_team_report_has_agreed_levels_marks_and_actions(cycle, tmp_path):
    db, team, r2, _, _ = cycle
    path = write_team_report(db, team.id, r2.id, tmp_path / "team.pdf", "en", role="recorder")
    text = flat(pdftotext(path))
    assert flat("Agreed levels and spreads") in text
    assert flat("● worth a conversation: spread ≥ 2") in text
    assert flat(REASON) in text
    assert flat("Learning actions in this round") in text
    assert flat(WHAT) in text
    assert flat("มาลัย ศรีสุข") in text
    # the learner's change next round: 4 − 2
    assert flat("+2.0") in text


def test_the_personal_report_lists_my_learning_actions_with_review_and_change(cycle, tmp_path):
    db, _, _, r3, learner = cycle
    path = write_person_report(db, learner, r3.id, tmp_path / "me.pdf", "en", role="recorder")
    raw = pdftotext(path, raw=True)
    text = flat(raw)
    assert flat("My learning actions") in text
    assert flat(WHAT) in text
    assert flat("กาญจนา รักษ์ถิ่น") in text
    assert flat("Actually happened: จดได้ครึ่งเดียว") in text
    assert flat("Knowledge asset: บันทึกเวที.docx") in text
    assert flat("+2.0") in text
    assert flat("by 15 Sep 2025") in text


def test_no_actions_is_one_line_not_a_page(demo_db, tmp_path):
    with demo_db.session() as session:
        rnd = views.find_round(session, "รอบที่ 3")
        people = repo.list_facilitators(session)
    # someone the demo gives no learning action
    person = next(f for f in people if not learning.actions(demo_db, learner_id=f.id))
    path = write_person_report(demo_db, person.id, rnd.id, tmp_path / "p.pdf", "en")
    assert flat("My learning actions: None") in flat(pdftotext(path))
