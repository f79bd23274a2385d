"""The few words charts write themselves, in Thai and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # key: (Thai, English)
    "target": ("เป้าหมาย", "Target"),
    "mean": ("ค่าเฉลี่ย", "Mean"),
    "level": ("ระดับ", "Level"),
    "score": ("คะแนนประเมินตนเอง", "Self-rating"),
    "round": ("รอบการประเมิน", "Assessment round"),
    "range": ("ช่วงต่ำสุด–สูงสุด", "Lowest–highest"),
    "current": ("ระดับปัจจุบัน", "Current level"),
    "to_target": ("ส่วนที่ต้องพัฒนาถึงเป้าหมาย", "Still to grow to the target"),
    "above_target": ("เกินเป้าหมาย", "above target"),
    "no_score": ("ยังไม่มีคะแนน", "no score yet"),
    "drop": ("ลดลง", "Dropped"),
    "notes": ("หมายเหตุ", "Notes"),
    "competencies": ("ความสามารถ", "Competencies"),
    "members": ("สมาชิก", "Members"),
    "domain_K": ("ความรู้", "Knowledge"),
    "domain_S": ("ทักษะ", "Skill"),
    "title_radar_person": ("โปรไฟล์ความสามารถ", "Competency profile"),
    "title_radar_team": ("โปรไฟล์ความสามารถของทีม", "Team competency profile"),
    "title_progress": ("ความก้าวหน้าแต่ละความสามารถ", "Progress per competency"),
    "title_domains": ("ค่าเฉลี่ยความรู้และทักษะ", "Knowledge and skill means"),
    "title_river": ("ธารปัญญา", "River of knowledge"),
    "title_stairs": ("บันไดแห่งการเรียนรู้", "Learning stairs"),
    "title_matrix": ("ตารางแห่งอิสรภาพ", "Self-assessment table"),
    "title_pairs": ("คู่เรียนรู้", "Learning pairs"),
    "supplier": ("ถ่ายทอดได้", "Can teach"),
    "learner": ("ผู้เรียนรู้ (→ เรียนจาก)", "Learner (→ learns from)"),
    "outside": ("ภายนอก", "outside"),
    "needs_outside": ("ต้องหาผู้รู้จากภายนอก", "Needs outside help"),
}


def word(key: str, lang: str) -> str:
    """A chart word in ``lang`` ("en" for English, anything else for Thai)."""
    th, en = WORDS[key]
    return en if lang == "en" else th
