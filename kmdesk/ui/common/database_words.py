"""The words for a database that cannot be used: shared by the opening dialog and errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from kmdesk.store import backup as backups
from kmdesk.store import server_errors as se
from kmdesk.store.errors import (
    DamagedDatabase,
    DatabaseProblem,
    NewerDatabase,
    NoSuchDatabase,
    NotKmdeskDatabase,
    StoreError,
    UpgradeFailed,
)
from kmdesk.ui.common import i18n


def explain(problem: DatabaseProblem) -> str:
    """Why a database cannot be used, for the user, with the newest backup where it helps."""
    # The context stays DatabaseChoice, where these words have always been translated.
    where = problem.location
    server = server_words(problem)
    if server is not None:
        return server
    if isinstance(problem, NotKmdeskDatabase):
        text = QApplication.translate("DatabaseChoice", "The file {0} is not a kmdesk database.")
    elif isinstance(problem, DamagedDatabase):
        text = QApplication.translate(
            "DatabaseChoice", "The file {0} is damaged and cannot be opened."
        )
    elif isinstance(problem, NewerDatabase):
        text = QApplication.translate(
            "DatabaseChoice",
            "The file {0} was made by a newer kmdesk. Please update kmdesk to open it.",
        )
    elif isinstance(problem, NoSuchDatabase):
        text = QApplication.translate(
            "DatabaseChoice", "There is no database at {0}: it may have been moved or deleted."
        )
    elif isinstance(problem, UpgradeFailed):
        text = QApplication.translate(
            "DatabaseChoice",
            "The file {0} could not be upgraded to this version of kmdesk. It was put "
            "back as it was; please send the log file to whoever supports kmdesk.",
        )
    else:
        text = QApplication.translate("DatabaseChoice", "The file {0} cannot be opened.")
    text = text.format(where)
    if not isinstance(problem, NoSuchDatabase):
        text += "\n\n" + QApplication.translate("DatabaseChoice", "The file has not been changed.")
    newest = newest_backup(problem)
    if newest is not None:
        path, made = newest
        text += "\n\n" + QApplication.translate(
            "DatabaseChoice", "The newest backup was made {0} at {1}:\n{2}"
        ).format(i18n.date_text(made.date()), made.strftime("%H:%M"), path)
    return text


def server_words(problem: DatabaseProblem) -> str | None:
    """Why a shared server cannot be opened, in the window's language; None for a file."""
    # A server's own detail (which login, which database) stays as the server gave it.
    if isinstance(problem, se.NoServerDriver):
        text = QApplication.translate(
            "DatabaseChoice",
            "This kmdesk opens database files only. A shared server needs kmdesk installed "
            "with its PostgreSQL driver; please ask whoever supports kmdesk.",
        )
    elif isinstance(problem, se.PasswordNeeded):
        text = QApplication.translate(
            "DatabaseChoice", "The server wants a password: please type it."
        )
    elif isinstance(problem, se.LoginRefused):
        text = QApplication.translate("DatabaseChoice", "The server refused this login ({0}).")
    elif isinstance(problem, se.ServerUnreachable):
        text = QApplication.translate(
            "DatabaseChoice",
            "No server answers at {1}. Is it running, and is the address right?",
        )
    else:
        return None
    return text.format(problem.message, problem.location)


def newest_backup(problem: StoreError):
    """(path, when) of the newest backup of a damaged or missing database, or None."""
    if not isinstance(problem, DamagedDatabase | NoSuchDatabase):
        return None
    found = backups.backup_files(Path(problem.location))
    return (found[0][0], found[0][1]) if found else None
