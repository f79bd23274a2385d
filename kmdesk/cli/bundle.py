"""``kmdesk bundle export|import``: ratings with their history, carried between office PCs."""

from __future__ import annotations

import argparse
from pathlib import Path

from kmdesk.cli.common import UserError, open_db


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Register ``bundle export`` and ``bundle import`` on the main parser's sub-commands."""
    bundle = sub.add_parser(
        "bundle",
        parents=[common],
        help="send ratings with their history to another PC, or merge what others sent",
        description="A bundle (.kmdesk) carries ratings with their history, the people, "
        "teams and rounds, and the framework they use. Merging matches by id and is all "
        "or nothing; the same bundle twice changes nothing.",
    )
    actions = bundle.add_subparsers(dest="bundle_action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", parents=[common], help="write a bundle of one person, a team, a round or all"
    )
    export.add_argument("--all", action="store_true", help="the whole database")
    export.add_argument("--person", help="one facilitator's ratings (with --team if needed)")
    export.add_argument("--team", help="a team's members and their ratings")
    export.add_argument("--round", help="only this round (title, date or number)")
    export.add_argument(
        "-o", "--output", required=True, type=Path, help="the bundle to write, FILE.kmdesk"
    )
    merge = actions.add_parser(
        "import", parents=[common], help="merge one or more bundles into this database"
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merge.add_argument(
        "--dry-run", action="store_true", help="show what would change; write nothing"
    )
    merge.add_argument(
        "--merge-people",
        action="store_true",
        help="treat a person with the same name and team but another id as the same person",
    )
    merge.add_argument(
        "--report", type=Path, metavar="FILE.csv", help="also write every rating's outcome"
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
        raise UserError(str(exc)) from None
    except FileRejected as exc:
        done = "Nothing was merged." if args.bundle_action == "import" else "Nothing was written."
        raise UserError(f"{exc}\n{done}") from None


def _selection(database, args):
    from kmdesk.exchange.bundle import Selection
    from kmdesk.views import find_person, find_round, find_team

    if args.all:
        if args.person or args.team or args.round:
            raise UserError("--all sends everything; leave out --person, --team and --round")
        return Selection(everything=True)
    if not (args.person or args.team or args.round):
        raise UserError("say what to send: --person NAME, --team T, --round R, or --all")
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

    database = open_db(args)
    try:
        selection = _selection(database, args)
        try:
            done = export_bundle(database, args.output.expanduser(), selection)
        except OSError as exc:
            raise UserError(f"{args.output}: cannot be written ({exc.strerror})") from None
    finally:
        database.dispose()
    c = done.counts
    print(
        f"Wrote {done.path}: {c['people']} people in {c['teams']} teams, {c['rounds']} rounds, "
        f"{c['ratings']} ratings with {c['events']} changes in their history "
        f"({done.size / 1024:,.0f} KB)"
    )
    return 0


def _check_report_path(path: Path) -> None:
    from kmdesk.exchange.bundle_report import CSV_HEADER

    if path.suffix.lower() != ".csv":
        raise UserError(f"{path}: the report is a .csv file")
    if path.exists():
        try:
            with path.open(encoding="utf-8-sig") as fh:
                first = fh.readline().strip()
        except (OSError, UnicodeDecodeError):
            first = ""
        if first != ",".join(CSV_HEADER):
            raise UserError(f"{path} exists and is not a merge report; it was left untouched")


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
    except SamePeopleUnconfirmed as exc:
        for line in exc.report.lines():
            print(line)
        raise UserError(str(exc)) from None
    finally:
        database.dispose()
    for line in report.lines():
        print(line)
    if args.report is not None:
        report.write_csv(args.report)
        print(f"Every rating's outcome: {args.report}")
    return 0
