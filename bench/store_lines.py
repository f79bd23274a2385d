"""In-process lines 1–3: import, analyze and bytes per rating, each against bare sqlite3."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import math
import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import event

from bench.common import (
    AGENCIES,
    CHUNK,
    EVIDENCE,
    GENERATOR_VERSION,
    ROLES,
    ROUNDS_ANALYZE,
    ROUNDS_IMPORT,
    TEAM_SIZE,
    WORK,
    Config,
    Line,
    Report,
    checkpointed_size,
    first_indicators,
    fresh,
    median_ms,
    person_name,
    round_date,
    say,
    spread,
    team_name,
)
from kmdesk.assess.profile import profiles_from_levels
from kmdesk.assess.river import river
from kmdesk.exchange.importer import import_ratings
from kmdesk.exchange.ratings_file import HEADER
from kmdesk.store import frameworks, repo, team_queries
from kmdesk.store import models as m
from kmdesk.store.db import open_database
from kmdesk.views import analyze_team, find_round, find_team

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


def ratings_csv(people: int) -> tuple[Path, int]:
    """The import file of ``people`` facilitators (108 rows each), written afresh."""
    path = WORK / f"ratings-{people}.csv"
    return path, write_ratings_csv(path, people)


def bench_import(cfg: Config, report: Report, csv_path: Path, rows: int) -> float:
    """Line 1; returns the bare table's bytes per row for line 3."""
    kmdesk_db, bare_db = WORK / "import-kmdesk.db", WORK / "import-baseline.db"
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
    """Just the river through kmdesk: team_queries.team_levels, assess profiles and river."""
    with database.session() as session:
        levels = team_queries.team_levels(session, team_id, round_id, role)
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


def analyze_file(cfg: Config) -> tuple[Path, int]:
    """Line 2's large file, and how many ratings it holds when it is whole."""
    people = cfg.analyze_people
    expected = people * ROUNDS_ANALYZE * len(ROLES) * 12
    return WORK / f"analyze-{people}-v{GENERATOR_VERSION}.db", expected


def bench_analyze(cfg: Config, report: Report) -> Path:
    people = cfg.analyze_people
    path, expected = analyze_file(cfg)
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
        f"open_database on it (its cheap check at open included) took {opened:.1f} s, not "
        "timed below."
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
        "find_team tries the indexed exact name first (every team, name keys compared in "
        "Python, only when that fails), find_round loads every round. "
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
            team_queries.team_levels(session, team.id, rnd.id, role)
    finally:
        event.remove(database.engine, "before_cursor_execute", catch)
    sql, params = next((s, p) for s, p in seen if "FROM rating" in s)
    report.plans["kmdesk team_queries.team_levels"] = [" ".join(sql.split())] + [
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
