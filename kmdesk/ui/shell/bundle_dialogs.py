"""File → Send my ratings… and File → Merge bundles…: ratings between office PCs, from the app."""

# Entry points for the File menu: send_my_ratings(window, ctx) and merge_bundles(window, ctx).
# The merge is previewed first (nothing written), then run in the background with progress
# and Cancel, all or nothing, by the same code as `kmdesk bundle import`.

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.people import rounds_in_order
from kmdesk.exchange import bundle
from kmdesk.exchange.bundle import MergeReport, SamePeopleUnconfirmed, Selection
from kmdesk.exchange.bundle_format import SUFFIX
from kmdesk.exchange.bundle_report import RatingLine
from kmdesk.exchange.bundle_words import problem_text
from kmdesk.exchange.problems import FileRejected
from kmdesk.store import frameworks, repo
from kmdesk.store.errors import StoreError
from kmdesk.ui.common import file_dialogs, i18n
from kmdesk.ui.common.errors import log_unexpected, show_problem
from kmdesk.ui.common.file_problems import file_problem
from kmdesk.ui.common.page import AppContext
from kmdesk.ui.common.tasks import Task
from kmdesk.ui.shell import merge_table

UNSAFE_IN_NAMES = str.maketrans({ch: " " for ch in '/\\:*?"<>|'})


def suggested_name(person: str, day: dt.date) -> str:
    """``มาลัย ศรีสุข 2568-11-30.kmdesk``: the person and the day, in the Buddhist Era."""
    name = " ".join(person.translate(UNSAFE_IN_NAMES).split())
    return f"{name} {day.year + 543:04d}-{day.month:02d}-{day.day:02d}{SUFFIX}"


def send_my_ratings(window: QWidget, ctx: AppContext) -> SendRatingsDialog:
    """File → Send my ratings…: choose a person and round, save a bundle to send."""
    dialog = SendRatingsDialog(ctx, window)
    dialog.open()
    return dialog


def merge_bundles(window: QWidget, ctx: AppContext) -> MergeBundlesDialog:
    """File → Merge bundles…: choose files, see what would change, then merge."""
    dialog = MergeBundlesDialog(ctx, window)
    dialog.open()
    return dialog


class SendRatingsDialog(QDialog):
    """A person's ratings (one round or all) with their history, as a bundle to send."""

    sent = Signal(str)  # the bundle's path

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Send my ratings"))
        self.person = QComboBox()
        self.round = QComboBox()
        with ctx.database.session() as session:
            teams = {t.id: t.name for t in repo.list_teams(session)}
            people = repo.list_facilitators(session)
            rounds = repo.list_rounds(session)
        for p in sorted(people, key=lambda p: (teams.get(p.team_id or "", ""), p.name)):
            team = teams.get(p.team_id or "", self.tr("no team"))
            self.person.addItem(f"{p.name} ({team})", (p.id, p.name, team))
        self.round.addItem(self.tr("All rounds"), None)
        for r in rounds_in_order(rounds):
            self.round.addItem(f"{r.title} ({i18n.date_text(r.date)})", (r.id, r.title))
        self.round.setCurrentIndex(self.round.count() - 1)
        form = QFormLayout()
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("&Round:"), self.round)
        # Hidden until a bundle is saved: an empty label left a gap above Close.
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.save_button = QPushButton(self.tr("&Save bundle…"))
        self.save_button.setEnabled(self.person.count() > 0)
        if self.person.count() == 0:  # say why Save is off
            self.result.setText(self.tr("No facilitators yet: add them on the People page."))
            self.result.show()
        self.save_button.clicked.connect(lambda: self.send())
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def selection(self) -> Selection:
        person_id, name, team = self.person.currentData()
        chosen = self.round.currentData()
        labels = {"person": name, "team": team}
        if chosen:
            labels["round"] = chosen[1]
        return Selection(person=person_id, round=chosen[0] if chosen else None, labels=labels)

    def send(self, path: str | None = None) -> Path | None:
        """Write the bundle to ``path`` (asked for when None); returns where, or None."""
        if self.person.currentData() is None:
            return None
        if path is None:
            path = file_dialogs.save_file(
                self,
                self.ctx.settings,
                file_dialogs.Kind.RATINGS,
                self.tr("Send my ratings"),
                self.tr("kmdesk bundle (*.kmdesk)"),
                suggested_name(self.person.currentData()[1], dt.date.today()),
                suffix=SUFFIX.lstrip("."),
                database=self.ctx.database.path,
            )
        if not path:
            return None
        try:
            done = bundle.export_bundle(self.ctx.database, path, self.selection())
        except FileRejected as exc:
            lang = i18n.language()
            shown = "\n".join(problem_text(p, lang) for p in exc.problems)
            QMessageBox.warning(self, self.tr("Not saved"), shown)
            return None
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), file_problem(exc, path))
            return None
        except StoreError as exc:
            show_problem(self, "send ratings", exc)
            return None
        self.path = done.path
        # Three lines: a Thai sentence wrapped around a long path was cut at the right edge.
        self.result.setText(
            "\n".join(
                (
                    self.tr("Saved {0} ratings in this file:").format(done.counts["ratings"]),
                    str(done.path),
                    self.tr("Send it by LINE, e-mail or USB stick."),
                )
            )
        )
        self.result.show()
        # Grow to the message's height (a long path wraps): a dialog keeps its size otherwise
        # and squeezed the message and the boxes above it.
        self.adjustSize()
        self.folder_button.setEnabled(True)
        self.sent.emit(str(done.path))
        return done.path

    def open_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


class MergeBundlesDialog(QDialog):
    """Bundles from other PCs: a preview of what would change, then the merge."""

    merged = Signal(object)  # the MergeReport, after something was written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.files: list[str] = []
        self.report: MergeReport | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Merge bundles"))
        self.choose_button = QPushButton(self.tr("&Choose files…"))
        self.choose_button.clicked.connect(lambda: self.choose())
        self.file_list = QListWidget()
        self.file_list.setMaximumHeight(90)
        self.summary = QLabel(self.tr("Choose the bundles (.kmdesk) others sent you."))
        self.summary.setWordWrap(True)
        self.conflicts = merge_table.make_table()
        with ctx.database.session() as session:
            # role names for the table (the roles are the same in every version)
            found = frameworks.latest_version(session)
            self.framework = frameworks.load_framework(session, found) if found else None
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        # The names in a label that wraps: in the check box's own text, six names made the
        # dialog wider than the screen.
        self.same_names = QLabel()
        self.same_names.setWordWrap(True)
        self.same_names.setVisible(False)
        self.same_people = QCheckBox(self.tr("Merge &each of them as one person"))
        self.same_people.setVisible(False)
        self.same_people.toggled.connect(self._update_buttons)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.file_list)
        layout.addWidget(self.summary)
        self.conflicts_label = QLabel()
        self.conflicts.hide()  # until there are files to preview
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 2)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.same_names)
        layout.addWidget(self.same_people)
        layout.addWidget(buttons)
        # Wide enough for the conflicts' seven columns on a 1366-pixel screen.
        room = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1180, int(room.width() * 0.9)), min(580, int(room.height() * 0.85)))

    # --- choosing and previewing -------------------------------------------------------

    def choose(self, paths: list[str] | None = None) -> Task | None:
        """Take ``paths`` (asked for when None) and preview merging them, in the background."""
        if paths is None:
            paths = self._ask_for_files()
        if not paths:
            return None
        self.files = list(paths)
        self.file_list.clear()
        self.file_list.addItems([Path(p).name for p in self.files])
        self.report = None
        # the last files' conflicts and report must not pass for these files' while they load
        self._clear_conflicts()
        self.details.clear()
        self.same_people.setChecked(False)
        self.same_people.hide()
        self.same_names.hide()
        self._update_buttons()
        database, files = self.ctx.database, list(self.files)
        return self._start(
            self.tr("Reading the bundles…"),
            lambda report: bundle.preview_merge(database, files, True, report),
            self._previewed,
        )

    def _ask_for_files(self) -> list[str]:
        dialog = file_dialogs.make_dialog(
            self,
            self.ctx.settings,
            file_dialogs.Kind.RATINGS,
            self.tr("Merge bundles"),
            self.tr("kmdesk bundles (*.kmdesk)"),
            database=self.ctx.database.path,
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        chosen = dialog.selectedFiles()
        if chosen:
            key = file_dialogs.FOLDER_PREFIX + file_dialogs.Kind.RATINGS
            self.ctx.settings.set_text(key, str(Path(chosen[0]).parent))
        return chosen

    def _start(self, label: str, work, done) -> Task:
        self.choose_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        self.task = Task(self, label, self.tr("Cancel"), work)
        self.task.finished.connect(done)
        self.task.start()
        return self.task

    def _previewed(self, outcome: str, value: object) -> None:
        self.choose_button.setEnabled(True)
        if outcome == "ok":
            self.report = value
            self._show(value, preview=True)
        elif outcome == "failed":
            self._failed(value)
        else:  # Cancel while reading: say so, rather than leave the files listed as if ready
            self.summary.setText(self.tr("Cancelled: choose the files again to see the preview."))
        self._update_buttons()

    def _show(self, report: MergeReport, preview: bool) -> None:
        counts = report.counts
        # counts after a colon each: "1 ratings", "1 conflicts" read wrong in English
        if preview:
            text = self.tr(
                "If merged — ratings added: {0}, updated: {1}, unchanged: {2}, conflicts: {3}."
            )
        else:
            text = self.tr(
                "Merged — ratings added: {0}, updated: {1}, unchanged: {2}, conflicts: {3}."
            )
        self.summary.setText(
            text.format(counts["added"], counts["updated"], counts["unchanged"], counts["conflict"])
        )
        self._fill_conflicts(report.conflicts)
        self.details.setPlainText(merge_table.details(report, self.framework))
        if report.same_people and preview:
            names = ", ".join(f"{s.name} ({s.team})" for s in report.same_people)
            self.same_names.setText(
                self.tr("These look like the same person under two ids: {0}").format(names)
            )
        asked = bool(report.same_people) and preview
        self.same_names.setVisible(asked)
        self.same_people.setVisible(asked)

    def _clear_conflicts(self) -> None:
        self.conflicts.setRowCount(0)
        self.conflicts.hide()
        self.conflicts_label.clear()

    def _fill_conflicts(self, lines: list[RatingLine]) -> None:
        merge_table.fill(self.conflicts, lines, self.framework)
        # an empty table's squeezed headings said nothing; a sentence says there are none
        self.conflicts.setVisible(bool(lines))
        self.conflicts_label.setText(
            self.tr("Changed on two PCs (the later change is kept):")
            if lines
            else self.tr("No rating was changed on two PCs.")
        )

    def _update_buttons(self) -> None:
        ready = self.report is not None and bool(self.files)
        if ready and self.report.same_people:
            ready = self.same_people.isChecked()
        self.merge_button.setEnabled(ready and (self.task is None or not self._running()))

    def _running(self) -> bool:
        return self.task is not None and self.task.thread.isRunning()

    # --- merging -----------------------------------------------------------------------

    def merge(self) -> Task | None:
        """Merge the chosen files in the background: all or nothing, Cancel rolls back."""
        if self.report is None:
            return None
        database, files = self.ctx.database, list(self.files)
        confirmed = self.same_people.isChecked()
        return self._start(
            self.tr("Merging {0} bundles…").format(len(files)),
            lambda report: bundle.merge_bundles(database, files, confirmed, report),
            self._merged,
        )

    def _merged(self, outcome: str, value: object) -> None:
        self.choose_button.setEnabled(True)
        if outcome == "ok":
            self.report = None
            self._show(value, preview=False)
            self.ctx.events.database_replaced.emit()
            self.merged.emit(value)
        elif outcome == "cancelled":
            self.summary.setText(self.tr("Cancelled: nothing was merged."))
        else:
            self._failed(value)
        self._update_buttons()

    def _failed(self, exc: object) -> None:
        self.report = None
        self._clear_conflicts()
        if isinstance(exc, FileRejected):
            self.summary.setText(self.tr("Nothing was merged. These files were refused:"))
            lang = i18n.language()
            self.details.setPlainText("\n".join(problem_text(p, lang) for p in exc.problems))
        elif isinstance(exc, SamePeopleUnconfirmed):
            self.summary.setText(self.tr("Nothing was merged."))
            self.details.setPlainText(merge_table.details(exc.report, self.framework))
        elif isinstance(exc, StoreError):
            show_problem(self, "merge", exc)
        else:
            log_unexpected(type(exc), exc, exc.__traceback__)
            self.summary.setText(self.tr("Something went wrong; nothing was merged."))
