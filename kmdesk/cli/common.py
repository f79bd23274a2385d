"""What every sub-command shares: the user-error type, exit codes and opening the database."""

from __future__ import annotations

EXIT_USER_ERROR = 2
EXIT_BUG = 70


class UserError(Exception):
    """The world is wrong (bad file, unknown name): say so plainly, no traceback."""


def open_db(args, **kwargs):
    """The database named by ``--db`` (or the default), or a UserError saying why not."""
    from kmdesk.store.db import DatabaseProblem, open_database

    try:
        return open_database(getattr(args, "db", None), **kwargs)
    except DatabaseProblem as exc:
        from kmdesk.cli.explain import explain

        raise UserError(explain(exc)) from None
