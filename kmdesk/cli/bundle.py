"""``kmdesk bundle export|import``: ratings with their history, carried between office PCs."""

from __future__ import annotations

import argparse
from pathlib import Path

from kmdesk.cli.common import UserError, open_db
from kmdesk.cli.explain import explain
from kmdesk.cli.language import translate
from kmdesk.cli.merge_words import merge_lines, role_names, same_people
from kmdesk.cli.options import cannot_write, require_ending


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Register ``bundle export`` and ``bundle import`` on the main parser's sub-commands."""
    bundle = sub.add_parser(
        "bundle",
        parents=[common],
        help=translate(
            "CliHelp",
            "send ratings with their history to another PC, or merge what others sent",
        ),
        description=translate(
            "CliHelp",
            "A bundle (.kmdesk) carries ratings with their history, the people, "
            "teams and rounds, and the framework they use. Merging matches by id and is all "
            "or nothing; the same bundle twice changes nothing.",
        ),
    )
    actions = bundle.add_subparsers(dest="bundle_action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        parents=[common],
        help=translate("CliHelp", "write a bundle of one person, a team, a round or all"),
    )
    export.add_argument(
        "--all", action="store_true", help=translate("CliHelp", "the whole database")
    )
    export.add_argument(
        "--person",
        help=translate("CliHelp", "one facilitator's ratings (with --team if needed)"),
    )
    export.add_argument("--team", help=translate("CliHelp", "a team's members and their ratings"))
    export.add_argument(
        "--round", help=translate("CliHelp", "only this round (title, date or number)")
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        help=translate("CliHelp", "the bundle to write, FILE.kmdesk"),
    )
    merge = actions.add_parser(
        "import",
        parents=[common],
        help=translate("CliHelp", "merge one or more bundles into this database"),
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merge.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CliHelp", "show what would change; write nothing"),
    )
    merge.add_argument(
        "--merge-people",
        action="store_true",
        help=translate(
            "CliHelp",
            "treat a person with the same name and team but another id as the same person",
        ),
    )
    merge.add_argument(
        "--report",
        type=Path,
        metavar="FILE.csv",
        help=translate("CliHelp", "also write every rating's outcome"),
    )


def run(args) -> int:
    """Run ``kmdesk bundle ACTION``; the world's mistakes raise UserError."""
    from kmdesk.exchange.problems import FileRejected
    from kmdesk.views import NotFoundByName

    try:
        if args.bundle_action == "export":
            return _export(args)
        return _import(args)
    except NotFoundByName as exc:
        raise UserError(explain(exc)) from None
    except FileRejected as exc:
        if args.bundle_action == "import":
            done = translate("Cli", "Nothing was merged.")
        else:
            done = translate("Cli", "Nothing was written.")
        raise UserError(f"{explain(exc)}\n{done}") from None


def _selection(database, args):
    from kmdesk.exchange.bundle import Selection
    from kmdesk.views import find_person, find_round, find_team

    if args.all:
        if args.person or args.team or args.round:
            raise UserError(
                translate("Cli", "--all sends everything; leave out --person, --team and --round")
            )
        return Selection(everything=True)
    if not (args.person or args.team or args.round):
        raise UserError(
            translate("Cli", "say what to send: --person NAME, --team T, --round R, or --all")
        )
    labels, person, team, rnd = {}, None, None, None
    with database.session() as session:
        if args.team:
            team = find_team(session, args.team)
            labels["team"] = team.name
        if args.person:
            found = find_person(session, args.person, team)
            person = found.id
            labels["person"] = found.name
        if args.round:
            rnd = find_round(session, args.round)
            labels["round"] = rnd.title
    return Selection(
        person=person,
        team=None if person else (team.id if team else None),
        round=rnd.id if rnd else None,
        labels=labels,
    )


def _export(args) -> int:
    from kmdesk.exchange.bundle import export_bundle
    from kmdesk.exchange.bundle_format import SUFFIX

    require_ending(args.output, (SUFFIX,))
    database = open_db(args)
    try:
        selection = _selection(database, args)
        try:
            done = export_bundle(database, args.output.expanduser(), selection)
        except OSError as exc:
            raise cannot_write(args.output, exc) from None
    finally:
        database.dispose()
    c = done.counts
    print(
        translate(
            "Cli", "Wrote {0}: {1} in {2}, {3}, {4} with {5} in their history ({6:,.0f} KB)"
        ).format(
            done.path,
            _counted(c["people"], translate("Cli", "{0} person"), translate("Cli", "{0} people")),
            _counted(c["teams"], translate("Cli", "{0} team"), translate("Cli", "{0} teams")),
            _counted(c["rounds"], translate("Cli", "{0} round"), translate("Cli", "{0} rounds")),
            _counted(c["ratings"], translate("Cli", "{0} rating"), translate("Cli", "{0} ratings")),
            _counted(c["events"], translate("Cli", "{0} change"), translate("Cli", "{0} changes")),
            done.size / 1024,
        )
    )
    return 0


def _counted(n: int, one: str, many: str) -> str:
    """``n`` with its noun: "1 team", "3 teams" (Thai has one form for both)."""
    return (one if n == 1 else many).format(f"{n:,}")


def _check_report_path(path: Path) -> None:
    from kmdesk.exchange.bundle_report import CSV_HEADER

    require_ending(path, (".csv",))
    if path.exists():
        try:
            with path.open(encoding="utf-8-sig") as fh:
                first = fh.readline().strip()
        except (OSError, UnicodeDecodeError):
            first = ""
        if first != ",".join(CSV_HEADER):
            raise UserError(
                translate(
                    "Cli", "{0} exists and is not a merge report; it was left untouched"
                ).format(path)
            )


def _import(args) -> int:
    from kmdesk.exchange.bundle import SamePeopleUnconfirmed, merge_bundles, preview_merge

    if args.report is not None:
        _check_report_path(args.report)
    database = open_db(args)
    try:
        if args.dry_run:
            report = preview_merge(database, args.files, args.merge_people)
        else:
            report = merge_bundles(database, args.files, args.merge_people)
        roles = role_names(database) if report.conflicts else {}
    except SamePeopleUnconfirmed as exc:
        for line in merge_lines(exc.report, role_names(database)):
            print(line)
        raise UserError(same_people(exc)) from None
    finally:
        database.dispose()
    for line in merge_lines(report, roles):
        print(line)
    if args.report is not None:
        report.write_csv(args.report)
        print(translate("Cli", "Every rating's outcome: {0}").format(args.report))
    return 0
