"""Opening the app's database, and when it cannot be opened: why, in plain words, and choices."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kmdesk.store.db import Database, open_database, sqlite_path
from kmdesk.store.db import resolve_url as _resolve_url
from kmdesk.store.errors import (
    DatabaseProblem,
    StoreError,
)
from kmdesk.ui.common import file_dialogs
from kmdesk.ui.common.database_words import explain, newest_backup
from kmdesk.ui.common.errors import plain_message
from kmdesk.ui.common.settings import Settings

# The app waits this long for another writer before a save is retried on a timer, so the
# window never freezes for long (the command line waits two minutes instead).
APP_BUSY_MS = 2000


@dataclass(frozen=True)
class Choice:
    """A database to open next; ``create`` only when the user asked for a new one there."""

    path: str
    create: bool = False


def open_app_database(choice: Choice) -> Database:
    return open_database(choice.path, create=choice.create, busy_ms=APP_BUSY_MS)


def file_of(target: str) -> Path | None:
    """The SQLite file a path or URL names; None for a server database."""
    return sqlite_path(_resolve_url(target))


class DatabaseChoice(QWidget):
    """Holds the translated wording; ``ask`` returns what to open next, or None to give up."""

    def __init__(self, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings()

    def explain(self, problem: StoreError) -> str:
        if isinstance(problem, DatabaseProblem):
            return explain(problem)
        return plain_message(problem)

    def choices(self, problem: StoreError, can_retry: bool = False) -> list[str]:
        """The buttons to offer, as keys: restore, retry, open, create, quit."""
        keys = []
        if newest_backup(problem) is not None:
            keys.append("restore")
        if can_retry and not isinstance(problem, DatabaseProblem):
            keys.append("retry")  # the disk or another program: it may be fine in a moment
        return [*keys, "open", "create", "quit"]

    def ask(
        self,
        problem: StoreError,
        parent: QWidget | None = None,
        *,
        target: Choice | None = None,
        quit_text: str = "",
    ) -> Choice | None:
        """Say what is wrong and offer the choices until one gives a database to open.

        ``target`` is what was being opened: "Try again" opens it once more.
        """
        while True:
            key = self.pick(problem, parent, quit_text, can_retry=target is not None)
            if key == "quit":
                return None
            if key == "retry":
                return target
            choice = self.act(key, problem, parent)
            if choice is not None:
                return choice

    def pick(
        self,
        problem: StoreError,
        parent: QWidget | None,
        quit_text: str = "",
        can_retry: bool = False,
    ) -> str:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot open the database"))
        box.setText(self.explain(problem))
        labels = {
            "restore": self.tr("Restore a backup…"),
            "retry": self.tr("Try again"),
            "open": self.tr("Open another…"),
            "create": self.tr("Create new…"),
            "quit": quit_text or self.tr("Quit"),
        }
        buttons = {}
        for key in self.choices(problem, can_retry):
            role = (
                QMessageBox.ButtonRole.RejectRole
                if key == "quit"
                else (QMessageBox.ButtonRole.AcceptRole)
            )
            buttons[box.addButton(labels[key], role)] = key
        box.exec()
        return buttons.get(box.clickedButton(), "quit")

    def act(self, key: str, problem: StoreError, parent: QWidget | None) -> Choice | None:
        """Carry out one choice; None when it came to nothing (a dialog was cancelled)."""
        if key == "open":
            path = self.open_dialog(parent)
            return Choice(path) if path else None
        if key == "create":
            path = self.new_dialog(parent)
            return Choice(path, create=True) if path else None
        if key == "restore":
            from kmdesk.ui.shell.backups_dialog import choose_and_restore

            target = Path(problem.location)
            return (
                Choice(str(target)) if choose_and_restore(parent, target, self.settings) else None
            )
        return None

    def open_dialog(self, parent: QWidget | None, database: Path | None = None) -> str | None:
        return file_dialogs.open_file(
            parent,
            self.settings,
            file_dialogs.Kind.DATABASE,
            self.tr("Open a kmdesk database"),
            self.tr("kmdesk database (*.db)"),
            database,
        )

    def new_dialog(self, parent: QWidget | None, database: Path | None = None) -> str | None:
        """A path for a new database; an existing file is refused here, never replaced."""
        while True:
            path = file_dialogs.save_file(
                parent,
                self.settings,
                file_dialogs.Kind.DATABASE,
                self.tr("Create a kmdesk database"),
                self.tr("kmdesk database (*.db)"),
                "kmdesk.db",
                suffix="db",
                confirm_overwrite=False,
                database=database,
            )
            if not path or not Path(path).exists() or Path(path).stat().st_size == 0:
                return path or None
            QMessageBox.information(
                parent,
                self.tr("Create a kmdesk database"),
                self.tr(
                    "{0} already exists and was left as it is. Choose a new name, or open it "
                    "with Open database…"
                ).format(path),
            )
