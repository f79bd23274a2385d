"""The ``kmdesk report`` command: a person's, a team's or a whole round's PDF reports."""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from kmdesk.cli.common import UserError, open_db

PDF_MAGIC = b"%PDF"
CLOSE_MATCHES = 5


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Register ``report person|team|all`` on the main parser's sub-commands."""
    report = sub.add_parser(
        "report",
        parents=[common],
        help="A4 PDF reports: one person, one team, or everyone in a round",
        description="Write A4 PDF reports in Thai (or English with --lang en).",
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)

    person = kinds.add_parser(
        "person", parents=[common], help="one facilitator's self-assessment for a round"
    )
    person.add_argument("name", help="the facilitator's name, e.g. 'สุภาพร ใจงาม'")
    person.add_argument("--team", help="the person's team, when two people share the name")
    _round_and_lang(person)
    person.add_argument(
        "-o", "--output", type=Path, help="the PDF to write (default: NAME ROUND.pdf here)"
    )

    team = kinds.add_parser("team", parents=[common], help="a team's report for a round")
    team.add_argument("team", help="the team's name, e.g. ท่าไร่")
    _round_and_lang(team)
    team.add_argument(
        "--anonymous",
        action="store_true",
        help="members as letters (A, B, …), without names or agencies, for sharing wider",
    )
    team.add_argument(
        "-o", "--output", type=Path, help="the PDF to write (default: TEAM ROUND.pdf here)"
    )

    everyone = kinds.add_parser(
        "all", parents=[common], help="one PDF per person and one per team for a round"
    )
    _round_and_lang(everyone)
    everyone.add_argument(
        "-o", "--output", type=Path, help="the folder to write into (default: reports ROUND)"
    )
    everyone.add_argument(
        "--jobs", type=int, help="processes to use (default: one per CPU for 8+ reports)"
    )


def _round_and_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--round", required=True, help="round title, date, or number in date order")
    parser.add_argument("--lang", choices=("th", "en"), default="th")


def run(args) -> int:
    """Run ``kmdesk report``; user mistakes raise UserError."""
    from kmdesk.analysis import NotFoundByName
    from kmdesk.report import NothingToReport

    database = open_db(args)
    try:
        if args.report_kind == "person":
            return _person(database, args)
        if args.report_kind == "team":
            return _team(database, args)
        return _everyone(database, args)
    except (NotFoundByName, NothingToReport) as exc:
        raise UserError(str(exc)) from None
    finally:
        database.dispose()


def _round(session, spec: str):
    from kmdesk.analysis import find_round

    return find_round(session, spec)


def find_person(session, name: str, team_name: str | None = None):
    """The one facilitator called ``name`` (in ``team_name`` if given).

    A first name alone will do when only one person has it. Otherwise a UserError lists
    the close matches, or everyone of that name with their teams.
    """
    from kmdesk.analysis import find_team
    from kmdesk.assess.people import name_key
    from kmdesk.store import repo

    teams = {t.id: t.name for t in repo.list_teams(session)}
    people = repo.list_facilitators(session)
    if team_name:
        team = find_team(session, team_name)
        people = [p for p in people if p.team_id == team.id]
    key = name_key(name)
    exact = [p for p in people if name_key(p.name) == key]
    if not exact:
        # one whole word of a name (a first name) is enough when it is nobody else's
        exact = [p for p in people if key and key in name_key(p.name).split()]
    if len(exact) == 1:
        return exact[0]

    def shown(person) -> str:
        return f"{person.name} ({teams.get(person.team_id, 'no team')})"

    if exact:
        listed = ", ".join(shown(p) for p in exact)
        raise UserError(
            f"{len(exact)} facilitators match {name!r}: {listed}; "
            "give the full name, or say which team with --team TEAM"
        )
    keys = {name_key(p.name): p for p in people}
    close = [p for k, p in keys.items() if key and key in k]
    close += [
        keys[k]
        for k in difflib.get_close_matches(key, list(keys), n=CLOSE_MATCHES, cutoff=0.5)
        if keys[k] not in close
    ]
    where = f" in team {team_name!r}" if team_name else ""
    if close:
        listed = ", ".join(shown(p) for p in close[:CLOSE_MATCHES])
        raise UserError(f"no facilitator named {name!r}{where}; close matches: {listed}")
    everyone = ", ".join(shown(p) for p in people[:20]) or "(none)"
    more = f" and {len(people) - 20} more" if len(people) > 20 else ""
    raise UserError(f"no facilitator named {name!r}{where}; facilitators: {everyone}{more}")


def _person(database, args) -> int:
    from kmdesk.paths import safe_file_name
    from kmdesk.report import write_person_report

    with database.session() as session:
        rnd = _round(session, args.round)
        person = find_person(session, args.name, args.team)
    path = _output_file(args.output, safe_file_name(f"{person.name} {rnd.title}") + ".pdf")
    _write(write_person_report, path, database, person.id, rnd.id, path, args.lang)
    print(f"Wrote {path}")
    return 0


def _team(database, args) -> int:
    from kmdesk.analysis import find_team
    from kmdesk.paths import safe_file_name
    from kmdesk.report import write_team_report

    with database.session() as session:
        rnd = _round(session, args.round)
        team = find_team(session, args.team)
    suffix = " anonymous" if args.anonymous else ""
    default = safe_file_name(f"{team.name} {rnd.title}{suffix}") + ".pdf"
    path = _output_file(args.output, default)
    _write(write_team_report, path, database, team.id, rnd.id, path, args.lang, args.anonymous)
    print(f"Wrote {path}")
    return 0


def _everyone(database, args) -> int:
    from kmdesk.paths import safe_file_name
    from kmdesk.report import write_round_reports
    from kmdesk.report.batch import round_jobs

    with database.session() as session:
        rnd = _round(session, args.round)
        jobs = round_jobs(session, rnd.id, args.lang)
    folder = args.output or Path(safe_file_name(f"reports {rnd.title}"))
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} is a file, not a folder")
    if not jobs:
        raise UserError(f"nobody has ratings in {rnd.title}; no reports written")
    for job in jobs:
        _check_overwrite(folder / job.file_name)
    if args.jobs is not None and args.jobs < 1:
        raise UserError("--jobs must be 1 or more")
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> bool:
        if show:
            print(f"\r{done}/{total} reports", end="", file=sys.stderr, flush=True)
        return True

    try:
        written = write_round_reports(
            database.url, rnd.id, folder, args.lang, progress, workers=args.jobs
        )
    except OSError as exc:
        raise UserError(f"{folder}: cannot be written ({exc.strerror or exc})") from None
    if show:
        print(file=sys.stderr)
    people = sum(1 for j in jobs if j.kind == "person")
    print(f"Wrote {len(written)} reports ({people} people, {len(jobs) - people} teams) to {folder}")
    return 0


def _output_file(given: Path | None, default_name: str) -> Path:

    path = given or Path(default_name)
    if path.is_dir():
        path = path / default_name
    if not path.parent.is_dir():
        raise UserError(f"{path.parent}: no such folder")
    _check_overwrite(path)
    return path


def _check_overwrite(path: Path) -> None:
    """An existing file is replaced only if it is a PDF (a report written before)."""

    if not path.exists():
        return
    if path.is_dir():
        raise UserError(f"{path} is a folder")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(PDF_MAGIC))
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from None
    if head != PDF_MAGIC:
        raise UserError(f"{path} exists and is not a PDF; it was not overwritten")


def _write(function, path: Path, *args) -> None:

    try:
        function(*args)
    except OSError as exc:
        raise UserError(f"{path}: cannot be written ({exc.strerror or exc})") from None
