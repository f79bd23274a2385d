"""``kmdesk export --matrix`` and ``kmdesk import --roster``: the team's own spreadsheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from kmdesk.cli.common import UserError, open_db
from kmdesk.cli.explain import explain
from kmdesk.cli.language import translate
from kmdesk.cli.options import cannot_write, require_ending


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """``--matrix FILE.xlsx [--team T] [--round R]`` on ``kmdesk export``."""
    parser.add_argument(
        "--matrix",
        type=Path,
        metavar="FILE.xlsx",
        help=translate(
            "CliHelp",
            "the Table of Freedom as teams draw it: a sheet per team and round, ready to print",
        ),
    )
    parser.add_argument("--team", help=translate("CliHelp", "with --matrix: only this team"))
    parser.add_argument(
        "--round",
        help=translate("CliHelp", "with --matrix: only this round (title, date or number)"),
    )


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """``--roster FILE`` on ``kmdesk import``."""
    parser.add_argument(
        "--roster",
        type=Path,
        metavar="FILE",
        help=translate("CliHelp", "a roster (.csv or .xlsx): name, team, agency, active"),
    )


def export_matrix(args) -> int:
    """``kmdesk export --matrix FILE.xlsx``; the world's mistakes raise UserError."""
    from kmdesk.exchange.matrix_xlsx import export_matrix as write_matrix
    from kmdesk.exchange.problems import FileRejected
    from kmdesk.views import NotFoundByName, find_round, find_team

    if args.matrix is None and args.file is not None:
        raise UserError(
            translate("Cli", "--team and --round choose the sheets of --matrix FILE.xlsx")
        )
    if args.matrix is None or args.file is not None:
        raise UserError(
            translate(
                "Cli", "give one file: FILE.csv or FILE.xlsx for ratings, or --matrix FILE.xlsx"
            )
        )
    require_ending(args.matrix, (".xlsx",))
    database = open_db(args)
    try:
        with database.session() as session:
            team = find_team(session, args.team) if args.team else None
            rnd = find_round(session, args.round) if args.round else None
        done = write_matrix(
            database, args.matrix, team.id if team else None, rnd.id if rnd else None
        )
    except (NotFoundByName, FileRejected) as exc:
        raise UserError(explain(exc)) from None
    except OSError as exc:
        raise cannot_write(args.matrix, exc) from None
    finally:
        database.dispose()
    print(
        translate(
            "Cli",
            "Table of Freedom written to {0}: {1} sheets (a team and round each) and {2} "
            "ratings on the last sheet",
        ).format(done.path, len(done.sheets), done.ratings)
    )
    return 0


def import_roster(args) -> int:
    """``kmdesk import --roster FILE``; the world's mistakes raise UserError."""
    from kmdesk.exchange.problems import FileRejected
    from kmdesk.exchange.roster import import_roster as read_in

    if args.roster is None or args.file is not None:
        raise UserError(translate("Cli", "give one file: a ratings FILE, or --roster FILE"))
    database = open_db(args)
    try:
        database.backup("import")
        result = read_in(database, args.roster)
    except FileRejected as exc:
        raise UserError(explain(exc) + "\n" + translate("Cli", "Nothing was imported.")) from None
    finally:
        database.dispose()
    said = translate(
        "Cli", "{0}: people in the file: {1}; added: {2}, updated: {3}, unchanged: {4}"
    )
    added, updated = len(result.added), len(result.updated)
    print(said.format(result.file, result.rows, added, updated, result.unchanged))
    for label, names in (
        (translate("Cli", "new teams: {0}"), result.new_teams),
        (translate("Cli", "added: {0}"), result.added),
        (translate("Cli", "updated: {0}"), result.updated),
    ):
        if names:
            print(label.format(", ".join(names)))
    return 0
