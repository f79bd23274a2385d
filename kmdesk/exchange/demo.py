"""Demo data: three invented sub-district teams, three rounds, ratings in every role."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from kmdesk.exchange.importer import ImportResult, import_rows
from kmdesk.exchange.ratings_file import RawRow
from kmdesk.store import repo

# Invented people: none of these names comes from the source documents.
TEAMS = {
    "บางจาก": [
        ("สุภาพร ใจงาม", "พช.", "coordinator"),
        ("วิชัย ทองดี", "กศน.", "process_lead"),
        ("อรุณี แสงจันทร์", "ธ.ก.ส.", "recorder"),
    ],
    "ท่าไร่": [
        ("มาลัย ศรีสุข", "พอช.", "coordinator"),
        ("ประเสริฐ บุญมา", "ม.วลัยลักษณ์", "recorder"),
        ("กาญจนา รักษ์ถิ่น", "ธ.ออมสิน", "process_lead"),
    ],
    "มะม่วงสองต้น": [
        ("สมพงษ์ เรืองศรี", "อบต.", "process_lead"),
        ("นงลักษณ์ พูลผล", "กศน.", "recorder"),
        ("ธีระ ชัยมงคล", "พช.", "coordinator"),
    ],
}
ROUNDS = [
    ("รอบที่ 1", dt.date(2024, 8, 8)),
    ("รอบที่ 2", dt.date(2025, 2, 14)),
    ("รอบที่ 3", dt.date(2025, 8, 8)),
]
ROLES = ("coordinator", "process_lead", "recorder")
# Competencies the whole ท่าไร่ team finds hard, so its analysis shows "needs outside help".
HARD_IN = {"ท่าไร่": {"S6", "K2"}}
EVIDENCE = {
    "K": [
        "ศึกษาระเบียบกลุ่มออมทรัพย์และคุยกับประธานกลุ่มเรื่องความเป็นมา",
        "ช่วยกรรมการตรวจสมุดบัญชีและใบเสร็จประจำเดือน",
        "เดินสำรวจหมู่บ้านกับผู้ใหญ่บ้าน จดทุนทางสังคมที่พบ",
        "อธิบายโครงสร้างกรรมการให้สมาชิกใหม่ฟังในเวทีประจำเดือน",
    ],
    "S": [
        "ร่วมจัดเวทีแลกเปลี่ยนเรียนรู้กลุ่มออมทรัพย์ หมู่ 3",
        "ประสานเจ้าหน้าที่ ธ.ก.ส. มาให้ความรู้เรื่องการออมในเวทีคุณกิจ",
        "ชวนสมาชิกที่ไม่ค่อยพูดให้เล่าประสบการณ์ในวง",
        "จดบันทึกเวทีและส่งสรุปบทเรียนให้ทีมทางไลน์ภายในสองวัน",
        "นำกระบวนการประชุมกรรมการให้ทุกคนได้แสดงความเห็น",
        "ช่วยทีมร่างแผนพัฒนากลุ่มปีหน้า แต่ยังต้องมีพี่เลี้ยง",
        "ละลายพฤติกรรมด้วยเกมสั้น ๆ ก่อนเริ่มเวที",
    ],
}
NOT_SURE_NOTE = "ยังไม่แน่ใจว่าตัวชี้วัดข้อนี้หมายถึงอะไร ขอคุยในทีม"


class DemoRefused(Exception):
    """The database already holds other people's data; the demo will not mix into it."""


def demo_rows(seed: int = 2568) -> list[RawRow]:
    """The demo ratings as file rows, so they go through the same importer as a user's file."""
    from kmdesk.assess.framework import framework_from_dict
    from kmdesk.store.frameworks import default_framework_data

    framework = framework_from_dict(default_framework_data())
    rng = random.Random(seed)
    rows: list[RawRow] = []
    for team, members in TEAMS.items():
        for name, agency, home_role in members:
            talent = {c.code: rng.choice((-1, 0, 0, 1)) for c in framework.competencies}
            for role in ROLES:
                for r, (title, day) in enumerate(ROUNDS):
                    rows.extend(
                        _person_round(
                            rng,
                            framework,
                            team,
                            name,
                            agency,
                            role,
                            home_role,
                            talent,
                            r,
                            title,
                            day,
                            len(rows),
                        )
                    )
    return rows


def _person_round(rng, framework, team, name, agency, role, home_role, talent, r, title, day, n):
    out = []
    for comp in framework.competencies:
        base = 2 + talent[comp.code] + (1 if role == home_role else 0)
        if comp.code in HARD_IN.get(team, ()):
            base = 1
        for ind in comp.active_indicators:
            growth = r * rng.choice((0, 0.5, 0.5, 1))
            # From round 2 to 3 some people rate themselves lower once they see what good
            # looks like; the demo keeps such drops so the charts show them.
            drop = 1 if r == 2 and rng.random() < 0.12 else 0
            level = max(1, min(5, round(base + growth - drop)))
            not_sure = rng.random() < (0.08, 0.04, 0.01)[r]
            if not_sure:
                value, note = "?", NOT_SURE_NOTE
            else:
                value = str(level)
                note = rng.choice(EVIDENCE[comp.domain]) if rng.random() < 0.6 else ""
            cells = {
                "facilitator": name,
                "team": team,
                "agency": agency,
                "round": title,
                "round_date": day.isoformat(),
                "role": role,
                "indicator": ind.code,
                "level": value,
                "evidence": note,
            }
            out.append(RawRow(n + len(out) + 2, cells))
    return out


def load_demo(database) -> ImportResult | None:
    """Fill an empty database with the demo; None if it already holds exactly the demo."""
    with database.session() as session:
        teams = {team.name for team in repo.list_teams(session)}
        ratings = repo.rating_count(session)
    if teams == set(TEAMS) and ratings:
        return None
    if teams or ratings:
        raise DemoRefused(
            f"{database.location} already holds other data; the demo only goes into a new database"
        )
    # A new database holds nothing worth a backup yet.
    result = import_rows(database, demo_rows(), "demo", backup=False)
    add_demo_learning(database)
    return result


# The learning cycle after round 2 in ท่าไร่ as recorders: K3 spread from 2.0 to 4.0, so the
# team talked it through, agreed on a level, and paired the lowest with the highest.
LEARNING_TEAM, LEARNING_ROUND, LEARNING_ROLE, LEARNING_CODE = "ท่าไร่", "รอบที่ 2", "recorder", "K3"
LEARNER, SUPPLIER = "กาญจนา รักษ์ถิ่น", "ประเสริฐ บุญมา"


def add_demo_learning(database) -> None:
    """One agreed level and one action, done and reviewed, in the demo's second round."""
    from kmdesk.assess.cycle import Action, AgreedLevel, Review
    from kmdesk.store import learning

    with database.session() as session:
        team = repo.team_named(session, LEARNING_TEAM)
        people = {f.name: f.id for f in repo.list_facilitators(session, team.id)}
        rnd = next(r for r in repo.list_rounds(session) if r.title == LEARNING_ROUND)
    key = (team.id, rnd.id, LEARNING_ROLE, LEARNING_CODE)
    learning.set_agreed_level(
        database,
        AgreedLevel(*key, 3, "คะแนนห่างกันมาก คุยกันแล้วเห็นว่าทีมอยู่ระดับ 3 ในการจัดการความรู้"),
    )
    planned = learning.add_action(
        database,
        Action(
            id="",
            team_id=team.id,
            round_id=rnd.id,
            role=LEARNING_ROLE,
            competency=LEARNING_CODE,
            learner_id=people[LEARNER],
            supplier_id=people[SUPPLIER],
            what="ตามไปดูการถอดบทเรียนเวทีกลุ่มออมทรัพย์ แล้วลองถอดเองหนึ่งเวที",
            due=dt.date(2025, 4, 30),
        ),
    )
    learning.save_action(
        database,
        replace(
            planned,
            status="done",
            review=Review(
                expected="ถอดบทเรียนได้เองหนึ่งเวที",
                happened="ถอดได้ แต่ยังต้องให้พี่เลี้ยงช่วยเรียบเรียงประเด็น",
                why="ยังไม่คุ้นกับการตั้งคำถามชวนคุย",
                next_time="เตรียมคำถามล่วงหน้าและฝึกกับทีมก่อน",
            ),
            asset="แบบบันทึกการถอดบทเรียน กลุ่มออมทรัพย์",
        ),
    )
