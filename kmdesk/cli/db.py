"""``kmdesk db init|backup|backups|restore|check|upgrade|add-user|users``: a database's care.

``init`` to ``check`` look after a database file; ``upgrade`` works on both engines;
``add-user`` and ``users`` set up the logins of a shared PostgreSQL server.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from kmdesk.cli.common import UserError, open_db


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Register ``db`` and its actions on the main parser's sub-commands."""
    db = sub.add_parser(
        "db",
        parents=[common],
        help="make, back up, restore, check or upgrade a database; a server's logins",
        description="Backups are copies made inside SQLite, safe while the app is open. "
        "upgrade works on a file or a server; add-user and users set up a server's logins.",
    )
    actions = db.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    init = actions.add_parser("init", parents=[common], help="make a new, empty database")
    init.add_argument("path", type=Path, help="the new database file, e.g. team.db")
    backup = actions.add_parser(
        "backup", parents=[common], help="back up the database now (or to -o FILE)"
    )
    backup.add_argument("-o", "--output", type=Path, help="the backup file to write")
    backup.add_argument(
        "--keep", type=int, help="how many automatic backups to keep from now on (default 10)"
    )
    actions.add_parser("backups", parents=[common], help="list the automatic backups")
    restore = actions.add_parser(
        "restore", parents=[common], help="put a backup in place of the database"
    )
    restore.add_argument("file", type=Path, help="the backup file")
    actions.add_parser(
        "check", parents=[common], help="check the file and kmdesk's own rules; change nothing"
    )
    actions.add_parser(
        "upgrade",
        parents=[common],
        help="bring the database up to this kmdesk (a file, or a server as its setup account)",
    )
    add_user = actions.add_parser(
        "add-user",
        parents=[common],
        help="a server login for a person: facilitator, team lead or admin",
        description="Makes the PostgreSQL login (or takes an existing one) and says who it is. "
        "Run it as the server's setup account. The password is asked for (or read from "
        "standard input), never given on the command line.",
    )
    add_user.add_argument("login", help="the login, e.g. malai_s (a-z, 0-9, _)")
    add_user.add_argument("--person", help="the person's name, as in kmdesk")
    add_user.add_argument("--team", help="the team (a lead's team; finds a facilitator's name)")
    add_user.add_argument(
        "--as",
        dest="kind",
        required=True,
        choices=("facilitator", "lead", "admin"),
        help="facilitator: writes only their own ratings; lead: their team; admin: all",
    )
    add_user.add_argument(
        "--no-password",
        action="store_true",
        help="set no password (the server checks this login another way)",
    )
    actions.add_parser("users", parents=[common], help="list the server's kmdesk logins")
    actions.add_parser(
        "forget-pin",
        parents=[common],
        help="remove the framework's edit PIN when the team lead has forgotten it",
    )


def _file(args) -> Path:
    from kmdesk.store.db import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(getattr(args, "db", None)))
    if path is None:
        raise UserError(
            "backups, restore and check work on a database file; for a PostgreSQL server "
            "use the server's own tools (pg_dump, pg_restore)"
        )
    return path


def run(args) -> int:
    """Run ``kmdesk db ACTION``; the world's mistakes raise UserError."""
    from kmdesk.store.errors import StoreError

    try:
        return ACTIONS[args.db_action](args)
    except StoreError as exc:
        raise UserError(str(exc)) from None


def _init(args) -> int:
    path = args.path.expanduser().resolve()
    if path.exists() and path.stat().st_size > 0:
        raise UserError(f"{path} already exists; it was left as it was")
    args.db = str(path)
    open_db(args, create=True).dispose()
    print(f"New kmdesk database: {path}")
    return 0


def _backup(args) -> int:
    from kmdesk.store import backup as backups
    from kmdesk.store.sqlite import connect_raw

    path = _file(args)
    database = open_db(args)
    try:
        if args.keep is not None:
            _set_keep(database, args.keep)
        if args.output is None:
            made = database.backup("manual")
        else:
            made = args.output.expanduser().resolve()
            if made.exists():
                raise UserError(f"{made} already exists; choose a new file name")
            if not made.parent.is_dir():
                raise UserError(f"{made.parent}: no such folder")
            source = connect_raw(path, read_only=True)
            try:
                backups.copy_database(source, made)
            finally:
                source.close()
    finally:
        database.dispose()
    print(f"Backed up {path} to {made}")
    return 0


def _set_keep(database, keep: int) -> None:
    from kmdesk.store import backup as backups
    from kmdesk.store.models import Setting

    if keep < 1:
        raise UserError("--keep must be 1 or more")
    with database.write() as session:
        session.merge(Setting(key=backups.KEEP_SETTING, value=str(keep)))


def _backups(args) -> int:
    from kmdesk.store.backup import list_backups

    path = _file(args)
    found = list_backups(path)
    if not found:
        print(f"No automatic backups of {path} yet")
        return 0
    print(f"Backups of {path}, newest first:")
    for info in found:
        counts = "counts unknown"
        if info.ratings is not None:
            counts = f"{info.people} people, {info.rounds} rounds, {info.ratings} ratings"
        when = info.made_at.strftime("%Y-%m-%d %H:%M")
        print(f"  {when}  {info.reason:<8} {info.size / 1024:8.0f} KB  {counts}  {info.path}")
    return 0


def _restore(args) -> int:
    from kmdesk.store.db import open_database
    from kmdesk.store.restore import restore

    path = _file(args)
    replaced = restore(path, args.file.expanduser().resolve())
    # Opening upgrades a backup made by an older kmdesk, and proves the result opens.
    open_database(str(path)).dispose()
    if replaced == path:
        print(f"Restored {args.file} as {path}")
    else:
        print(f"Restored {args.file} into {path}; what it replaced is kept in {replaced}")
    return 0


def _check(args) -> int:
    from kmdesk.store.backup import newest_backup
    from kmdesk.store.check import check_file
    from kmdesk.store.db import inspect_file
    from kmdesk.store.migrations_info import known_revisions

    path = _file(args)
    if not path.is_file():
        raise UserError(f"{path}: no such database")
    try:
        problems = check_file(path)
    except sqlite3.DatabaseError:
        inspect_file(path, known_revisions()[0])  # raises the plain reason: not ours, damaged
        raise
    if not problems:
        inspect_file(path, known_revisions()[0])  # ours, and not from a newer kmdesk
    if problems:
        newest = newest_backup(path)
        hint = f"\nThe newest backup is {newest} (kmdesk db restore FILE)." if newest else ""
        listed = "\n".join(f"  - {p}" for p in problems)
        raise UserError(f"{path} failed the check:\n{listed}{hint}")
    print(f"{path}: no problems found")
    return 0


def _upgrade(args) -> int:
    from kmdesk.store.migrations_info import known_revisions

    database = open_db(args)  # opening brings it up to date (a file is backed up first)
    try:
        print(f"{database.location} is up to date (schema {known_revisions()[1]})")
    finally:
        database.dispose()
    return 0


def _password(login: str) -> str:
    import getpass
    import sys

    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UserError("no password on standard input (or give --no-password)")
        return line
    first = getpass.getpass(f"Password for {login}: ")
    if not first:
        raise UserError("an empty password; nothing was changed")
    if getpass.getpass("The same password again: ") != first:
        raise UserError("the two passwords differ; nothing was changed")
    return first


def _add_user(args) -> int:
    from kmdesk.store.server_users import UserProblem, add_user, check_login

    try:
        check_login(args.login)
    except UserProblem as exc:
        raise UserError(str(exc)) from None
    database = open_db(args)
    try:
        password = None if args.no_password else _password(args.login)
        try:
            user = add_user(
                database,
                args.login,
                args.kind,
                person=args.person,
                team=args.team,
                password=password,
            )
        except UserProblem as exc:
            raise UserError(f"{exc}; nothing was changed") from None
    finally:
        database.dispose()
    who = ", ".join(part for part in (user.person, user.team and f"team {user.team}") if part)
    print(f"{user.login}: {user.kind}" + (f" ({who})" if who else ""))
    return 0


def _users(args) -> int:
    from kmdesk.store.server_users import UserProblem, list_users

    database = open_db(args)
    try:
        try:
            users = list_users(database)
        except UserProblem as exc:
            raise UserError(str(exc)) from None
    finally:
        database.dispose()
    if not users:
        print("No kmdesk logins yet (kmdesk db add-user LOGIN --as KIND …)")
        return 0
    for user in users:
        locked = "" if user.can_log_in else "  (cannot log in)"
        print(
            f"{user.login:<20} {user.kind:<12} {user.person or '-':<30} {user.team or '-'}{locked}"
        )
    return 0


def _forget_pin(args) -> int:
    from kmdesk.store.settings import forget_pin

    database = open_db(args)
    try:
        had = forget_pin(database)
    finally:
        database.dispose()
    print("The framework's edit PIN was removed." if had else "No edit PIN was set.")
    return 0


ACTIONS = {
    "init": _init,
    "backup": _backup,
    "backups": _backups,
    "restore": _restore,
    "check": _check,
    "upgrade": _upgrade,
    "add-user": _add_user,
    "users": _users,
    "forget-pin": _forget_pin,
}
