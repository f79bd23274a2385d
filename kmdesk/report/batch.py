"""Reports for a whole round: one PDF per person and per team, over several processes if need be."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from kmdesk.paths import safe_file_name
from kmdesk.report.words import w

Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel

# Below this many reports a second process costs more (its start, about 1.5 s) than it saves.
POOL_FROM = 8


@dataclass(frozen=True)
class Job:
    """One report to write: plain data, so it can go to another process."""

    kind: str  # "person" or "team"
    id: str
    file_name: str
    role: str | None = None  # one role only (its code), or every role
    appendix: bool = False  # a person's report: the framework's sentence per level chosen


def round_jobs(
    session, round_id: str, lang: str, role: str | None = None, appendix: bool = False
) -> list[Job]:
    """Everyone with a rating in the round (in ``role`` if given), then their teams."""
    from kmdesk.store import repo

    teams = {t.id: t for t in repo.list_teams(session)}
    jobs: list[Job] = []
    team_ids: list[str] = []
    taken: set[str] = set()
    for person in repo.list_facilitators(session):
        if not repo.person_ratings(session, person.id, role, round_id=round_id):
            continue
        team = teams.get(person.team_id)
        prefix = team.name if team else w("no_team", lang)
        name = _unique(f"{prefix} - {person.name}", taken)
        jobs.append(Job("person", person.id, name, role, appendix))
        if team and team.id not in team_ids:
            team_ids.append(team.id)
    for team_id in sorted(team_ids, key=lambda t: teams[t].name):
        name = f"{w('team_file', lang)} {teams[team_id].name}"
        jobs.append(Job("team", team_id, _unique(name, taken), role))
    return jobs


def _unique(name: str, taken: set[str]) -> str:
    base = safe_file_name(name, "report")
    candidate, n = base, 2
    while candidate.casefold() in taken:
        candidate, n = f"{base} ({n})", n + 1
    taken.add(candidate.casefold())
    return candidate + ".pdf"


def write_round_reports(
    database_url: str,
    round_id: str,
    out_dir: Path | str,
    lang: str = "th",
    progress: Progress | None = None,
    workers: int | None = None,
    role: str | None = None,
    appendix: bool = False,
) -> list[Path]:
    """Write every personal and team report of a round into ``out_dir``; returns the paths.

    ``progress(done, total)`` is called after each report; returning False stops the run
    (reports already finished stay, whole; none is left half-written). ``workers`` is the
    number of processes; by default one per CPU once there are enough reports to pay for
    starting them. Each process opens its own database from ``database_url``. ``role`` and
    ``appendix`` are as for one person's report (``role`` for the teams' too).
    """
    from kmdesk.store.db import open_database

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    database = open_database(database_url)
    try:
        with database.session() as session:
            jobs = round_jobs(session, round_id, lang, role, appendix)
    finally:
        database.dispose()
    if workers is None:
        workers = (os.cpu_count() or 1) if len(jobs) >= POOL_FROM else 1
    workers = max(1, min(workers, len(jobs) or 1))
    report = progress or (lambda done, total: True)
    if workers == 1:
        return _in_process(database_url, round_id, out, lang, jobs, report)
    return _in_pool(database_url, round_id, out, lang, jobs, report, workers)


def _in_process(url, round_id, out, lang, jobs, report) -> list[Path]:
    from kmdesk.store.db import open_database

    written: list[Path] = []
    if not report(0, len(jobs)):
        return written
    database = open_database(url)
    try:
        for job in jobs:
            written.append(_write(database, job, round_id, out, lang))
            if not report(len(written), len(jobs)):
                break
    finally:
        database.dispose()
    return written


def _in_pool(url, round_id, out, lang, jobs, report, workers) -> list[Path]:
    written: list[Path] = []
    if not report(0, len(jobs)):
        return written
    # "spawn" everywhere: forking a process that runs Qt (the app) is not safe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(url,)
    ) as pool:
        pending: set[Future] = {
            pool.submit(_worker_job, job, round_id, str(out), lang) for job in jobs
        }
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    written.append(Path(future.result()))
                if not report(len(written), len(jobs)):
                    break
        finally:
            for future in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
    return written


def _write(database, job: Job, round_id: str, out: Path, lang: str) -> Path:
    from kmdesk.report.person import write_person_report
    from kmdesk.report.team import write_team_report

    path = out / job.file_name
    if job.kind == "person":
        return write_person_report(
            database, job.id, round_id, path, lang, role=job.role, appendix=job.appendix
        )
    return write_team_report(database, job.id, round_id, path, lang, role=job.role)


_worker_database = None


def _start_worker(url: str) -> None:
    """Each worker process: its own database connection and its own offscreen Qt."""
    global _worker_database
    from kmdesk.report.qtapp import ensure_app
    from kmdesk.store.db import open_database

    ensure_app()
    _worker_database = open_database(url, seed=False)


def _worker_job(job: Job, round_id: str, out: str, lang: str) -> str:
    return str(_write(_worker_database, job, round_id, Path(out), lang))
