"""Export PDF from the pages and reports for a whole round, written in the background."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from kmdesk.store.errors import StoreError
from kmdesk.ui.common import file_dialogs, i18n
from kmdesk.ui.common.errors import log_path, log_unexpected, show_problem
from kmdesk.ui.common.file_problems import file_problem
from kmdesk.ui.common.page import AppContext
from kmdesk.ui.common.tasks import Task


@dataclass(frozen=True)
class PdfSubject:
    """What a page would export: a person's or a team's report for one round."""

    kind: str  # "person" or "team"
    subject_id: str
    round_id: str
    file_name: str
    anonymous: bool = False
    # The team report compares with the round chosen on screen (None: the round before;
    # the report's own round: no comparison) and counts incomplete members as the page does.
    compare_round_id: str | None = None
    include_incomplete: bool = True


def write_in_worker(url: str, subject: PdfSubject, path: str, lang: str) -> Path:
    """Runs in the worker thread; the report itself is drawn in another process.

    matplotlib keeps global state (rcParams) that a report changes while it draws; doing that
    in a thread beside the GUI's own charts mixed their fonts. A process keeps them apart,
    and only plain data (URL, ids, path) crosses over. It is a fresh fork of a warm report
    process (kmdesk.report.worker), which has done its imports once for every PDF.
    """
    from kmdesk.report import worker

    return worker.run(write_report, url, subject, path, lang)


def write_report(url: str, subject: PdfSubject, path: str, lang: str) -> Path:
    """One report, with its own database connection (runs in the report process)."""
    from kmdesk.report import write_person_report, write_team_report
    from kmdesk.store.db import open_database

    database = open_database(url)
    try:
        if subject.kind == "person":
            return write_person_report(database, subject.subject_id, subject.round_id, path, lang)
        return write_team_report(
            database,
            subject.subject_id,
            subject.round_id,
            path,
            lang,
            subject.anonymous,
            compare_round_id=subject.compare_round_id,
            include_incomplete=subject.include_incomplete,
        )
    finally:
        database.dispose()


def round_in_worker(url: str, round_id: str, folder: str, lang: str, report) -> list[Path]:
    from kmdesk.report import write_round_reports

    # Always in worker processes, never beside the GUI's charts (see write_in_worker).
    workers = max(2, os.cpu_count() or 1)
    return write_round_reports(url, round_id, folder, lang, progress=report, workers=workers)


class ReportActions(QObject):
    """Asks where to save, writes off the GUI thread, and says what happened."""

    def __init__(self, parent: QWidget, ctx: AppContext):
        super().__init__(parent)
        self.parent_widget = parent
        self.ctx = ctx
        self.task: Task | None = None
        self.folder: Path | None = None

    def export(self, subject: PdfSubject | None, path: str | None = None) -> Task | None:
        if subject is None:
            QMessageBox.information(
                self.parent_widget,
                self.tr("Export PDF"),
                self.tr("Choose who and which round to export first."),
            )
            return None
        if path is None:
            path = file_dialogs.save_file(
                self.parent_widget,
                self.ctx.settings,
                file_dialogs.Kind.PDF,
                self.tr("Export PDF"),
                self.tr("PDF document (*.pdf)"),
                subject.file_name,
                suffix="pdf",
                database=self.ctx.database.path,
            )
        if not path:
            return None
        self._fonts_ready()
        url, lang = self.ctx.database.url, i18n.language()
        self.task = Task(
            self.parent_widget,
            self.tr("Writing {0}…").format(Path(path).name),
            self.tr("Cancel"),
            lambda _report: write_in_worker(url, subject, path, lang),
        )
        self.task.finished.connect(self._written)
        self.task.start()
        return self.task

    def export_round(self, round_id: str, folder: str | None = None) -> Task | None:
        if folder is None:
            folder = file_dialogs.choose_folder(
                self.parent_widget,
                self.ctx.settings,
                file_dialogs.Kind.REPORTS,
                self.tr("Folder for the round's reports"),
                self.ctx.database.path,
            )
        if not folder:
            return None
        self._fonts_ready()
        self.folder = Path(folder)
        url, lang = self.ctx.database.url, i18n.language()
        self.task = Task(
            self.parent_widget,
            self.tr("Writing the reports for the whole round…"),
            self.tr("Cancel"),
            lambda report: round_in_worker(url, round_id, folder, lang, report),
        )
        self.task.finished.connect(self._round_written)
        self.task.start()
        return self.task

    def _fonts_ready(self) -> None:
        # Register the document fonts on the GUI thread before a worker paints with them.
        from kmdesk.report.qtapp import register_fonts

        register_fonts()

    def _written(self, outcome: str, value: object) -> None:
        if outcome == "ok":
            QMessageBox.information(
                self.parent_widget, self.tr("Export PDF"), self.tr("Saved {0}").format(value)
            )
        elif outcome == "failed":
            self._failed(value)

    def _round_written(self, outcome: str, value: object) -> None:
        if outcome == "failed":
            self._failed(value)
            return
        if outcome == "cancelled":
            QMessageBox.information(
                self.parent_widget,
                self.tr("Reports cancelled"),
                self.tr(
                    "The reports finished before Cancel are kept whole; no file is half-written."
                ),
            )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def _failed(self, exc: BaseException) -> None:
        from kmdesk.report import NothingToReport, ReportWriteError

        if isinstance(exc, NothingToReport):
            QMessageBox.information(
                self.parent_widget,
                self.tr("Nothing to report"),
                self.tr("There are no ratings for this choice yet."),
            )
        elif isinstance(exc, ReportWriteError):  # an OSError with the report's own message
            QMessageBox.warning(self.parent_widget, self.tr("Not saved"), str(exc))
        elif isinstance(exc, OSError):
            QMessageBox.warning(self.parent_widget, self.tr("Not saved"), file_problem(exc))
        elif isinstance(exc, StoreError):
            show_problem(self.parent_widget, "report", exc)
        else:
            log_unexpected(type(exc), exc, exc.__traceback__)
            QMessageBox.critical(
                self.parent_widget,
                self.tr("Something went wrong"),
                self.tr("No report was written. The details are in:\n{0}").format(log_path()),
            )
