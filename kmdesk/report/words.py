"""The words the reports write themselves, in Thai and English (the CLI has no Qt translator)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # key: (Thai, English)
    "title_person": ("แบบประเมินตนเองของคุณอำนวย", "Facilitator self-assessment"),
    "title_team": ("ผลการประเมินตนเองของทีมคุณอำนวย", "Facilitator team self-assessment"),
    "anonymous_note": (
        "ฉบับไม่ระบุชื่อ: ใช้ตัวอักษรแทนชื่อสมาชิก สำหรับเผยแพร่",
        "Anonymous edition: members are shown as letters, for sharing",
    ),
    "purpose": ("เป้าประสงค์", "Purpose"),
    "name": ("ชื่อ–สกุล", "Name"),
    "agency": ("หน่วยงาน", "Agency"),
    "team": ("ทีมตำบล", "Team (sub-district)"),
    "round": ("รอบการประเมิน", "Assessment round"),
    "round_short": ("รอบ", "Round"),
    "round_date": ("วันที่ประเมิน", "Date of the round"),
    "framework_version": ("กรอบฉบับที่", "Framework version"),
    "printed": ("วันที่พิมพ์", "Printed on"),
    "roles_rated": ("บทบาทที่ประเมิน", "Roles rated"),
    "no_team": ("(ไม่สังกัดทีม)", "(no team)"),
    "team_file": ("ทีม", "Team"),
    "members": ("สมาชิกในทีม", "Team members"),
    "member": ("สมาชิก", "Member"),
    "role": ("บทบาท", "Role"),
    "role_section": ("บทบาท", "Role"),
    "profile": ("โปรไฟล์ความสามารถ", "Competency profile"),
    "target": ("เป้าหมาย", "Target"),
    "competency": ("ความสามารถ", "Competency"),
    "indicator": ("ตัวชี้วัด", "Indicator"),
    "level": ("ระดับ", "Level"),
    "level_sentence": ("ระดับที่ประเมินตนเอง", "The level I rated"),
    "evidence": ("หลักฐาน / บันทึก", "Evidence / note"),
    "mean": ("เฉลี่ย", "mean"),
    "not_rated": ("ยังไม่ได้ประเมิน", "not rated"),
    "table_title": ("ผลการประเมินรายตัวชี้วัด", "Ratings by indicator"),
    "learn_from": ("เรียนรู้จากใครในทีม", "Who in the team to learn from"),
    "learn_col_now": ("ปัจจุบัน / เป้าหมาย", "Now / target"),
    "learn_col_from": ("เรียนรู้จาก", "Learn from"),
    "outside": ("ยังไม่มีในทีม ต้องหาผู้รู้จากภายนอก", "Nobody in the team yet: find outside help"),
    "outside_short": ("ผู้รู้ภายนอก", "outside help"),
    "no_learning": (
        "ไม่มีความสามารถที่ห่างจากเป้าหมายมากในบทบาทนี้",
        "No competency is far below its target in this role",
    ),
    "can_share": ("ท่านถ่ายทอดให้เพื่อนในทีมได้", "You can help team-mates with"),
    "progress": ("ความก้าวหน้าตลอดทุกรอบ", "Progress across all rounds"),
    "progress_note": (
        "ค่าเฉลี่ยของแต่ละความสามารถในแต่ละรอบ; ช่องสุดท้ายคือการเปลี่ยนแปลงจากรอบก่อน",
        "Each competency's mean in each round; the last column is the change since the "
        "round before",
    ),
    "change": ("เปลี่ยนแปลง", "Change"),
    "domain_K": ("ความรู้", "Knowledge"),
    "domain_S": ("ทักษะ", "Skill"),
    "questions": ("ข้อที่ยังไม่แน่ใจ: ประเด็นชวนคุยในทีม", "Not sure yet: questions to discuss"),
    "questions_note": (
        "ข้อที่ตอบว่า “{not_sure}” ไม่นำมาคิดค่าเฉลี่ย นำมาคุยกันในวงคุณอำนวย",
        "Answers of “{not_sure}” are left out of the means; bring them to the team's circle",
    ),
    "question": ("“{text}” หมายถึงอะไรในงานของเรา", "What does “{text}” mean in our work?"),
    "to_discuss": ("ประเด็นชวนคุย", "Question to discuss"),
    "no_questions": ("ไม่มีข้อที่ไม่แน่ใจในรอบนี้", "No not-sure answers in this round"),
    "signature": ("ลงชื่อ", "Signed"),
    "assessor": ("ผู้ประเมิน", "Assessor"),
    "reviewer": ("ผู้ทบทวน (หัวหน้าทีม / พี่เลี้ยง)", "Reviewer (team lead / mentor)"),
    "preparer": ("ผู้จัดทำรายงาน", "Prepared by"),
    "certifier": ("ผู้รับรอง", "Approved by"),
    "date": ("วันที่", "Date"),
    "page": ("หน้า {n}/{total}", "Page {n} of {total}"),
    "radar_team": ("โปรไฟล์ของสมาชิก", "Members' profiles"),
    "pairs": ("คู่เรียนรู้", "Learning pairs"),
    "outside_list": ("ต้องการความช่วยเหลือจากภายนอก", "Needs outside help"),
    "none": ("ไม่มี", "None"),
    "team_progress": ("ความก้าวหน้าของทีมตลอดทุกรอบ", "The team's progress across all rounds"),
    "team_progress_note": (
        "ค่าเฉลี่ยของทีมในแต่ละรอบ (เฉลี่ยจากคะแนนของสมาชิกที่ประเมินในรอบนั้น)",
        "The team's mean in each round (of the members who rated that round)",
    ),
    "no_ratings_role": ("ยังไม่มีผู้ประเมินในบทบาทนี้", "Nobody has rated this role yet"),
    "rated_count": ("ผู้ประเมิน {n} จาก {total} คน", "{n} of {total} members rated"),
    "pair_learner": ("ผู้เรียนรู้", "Learner"),
    "pair_supplier": ("เรียนรู้จาก", "Learns from"),
    "anonymous": ("ไม่ระบุชื่อ", "anonymous"),
}


def w(key: str, lang: str, **fields: object) -> str:
    """The report word ``key`` in ``lang`` ("en" for English, anything else for Thai)."""
    th, en = WORDS[key]
    text = en if lang == "en" else th
    return text.format(**fields) if fields else text
