"""In-process line 5: personal, team and whole-round reports against matplotlib's PdfPages."""

from __future__ import annotations

import csv
import os
import random
import statistics
import time
from pathlib import Path

from bench.common import (
    AGENCIES,
    EVIDENCE,
    ROLES,
    TEAM_SIZE,
    WORK,
    Config,
    Line,
    Report,
    fresh,
    median_ms,
    person_name,
    say,
    spread,
    team_name,
)
from kmdesk.assess.framework import framework_from_dict
from kmdesk.exchange.importer import import_ratings
from kmdesk.exchange.ratings_file import HEADER
from kmdesk.store import frameworks, repo
from kmdesk.store.db import open_database

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
    people = cfg.report_people
    repeats = REPORT_REPEATS if cfg.mode == "full" else 2
    whole_round = cfg.mode == "full"  # 5c, the longest line, is left out of --quick
    many_path = report_database(f"report-{people}", people, TEAM_SIZE)
    many = open_database(str(many_path), create=True)
    try:
        with many.session() as session:
            rnd = repo.list_rounds(session)[-1].id
            persons = [f.id for f in repo.list_facilitators(session)][: 1 + repeats]
        say(f"line 5: reports, 1 warm-up + {repeats} each …")
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
            [(team9, rnd9)] * (1 + repeats),
            write_team_report,
            team_data,
            build_team_document,
        )
        if whole_round:
            pooled, sequential, jobs, teams, sample, per_person, per_team = _whole_round(
                many, rnd, write_round_reports, round_jobs
            )
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
    note = (
        "Line 5: databases made like the demo (every role, every indicator of the default "
        "framework, 3 rounds, 4 % not-sure, half with evidence), imported through kmdesk. "
        f"5a: {repeats} different people of the {people}-person file, after a warm-up; "
        f"kmdesk {spread(a[0])} ms. 5b: one team of 9, {repeats} times after a warm-up; "
        f"kmdesk {spread(b[0])} ms. Baseline of 5a/5b: the same report's charts built and "
        "saved by matplotlib's PdfPages alone (no text, no tables; its Thai text layer is the "
        "garbled one)."
    )
    if not whole_round:
        report.notes.append(note + " 5c is left out of --quick.")
        return
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
        note + " 5c: write_round_reports with its default processes (spawn), timed "
        f"once ({len(jobs)} PDFs); baseline: the same reports in one process, measured on "
        f"{len(sample)} of them ({per_person:.2f} s per person, {per_team:.2f} s per team) "
        "and scaled to the whole round."
    )


def _whole_round(many, rnd, write_round_reports, round_jobs):
    """Line 5c: the whole round's reports in worker processes, and a sample in this one."""
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
    return pooled, sequential, jobs, teams, sample, per_person, per_team


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
