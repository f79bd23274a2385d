"""The ``kmdesk report`` command: a person's, a team's or a whole round's PDF reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kmdesk.cli.common import UserError, open_db
from kmdesk.cli.explain import explain
from kmdesk.cli.language import translate
from kmdesk.cli.options import cannot_write, require_ending, round_help

PDF_MAGIC = b"%PDF"


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Register ``report person|team|all`` on the main parser's sub-commands."""
    report = sub.add_parser(
        "report",
        parents=[common],
        help=translate("CliHelp", "A4 PDF reports: one person, one team, or everyone in a round"),
        description=translate(
            "CliHelp", "Write A4 PDF reports in Thai (or English with --lang en)."
        ),
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)

    person = kinds.add_parser(
        "person",
        parents=[common],
        help=translate("CliHelp", "one facilitator's self-assessment for a round"),
    )
    person.add_argument(
        "name", help=translate("CliHelp", "the facilitator's name, e.g. 'สุภาพร ใจงาม'")
    )
    person.add_argument(
        "--team",
        help=translate("CliHelp", "the person's team, when two people share the name"),
    )
    _round_and_role(person)
    _appendix(person)
    person.add_argument(
        "-o",
        "--output",
        type=Path,
        help=translate("CliHelp", "the PDF to write (default: NAME ROUND.pdf here)"),
    )

    team = kinds.add_parser(
        "team", parents=[common], help=translate("CliHelp", "a team's report for a round")
    )
    team.add_argument("team", help=translate("CliHelp", "the team's name, e.g. ท่าไร่"))
    _round_and_role(team)
    team.add_argument(
        "--compare-round",
        metavar="R2",
        help=translate(
            "CliHelp", "the round the river is compared with (default: the round before --round)"
        ),
    )
    team.add_argument(
        "--leave-out-incomplete",
        action="store_true",
        help=translate(
            "CliHelp",
            "leave members who have not answered every indicator out of the sums "
            "(they are marked '5/18' either way)",
        ),
    )
    team.add_argument(
        "--anonymous",
        action="store_true",
        help=translate(
            "CliHelp",
            "members as letters (A, B, …), without names or agencies, for sharing wider",
        ),
    )
    team.add_argument(
        "-o",
        "--output",
        type=Path,
        help=translate("CliHelp", "the PDF to write (default: TEAM ROUND.pdf here)"),
    )

    everyone = kinds.add_parser(
        "all",
        parents=[common],
        help=translate("CliHelp", "one PDF per person and one per team for a round"),
    )
    _round_and_role(everyone)
    _appendix(everyone)
    everyone.add_argument(
        "-o",
        "--output",
        type=Path,
        help=translate("CliHelp", "the folder to write into (default: reports ROUND)"),
    )
    everyone.add_argument(
        "--jobs",
        type=int,
        help=translate("CliHelp", "processes to use (default: one per CPU for 8+ reports)"),
    )


def _round_and_role(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--round", required=True, help=round_help())
    parser.add_argument(
        "--role",
        help=translate(
            "CliHelp",
            "one role only: coordinator, process_lead, recorder or the Thai label (ผู้บันทึก)",
        ),
    )


def _appendix(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--appendix",
        action="store_true",
        help=translate("CliHelp", "add an appendix: what the framework says of each level chosen"),
    )


def _find_role(session, typed: str | None) -> str | None:
    """The role's code, or a UserError listing every role by its Thai label and code."""
    from kmdesk.views import NotFoundByName, find_role

    if typed is None:
        return None
    try:
        return find_role(session, typed)
    except NotFoundByName as exc:
        raise UserError(explain(exc)) from None


def run(args) -> int:
    """Run ``kmdesk report``; user mistakes raise UserError."""
    from kmdesk.views import NotFoundByName

    output = getattr(args, "output", None)
    if args.report_kind != "all" and output is not None and not output.is_dir():
        require_ending(output, (".pdf",))  # before any work: a wrong name costs nothing
    database = open_db(args)
    try:
        if args.report_kind == "person":
            return _person(database, args)
        if args.report_kind == "team":
            return _team(database, args)
        return _everyone(database, args)
    except NotFoundByName as exc:
        raise UserError(explain(exc)) from None
    finally:
        database.dispose()


def _nothing(name: str, round_title: str, role: str | None, team: bool) -> UserError:
    """NothingToReport, worded from what the command knows: who, which round, which role."""
    if team and role:
        text = translate("Cli", "nobody in {0} has ratings in {1} as {2}")
    elif team:
        text = translate("Cli", "nobody in {0} has ratings in {1}")
    elif role:
        text = translate("Cli", "{0} has no ratings in {1} as {2}")
    else:
        text = translate("Cli", "{0} has no ratings in {1}")
    return UserError(text.format(name, round_title, role))


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
    return _write(
        write_person_report,
        path,
        _nothing(person.name, rnd.title, role, team=False),
        database,
        person.id,
        rnd.id,
        path,
        args.lang,
        role=role,
        appendix=args.appendix,
    )


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
    return _write(
        write_team_report,
        path,
        _nothing(team.name, rnd.title, role, team=True),
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


def _everyone(database, args) -> int:
    from kmdesk import views
    from kmdesk.paths import safe_file_name
    from kmdesk.report import write_round_reports
    from kmdesk.report.batch import round_jobs

    with database.session() as session:
        rnd = views.find_round(session, args.round)
        role = _find_role(session, args.role)
        jobs = round_jobs(session, rnd.id, args.lang, role, args.appendix)
    default = f"reports {rnd.title}" + (f" {role}" if role else "")
    folder = args.output or Path(safe_file_name(default))
    if folder.exists() and not folder.is_dir():
        raise UserError(translate("Cli", "{0} is a file, not a folder").format(folder))
    if not jobs:
        raise UserError(
            translate("Cli", "nobody has ratings in {0}; no reports written").format(rnd.title)
        )
    for job in jobs:
        _check_overwrite(folder / job.file_name)
    if args.jobs is not None and args.jobs < 1:
        raise UserError(translate("Cli", "--jobs must be 1 or more"))
    show = sys.stderr.isatty()
    counting = translate("Cli", "{0}/{1} reports")

    def progress(done: int, total: int) -> bool:
        if show:
            print("\r" + counting.format(done, total), end="", file=sys.stderr, flush=True)
        return True

    try:
        written = write_round_reports(
            database.url,
            rnd.id,
            folder,
            args.lang,
            progress,
            workers=args.jobs,
            role=role,
            appendix=args.appendix,
        )
    except OSError as exc:
        raise cannot_write(folder, exc) from None
    if show:
        print(file=sys.stderr)
    people = sum(1 for j in jobs if j.kind == "person")
    print(
        translate("Cli", "Wrote {0} reports ({1} people, {2} teams) to {3}").format(
            len(written), people, len(jobs) - people, folder
        )
    )
    return 0


def _output_file(given: Path | None, default_name: str) -> Path:
    path = given or Path(default_name)
    if path.is_dir():
        path = path / default_name
    if not path.parent.is_dir():
        raise UserError(translate("Cli", "{0}: no such folder").format(path.parent))
    _check_overwrite(path)
    return path


def _check_overwrite(path: Path) -> None:
    """An existing file is replaced only if it is a PDF (a report written before)."""
    if not path.exists():
        return
    if path.is_dir():
        raise UserError(translate("Cli", "{0} is a folder").format(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(len(PDF_MAGIC))
    except OSError as exc:
        raise UserError(
            translate("Cli", "{0}: cannot be read ({1})").format(path, exc.strerror)
        ) from None
    if head != PDF_MAGIC:
        raise UserError(
            translate("Cli", "{0} exists and is not a PDF; it was not overwritten").format(path)
        )


def _write(function, path: Path, nothing: UserError, *args, **options) -> int:
    """Write one report to ``path`` and say so; ``nothing`` is raised if it would be empty."""
    from kmdesk.report import NothingToReport

    try:
        function(*args, **options)
    except NothingToReport:
        raise nothing from None
    except OSError as exc:
        raise cannot_write(path, exc) from None
    print(translate("Cli", "Wrote {0}").format(path))
    return 0
