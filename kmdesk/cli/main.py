"""The ``kmdesk`` command: no sub-command opens the window; sub-commands work headless."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from kmdesk import __version__
from kmdesk.cli import argparse_words, language
from kmdesk.cli import bundle as cli_bundle
from kmdesk.cli import db as cli_db
from kmdesk.cli import plan as cli_plan
from kmdesk.cli import report as cli_report
from kmdesk.cli import sheets as cli_sheets
from kmdesk.cli.analyze import cmd_analyze, cmd_framework
from kmdesk.cli.chart import cmd_chart
from kmdesk.cli.common import EXIT_BUG, EXIT_USER_ERROR, UserError, open_db
from kmdesk.cli.explain import explain
from kmdesk.cli.language import LANGUAGES, translate
from kmdesk.cli.options import cannot_write, require_ending, role_help, round_help
from kmdesk.logs import refused, start_logging
from kmdesk.store.errors import StoreError


def _parser() -> argparse.ArgumentParser:
    db_help = translate(
        "CliHelp",
        "database: a SQLite file path or a SQLAlchemy URL "
        "(default: $KMDESK_DATABASE_URL, else kmdesk.db in your data folder)",
    )
    lang_help = translate(
        "CliHelp",
        "the language of messages and of what the command writes: th or en (default: "
        "the app's language, else the system's; reports, charts and tables are Thai)",
    )
    # SUPPRESS keeps a sub-command from resetting a --db or --lang given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=lang_help)
    parser = argparse.ArgumentParser(
        prog="kmdesk",
        description=translate(
            "CliHelp",
            "Self-assessment of KM facilitators (คุณอำนวย). With no command, opens the window.",
        ),
    )
    parser.add_argument("--db", help=db_help)
    parser.add_argument("--lang", choices=LANGUAGES, help=lang_help)
    parser.add_argument(
        "--version",
        action="version",
        version=f"kmdesk {__version__}",
        help=translate("ArgumentParser", "show program's version number and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo",
        parents=[common],
        help=translate("CliHelp", "create a demo database and open it"),
    )
    demo.add_argument(
        "--no-gui",
        action="store_true",
        help=translate("CliHelp", "only create the demo database"),
    )

    # import and export: a spreadsheet file each way, with options of their own
    for name, what, add_options in (
        (
            "import",
            translate("CliHelp", "import ratings from a .csv or .xlsx file"),
            cli_sheets.add_import_options,
        ),
        (
            "export",
            translate("CliHelp", "export all ratings to a .csv or .xlsx file"),
            cli_sheets.add_export_options,
        ),
    ):
        sheet = sub.add_parser(name, parents=[common], help=what)
        sheet.add_argument("file", type=Path, nargs="?")
        add_options(sheet)

    ana = sub.add_parser(
        "analyze",
        parents=[common],
        help=translate("CliHelp", "river, stairs and learning pairs for a team, round and role"),
    )
    ana.add_argument("--team", required=True, help=translate("CliHelp", "team name, e.g. ท่าไร่"))
    ana.add_argument("--round", required=True, help=round_help())
    ana.add_argument("--role", required=True, help=role_help())
    ana.add_argument(
        "--json",
        action="store_true",
        help=translate("CliHelp", "print JSON (the shape in the README)"),
    )

    cht = sub.add_parser(
        "chart",
        parents=[common],
        help=translate(
            "CliHelp", "draw a chart to a .png or .svg file, for slides and LINE messages"
        ),
        description=translate(
            "CliHelp",
            "Team charts (river, matrix, pairs; radar with --team) need --team; "
            "person charts (progress, domains, stairs; radar with --person) need --person.",
        ),
    )
    cht.add_argument(
        "kind", choices=("radar", "progress", "domains", "river", "stairs", "matrix", "pairs")
    )
    cht.add_argument(
        "--team",
        help=translate("CliHelp", "team name, e.g. ท่าไร่ (with --person: where to look)"),
    )
    cht.add_argument(
        "--person", help=translate("CliHelp", "facilitator's name (or one word of it)")
    )
    cht.add_argument(
        "--round",
        help=translate(
            "CliHelp",
            "round title, date or number (default: the latest); person charts "
            "show the rounds up to it",
        ),
    )
    cht.add_argument(
        "--compare-round",
        help=translate("CliHelp", "river: another round drawn under this one"),
    )
    cht.add_argument("--role", required=True, help=role_help())
    cht.add_argument(
        "--anonymous",
        action="store_true",
        help=translate("CliHelp", "letters A, B, C… instead of people's names"),
    )
    cht.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        help=translate("CliHelp", "FILE.png (200 dpi) or FILE.svg"),
    )

    sub.add_parser(
        "framework",
        parents=[common],
        help=translate("CliHelp", "print the competency framework"),
    )
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
    except DemoRefused:
        raise UserError(
            translate(
                "Cli", "{0} already holds other data; the demo only goes into a new database"
            ).format(database.location)
        ) from None
    if result is None:
        print(translate("Cli", "The demo is already in {0}").format(database.location))
    else:
        print(
            translate(
                "Cli",
                "Demo written to {0}: {1} ratings, {2} facilitators in {3} teams, {4} rounds",
            ).format(
                database.location,
                result.added,
                len(result.new_facilitators),
                len(result.new_teams),
                len(result.new_rounds),
            )
        )
    database.dispose()
    if args.no_gui:
        return 0
    return _gui(args.db, args.window_lang)


def cmd_import(args) -> int:
    if args.roster is not None or args.file is None:
        return cli_sheets.import_roster(args)
    from kmdesk.exchange.importer import import_ratings
    from kmdesk.exchange.problems import FileRejected

    database = open_db(args)
    try:
        result = import_ratings(database, args.file)
    except FileRejected as exc:
        raise UserError(explain(exc) + "\n" + translate("Cli", "Nothing was imported.")) from None
    said = translate("Cli", "{0}: rows read: {1}; ratings added: {2}, changed: {3}, unchanged: {4}")
    print(said.format(result.file, result.rows, result.added, result.changed, result.unchanged))
    for label, names in (
        (translate("Cli", "new teams: {0}"), result.new_teams),
        (translate("Cli", "new facilitators: {0}"), result.new_facilitators),
        (translate("Cli", "new rounds: {0}"), result.new_rounds),
    ):
        if names:
            print(label.format(", ".join(names)))
    return 0


def cmd_export(args) -> int:
    if args.matrix is not None or args.file is None or args.team or args.round:
        return cli_sheets.export_matrix(args)
    from kmdesk.exchange.exporter import export_ratings
    from kmdesk.exchange.problems import FileRejected

    require_ending(args.file, (".csv", ".xlsx"))
    database = open_db(args)
    try:
        count = export_ratings(database, args.file)
    except FileRejected as exc:
        raise UserError(explain(exc)) from None
    except OSError as exc:
        raise cannot_write(args.file, exc) from None
    print(translate("Cli", "{1}: ratings written: {0}").format(count, args.file))
    return 0


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _gui(db: str | None, lang: str | None = None) -> int:
    if not _has_display():
        raise UserError(
            translate(
                "Cli",
                "no display to open the window on. The headless commands work without one: "
                "kmdesk demo --no-gui, import, export, analyze, chart, report, framework "
                "(kmdesk --help)",
            )
        )
    from kmdesk.ui.shell.app import run

    return run(db, lang)


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
    argv = sys.argv[1:] if argv is None else argv
    language.use(language.choose(argv))
    argparse_words.install()
    args = _parser().parse_args(argv)
    # Documents (reports, charts, the analysis and framework tables) are Thai unless --lang
    # says otherwise: they are read by the team, whatever language this PC speaks.
    args.lang = getattr(args, "lang", None) or "th"
    # The window follows --lang for this run only; without it, the language set in the app.
    args.window_lang = language.given_lang(argv)
    log = start_logging()
    try:
        if args.command is None:
            return _gui(args.db, args.window_lang)
        return COMMANDS[args.command](args)
    except (UserError, StoreError) as exc:
        refused(args.command or "gui", exc)
        message = str(exc) if isinstance(exc, UserError) else explain(exc)
        print(f"kmdesk: {message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(
            "kmdesk: " + translate("Cli", "interrupted; nothing half-written was kept"),
            file=sys.stderr,
        )
        return 130
    except BrokenPipeError:
        # `kmdesk analyze … | head`: the reader has all it wanted; say nothing more.
        _silence_stdout()
        return 0
    except Exception:
        # We are wrong: keep the traceback for us in the log, tell the user where it is.
        logging.getLogger("kmdesk").exception("unexpected error in %s", args.command or "gui")
        print(
            "kmdesk: "
            + translate(
                "Cli", "an unexpected error stopped the command; the details are in {0}"
            ).format(log),
            file=sys.stderr,
        )
        return EXIT_BUG
