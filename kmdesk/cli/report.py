"""The ``kmdesk report`` command: a person's, a team's or a whole round's PDF reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kmdesk.cli.common import UserError, open_db

PDF_MAGIC = b"%PDF"


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
    _role(person)
    person.add_argument(
        "--appendix",
        action="store_true",
        help="add an appendix: what the framework says of each level chosen",
    )
    person.add_argument(
        "-o", "--output", type=Path, help="the PDF to write (default: NAME ROUND.pdf here)"
    )

    team = kinds.add_parser("team", parents=[common], help="a team's report for a round")
    team.add_argument("team", help="the team's name, e.g. ท่าไร่")
    _round_and_lang(team)
    _role(team)
    team.add_argument(
        "--compare-round",
        metavar="R2",
        help="the round the river is compared with (default: the round before --round)",
    )
    team.add_argument(
        "--leave-out-incomplete",
        action="store_true",
        help="leave members who have not answered every indicator out of the sums "
        "(they are marked '5/18' either way)",
    )
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


def _role(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--role",
        help="one role only: coordinator, process_lead, recorder or the Thai label (ผู้บันทึก)",
    )


def _find_role(session, typed: str | None) -> str | None:
    """The role's code, or a UserError listing every role by code and Thai label."""
    from kmdesk.store import frameworks
    from kmdesk.views import NotFoundByName, find_role

    if typed is None:
        return None
    try:
        return find_role(session, typed)
    except NotFoundByName:
        roles = frameworks.load_framework(session).roles
        listed = ", ".join(f"{r.code} ({r.name.th})" for r in roles)
        raise UserError(f"no role {typed!r}; roles: {listed}") from None


def run(args) -> int:
    """Run ``kmdesk report``; user mistakes raise UserError."""
    from kmdesk.report import NothingToReport
    from kmdesk.views import NotFoundByName

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


def _person(database, args) -> int:
    from kmdesk import views
    from kmdesk.paths import safe_file_name
    from kmdesk.report import write_person_report

    with database.session() as session:
        rnd = views.find_round(session, args.round)
        team = views.find_team(session, args.team) if args.team else None
        person = views.find_person(session, args.name, team)
        role = _find_role(session, args.role)
    name = f"{person.name} {rnd.title}" + (f" {role}" if role else "")
    path = _output_file(args.output, safe_file_name(name) + ".pdf")
    _write(
        write_person_report,
        path,
        database,
        person.id,
        rnd.id,
        path,
        args.lang,
        role=role,
        appendix=args.appendix,
    )
    print(f"Wrote {path}")
    return 0


def _team(database, args) -> int:
    from kmdesk import views
    from kmdesk.paths import safe_file_name
    from kmdesk.report import write_team_report

    with database.session() as session:
        rnd = views.find_round(session, args.round)
        team = views.find_team(session, args.team)
        role = _find_role(session, args.role)
        compare = views.find_round(session, args.compare_round) if args.compare_round else None
    suffix = (f" {role}" if role else "") + (" anonymous" if args.anonymous else "")
    default = safe_file_name(f"{team.name} {rnd.title}{suffix}") + ".pdf"
    path = _output_file(args.output, default)
    _write(
        write_team_report,
        path,
        database,
        team.id,
        rnd.id,
        path,
        args.lang,
        args.anonymous,
        role=role,
        compare_round_id=compare.id if compare else None,
        include_incomplete=not args.leave_out_incomplete,
    )
    print(f"Wrote {path}")
    return 0


def _everyone(database, args) -> int:
    from kmdesk import views
    from kmdesk.paths import safe_file_name
    from kmdesk.report import write_round_reports
    from kmdesk.report.batch import round_jobs

    with database.session() as session:
        rnd = views.find_round(session, args.round)
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


def _write(function, path: Path, *args, **options) -> None:

    try:
        function(*args, **options)
    except OSError as exc:
        raise UserError(f"{path}: cannot be written ({exc.strerror or exc})") from None
