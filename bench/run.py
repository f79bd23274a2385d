"""Run the kmdesk benchmark (python -m bench.run [--quick]) and write bench/results.md."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import math
import os
import platform
import random
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy
from sqlalchemy import event

from kmdesk.analysis import analyze_team, find_round, find_team
from kmdesk.assess.framework import framework_from_dict
from kmdesk.assess.profile import profiles_from_levels
from kmdesk.assess.river import river
from kmdesk.exchange.importer import import_ratings
from kmdesk.exchange.ratings_file import HEADER
from kmdesk.store import frameworks, repo
from kmdesk.store import models as m
from kmdesk.store.db import open_database

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
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
    database = open_database(str(db_path))  # schema, migrations and framework: not timed
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
    database = open_database(str(path))
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
            conn.executemany("INSERT INTO rating VALUES (?, ?, ?, ?, ?, ?, ?, ?)", chunk)
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
    database = open_database(str(path))
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
        made = "reused from bench/work/"
    else:
        say(f"line 2: generating {path.name} ({expected:,} ratings) …")
        start = time.perf_counter()
        build_analyze_database(path, people)
        made = f"generated in {time.perf_counter() - start:.0f} s"
    start = time.perf_counter()
    database = open_database(str(path))
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
