"""kmdesk on a shared PostgreSQL server: a large network read through the policies, and load.

Run from the top of the checkout, with kmdesk installed in ``.venv`` (psycopg and pgserver
come with the test extra)::

    .venv/bin/python -m bench.server            # 10,000 facilitators × 12 rounds × 3 roles
    .venv/bin/python -m bench.server --quick    # 500 facilitators, 10 s of load
    .venv/bin/python -m bench.server --url postgresql+psycopg://postgres@127.0.0.1:5432/postgres

Without ``--url`` it starts its own PostgreSQL (pgserver's binaries, listening on
127.0.0.1 only) with its data in ``bench/cache/pg-server/``, and keeps the large database
there for the next run while it holds the expected number of ratings. With ``--url`` it
uses that server, which must be reachable on loopback and given as a superuser (it makes a
database ``kmdesk_bench`` and logins named ``kmdesk_bench_*``).

1. **Large network.** 10,000 facilitators in teams of 3, 12 rounds, 3 roles, the first
   indicator of each of the 12 competencies: 4.32 M ratings (bulk-loaded with COPY by the
   superuser, then read back through kmdesk to check the types). Measured as the people
   who would ask, so row-level security is on: a team's river as its **team lead**
   (``team_queries.team_levels`` + ``assess`` river, as the Team page does), a person's progress
   as **that facilitator** (``views.person_slice`` + ``assess.progress``, as the Progress
   page does). Each against the same answer in one hand-written SQL statement run by the
   same login through psycopg, interleaved, after a warm-up, on 25 different teams and
   people; the two answers are checked to agree. Goal: ≤ 50 ms each; the ratio is kmdesk's
   median ÷ the SQL's.
2. **Load.** 20 client processes, each a facilitator's own login on loopback TCP, each
   saving one of their ratings every 100 ms for 30 s through ``repo.set_rating`` with the
   version it last saw (the app's path). Reported: the 95th-percentile save time, errors
   (must be 0), and lost saves counted afterwards from the server (must be 0): every save
   a client was told succeeded must be in the history, and each rating must hold the
   client's last value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import math
import multiprocessing
import os
import platform
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from bench.common import (
    AGENCIES,
    ROLES,
    ROUNDS_ANALYZE,
    TEAM_SIZE,
    WORK,
    first_indicators,
    person_name,
    round_date,
    say,
    team_name,
)

DATABASE = "kmdesk_bench"
LOGIN = "kmdesk_bench"
PASSWORD = "bench-only-not-secret"
SAMPLES = 25


@dataclass(frozen=True)
class Sizes:
    people: int
    clients: int
    seconds: float
    every_s: float


FULL = Sizes(10_000, 20, 30.0, 0.1)
QUICK = Sizes(500, 20, 10.0, 0.1)


# --- the server --------------------------------------------------------------------------


def own_server(port: int) -> tuple[str, callable]:
    """pgserver's PostgreSQL, restarted to listen on 127.0.0.1:port; returns URL and stop."""
    import pgserver
    from pgserver._commands import pg_ctl

    folder = WORK / "pg-server"
    folder.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(folder, cleanup_mode=None)  # makes the cluster if new
    user = server.system_user
    pg_ctl(["-w", "stop"], pgdata=folder, user=user)
    log = folder / "log"
    args = [
        "-w",
        "-o",
        f"-h 127.0.0.1 -p {port} -k {folder} -c max_connections=200",
        "-l",
        str(log),
        "start",
    ]
    pg_ctl(args, pgdata=folder, user=user, timeout=60)

    def stop():
        pg_ctl(["-w", "stop"], pgdata=folder, user=user)

    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop


def raw(url: str, database: str | None = None, **kwargs):
    import psycopg

    u = make_url(url).set(drivername="postgresql")
    if database:
        u = u.set(database=database)
    return psycopg.connect(u.render_as_string(hide_password=False), **kwargs)


def as_login(url: str, login: str) -> str:
    u = make_url(url).set(database=DATABASE, username=login, password=PASSWORD)
    return u.render_as_string(hide_password=False)


# --- the large network -------------------------------------------------------------------


def build(url: str, people: int) -> None:
    """The network: schema and framework through kmdesk, the bulk rows with COPY."""
    from kmdesk.store.db import open_database

    with raw(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DATABASE}")
    admin_url = make_url(url).set(database=DATABASE).render_as_string(hide_password=False)
    open_database(admin_url).dispose()
    rng = random.Random(4_320_000)
    teams = math.ceil(people / TEAM_SIZE)
    with raw(url, DATABASE) as conn:
        version_id = conn.execute("SELECT max(id) FROM framework_version").fetchone()[0]
        by_code = dict(
            conn.execute("SELECT code, id FROM indicator WHERE version_id = %s", (version_id,))
        )
        indicators = [by_code[c] for c in first_indicators()]
        copy_rows(
            conn,
            "COPY team (id, uid, name) FROM STDIN",
            ((t + 1, uid(rng), team_name(t)) for t in range(teams)),
        )
        copy_rows(
            conn,
            "COPY facilitator (id, uid, name, agency, team_id, active) FROM STDIN",
            (
                (p + 1, uid(rng), person_name(p), AGENCIES[p % 7], p // TEAM_SIZE + 1, "t")
                for p in range(people)
            ),
        )
        copy_rows(
            conn,
            "COPY round (id, uid, title, held_on, framework_version_id) FROM STDIN",
            (
                (k + 1, uid(rng), f"รอบที่ {k + 1}", round_date(k).isoformat(), version_id)
                for k in range(ROUNDS_ANALYZE)
            ),
        )
        for table in ("team", "facilitator", "round"):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )

        def ratings():
            for person in range(1, people + 1):
                for k in range(ROUNDS_ANALYZE):
                    stamp = f"{round_date(k).isoformat()} 10:{person % 60:02d}:00+07"
                    for role in ROLES:
                        for indicator in indicators:
                            r = rng.random()
                            level = "\\N" if r < 0.03 else 1 + int((r - 0.03) / 0.194)
                            yield (person, k + 1, role, indicator, uid(rng), level, "", stamp)

        say(f"  COPY {people * ROUNDS_ANALYZE * len(ROLES) * len(indicators):,} ratings …")
        copy_rows(
            conn,
            "COPY rating (facilitator_id, round_id, role, indicator_id, uid, level, evidence, "
            "rated_at) FROM STDIN",
            ratings(),
        )
        conn.commit()
    with raw(url, DATABASE, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def uid(rng: random.Random) -> str:
    value = rng.getrandbits(128)
    value = (value & ~(0xF << 76) & ~(0x3 << 62)) | (4 << 76) | (0x2 << 62)
    return f"{value:032x}"


def copy_rows(conn, sql: str, rows) -> None:
    with conn.cursor().copy(sql) as copy:
        buffer = io.StringIO()
        for n, row in enumerate(rows, 1):
            buffer.write("\t".join(str(v) for v in row) + "\n")
            if n % 50_000 == 0:
                copy.write(buffer.getvalue())
                buffer = io.StringIO()
        copy.write(buffer.getvalue())


def rating_count(url: str) -> int:
    try:
        with raw(url, DATABASE) as conn:
            return conn.execute("SELECT count(*) FROM rating").fetchone()[0]
    except Exception:
        return -1


def add_login(url: str, login: str, kind: str, person: str | None, team: str | None) -> None:
    from kmdesk.store.db import open_database
    from kmdesk.store.server_users import add_user

    admin = open_database(
        make_url(url).set(database=DATABASE).render_as_string(hide_password=False)
    )
    try:
        add_user(admin, login, kind, person=person, team=team, password=PASSWORD)
    finally:
        admin.dispose()


# --- 1: river and progress through the policies -----------------------------------------

RIVER_SQL = """
SELECT competency, min(score), avg(score), max(score) FROM (
    SELECT r.facilitator_id, i.competency_code AS competency, avg(r.level) AS score
    FROM rating r
    JOIN facilitator f ON f.id = r.facilitator_id
    JOIN indicator i ON i.id = r.indicator_id
    WHERE f.team_id = (SELECT id FROM team WHERE uid = %s)
      AND r.round_id = (SELECT id FROM round WHERE uid = %s)
      AND r.role = %s AND r.level IS NOT NULL
    GROUP BY r.facilitator_id, i.competency_code
) per_person GROUP BY competency
"""
PROGRESS_SQL = """
SELECT ro.uid, i.competency_code, avg(r.level)
FROM rating r
JOIN round ro ON ro.id = r.round_id
JOIN indicator i ON i.id = r.indicator_id
WHERE r.facilitator_id = (SELECT id FROM facilitator WHERE uid = %s)
  AND r.role = %s AND r.level IS NOT NULL
GROUP BY ro.uid, i.competency_code
"""


def interleaved(cases, ours, theirs) -> tuple[list[float], list[float]]:
    """Time ours and theirs on each case, alternating which goes first; 3 warm-ups."""
    for case in cases[:3]:
        ours(case), theirs(case)
    a, b = [], []
    for n, case in enumerate(cases):
        order = ((ours, a), (theirs, b)) if n % 2 == 0 else ((theirs, b), (ours, a))
        for call, times in order:
            start = time.perf_counter()
            call(case)
            times.append(time.perf_counter() - start)
    return a, b


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def bench_reads(url: str, people: int) -> list[tuple]:
    from bench.store_lines import kmdesk_river, same_river
    from kmdesk.assess.profile import profile, progress
    from kmdesk.store import repo
    from kmdesk.store.db import open_database
    from kmdesk.store.postgres import who
    from kmdesk.views.person import person_slice

    codes = tuple(code.split(".")[0] for code in first_indicators())  # K1 … S9
    rng = random.Random(7)
    teams = math.ceil(people / TEAM_SIZE)
    picked = sorted(rng.sample(range(teams), SAMPLES))
    leads, people_logins = [], []
    for t in picked:
        name = team_name(t)
        lead = f"{LOGIN}_lead_{t + 1}"
        add_login(url, lead, "lead", None, name)
        person = f"{LOGIN}_fac_{t * TEAM_SIZE + 1}"
        add_login(url, person, "facilitator", person_name(t * TEAM_SIZE), name)
        leads.append(lead)
        people_logins.append(person)
    rnd_title = f"รอบที่ {ROUNDS_ANALYZE}"
    role = ROLES[0]

    opened = []
    river_cases = []
    for lead in leads:
        database = open_database(as_login(url, lead))
        conn = raw(as_login(url, lead), DATABASE, autocommit=True)
        with database.session() as session:
            (team,) = repo.list_teams(session)
            rnd = next(r for r in repo.list_rounds(session) if r.title == rnd_title)
        opened.append((database, conn))
        river_cases.append((database, conn, team.id, rnd.id))

    def river_ours(case):
        database, _, team, rnd = case
        return kmdesk_river(database, team, rnd, role, codes)

    def river_sql(case):
        _, conn, team, rnd = case
        return conn.execute(RIVER_SQL, (team, rnd, role)).fetchall()

    for case in river_cases:
        if not same_river(river_ours(case), river_sql(case)):
            raise RuntimeError("kmdesk's river and the SQL differ")
    river_a, river_b = interleaved(river_cases, river_ours, river_sql)
    for database, conn in opened:
        database.dispose()
        conn.close()
    opened.clear()

    progress_cases = []
    for login in people_logins:
        database = open_database(as_login(url, login))
        conn = raw(as_login(url, login), DATABASE, autocommit=True)
        with database.session() as session:
            mine = who(session).person
            me = next(p for p in repo.list_facilitators(session) if p.id == mine)
        opened.append((database, conn))
        progress_cases.append((database, conn, me))

    def progress_ours(case):
        database, _, me = case
        with database.session() as session:
            data = person_slice(session, me, role)
        profiles = {rid: profile(rs) for rid, rs in data.ratings.items()}
        return progress(data.rounds, profiles)

    def progress_sql(case):
        _, conn, me = case
        return conn.execute(PROGRESS_SQL, (me.id, role)).fetchall()

    for case in progress_cases:
        ours = {(p.round.id, c): s for p in progress_ours(case) for c, s in p.profile.items()}
        theirs = {(str(r), c): float(s) for r, c, s in progress_sql(case)}
        same = ours.keys() == theirs.keys() and all(
            math.isclose(ours[k], theirs[k], abs_tol=1e-9) for k in ours
        )
        if not same:
            raise RuntimeError("kmdesk's progress and the SQL differ")
    prog_a, prog_b = interleaved(progress_cases, progress_ours, progress_sql)
    for database, conn in opened:
        database.dispose()
        conn.close()
    return [
        ("a team's river, as its lead", river_a, river_b),
        ("a person's progress, as that facilitator", prog_a, prog_b),
    ]


# --- 2: load ---------------------------------------------------------------------------


def client(url: str, login: str, start_at: float, sizes: Sizes, out) -> None:
    """One facilitator saving their own ratings every ``every_s`` until the time is up."""
    import logging

    logging.disable(logging.CRITICAL)
    from kmdesk.store import repo
    from kmdesk.store.db import open_database
    from kmdesk.store.postgres import who
    from kmdesk.store.server_conflicts import NO_RATING, rating_versions

    database = open_database(url)
    with database.session() as session:
        mine = who(session).person
        me = next(p for p in repo.list_facilitators(session) if p.id == mine)
        rnd = repo.list_rounds(session)[-1]
        versions = {role: rating_versions(session, me.id, rnd.id, role) for role in ROLES}
    keys = [(role, code) for role in ROLES for code in first_indicators()]
    rng = random.Random(login)
    times, errors, last = [], [], {}
    while time.time() < start_at:
        time.sleep(0.005)
    n = 0
    end = start_at + sizes.seconds
    while True:
        due = start_at + n * sizes.every_s
        if due >= end:
            break
        wait = due - time.time()
        if wait > 0:
            time.sleep(wait)
        role, code = keys[n % len(keys)]
        level = rng.randint(1, 5)
        begun = time.perf_counter()
        try:
            version = repo.set_rating(
                database, me.id, rnd.id, role, code, level, f"บันทึก {n}",
                expected_version=versions[role].get(code, NO_RATING),
            )  # fmt: skip
            versions[role][code] = version
            last[(role, code)] = level
            times.append(time.perf_counter() - begun)
        except Exception as exc:  # counted and reported: the goal is zero
            errors.append(f"{type(exc).__name__}: {exc}")
        n += 1
    database.dispose()
    out.put((login, me.id, rnd.id, times, errors, last))


def bench_load(url: str, sizes: Sizes) -> dict:
    logins = []
    for p in range(sizes.clients):
        login = f"{LOGIN}_load_{p + 1}"
        add_login(url, login, "facilitator", person_name(p), team_name(p // TEAM_SIZE))
        logins.append(login)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    started = dt.datetime.now(dt.UTC)
    start_at = time.time() + 8.0  # time for every client to import kmdesk and connect
    workers = [
        context.Process(target=client, args=(as_login(url, login), login, start_at, sizes, out))
        for login in logins
    ]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=sizes.seconds + 120) for _ in workers]
    for worker in workers:
        worker.join()
    saves = [t for r in results for t in r[3]]
    errors = [e for r in results for e in r[4]]
    lost = 0
    with raw(url, DATABASE) as conn:
        for _login, person, rnd, times, _errors, last in results:
            events = conn.execute(
                "SELECT count(*) FROM rating_event e JOIN facilitator f "
                "ON f.id = e.facilitator_id WHERE f.uid = %s AND e.rated_at >= %s",
                (person, started),
            ).fetchone()[0]
            lost += max(0, len(times) - events)
            now = dict(
                ((role, code), level)
                for role, code, level in conn.execute(
                    "SELECT r.role, i.code, r.level FROM rating r JOIN facilitator f "
                    "ON f.id = r.facilitator_id JOIN round ro ON ro.id = r.round_id "
                    "JOIN indicator i ON i.id = r.indicator_id WHERE f.uid = %s AND ro.uid = %s",
                    (person, rnd),
                )
            )
            lost += sum(1 for key, level in last.items() if now.get(key) != level)
    return {
        "saves": len(saves),
        "expected": sizes.clients * round(sizes.seconds / sizes.every_s),
        "p50_ms": statistics.median(saves) * 1000 if saves else float("nan"),
        "p95_ms": p95(saves) * 1000 if saves else float("nan"),
        "max_ms": max(saves) * 1000 if saves else float("nan"),
        "errors": errors,
        "lost": lost,
    }


# --- the run ---------------------------------------------------------------------------


RESULTS = Path(__file__).with_name("server_results.md")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.server", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="500 facilitators, 10 s of load")
    parser.add_argument("--url", help="a superuser URL of a server on loopback (default: own)")
    parser.add_argument("--port", type=int, default=55432, help="own server's port")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    stop = None
    url = args.url
    if url is None:
        url, stop = own_server(args.port)
    try:
        expected = sizes.people * ROUNDS_ANALYZE * len(ROLES) * len(first_indicators())
        if rating_count(url) != expected:
            say(f"Building the network: {sizes.people:,} facilitators …")
            started = time.perf_counter()
            build(url, sizes.people)
            say(f"  built in {time.perf_counter() - started:.0f} s")
        with raw(url, autocommit=True) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
        reads = bench_reads(url, sizes.people)
        load = bench_load(url, sizes)
    finally:
        if stop is not None:
            stop()
    lines: list[str] = []
    lines.append("")
    lines.append(
        f"kmdesk on PostgreSQL {version}, {expected:,} ratings ({sizes.people:,} "
        f"facilitators × {ROUNDS_ANALYZE} rounds × {len(ROLES)} roles × 12 indicators), "
        "row-level security on"
    )
    lines.append("")
    lines.append("| measure | kmdesk median (p95) | hand-written SQL median | ratio | goal |")
    lines.append("|---|---|---|---|---|")
    for name, ours, theirs in reads:
        ratio = statistics.median(ours) / statistics.median(theirs)
        goal = "≤ 50 ms: " + ("met" if statistics.median(ours) <= 0.05 else "NOT met")
        lines.append(
            f"| {name} | {statistics.median(ours) * 1000:.1f} ms ({p95(ours) * 1000:.1f}) | "
            f"{statistics.median(theirs) * 1000:.1f} ms | {ratio:.1f}× | {goal} |"
        )
    lines.append("")
    lines.append(
        f"Load: {sizes.clients} clients × one save every {sizes.every_s * 1000:.0f} ms × "
        f"{sizes.seconds:.0f} s on loopback: {load['saves']:,} saves of {load['expected']:,} "
        f"due; save time median {load['p50_ms']:.1f} ms, p95 {load['p95_ms']:.1f} ms, "
        f"max {load['max_ms']:.1f} ms; errors {len(load['errors'])}; lost saves {load['lost']}"
    )
    for error in sorted(set(load["errors"]))[:5]:
        lines.append(f"  error: {error}")
    for line in lines:
        say(line)
    RESULTS.write_text(
        "# kmdesk on a shared PostgreSQL server: bench results\n\n"
        "Written by `python -m bench.server` (issue 11's speed lines); every run rewrites it.\n\n"
        f"- date: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}\n"
        f"- mode: {'quick' if args.quick else 'full'}\n"
        f"- machine: {platform.platform()}, {os.cpu_count()} CPUs\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    ok = not load["errors"] and load["lost"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
