"""File menu work: importing and exporting ratings in the background, showing what went wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kmdesk.exchange.problems import FileRejected
from kmdesk.store.db import Database
from kmdesk.store.errors import StoreError
from kmdesk.ui.common import file_dialogs
from kmdesk.ui.common.errors import log_path, log_unexpected, show_problem
from kmdesk.ui.common.file_problems import file_problem
from kmdesk.ui.common.page import AppContext
from kmdesk.ui.common.tasks import Task


def import_in_worker(database: Database, path: str, report) -> object:
    """Runs in the worker thread on a connection of its own from the app's engine.

    Not a second ``open_database``: that would check and seed the file again, and this
    process must never open the database file outside the engine it already has.
    """
    from kmdesk.exchange.importer import import_ratings

    return import_ratings(database, Path(path), progress=report)


def export_in_worker(database: Database, path: str, report) -> object:
    from kmdesk.exchange.exporter import export_ratings

    return export_ratings(database, Path(path))


class ProblemsDialog(QDialog):
    """Lists every problem with the file (row and column) and says that nothing changed."""

    def __init__(self, problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The file was not imported"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Nothing was changed in your data. "
                "Correct these rows in the file and import it again:"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit("\n".join(problems))
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)


class FileActions(QObject):
    """Import and export for the main window; the same importer as the command line."""

    def __init__(self, window: QWidget, ctx: AppContext):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.task: Task | None = None
        self.problems: ProblemsDialog | None = None

    def import_ratings(self, path: str | None = None) -> Task | None:
        if path is None:
            path = file_dialogs.open_file(
                self.window,
                self.ctx.settings,
                file_dialogs.Kind.RATINGS,
                self.tr("Import ratings"),
                self.tr("Ratings files (*.csv *.xlsx)"),
                self.ctx.database.path,
            )
        if not path:
            return None
        database = self.ctx.database
        self.task = Task(
            self.window,
            self.tr("Importing {0}…").format(Path(path).name),
            self.tr("Cancel"),
            lambda report: import_in_worker(database, path, report),
        )
        self.task.finished.connect(self._imported)
        self.task.start()
        return self.task

    def _imported(self, outcome: str, value: object) -> None:
        if outcome == "ok":
            self.ctx.events.database_replaced.emit()
            QMessageBox.information(
                self.window,
                self.tr("Import finished"),
                self.tr("Ratings added: {0}; changed: {1}; already there: {2}.").format(
                    value.added, value.changed, value.unchanged
                ),
            )
        elif outcome == "cancelled":
            QMessageBox.information(
                self.window, self.tr("Import cancelled"), self.tr("Nothing was imported.")
            )
        elif isinstance(value, FileRejected):
            self.problems = ProblemsDialog([str(p) for p in value.problems], self.window)
            self.problems.open()
        elif isinstance(value, StoreError):
            show_problem(self.window, "import", value)
        else:
            self._unexpected(value)

    def export_ratings(self, path: str | None = None) -> Task | None:
        if path is None:
            path = file_dialogs.save_file(
                self.window,
                self.ctx.settings,
                file_dialogs.Kind.RATINGS,
                self.tr("Export ratings"),
                self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
                "ratings.xlsx",
                database=self.ctx.database.path,
            )
        if not path:
            return None
        database = self.ctx.database
        self.task = Task(
            self.window,
            self.tr("Exporting…"),
            self.tr("Cancel"),
            lambda report: export_in_worker(database, path, report),
        )
        self.task.finished.connect(self._exported)
        self.task.start()
        return self.task

    def _exported(self, outcome: str, value: object) -> None:
        if outcome == "ok":
            QMessageBox.information(
                self.window,
                self.tr("Export finished"),
                self.tr("Ratings written: {0}.").format(value),
            )
        elif isinstance(value, OSError):
            QMessageBox.warning(self.window, self.tr("Not exported"), file_problem(value))
        elif isinstance(value, FileRejected):
            QMessageBox.warning(self.window, self.tr("Not exported"), str(value))
        elif isinstance(value, StoreError):
            show_problem(self.window, "export", value)
        elif outcome == "failed":
            self._unexpected(value)

    def _unexpected(self, exc: BaseException) -> None:
        log_unexpected(type(exc), exc, exc.__traceback__)
        QMessageBox.critical(
            self.window,
            self.tr("Something went wrong"),
            self.tr("Nothing was changed. The details are in:\n{0}").format(log_path()),
        )
