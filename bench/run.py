"""Run the kmdesk benchmark (python -m bench.run [--quick]) and write bench/results.md."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import json
import math
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy
from sqlalchemy import event

from kmdesk.assess.framework import framework_from_dict
from kmdesk.assess.profile import profiles_from_levels
from kmdesk.assess.river import river
from kmdesk.exchange.importer import import_ratings
from kmdesk.exchange.ratings_file import HEADER
from kmdesk.store import frameworks, repo
from kmdesk.store import models as m
from kmdesk.store.db import open_database
from kmdesk.views import analyze_team, find_round, find_team

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


FULL = Config("full", 927, 10_000, 5, 25)
QUICK = Config("quick", 93, 500, 2, 10)


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
class Report:
    """Everything written to results.md."""

    config: Config
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


# --- line 1: import --------------------------------------------------------------------------

BARE_TABLE = (
    "CREATE TABLE rating_row (facilitator TEXT, team TEXT, agency TEXT, round TEXT, "
    "round_date TEXT, role TEXT, indicator TEXT, level TEXT, evidence TEXT)"
)


def write_ratings_csv(path: Path, people: int) -> int:
    """A ratings file as kmdesk exports it (UTF-8 with BOM), 108 rows per person."""
    rng = random.Random(2568)
    indicators = first_indicators()
    rows = 0
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for person in range(people):
            name, team = person_name(person), team_name(person // TEAM_SIZE)
            agency = AGENCIES[person % len(AGENCIES)]
            for k in range(ROUNDS_IMPORT):
                title, day = f"รอบที่ {k + 1}", round_date(k).isoformat()
                for role in ROLES:
                    for code in indicators:
                        level = "?" if rng.random() < 0.03 else str(rng.randint(1, 5))
                        note = rng.choice(EVIDENCE) if rng.random() < 0.25 else ""
                        writer.writerow((name, team, agency, title, day, role, code, level, note))
                        rows += 1
    tmp.replace(path)
    return rows


def kmdesk_import_once(csv_path: Path, db_path: Path, rows: int) -> float:
    fresh(db_path)
    # schema, migrations and framework: not timed
    database = open_database(str(db_path), create=True)
    try:
        start = time.perf_counter()
        result = import_ratings(database, csv_path)
        elapsed = time.perf_counter() - start
    finally:
        database.dispose()
    if result.added != rows:
        raise RuntimeError(f"kmdesk imported {result.added} ratings, expected {rows}")
    return elapsed


def baseline_import_once(csv_path: Path, db_path: Path, rows: int) -> float:
    fresh(db_path)
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")  # as kmdesk's connections
        conn.execute(BARE_TABLE)
        start = time.perf_counter()
        with csv_path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            next(reader)
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO rating_row VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", reader)
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - start
        stored = conn.execute("SELECT count(*) FROM rating_row").fetchone()[0]
    finally:
        conn.close()
    if stored != rows:
        raise RuntimeError(f"baseline stored {stored} rows, expected {rows}")
    return elapsed


def bench_import(cfg: Config, report: Report) -> float:
    """Line 1; returns the bare table's bytes per row for line 3."""
    csv_path = WORK / f"ratings-{cfg.import_people}.csv"
    kmdesk_db, bare_db = WORK / "import-kmdesk.db", WORK / "import-baseline.db"
    rows = write_ratings_csv(csv_path, cfg.import_people)
    say(f"line 1: importing {rows:,} rows, 1 warm-up + {cfg.import_repeats} repeats …")
    ours, theirs = [], []
    for i in range(1 + cfg.import_repeats):
        k = kmdesk_import_once(csv_path, kmdesk_db, rows)
        b = baseline_import_once(csv_path, bare_db, rows)
        say(f"  {'warm-up' if i == 0 else f'repeat {i}'}: kmdesk {k:.2f} s, baseline {b:.3f} s")
        if i:
            ours.append(k)
            theirs.append(b)
    k_rate = rows / statistics.median(ours)
    b_rate = rows / statistics.median(theirs)
    report.lines.append(
        Line("1", f"Import {rows:,} CSV rows into a fresh file", "rows/s", k_rate, b_rate, True)
    )
    report.notes.append(
        f"Line 1: {rows:,} rows ({cfg.import_people} facilitators in teams of {TEAM_SIZE}, "
        f"{ROUNDS_IMPORT} rounds x 3 roles x 12 indicators, 3 % not-sure, 25 % with evidence), "
        f"{csv_path.stat().st_size / 1e6:.1f} MB CSV. kmdesk: import_ratings on a database "
        "just made by open_database (its making is not timed). Baseline: csv.reader + one "
        "executemany into a bare 9-column TEXT table, one transaction, WAL as kmdesk. "
        f"Medians of {cfg.import_repeats} after a warm-up; kmdesk {spread(ours, 1)} s, "
        f"baseline {spread(theirs, 1)} s."
    )
    k_bytes = checkpointed_size(kmdesk_db) / rows
    b_bytes = checkpointed_size(bare_db) / rows
    report.lines.append(
        Line("3b", f"Bytes per rating, the {rows:,}-row import file", "B", k_bytes, b_bytes)
    )
    return b_bytes


# --- line 2: analyze -------------------------------------------------------------------------


def rating_count(path: Path) -> int:
    if not path.exists():
        return -1
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM rating").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return -1


def random_uid(rng: random.Random) -> str:
    """A version-4 UUID as SQLAlchemy's Uuid stores it on SQLite: 32 lowercase hex digits."""
    value = rng.getrandbits(128)
    value = (value & ~(0xF << 76) & ~(0x3 << 62)) | (4 << 76) | (0x2 << 62)
    return f"{value:032x}"


def rating_rows(
    people: int, rounds: list[tuple[int, dt.date]], indicators: list[int], rng: random.Random
) -> Iterator[tuple]:
    """Ratings in primary-key order; levels 1–5 with 3 % not-sure (NULL), no evidence."""
    for person in range(1, people + 1):
        clock = f"{9 + person % 8:02d}:{person % 60:02d}:{person * 7 % 60:02d}"
        micro = f"{person * 137 % 1_000_000:06d}"
        for round_id, day in rounds:
            stamp = f"{day.isoformat()} {clock}.{micro}"
            for role in ROLES:
                for indicator in indicators:
                    r = rng.random()
                    level = None if r < 0.03 else 1 + int((r - 0.03) / 0.194)
                    yield (person, round_id, role, indicator, random_uid(rng), level, "", stamp)


def build_analyze_database(path: Path, people: int) -> None:
    """Schema, migrations and framework through kmdesk; the bulk rows through raw sqlite3."""
    fresh(path)
    database = open_database(str(path), create=True)
    database.dispose()
    rng = random.Random(4_320_000)
    codes = first_indicators()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-262144")
        version_id, number = conn.execute(
            "SELECT id, number FROM framework_version ORDER BY number DESC LIMIT 1"
        ).fetchone()
        by_code = dict(
            conn.execute("SELECT code, id FROM indicator WHERE version_id = ?", (version_id,))
        )
        indicators = sorted(by_code[c] for c in codes)
        teams = math.ceil(people / TEAM_SIZE)
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO team (id, uid, name) VALUES (?, ?, ?)",
            ((t + 1, random_uid(rng), team_name(t)) for t in range(teams)),
        )
        conn.executemany(
            "INSERT INTO facilitator (id, uid, name, agency, team_id, active) "
            "VALUES (?, ?, ?, ?, ?, 1)",
            (
                (p + 1, random_uid(rng), person_name(p), AGENCIES[p % 7], p // TEAM_SIZE + 1)
                for p in range(people)
            ),
        )
        rounds = [(k + 1, round_date(k)) for k in range(ROUNDS_ANALYZE)]
        conn.executemany(
            "INSERT INTO round (id, uid, title, held_on, framework_version_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                (rid, random_uid(rng), f"รอบที่ {rid}", day.isoformat(), version_id)
                for rid, day in rounds
            ),
        )
        rows = rating_rows(people, rounds, indicators, rng)
        done = 0
        while chunk := list(itertools.islice(rows, CHUNK)):
            conn.executemany(
                "INSERT INTO rating (facilitator_id, round_id, role, indicator_id, uid, level, "
                "evidence, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                chunk,
            )
            done += len(chunk)
            if done % 1_000_000 < CHUNK:
                say(f"  {done:,} ratings …")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()
    check_through_kmdesk(path, people, number)


def check_through_kmdesk(path: Path, people: int, version: int) -> None:
    """Read the raw-written rows back through kmdesk's repo: types must come back right."""
    database = open_database(str(path), create=True)
    try:
        with database.session() as session:
            rnd = repo.list_rounds(session)[-1]
            team = repo.team_of(session.get(m.Team, 1))
            members = repo.list_facilitators(session, team.id)
            ratings = [
                r
                for member in members
                for r in repo.person_ratings(session, member.id, ROLES[0], rnd.id)
            ]
    finally:
        database.dispose()
    problems = []
    if rnd.date != round_date(ROUNDS_ANALYZE - 1) or rnd.framework_version != version:
        problems.append(f"round read back as {rnd}")
    if len(members) != min(TEAM_SIZE, people):
        problems.append(f"{len(members)} members in team 1")
    if len(ratings) != len(members) * 12:
        problems.append(f"{len(ratings)} ratings for team 1")
    for rating in ratings[:3]:
        uuid.UUID(rating.facilitator_id)
        if not isinstance(rating.rated_at, dt.datetime) or rating.level not in (
            None,
            1,
            2,
            3,
            4,
            5,
        ):
            problems.append(f"rating read back as {rating}")
    if problems:
        raise RuntimeError("generated database does not read back: " + "; ".join(problems))


RIVER_SQL = """
SELECT competency, MIN(score), AVG(score), MAX(score)
FROM (
    SELECT r.facilitator_id AS person, i.competency_code AS competency, AVG(r.level) AS score
    FROM rating AS r
    JOIN facilitator AS f ON f.id = r.facilitator_id
    JOIN indicator AS i ON i.id = r.indicator_id
    WHERE f.team_id = (SELECT id FROM team WHERE uid = ?)
      AND r.round_id = (SELECT id FROM round WHERE uid = ?)
      AND r.role = ?
      AND r.level IS NOT NULL
    GROUP BY r.facilitator_id, i.competency_code
)
GROUP BY competency
"""


def sql_river(conn: sqlite3.Connection, team_hex: str, round_hex: str, role: str) -> list[tuple]:
    return conn.execute(RIVER_SQL, (team_hex, round_hex, role)).fetchall()


def kmdesk_river(database, team_id: str, round_id: str, role: str, codes: tuple[str, ...]):
    """Just the river through kmdesk: repo.team_levels, assess profiles, assess.river."""
    with database.session() as session:
        levels = repo.team_levels(session, team_id, round_id, role)
    profiles = profiles_from_levels(levels)
    return river(codes, list(profiles), profiles)


def kmdesk_analyze(database, team, rnd, role: str):
    with database.session() as session:
        return analyze_team(session, team, rnd, role)


def same_river(ours, theirs: list[tuple]) -> bool:
    want = {c: (lo, mean, hi) for c, lo, mean, hi in theirs}
    got = {r.competency: (r.min, r.mean, r.max) for r in ours if r.mean is not None}
    return want.keys() == got.keys() and all(
        all(math.isclose(a, b, abs_tol=1e-9) for a, b in zip(got[c], want[c], strict=True))
        for c in want
    )


def query_plan(conn: sqlite3.Connection, sql: str, params) -> list[str]:
    return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def bench_analyze(cfg: Config, report: Report) -> Path:
    people = cfg.analyze_people
    expected = people * ROUNDS_ANALYZE * len(ROLES) * 12
    path = WORK / f"analyze-{people}-v{GENERATOR_VERSION}.db"
    if rating_count(path) == expected:
        say(f"line 2: reusing {path.name} ({expected:,} ratings)")
        made = "reused from bench/cache/"
    else:
        say(f"line 2: generating {path.name} ({expected:,} ratings) …")
        start = time.perf_counter()
        build_analyze_database(path, people)
        made = f"generated in {time.perf_counter() - start:.0f} s"
    start = time.perf_counter()
    database = open_database(str(path), create=True)
    opened = time.perf_counter() - start
    report.notes.append(
        f"Line 2: {people:,} facilitators in teams of {TEAM_SIZE}, {ROUNDS_ANALYZE} rounds x 3 "
        f"roles x 12 indicators (K1.1 … S9.1) = {expected:,} ratings; file {made}; "
        f"open_database on it (quick_check included) took {opened:.1f} s, not timed below."
    )
    conn = sqlite3.connect(path)
    try:
        run_analyze(cfg, report, database, conn)
    finally:
        conn.close()
        database.dispose()
    return path


def run_analyze(cfg: Config, report: Report, database, conn: sqlite3.Connection) -> None:
    rng = random.Random(108)
    full_teams = cfg.analyze_people // TEAM_SIZE
    wanted = 3 * cfg.analyze_samples + 1  # one team per timed call, plus the warm-up's
    team_ids = sorted({1 + k * (full_teams - 1) // (wanted - 1) for k in range(wanted)})
    rng.shuffle(team_ids)
    with database.session() as session:
        rounds = repo.list_rounds(session)
        codes = frameworks.load_framework(session, rounds[0].framework_version).codes
        teams = [repo.team_of(session.get(m.Team, tid)) for tid in team_ids]
    cases = [(team, rng.choice(rounds), rng.choice(ROLES)) for team in teams]
    hexes = {c[0].id: uuid.UUID(c[0].id).hex for c in cases}
    hexes.update({r.id: uuid.UUID(r.id).hex for r in rounds})

    def run_a(team, rnd, role):
        return kmdesk_analyze(database, team, rnd, role)

    def run_b(team, rnd, role):
        return kmdesk_river(database, team.id, rnd.id, role, codes)

    def run_c(team, rnd, role):
        return sql_river(conn, hexes[team.id], hexes[rnd.id], role)

    runners: list[Callable] = [run_a, run_b, run_c]
    # warm-up: each measurement once, on a team none of the timed calls uses
    warm = cases.pop()
    for run in runners:
        run(*warm)
    times: list[list[float]] = [[], [], []]
    for k in range(cfg.analyze_samples):
        for j in range(3):
            which = (k + j) % 3  # rotate who goes first
            case = cases[3 * k + which]
            start = time.perf_counter()
            runners[which](*case)
            times[which].append(time.perf_counter() - start)
    say(f"line 2: {cfg.analyze_samples} calls each on {3 * cfg.analyze_samples} distinct teams")

    # the three must agree; checked outside the timing, on a few cases
    for case in cases[:5]:
        river_rows, sql_rows = run_b(*case), run_c(*case)
        if not same_river(river_rows, sql_rows) or not same_river(run_a(*case).river, sql_rows):
            raise RuntimeError(f"kmdesk's river and the SQL baseline differ for {case}")

    a, b, c = (median_ms(t) for t in times)
    report.lines.append(
        Line(
            "2a",
            "analyze_team: river + stairs + pairs, one team/round/role",
            "ms",
            a,
            c,
            aim="≤ 50 ms",
            met=a <= 50,
        )
    )
    report.lines.append(
        Line(
            "2b",
            "river only: team_levels + profiles + river",
            "ms",
            b,
            c,
            aim="≤ 1.5× and ≤ 50 ms",
            met=b / c <= 1.5 and b <= 50,
        )
    )
    report.notes.append(
        "Line 2 timing: medians of "
        f"{cfg.analyze_samples} calls each, every call on a different team (ids spread over "
        "the whole range, random round and role), order rotated, after one warm-up call each. "
        "2a and 2b open a fresh session per call, as the CLI does; the baseline (column "
        "'baseline' of both) is one SQL statement (per-person AVG per competency, then "
        "MIN/AVG/MAX per competency) on a plain sqlite3 connection kept open. "
        f"Spreads: 2a {spread(times[0])} ms; 2b {spread(times[1])} ms; "
        f"SQL {spread(times[2])} ms. The results agree (checked on 5 cases)."
    )
    bench_lookups(cfg, report, database, conn, cases)
    record_plans(report, database, conn, cases[0], hexes)


LOOKUP_SQL = (
    "SELECT id, uid FROM team WHERE name = ?",
    "SELECT id, uid FROM round WHERE title = ?",
)


def bench_lookups(cfg: Config, report: Report, database, conn: sqlite3.Connection, cases) -> None:
    """Line 2c: what `kmdesk analyze TEAM ROUND` does before analyze_team: names to records."""

    def ours(team, rnd):
        with database.session() as session:
            return find_team(session, team.name).id, find_round(session, rnd.title).id

    def theirs(team, rnd):
        return (
            conn.execute(LOOKUP_SQL[0], (team.name,)).fetchone(),
            conn.execute(LOOKUP_SQL[1], (rnd.title,)).fetchone(),
        )

    ours(*cases[-1][:2])
    theirs(*cases[-1][:2])
    times: list[list[float]] = [[], []]
    for k in range(cfg.analyze_samples):
        team, rnd, _role = cases[k]
        for j in range(2):
            which = (k + j) % 2
            start = time.perf_counter()
            found = (ours, theirs)[which](team, rnd)
            times[which].append(time.perf_counter() - start)
            if which == 0 and found != (team.id, rnd.id):
                raise RuntimeError(f"find_team/find_round found {found} for {team}, {rnd}")
    a, b = (median_ms(t) for t in times)
    report.lines.append(Line("2c", "analyze's name look-ups: find_team + find_round", "ms", a, b))
    report.notes.append(
        f"Line 2c: the CLI's `analyze TEAM ROUND` first turns names into records; kmdesk's "
        "find_team loads every team and compares name keys in Python, find_round every round. "
        "Baseline: two indexed SELECTs by exact name on the plain sqlite3 connection. "
        f"Medians of {cfg.analyze_samples}; kmdesk {spread(times[0])} ms, "
        f"baseline {spread(times[1])} ms."
    )


def record_plans(report: Report, database, conn: sqlite3.Connection, case, hexes) -> None:
    """EXPLAIN QUERY PLAN of the rating query kmdesk issues, and of the baseline's."""
    seen: list[tuple[str, tuple]] = []

    def catch(_conn, _cursor, statement, parameters, _context, _many):
        seen.append((statement, parameters))

    team, rnd, role = case
    event.listen(database.engine, "before_cursor_execute", catch)
    try:
        with database.session() as session:
            repo.team_levels(session, team.id, rnd.id, role)
    finally:
        event.remove(database.engine, "before_cursor_execute", catch)
    sql, params = next((s, p) for s, p in seen if "FROM rating" in s)
    report.plans["kmdesk repo.team_levels"] = [" ".join(sql.split())] + [
        "  " + step for step in query_plan(conn, sql, params)
    ]
    report.plans["baseline SQL"] = [" ".join(RIVER_SQL.split())] + [
        "  " + step for step in query_plan(conn, RIVER_SQL, (hexes[team.id], hexes[rnd.id], role))
    ]


# --- line 3: bytes ---------------------------------------------------------------------------


def bench_bytes(report: Report, path: Path, bare_bytes: float) -> None:
    count = rating_count(path)
    size = checkpointed_size(path)
    report.lines.append(
        Line(
            "3a",
            f"Bytes per rating, the {count:,}-rating analyze file",
            "B",
            size / count,
            bare_bytes,
        ),
    )
    report.notes.append(
        f"Line 3: file size after PRAGMA wal_checkpoint(TRUNCATE) ÷ ratings, all tables and "
        f"indexes included (3a: {size / 1e6:.0f} MB, ratings without evidence). The baseline is "
        "the bare 9-column TEXT table of line 1 (names repeated in every row, no index), in "
        "bytes per row; for 3b both files hold the same rows."
    )


# --- line 4: the window and the live radar ----------------------------------------------------

UI_REPEATS = 5  # first-window runs per kind, interleaved
LIVE_SAMPLES = 25  # rating changes timed on the live radar
LIVE_TEAM = "ทีมวัดเวลา"
LIVE_PEOPLE = 9

# Run in a fresh interpreter: from before PySide6 is imported to the first paint event of the
# window (an application-wide event filter), and whether matplotlib was loaded by then.
FIRST_WINDOW = """
import json, os, sys, time
t0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

mode, db_path, ini = sys.argv[1:4]
app = QApplication(sys.argv[:1])


class FirstPaint(QObject):
    at = None
    matplotlib = None

    def eventFilter(self, obj, event):
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
            self.matplotlib = "matplotlib" in sys.modules
        return False


watch = FirstPaint()
app.installEventFilter(watch)
if mode == "bare":
    window = QMainWindow()
    window.resize(1280, 800)
else:
    from kmdesk.store.db import open_database
    from kmdesk.ui.events import DataEvents
    from kmdesk.ui.fonts import install_fonts
    from kmdesk.ui.main_window import MainWindow
    from kmdesk.ui.page import AppContext
    from kmdesk.ui.settings import Settings

    app.setFont(install_fonts())
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    window = MainWindow(AppContext(open_database(db_path), DataEvents(), settings))
window.show()
deadline = time.perf_counter() + 60
while watch.at is None and time.perf_counter() < deadline:
    app.processEvents()
print(json.dumps({"seconds": watch.at - t0, "matplotlib": watch.matplotlib}))
"""


def first_window_once(mode: str, db_path: Path, start_page: str | None) -> dict:
    """One fresh interpreter showing a window; its own settings file, so no state leaks in."""
    with tempfile.TemporaryDirectory() as tmp:
        ini = Path(tmp) / "settings.ini"
        if start_page:
            ini.write_text(f"[window]\npage={start_page}\n", encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KMDESK_DATA_DIR": tmp}
        done = subprocess.run(
            [sys.executable, "-c", FIRST_WINDOW, mode, str(db_path), str(ini)],
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
        )
    if done.returncode != 0:
        raise RuntimeError(f"first-window run ({mode}) failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def demo_database() -> Path:
    from kmdesk.exchange.demo import load_demo

    path = WORK / "first-window-demo.db"
    fresh(path)
    database = open_database(str(path), create=True)
    try:
        load_demo(database)
    finally:
        database.dispose()
    return path


def bench_first_window(report: Report) -> None:
    """Line 4a: kmdesk's main window on the demo data against a bare QMainWindow."""
    db_path = demo_database()
    modes = [("bare", None), ("kmdesk", None), ("kmdesk", "team"), ("kmdesk", "progress")]
    say(f"line 4a: first window, {len(modes)} kinds x (1 warm-up + {UI_REPEATS}) interpreters …")
    times: dict[tuple, list[float]] = {m: [] for m in modes}
    loaded: dict[tuple, set[bool]] = {m: set() for m in modes}
    for i in range(1 + UI_REPEATS):
        for mode in modes if i % 2 else list(reversed(modes)):
            result = first_window_once(mode[0], db_path, mode[1])
            if i:
                times[mode].append(result["seconds"])
            loaded[mode].add(bool(result["matplotlib"]))
    bare = times[("bare", None)]
    ours = times[("kmdesk", None)]
    ratio = statistics.median(ours) / statistics.median(bare)
    report.lines.append(
        Line(
            "4a",
            "first window on screen: MainWindow on the demo data",
            "ms",
            median_ms(ours),
            median_ms(bare),
            aim="≤ 2× and no matplotlib",
            met=ratio <= 2 and loaded[("kmdesk", None)] == {False},
        )
    )

    def flag(mode) -> str:
        seen = loaded[mode]
        return "loaded" if seen == {True} else "not loaded" if seen == {False} else "sometimes"

    report.notes.append(
        "Line 4a: each run is a fresh `python -c` (offscreen Qt, its own settings file), timed "
        "from before `import PySide6` to the first Paint event anywhere in the window (an "
        "application-wide event filter). kmdesk: install_fonts, open_database on a demo "
        "database, MainWindow(AppContext(...)).show(), as kmdesk.ui.app.run does; baseline: "
        "a bare QMainWindow of 1280x800. Medians of "
        f"{UI_REPEATS} after a warm-up, kinds interleaved; kmdesk {spread(ours)} ms, bare "
        f"{spread(bare)} ms. matplotlib in sys.modules at that first paint: starting on the "
        f"default page {flag(('kmdesk', None))}; starting on the Team page "
        f"{flag(('kmdesk', 'team'))} (median {median_ms(times[('kmdesk', 'team')]):.0f} ms); "
        f"on the Progress page {flag(('kmdesk', 'progress'))} "
        f"(median {median_ms(times[('kmdesk', 'progress')]):.0f} ms); bare {flag(('bare', None))}."
    )


def live_radar_database() -> tuple[Path, int]:
    """One team of 9 rating themselves as recorder on every indicator of the 12 competencies."""
    path = WORK / "live-radar.db"
    fresh(path)
    csv_path = WORK / "live-radar.csv"
    framework = framework_from_dict(frameworks.default_framework_data())
    indicators = [ind.code for ind in framework.indicators if not ind.retired]
    rng = random.Random(9)
    with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for person in range(LIVE_PEOPLE):
            for code in indicators:
                writer.writerow(
                    (
                        person_name(person),
                        LIVE_TEAM,
                        AGENCIES[person % len(AGENCIES)],
                        "รอบที่ 1",
                        "2025-08-08",
                        "recorder",
                        code,
                        rng.randint(1, 5),
                        rng.choice(EVIDENCE),
                    )
                )
    database = open_database(str(path), create=True)
    try:
        import_ratings(database, csv_path)
    finally:
        database.dispose()
    return path, len(indicators)


def bench_live_radar(report: Report) -> None:
    """Line 4b: a rating arrives; the Team page's radar shows it (9 people, 12 competencies)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kmdesk.ui.events import DataEvents
    from kmdesk.ui.fonts import install_fonts
    from kmdesk.ui.page import AppContext
    from kmdesk.ui.settings import Settings
    from kmdesk.ui.team_page import KINDS, TeamPage

    path, n_indicators = live_radar_database()
    app = QApplication.instance() or QApplication([])
    app.setFont(install_fonts())
    database = open_database(str(path), create=True)
    tmp = tempfile.TemporaryDirectory()
    try:
        settings = Settings(QSettings(str(Path(tmp.name) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(database, DataEvents(), settings)
        page = TeamPage(ctx)
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        with database.session() as session:
            team = find_team(session, LIVE_TEAM)
            rnd = repo.list_rounds(session)[0]
        page.team_combo.setCurrentIndex(page.team_combo.findData(team.id))
        page.role_combo.setCurrentIndex(page.role_combo.findData("recorder"))
        page.round_combo.setCurrentIndex(page.round_combo.findData(rnd.id))
        page.tabs.setCurrentIndex(KINDS.index("radar"))
        page.view.build_now()
        app.processEvents()
        members = page.data.analysis.members
        codes = list(page.data.analysis.framework.codes)
        indicators = [ind for ind in page.data.analysis.framework.indicators if not ind.retired]
        if len(members) != LIVE_PEOPLE or len(codes) != 12:
            raise RuntimeError(f"live radar: {len(members)} people, {len(codes)} competencies")
        chart = page.view.chart
        ours, theirs = [], []
        for k in range(1 + LIVE_SAMPLES):
            person = members[k % LIVE_PEOPLE]
            indicator = indicators[(k * 5) % len(indicators)]
            level = 1 + (k * 3) % 5
            repo.set_rating(database, person.id, rnd.id, "recorder", indicator.code, level)
            before = page.view.updates
            start = time.perf_counter()
            ctx.events.rating_changed.emit(person.id, rnd.id, "recorder")
            while page.view.updates == before:
                app.processEvents()
            elapsed = time.perf_counter() - start
            # the line moved in place and shows what the database now holds
            with database.session() as session:
                mine = profiles_from_levels(
                    (person.id, r.competency, r.level)
                    for r in repo.person_ratings(session, person.id, "recorder", rnd.id)
                ).get(person.id, {})
            ring = list(chart.live[person.id].get_ydata())[: len(codes)]
            if page.view.chart is not chart or any(
                not math.isclose(ring[i], mine[c]) for i, c in enumerate(codes) if c in mine
            ):
                raise RuntimeError("the live radar does not show the changed rating")
            start_b = time.perf_counter()
            page.view.canvas.draw()
            page.view.canvas.repaint()
            elapsed_b = time.perf_counter() - start_b
            if k:
                ours.append(elapsed)
                theirs.append(elapsed_b)
        page.close()
    finally:
        database.dispose()
        tmp.cleanup()
    a, b = median_ms(ours), median_ms(theirs)
    report.lines.append(
        Line(
            "4b",
            "live team radar after one rating (9 people, 12 competencies)",
            "ms",
            a,
            b,
            aim="≤ 50 ms",
            met=a <= 50,
        )
    )
    report.notes.append(
        f"Line 4b: the Team page (1280x800, offscreen) shows the radar of a team of "
        f"{LIVE_PEOPLE} rating themselves as recorder on all {n_indicators} indicators of the 12 "
        "competencies. Each sample writes one rating with repo.set_rating (not timed), then "
        "times DataEvents.rating_changed.emit until the canvas has been repainted: the page "
        "reads that one person's ratings in that round again, redoes the sums and moves their "
        "line over the cached background (blitting). Checked after each sample: the same "
        "figure, the line equal to the stored ratings. Baseline: a full canvas.draw() + "
        f"repaint of the same figure. Medians of {LIVE_SAMPLES} after a warm-up; kmdesk "
        f"{spread(ours)} ms, full redraw {spread(theirs)} ms."
    )


# --- output ----------------------------------------------------------------------------------


def figure(value: float, unit: str) -> str:
    if unit == "rows/s":
        return f"{value:,.0f} rows/s"
    if unit == "ms":
        return f"{value:.3f} ms" if value < 1 else f"{value:.2f} ms"
    return f"{value:.1f} {unit}"


def table(lines: list[Line]) -> list[list[str]]:
    rows = [["#", "what", "kmdesk", "baseline", "ratio", "aim", "met"]]
    for x in lines:
        met = "—" if x.met is None else ("yes" if x.met else "NO")
        rows.append(
            [
                x.key,
                x.what,
                figure(x.kmdesk, x.unit),
                figure(x.baseline, x.unit),
                f"{x.ratio:.2f}×",
                x.aim,
                met,
            ]
        )
    return rows


def print_table(rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        say("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            say("  ".join("-" * w for w in widths))


RATIO_NOTE = (
    "Ratio = kmdesk's cost ÷ the baseline's cost, measured in the same run: time for the "
    "timing lines (for rows/s, baseline rows/s ÷ kmdesk rows/s), bytes for the size lines. "
    "Above 1 means kmdesk is slower or bigger."
)


def write_results(report: Report, started: dt.datetime, seconds: float) -> None:
    rows = table(report.lines)
    out = [
        "# kmdesk benchmark results",
        "",
        "Written by `python -m bench.run"
        + (" --quick" if report.config.mode == "quick" else "")
        + "`; every run rewrites this file.",
        "",
        f"- date: {started.isoformat(timespec='seconds')}",
        f"- mode: {report.config.mode} (whole run {seconds:.0f} s)",
    ]
    out += [f"- {key}: {value}" for key, value in machine().items()]
    out += ["", "## Figures", ""]
    out.append("| " + " | ".join(rows[0]) + " |")
    out.append("|" + "|".join("---" for _ in rows[0]) + "|")
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    out += ["", RATIO_NOTE, "", "## How they were measured", ""]
    out += [f"- {note}" for note in report.notes]
    out += ["", "## Query plans (EXPLAIN QUERY PLAN, on the analyze file)", ""]
    for name, plan in report.plans.items():
        out += [f"{name}:", "", "```", *plan, "```", ""]
    RESULTS.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


# --- line 5: PDF reports -----------------------------------------------------------------------
REPORT_REPEATS = 5  # timed reports per line after one warm-up, each for another person/team
REPORT_ROUNDS = (("รอบที่ 1", "2024-08-08"), ("รอบที่ 2", "2025-02-14"), ("รอบที่ 3", "2025-08-08"))
REPORT_SAMPLE = 20  # reports written in one process for line 5c's baseline, then scaled


def report_database(name: str, people: int, team_size: int) -> Path:
    """Teams rating themselves in every role, every indicator and 3 rounds, like the demo."""
    path = WORK / f"{name}.db"
    fresh(path)
    csv_path = WORK / f"{name}.csv"
    framework = framework_from_dict(frameworks.default_framework_data())
    indicators = [ind.code for ind in framework.indicators if not ind.retired]
    rng = random.Random(people)
    with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for person in range(people):
            team = team_name(person // team_size)
            for r, (title, day) in enumerate(REPORT_ROUNDS):
                for role in ROLES:
                    for code in indicators:
                        level = "?" if rng.random() < 0.04 else min(5, rng.randint(1, 4) + r // 2)
                        note = rng.choice(EVIDENCE) if rng.random() < 0.5 else ""
                        writer.writerow(
                            (
                                person_name(person),
                                team,
                                AGENCIES[person % len(AGENCIES)],
                                title,
                                day,
                                role,
                                code,
                                level,
                                note,
                            )
                        )
    database = open_database(str(path), create=True)
    try:
        import_ratings(database, csv_path)
    finally:
        database.dispose()
    return path


def _charts_only_pdf(build, data, path: Path) -> None:
    """The baseline: the same report's charts, built and saved by matplotlib's PdfPages."""
    from matplotlib.backends.backend_pdf import PdfPages

    from kmdesk.report import chartset
    from kmdesk.report.figures import Svg

    figures = []
    real = chartset.figure_svg
    chartset.figure_svg = lambda fig: figures.append(fig) or Svg(b"", 1.0, 1.0)
    try:
        build(data, "th")
    finally:
        chartset.figure_svg = real
    with PdfPages(path) as pdf:
        for fig in figures:
            pdf.savefig(fig)


def _time_reports(database, cases, write, gather, build) -> tuple[list[float], list[float]]:
    out = WORK / "report.pdf"
    base = WORK / "report-charts.pdf"
    ours, theirs = [], []
    for i, (key, rnd) in enumerate(cases):
        start = time.perf_counter()
        write(database, key, rnd, out)
        middle = time.perf_counter()
        with database.session() as session:
            data = gather(session, key, rnd)
        _charts_only_pdf(build, data, base)
        end = time.perf_counter()
        if i:  # the first is the warm-up
            ours.append(middle - start)
            theirs.append(end - middle)
    return ours, theirs


def bench_reports(cfg: Config, report: Report) -> None:
    """Line 5: a personal report, a 9-person team report, and a whole round's reports."""
    _bench_reports(cfg, report)


def _bench_reports(cfg: Config, report: Report) -> None:
    from kmdesk.report import write_person_report, write_round_reports, write_team_report
    from kmdesk.report.batch import round_jobs
    from kmdesk.report.data import person_data, team_data
    from kmdesk.report.person import build_person_document
    from kmdesk.report.qtapp import ensure_app
    from kmdesk.report.team import build_team_document

    ensure_app()  # the window's QApplication if line 4 made one, else an offscreen one
    nine = open_database(str(report_database("report-team9", 9, 9)), create=True)
    people = 100 if cfg.mode == "full" else 20
    many_path = report_database(f"report-{people}", people, TEAM_SIZE)
    many = open_database(str(many_path), create=True)
    try:
        with many.session() as session:
            rnd = repo.list_rounds(session)[-1].id
            persons = [f.id for f in repo.list_facilitators(session)][: 1 + REPORT_REPEATS]
        say(f"line 5: reports, 1 warm-up + {REPORT_REPEATS} each …")
        a = _time_reports(
            many,
            [(p, rnd) for p in persons],
            write_person_report,
            person_data,
            build_person_document,
        )
        with nine.session() as session:
            team9 = repo.list_teams(session)[0].id
            rnd9 = repo.list_rounds(session)[-1].id
        b = _time_reports(
            nine,
            [(team9, rnd9)] * (1 + REPORT_REPEATS),
            write_team_report,
            team_data,
            build_team_document,
        )
        with many.session() as session:
            jobs = round_jobs(session, rnd, "th")
        folder = WORK / "report-all"
        shutil_rmtree(folder)
        start = time.perf_counter()
        written = write_round_reports(many.url, rnd, folder, "th")
        pooled = time.perf_counter() - start
        if len(written) != len(jobs):
            raise RuntimeError(f"report all wrote {len(written)} of {len(jobs)} reports")
        sample = (
            jobs[: REPORT_SAMPLE - REPORT_SAMPLE // 4]
            + [j for j in jobs if j.kind == "team"][: REPORT_SAMPLE // 4]
        )
        one = _one_process(many, rnd, sample)
        per_person = statistics.mean(t for j, t in one if j.kind == "person")
        per_team = statistics.mean(t for j, t in one if j.kind == "team")
        teams = sum(1 for j in jobs if j.kind == "team")
        sequential = per_person * (len(jobs) - teams) + per_team * teams
    finally:
        nine.dispose()
        many.dispose()
    for key, what, unit_times, aim in (
        ("5a", "personal report (3 roles, 3 rounds), write_person_report", a, 1.0),
        ("5b", "team report, 9 people, write_team_report", b, 3.0),
    ):
        ours, theirs = unit_times
        report.lines.append(
            Line(
                key,
                what,
                "ms",
                median_ms(ours),
                median_ms(theirs),
                aim=f"≤ {aim:g} s",
                met=statistics.median(ours) <= aim,
            )
        )
    report.lines.append(
        Line(
            "5c",
            f"report all: {people} people + {teams} teams, {os.cpu_count()} processes",
            "s",
            pooled,
            sequential,
        )
    )
    report.notes.append(
        "Line 5: databases made like the demo (every role, every indicator of the default "
        "framework, 3 rounds, 4 % not-sure, half with evidence), imported through kmdesk. "
        f"5a: {REPORT_REPEATS} different people of the {people}-person file, after a warm-up; "
        f"kmdesk {spread(a[0])} ms. 5b: one team of 9, {REPORT_REPEATS} times after a warm-up; "
        f"kmdesk {spread(b[0])} ms. Baseline of 5a/5b: the same report's charts built and "
        "saved by matplotlib's PdfPages alone (no text, no tables; its Thai text layer is the "
        "garbled one). 5c: write_round_reports with its default processes (spawn), timed "
        f"once ({len(jobs)} PDFs); baseline: the same reports in one process, measured on "
        f"{len(sample)} of them ({per_person:.2f} s per person, {per_team:.2f} s per team) "
        "and scaled to the whole round."
    )


def shutil_rmtree(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def _one_process(database, round_id: str, jobs) -> list[tuple]:
    from kmdesk.report.batch import _write

    folder = WORK / "report-one"
    shutil_rmtree(folder)
    folder.mkdir()
    times = []
    for job in jobs:
        start = time.perf_counter()
        _write(database, job, round_id, folder, "th")
        times.append((job, time.perf_counter() - start))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="a much smaller run (500 facilitators), to try it out"
    )
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    WORK.mkdir(exist_ok=True)
    started = dt.datetime.now().astimezone()
    clock = time.perf_counter()
    report = Report(cfg)
    bare_bytes = bench_import(cfg, report)
    path = bench_analyze(cfg, report)
    bench_bytes(report, path, bare_bytes)
    bench_first_window(report)
    bench_live_radar(report)
    bench_reports(cfg, report)
    report.lines.sort(key=lambda x: x.key)
    seconds = time.perf_counter() - clock
    say("")
    print_table(table(report.lines))
    say("")
    say(RATIO_NOTE)
    write_results(report, started, seconds)
    say(f"written to {RESULTS.relative_to(HERE.parent)} ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
