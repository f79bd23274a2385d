"""``kmdesk export --matrix`` and ``kmdesk import --roster``: the team's own spreadsheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from kmdesk.cli.common import UserError, open_db


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """``--matrix FILE.xlsx [--team T] [--round R]`` on ``kmdesk export``."""
    parser.add_argument(
        "--matrix",
        type=Path,
        metavar="FILE.xlsx",
        help="the Table of Freedom as teams draw it: a sheet per team and round, ready to print",
    )
    parser.add_argument("--team", help="with --matrix: only this team")
    parser.add_argument("--round", help="with --matrix: only this round (title, date or number)")


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """``--roster FILE`` on ``kmdesk import``."""
    parser.add_argument(
        "--roster",
        type=Path,
        metavar="FILE",
        help="a roster (.csv or .xlsx): name, team, agency, active",
    )


def export_matrix(args) -> int:
    """``kmdesk export --matrix FILE.xlsx``; the world's mistakes raise UserError."""
    from kmdesk.exchange.matrix_xlsx import export_matrix as write_matrix
    from kmdesk.exchange.problems import FileRejected
    from kmdesk.views import NotFoundByName, find_round, find_team

    if args.matrix is None and args.file is not None:
        raise UserError("--team and --round choose the sheets of --matrix FILE.xlsx")
    if args.matrix is None or args.file is not None:
        raise UserError("give one file: FILE.csv or FILE.xlsx for ratings, or --matrix FILE.xlsx")
    database = open_db(args)
    try:
        with database.session() as session:
            team = find_team(session, args.team) if args.team else None
            rnd = find_round(session, args.round) if args.round else None
        done = write_matrix(
            database, args.matrix, team.id if team else None, rnd.id if rnd else None
        )
    except (NotFoundByName, FileRejected) as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"{args.matrix}: cannot be written ({exc.strerror})") from None
    finally:
        database.dispose()
    print(
        f"Table of Freedom written to {done.path}: {len(done.sheets)} sheets "
        f"(a team and round each) and {done.ratings} ratings on the last sheet"
    )
    return 0


def import_roster(args) -> int:
    """``kmdesk import --roster FILE``; the world's mistakes raise UserError."""
    from kmdesk.exchange.problems import FileRejected
    from kmdesk.exchange.roster import import_roster as read_in

    if args.roster is None or args.file is not None:
        raise UserError("give one file: a ratings FILE, or --roster FILE")
    database = open_db(args)
    try:
        database.backup("import")
        result = read_in(database, args.roster)
    except FileRejected as exc:
        raise UserError(f"{exc}\nNothing was imported.") from None
    finally:
        database.dispose()
    print(
        f"{result.file}: {result.rows} people; {len(result.added)} added, "
        f"{len(result.updated)} updated, {result.unchanged} unchanged"
    )
    for label, names in (
        ("new teams", result.new_teams),
        ("added", result.added),
        ("updated", result.updated),
    ):
        if names:
            print(f"{label}: {', '.join(names)}")
    return 0
