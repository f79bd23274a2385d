"""What every part of the benchmark shares: sizes, generated names, table lines, helpers."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy

from kmdesk.assess.framework import framework_from_dict
from kmdesk.store import frameworks
from kmdesk.store import models as m

HERE = Path(__file__).resolve().parent
WORK = HERE / "cache"
RESULTS = HERE / "results.md"

ROLES = tuple(sorted(m.ROLE_CODES))  # sorted, so generated ratings arrive in primary-key order
ROUNDS_IMPORT = 3
ROUNDS_ANALYZE = 12
TEAM_SIZE = 3
CHUNK = 100_000
GENERATOR_VERSION = 1  # bump when the generated analyze database changes shape


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


GIVEN = words(
    "สมชาย สมหญิง วิชัย มาลัย ประเสริฐ กาญจนา สุภาพร อรุณี ธีระ นงลักษณ์ "
    "สมพงษ์ บุญมี จันทร์เพ็ญ ปรีชา วันดี สายใจ ทองใบ ศรีไพร อำนาจ พรทิพย์"
)
FAMILY = words(
    "ใจงาม ทองดี แสงจันทร์ ศรีสุข บุญมา รักษ์ถิ่น เรืองศรี พูลผล ชัยมงคล มีสุข "
    "คำแก้ว สุขสวัสดิ์ ศรีทอง แก้วมณี พรหมมา อินทร์แก้ว บุญเรือง จันทร์หอม ทองคำ ดวงดี"
)
TAMBON = words(
    "บางจาก ท่าไร่ มะม่วงสองต้น ปากพูน นาเคียน ท่าซัก โพธิ์เสด็จ คลัง ท่างิ้ว กำโลน "
    "ไม้เรียง ช้างกลาง ทุ่งสง ร่อนพิบูลย์ ขนอม"
)
AGENCIES = ("พช.", "กศน.", "ธ.ก.ส.", "พอช.", "อบต.", "ธ.ออมสิน", "ม.วลัยลักษณ์")
EVIDENCE = (
    "ร่วมจัดเวทีแลกเปลี่ยนเรียนรู้กลุ่มออมทรัพย์ หมู่ 3",
    "จดบันทึกเวทีและส่งสรุปบทเรียนให้ทีมภายในสองวัน",
    "ช่วยกรรมการตรวจสมุดบัญชีและใบเสร็จประจำเดือน",
    "ยังไม่แน่ใจว่าตัวชี้วัดข้อนี้หมายถึงอะไร ขอคุยในทีม",
)


@dataclass(frozen=True)
class Config:
    """Sizes and repeat counts of one run."""

    mode: str
    import_people: int  # x 3 rounds x 3 roles x 12 indicators rows in the import CSV
    analyze_people: int  # x 12 rounds x 3 roles x 12 indicators ratings in the analyze file
    import_repeats: int  # timed repeats after one warm-up, kmdesk and baseline interleaved
    analyze_samples: int  # timed calls per analyze measurement, each on its own team
    whole_repeats: int  # timed whole-process runs of each kind after one warm-up, interleaved
    report_people: int  # people in line 5's many-person file
    memory_people: tuple[int, ...]  # other import files run once, for the import's peak memory
    start_pages: bool  # also time the window opened on the Team and Progress pages


# 1,851 people make 199,908 rows, just under the 200,000 a ratings file may hold.
FULL = Config("full", 927, 10_000, 5, 25, 5, 100, (93, 1851), True)
QUICK = Config("quick", 93, 500, 2, 10, 3, 20, (19,), False)


@dataclass
class Line:
    """One line of the table: kmdesk's figure against the baseline's, same run."""

    key: str
    what: str
    unit: str
    kmdesk: float
    baseline: float
    higher_is_better: bool = False
    aim: str = "—"
    met: bool | None = None

    @property
    def ratio(self) -> float:
        """kmdesk's cost as a multiple of the baseline's (above 1: slower or bigger)."""
        if self.higher_is_better:
            return self.baseline / self.kmdesk
        return self.kmdesk / self.baseline


@dataclass
class Goal:
    """One goal of issue 13: kmdesk's figure, its peer's, the ratio and whether it is met."""

    key: str
    what: str
    kmdesk: str  # the figure as shown, e.g. "4.41 s, 175 MiB"
    peer: str
    ratio: float | None  # kmdesk ÷ peer, same run; None when the goal has no peer
    goal: str
    met: bool | None  # None: could not be measured (``kmdesk`` says why)


@dataclass
class Report:
    """Everything written to results.md."""

    config: Config
    goals: list[Goal] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    plans: dict[str, list[str]] = field(default_factory=dict)


# --- helpers ---------------------------------------------------------------------------------


def say(text: str) -> None:
    print(text, flush=True)


def fresh(path: Path) -> None:
    """Remove an SQLite file with its WAL and shared-memory companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def checkpointed_size(path: Path) -> int:
    """File size once the WAL has been folded into the main file."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()
    return path.stat().st_size


def person_name(i: int) -> str:
    given, family = GIVEN[i % len(GIVEN)], FAMILY[i // len(GIVEN) % len(FAMILY)]
    lap = i // (len(GIVEN) * len(FAMILY))
    return f"{given} {family}" + (f" {lap + 1}" if lap else "")


def team_name(i: int) -> str:
    return f"ทีม{TAMBON[i % len(TAMBON)]} {i // len(TAMBON) + 1}"


def round_date(k: int) -> dt.date:
    """Round k (from 0) is held twice a year, February and August."""
    return dt.date(2020 + k // 2, 2 if k % 2 == 0 else 8, 8)


def first_indicators() -> list[str]:
    """K1.1 … S9.1: the first indicator of each of the 12 competencies, framework order."""
    framework = framework_from_dict(frameworks.default_framework_data())
    return [comp.indicators[0].code for comp in framework.competencies]


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def spread(times: list[float], scale: float = 1000) -> str:
    return f"min {min(times) * scale:.2f}, max {max(times) * scale:.2f}"


def machine() -> dict[str, str]:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for text in cpuinfo.read_text(errors="replace").splitlines():
            if text.lower().startswith("model name"):
                model = text.split(":", 1)[1].strip()
                break
    return {
        "platform": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "CPUs": str(os.cpu_count()),
        "CPU model": model or "(not known)",
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": sqlalchemy.__version__,
    }
