"""``kmdesk db add-user|users|remove-user``: the logins of a shared PostgreSQL server."""

from __future__ import annotations

import argparse
from contextlib import contextmanager

from kmdesk.cli import language
from kmdesk.cli.common import UserError, open_db
from kmdesk.cli.language import translate
from kmdesk.wording import translate as translate_in


def add_parsers(actions, common: argparse.ArgumentParser) -> None:
    """Register ``add-user``, ``users`` and ``remove-user`` under ``kmdesk db``."""
    add_user = actions.add_parser(
        "add-user",
        parents=[common],
        help=translate("CliHelp", "a server login for a person: facilitator, team lead or admin"),
        description=translate(
            "CliHelp",
            "Makes the PostgreSQL login (or takes an existing one) and says who it is. "
            "Run it as the server's setup account. The password is asked for (or read from "
            "standard input), never given on the command line.",
        ),
    )
    add_user.add_argument(
        "login", help=translate("CliHelp", "the login, e.g. malai_s (a-z, 0-9, _)")
    )
    add_user.add_argument("--person", help=translate("CliHelp", "the person's name, as in kmdesk"))
    add_user.add_argument(
        "--team",
        help=translate("CliHelp", "the team (a lead's team; finds a facilitator's name)"),
    )
    add_user.add_argument(
        "--as",
        dest="kind",
        required=True,
        choices=("facilitator", "lead", "admin"),
        help=translate(
            "CliHelp",
            "facilitator: writes only their own ratings; lead: their team; admin: all",
        ),
    )
    add_user.add_argument(
        "--no-password",
        action="store_true",
        help=translate("CliHelp", "set no password (the server checks this login another way)"),
    )
    actions.add_parser(
        "users", parents=[common], help=translate("CliHelp", "list the server's kmdesk logins")
    )
    remove = actions.add_parser(
        "remove-user",
        parents=[common],
        help=translate("CliHelp", "take a server login away: its rights, then the login"),
        description=translate(
            "CliHelp",
            "Removes what add-user made: the login's rights and who it is in kmdesk, then "
            "the PostgreSQL login itself. Run it as the server's setup account. The last "
            "admin login is never removed.",
        ),
    )
    remove.add_argument("login", help=translate("CliHelp", "the login, e.g. malai_s"))


def _problem(exc) -> str:
    """A UserProblem from server_users, in the command's language (its words are marked)."""
    return translate_in("ServerUsers", exc.source, language.current()).format(*exc.fields)


def _password(login: str) -> str:
    import getpass
    import sys

    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UserError(
                translate("Cli", "no password on standard input (or give --no-password)")
            )
        return line
    first = getpass.getpass(translate("Cli", "Password for {0}: ").format(login))
    if not first:
        raise UserError(translate("Cli", "an empty password; nothing was changed"))
    if getpass.getpass(translate("Cli", "The same password again: ")) != first:
        raise UserError(translate("Cli", "the two passwords differ; nothing was changed"))
    return first


def _kind(kind: str) -> str:
    if language.current() == "en":
        return kind  # the code, as typed after --as
    words = {
        "facilitator": translate("Cli", "facilitator"),
        "lead": translate("Cli", "team lead"),
        "admin": translate("Cli", "admin"),
    }
    return words.get(kind, kind)


def _who(user) -> str:
    team = user.team and translate("Cli", "team {0}").format(user.team)
    who = ", ".join(part for part in (user.person, team) if part)
    return f"{user.login}: {_kind(user.kind)}" + (f" ({who})" if who else "")


@contextmanager
def _on_server(args, login: str | None = None, *, changes: bool = False):
    """The database for one of these commands, its login checked first; the store's refusal
    worded for the terminal (saying nothing was changed where the command changes things)."""
    from kmdesk.store.server_users import UserProblem, check_login

    try:
        if login is not None:
            check_login(login)
        database = open_db(args)
    except UserProblem as exc:
        raise UserError(_problem(exc)) from None
    try:
        yield database
    except UserProblem as exc:
        message = _problem(exc)
        if changes:
            message = translate("Cli", "{0}; nothing was changed").format(message)
        raise UserError(message) from None
    finally:
        database.dispose()


def add_user(args) -> int:
    from kmdesk.store.server_users import add_user

    with _on_server(args, args.login, changes=True) as database:
        password = None if args.no_password else _password(args.login)
        user = add_user(
            database, args.login, args.kind, person=args.person, team=args.team, password=password
        )
    print(_who(user))
    return 0


def users(args) -> int:
    from kmdesk.cli.terminal import pad
    from kmdesk.store.server_users import list_users

    with _on_server(args) as database:
        found = list_users(database)
    if not found:
        print(translate("Cli", "No kmdesk logins yet (kmdesk db add-user LOGIN --as KIND …)"))
        return 0
    locked = translate("Cli", "  (cannot log in)")
    for user in found:
        print(
            f"{pad(user.login, 20)} {pad(_kind(user.kind), 12)} {pad(user.person or '-', 30)} "
            f"{user.team or '-'}{'' if user.can_log_in else locked}"
        )
    return 0


def remove_user(args) -> int:
    from kmdesk.store.server_users import remove_user

    with _on_server(args, args.login, changes=True) as database:
        user, dropped = remove_user(database, args.login)
    if dropped:
        print(
            translate("Cli", "Removed {0}: its rights in kmdesk and the login").format(_who(user))
        )
    else:
        print(
            translate(
                "Cli",
                "Removed {0} from kmdesk; the login itself was kept, because it owns "
                "something or has rights elsewhere on the server",
            ).format(_who(user))
        )
    return 0


ACTIONS = {"add-user": add_user, "users": users, "remove-user": remove_user}
