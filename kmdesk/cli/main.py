"""The ``kmdesk`` command: no sub-command opens the window; sub-commands work headless."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from kmdesk import __version__
from kmdesk.cli import bundle as cli_bundle
from kmdesk.cli import db as cli_db
from kmdesk.cli import plan as cli_plan
from kmdesk.cli import report as cli_report
from kmdesk.cli import sheets as cli_sheets
from kmdesk.cli.analyze import cmd_analyze, cmd_framework
from kmdesk.cli.chart import cmd_chart
from kmdesk.cli.common import EXIT_BUG, EXIT_USER_ERROR, UserError, open_db
from kmdesk.logs import refused, start_logging
from kmdesk.store.errors import StoreError


def _parser() -> argparse.ArgumentParser:
    db_help = (
        "database: a SQLite file path or a SQLAlchemy URL "
        "(default: $KMDESK_DATABASE_URL, else kmdesk.db in your data folder)"
    )
    # SUPPRESS keeps a sub-command from resetting a --db given before the sub-command.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    parser = argparse.ArgumentParser(
        prog="kmdesk",
        description="Self-assessment of KM facilitators (คุณอำนวย). "
        "With no command, opens the window.",
    )
    parser.add_argument("--db", help=db_help)
    parser.add_argument("--version", action="version", version=f"kmdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="create a demo database and open it")
    demo.add_argument("--no-gui", action="store_true", help="only create the demo database")

    imp = sub.add_parser(
        "import", parents=[common], help="import ratings from a .csv or .xlsx file"
    )
    imp.add_argument("file", type=Path, nargs="?")
    cli_sheets.add_import_options(imp)

    exp = sub.add_parser(
        "export", parents=[common], help="export all ratings to a .csv or .xlsx file"
    )
    exp.add_argument("file", type=Path, nargs="?")
    cli_sheets.add_export_options(exp)

    ana = sub.add_parser(
        "analyze",
        parents=[common],
        help="river, stairs and learning pairs for a team, round and role",
    )
    ana.add_argument("--team", required=True, help="team name, e.g. ท่าไร่")
    ana.add_argument("--round", required=True, help="round title, date, or number in date order")
    ana.add_argument(
        "--role", required=True, help="coordinator, process_lead or recorder (or Thai)"
    )
    ana.add_argument("--json", action="store_true", help="print JSON (the shape in the README)")
    ana.add_argument("--lang", choices=("th", "en"), default="th")

    cht = sub.add_parser(
        "chart",
        parents=[common],
        help="draw a chart to a .png or .svg file, for slides and LINE messages",
        description="Team charts (river, matrix, pairs; radar with --team) need --team; "
        "person charts (progress, domains, stairs; radar with --person) need --person.",
    )
    cht.add_argument(
        "kind", choices=("radar", "progress", "domains", "river", "stairs", "matrix", "pairs")
    )
    cht.add_argument("--team", help="team name, e.g. ท่าไร่ (with --person: where to look)")
    cht.add_argument("--person", help="facilitator's name (or one word of it)")
    cht.add_argument(
        "--round",
        help="round title, date or number (default: the latest); person charts "
        "show the rounds up to it",
    )
    cht.add_argument("--compare-round", help="river: another round drawn under this one")
    cht.add_argument(
        "--role", required=True, help="coordinator, process_lead or recorder (or Thai)"
    )
    cht.add_argument("--lang", choices=("th", "en"), default="th")
    cht.add_argument(
        "--anonymous", action="store_true", help="letters A, B, C… instead of people's names"
    )
    cht.add_argument(
        "-o", "--output", required=True, type=Path, help="FILE.png (200 dpi) or FILE.svg"
    )

    frm = sub.add_parser("framework", parents=[common], help="print the competency framework")
    frm.add_argument("--lang", choices=("th", "en"), default="th")
    cli_report.add_parser(sub, common)
    cli_db.add_parser(sub, common)
    cli_bundle.add_parser(sub, common)
    cli_plan.add_parser(sub, common)
    return parser


def cmd_demo(args) -> int:
    from kmdesk.exchange.demo import DemoRefused, load_demo
    from kmdesk.paths import data_dir

    if not args.db and not os.environ.get("KMDESK_DATABASE_URL"):
        # The demo never goes into the user's own database by default.
        args.db = str(data_dir() / "demo.db")
    database = open_db(args, create=True)
    try:
        result = load_demo(database)
    except DemoRefused as exc:
        raise UserError(str(exc)) from None
    if result is None:
        print(f"The demo is already in {database.location}")
    else:
        print(
            f"Demo written to {database.location}: {result.added} ratings, "
            f"{len(result.new_facilitators)} facilitators in {len(result.new_teams)} teams, "
            f"{len(result.new_rounds)} rounds"
        )
    database.dispose()
    if args.no_gui:
        return 0
    return _gui(args.db)


def cmd_import(args) -> int:
    if args.roster is not None or args.file is None:
        return cli_sheets.import_roster(args)
    from kmdesk.exchange.importer import import_ratings
    from kmdesk.exchange.problems import FileRejected

    database = open_db(args)
    try:
        result = import_ratings(database, args.file)
    except FileRejected as exc:
        raise UserError(f"{exc}\nNothing was imported.") from None
    print(
        f"{result.file}: {result.rows} rows; {result.added} ratings added, "
        f"{result.changed} changed, {result.unchanged} unchanged"
    )
    for label, names in (
        ("new teams", result.new_teams),
        ("new facilitators", result.new_facilitators),
        ("new rounds", result.new_rounds),
    ):
        if names:
            print(f"{label}: {', '.join(names)}")
    return 0


def cmd_export(args) -> int:
    if args.matrix is not None or args.file is None or args.team or args.round:
        return cli_sheets.export_matrix(args)
    from kmdesk.exchange.exporter import export_ratings
    from kmdesk.exchange.problems import FileRejected

    database = open_db(args)
    try:
        count = export_ratings(database, args.file)
    except FileRejected as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"{args.file}: cannot be written ({exc.strerror})") from None
    print(f"{count} ratings written to {args.file}")
    return 0


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _gui(db: str | None) -> int:
    if not _has_display():
        raise UserError(
            "no display to open the window on. The headless commands work without one: "
            "kmdesk demo --no-gui, import, export, analyze, chart, report, framework "
            "(kmdesk --help)"
        )
    from kmdesk.ui.shell.app import run

    return run(db)


COMMANDS = {
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "analyze": cmd_analyze,
    "chart": cmd_chart,
    "framework": cmd_framework,
    "report": cli_report.run,
    "db": cli_db.run,
    "bundle": cli_bundle.run,
    "plan": cli_plan.run,
}


def _silence_stdout() -> None:
    # Python would complain again when it flushes stdout at exit; point it at nothing.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Thai must print on a Windows console or a pipe with a narrow default encoding.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = _parser().parse_args(argv)
    log = start_logging()
    try:
        if args.command is None:
            return _gui(args.db)
        return COMMANDS[args.command](args)
    except (UserError, StoreError) as exc:
        refused(args.command or "gui", exc)
        print(f"kmdesk: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("kmdesk: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `kmdesk analyze … | head`: the reader has all it wanted; say nothing more.
        _silence_stdout()
        return 0
    except Exception:
        # We are wrong: keep the traceback for us in the log, tell the user where it is.
        logging.getLogger("kmdesk").exception("unexpected error in %s", args.command or "gui")
        print(
            f"kmdesk: an unexpected error stopped the command; the details are in {log}",
            file=sys.stderr,
        )
        return EXIT_BUG
