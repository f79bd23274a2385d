"""``kmdesk db init|backup|backups|restore|check|upgrade|forget-pin``: a database's care.

``init`` to ``check`` look after a database file; ``upgrade`` works on both engines;
``add-user``, ``users`` and ``remove-user`` (kmdesk/cli/db_users.py) set up a server's logins.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from kmdesk.assess.thaidate import format_date
from kmdesk.cli import db_users, language
from kmdesk.cli.common import UserError, open_db
from kmdesk.cli.explain import explain
from kmdesk.cli.language import translate
from kmdesk.cli.options import require_ending
from kmdesk.cli.terminal import pad

# What a backup written with -o may be called: an SQLite file, as the automatic ones (.db)
# and those the app's restore dialog offers (.bak).
DATABASE_ENDINGS = (".db", ".bak", ".sqlite", ".sqlite3")


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Register ``db`` and its actions on the main parser's sub-commands."""
    db = sub.add_parser(
        "db",
        parents=[common],
        help=translate(
            "CliHelp", "make, back up, restore, check or upgrade a database; a server's logins"
        ),
        description=translate(
            "CliHelp",
            "Backups are copies made inside SQLite, safe while the app is open. "
            "upgrade works on a file or a server; add-user, users and remove-user set up a "
            "server's logins.",
        ),
    )
    actions = db.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", parents=[common], help=translate("CliHelp", "make a new, empty database")
    )
    init.add_argument(
        "path", type=Path, help=translate("CliHelp", "the new database file, e.g. team.db")
    )
    backup = actions.add_parser(
        "backup",
        parents=[common],
        help=translate("CliHelp", "back up the database now (or to -o FILE)"),
    )
    backup.add_argument(
        "-o", "--output", type=Path, help=translate("CliHelp", "the backup file to write")
    )
    backup.add_argument(
        "--keep",
        type=int,
        help=translate("CliHelp", "how many automatic backups to keep from now on (default 10)"),
    )
    actions.add_parser(
        "backups", parents=[common], help=translate("CliHelp", "list the automatic backups")
    )
    restore = actions.add_parser(
        "restore",
        parents=[common],
        help=translate("CliHelp", "put a backup in place of the database"),
    )
    restore.add_argument("file", type=Path, help=translate("CliHelp", "the backup file"))
    actions.add_parser(
        "check",
        parents=[common],
        help=translate("CliHelp", "check the file and kmdesk's own rules; change nothing"),
    )
    actions.add_parser(
        "upgrade",
        parents=[common],
        help=translate(
            "CliHelp",
            "bring the database up to this kmdesk (a file, or a server as its setup account)",
        ),
    )
    db_users.add_parsers(actions, common)
    actions.add_parser(
        "forget-pin",
        parents=[common],
        help=translate(
            "CliHelp", "remove the framework's edit PIN when the team lead has forgotten it"
        ),
    )


def _file(args) -> Path:
    from kmdesk.store.db import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(getattr(args, "db", None)))
    if path is None:
        raise UserError(
            translate(
                "Cli",
                "backups, restore and check work on a database file; for a PostgreSQL server "
                "use the server's own tools (pg_dump, pg_restore)",
            )
        )
    if path.is_dir():
        raise UserError(
            translate("Cli", "{0} is a folder, not a kmdesk database file").format(path)
        )
    return path


def run(args) -> int:
    """Run ``kmdesk db ACTION``; the world's mistakes raise UserError."""
    from kmdesk.store.errors import StoreError

    try:
        return ACTIONS[args.db_action](args)
    except StoreError as exc:
        raise UserError(explain(exc)) from None


def _init(args) -> int:
    path = args.path.expanduser().resolve()
    if path.exists() and path.stat().st_size > 0:
        raise UserError(translate("Cli", "{0} already exists; it was left as it was").format(path))
    args.db = str(path)
    open_db(args, create=True).dispose()
    print(translate("Cli", "New kmdesk database: {0}").format(path))
    return 0


def _backup(args) -> int:
    from kmdesk.store import backup as backups
    from kmdesk.store.sqlite import connect_raw

    path = _file(args)
    if args.output is not None:
        require_ending(args.output, DATABASE_ENDINGS)
    database = open_db(args)
    try:
        if args.keep is not None:
            _set_keep(database, args.keep)
        if args.output is None:
            made = database.backup("manual")
        else:
            made = args.output.expanduser().resolve()
            if made.exists():
                raise UserError(
                    translate("Cli", "{0} already exists; choose a new file name").format(made)
                )
            if not made.parent.is_dir():
                raise UserError(translate("Cli", "{0}: no such folder").format(made.parent))
            source = connect_raw(path, read_only=True)
            try:
                backups.copy_database(source, made)
            finally:
                source.close()
    finally:
        database.dispose()
    print(translate("Cli", "Backed up {0} to {1}").format(path, made))
    return 0


def _set_keep(database, keep: int) -> None:
    from kmdesk.store import backup as backups
    from kmdesk.store.models import Setting

    if keep < 1:
        raise UserError(translate("Cli", "--keep must be 1 or more"))
    with database.write() as session:
        session.merge(Setting(key=backups.KEEP_SETTING, value=str(keep)))


def _backups(args) -> int:
    from kmdesk.store.backup import list_backups

    path = _file(args)
    found = list_backups(path)
    if not found:
        print(translate("Cli", "No automatic backups of {0} yet").format(path))
        return 0
    print(translate("Cli", "Backups of {0}, newest first:").format(path))
    lang = language.current()
    for info in found:
        counts = translate("Cli", "counts unknown")
        if info.ratings is not None:
            counts = translate("Cli", "{0} people, {1} rounds, {2} ratings").format(
                info.people, info.rounds, info.ratings
            )
        when = info.made_at.strftime("%Y-%m-%d %H:%M")
        if lang == "th":  # the Buddhist Era, as a Thai reader dates things
            when = f"{format_date(info.made_at.date(), lang)} {info.made_at:%H:%M}"
        reason = pad(_reason(info.reason), 12)
        print(f"  {when}  {reason} {info.size / 1024:8.0f} KB  {counts}  {info.path}")
    return 0


def _reason(reason: str) -> str:
    """Why a backup was made, in the command's language (the file name keeps the code)."""
    words = {
        "daily": translate("Cli", "daily"),
        "import": translate("Cli", "before an import"),
        "manual": translate("Cli", "by hand"),
        "merge": translate("Cli", "before a merge"),
        "restore": translate("Cli", "before a restore"),
        "upgrade": translate("Cli", "before an upgrade"),
    }
    return reason if language.current() == "en" else words.get(reason, reason)


def _restore(args) -> int:
    from kmdesk.store.db import open_database
    from kmdesk.store.restore import restore

    path = _file(args)
    replaced = restore(path, args.file.expanduser().resolve())
    # Opening upgrades a backup made by an older kmdesk, and proves the result opens.
    open_database(str(path)).dispose()
    if replaced == path:
        print(translate("Cli", "Restored {0} as {1}").format(args.file, path))
    else:
        print(
            translate("Cli", "Restored {0} into {1}; what it replaced is kept in {2}").format(
                args.file, path, replaced
            )
        )
    return 0


def _check(args) -> int:
    from kmdesk.cli.file_words import problem_words
    from kmdesk.store.backup import newest_backup
    from kmdesk.store.check import check_file
    from kmdesk.store.errors import DamagedDatabase
    from kmdesk.store.file_check import inspect_file
    from kmdesk.store.migrations_info import known_revisions

    path = _file(args)
    if not path.is_file():
        raise UserError(translate("Cli", "{0}: no such database").format(path))
    try:
        problems = check_file(path)
    except sqlite3.DatabaseError as exc:
        # not opened at all: not an SQLite file, or its first page damaged
        inspect_file(path, known_revisions()[0])  # raises the plain reason: not ours, damaged
        problems = [f"SQLite could not open it ({exc})"]
    try:
        inspect_file(path, known_revisions()[0])  # ours, and not from a newer kmdesk
    except DamagedDatabase:
        if not problems:
            raise
        # the check's own list says more about the damage than the opening's first word
    if problems:
        newest = newest_backup(path)
        hint = ""
        if newest:
            hint = "\n" + translate(
                "Cli", "The newest backup is {0} (kmdesk db restore FILE)."
            ).format(newest)
        listed = "\n".join(f"  - {problem_words(p) or p}" for p in problems)
        raise UserError(
            translate("Cli", "{0} failed the check:").format(path) + f"\n{listed}{hint}"
        )
    print(translate("Cli", "{0}: no problems found").format(path))
    return 0


def _upgrade(args) -> int:
    from kmdesk.store.migrations_info import known_revisions

    database = open_db(args)  # opening brings it up to date (a file is backed up first)
    try:
        print(
            translate("Cli", "{0} is up to date (schema {1})").format(
                database.location, known_revisions()[1]
            )
        )
    finally:
        database.dispose()
    return 0


def _forget_pin(args) -> int:
    from kmdesk.store.settings import forget_pin

    database = open_db(args)
    try:
        had = forget_pin(database)
    finally:
        database.dispose()
    if had:
        print(translate("Cli", "The framework's edit PIN was removed."))
    else:
        print(translate("Cli", "No edit PIN was set."))
    return 0


ACTIONS = {
    "init": _init,
    "backup": _backup,
    "backups": _backups,
    "restore": _restore,
    "check": _check,
    "upgrade": _upgrade,
    **db_users.ACTIONS,
    "forget-pin": _forget_pin,
}
