"""Restore from a backup: the list (Buddhist-Era dates in Thai, sizes, counts), then restoring."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kmdesk.store import backup as backups
from kmdesk.store.backup import BackupInfo
from kmdesk.store.errors import StoreError
from kmdesk.store.restore import restore
from kmdesk.ui.common import file_dialogs, i18n
from kmdesk.ui.common.errors import show_problem
from kmdesk.ui.common.retranslate import Retranslates
from kmdesk.ui.common.settings import Settings

COLUMNS = ("made", "reason", "size", "people", "rounds", "ratings")


class BackupsDialog(Retranslates, QDialog):
    """The automatic backups of one database, newest first; ``chosen`` is the one to put back."""

    def __init__(self, database_path: Path, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.database_path = database_path
        self.settings = settings
        self.chosen: Path | None = None
        self.found: list[BackupInfo] = backups.list_backups(database_path)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self._restore_chosen)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton()
        self.restore_button.setDefault(True)
        self.other_button = QPushButton()
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore_chosen)
        self.other_button.clicked.connect(self._restore_other)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        if self.found:
            self.table.selectRow(0)
        self._update_buttons()
        self.resize(760, 380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        if self.found:
            self.intro.setText(
                self.tr(
                    "Backups of {0}, newest first. Restoring puts the chosen backup in place of "
                    "the database; what is there now is kept first."
                ).format(self.database_path)
            )
        else:
            self.intro.setText(
                self.tr(
                    "There are no backups of {0} yet. kmdesk makes one each day the database is "
                    "opened, and before every upgrade, import and restore."
                ).format(self.database_path)
            )
        self.restore_button.setText(self.tr("&Restore…"))
        self.other_button.setText(self.tr("Another &file…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Why"),
                self.tr("Size"),
                self.tr("People"),
                self.tr("Rounds"),
                self.tr("Ratings"),
            ]
        )
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.found))
        for row, info in enumerate(self.found):
            cells = (
                self.made_text(info),
                self.reason_text(info.reason),
                self.size_text(info.size),
                *(self.count_text(n) for n in (info.people, info.rounds, info.ratings)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # --- words ------------------------------------------------------------------------

    @staticmethod
    def made_text(info: BackupInfo) -> str:
        """``30 พ.ย. 2569 08:27`` in Thai (Buddhist Era), ``30 Nov 2026 08:27`` in English."""
        return f"{i18n.date_text(info.made_at.date())} {info.made_at.strftime('%H:%M')}"

    def reason_text(self, reason: str) -> str:
        words = {
            "daily": self.tr("First opening of the day"),
            "upgrade": self.tr("Before an upgrade"),
            "import": self.tr("Before an import"),
            "merge": self.tr("Before a merge"),
            "restore": self.tr("Before a restore"),
            "manual": self.tr("Made by hand"),
        }
        return words.get(reason, reason)

    def size_text(self, size: int) -> str:
        if size < 1024 * 1024:
            return self.tr("{0} KB").format(max(1, round(size / 1024)))
        return self.tr("{0} MB").format(f"{size / 1024 / 1024:.1f}")

    @staticmethod
    def count_text(count: int | None) -> str:
        return "?" if count is None else f"{count:,}"

    # --- choosing ---------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _restore_chosen(self, *_args) -> None:
        info = self.selected()
        if info is not None and self.confirm(info):
            self.chosen = info.path
            self.accept()

    def _restore_other(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.settings,
            file_dialogs.Kind.DATABASE,
            self.tr("Restore from a backup file"),
            self.tr("kmdesk database or backup (*.db *.bak);;All files (*)"),
            self.database_path,
        )
        if path and self.confirm(backups.describe(Path(path))):
            self.chosen = Path(path)
            self.accept()

    def confirm(self, info: BackupInfo) -> bool:
        """Ask before anything is replaced, saying what the backup holds."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Put back the backup made on {0} at {1} ({2} people, {3} rounds, {4} ratings) "
                "in place of the database?\n\nWhat is there now is kept first: backed up in this "
                "list, or set aside beside the database if it is damaged."
            ).format(
                i18n.date_text(info.made_at.date()),
                info.made_at.strftime("%H:%M"),
                *(self.count_text(n) for n in (info.people, info.rounds, info.ratings)),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


def restore_file(
    parent: QWidget | None,
    database_path: Path,
    backup: Path,
    close_first: Callable[[], None] | None = None,
    reopen: Callable[[], object] | None = None,
) -> Path | None:
    """Put ``backup`` in place of the database and say so; None (and a plain message) if not.

    ``close_first`` closes the app's own connections to the database before it is replaced;
    ``reopen`` opens it again before anything else can run (the message box below lets
    timers fire, and a save still waiting must not land in the restored database).
    """
    if close_first is not None:
        close_first()
    try:
        replaced = restore(database_path, backup)
    except StoreError as exc:
        show_problem(parent, "restore", exc)
        return None
    if reopen is not None:
        reopen()
    if replaced.parent == backups.backup_folder(database_path):
        text = QApplication.translate(
            "BackupsDialog",
            "The backup is back in place. What the database held before is kept as the newest "
            "backup.",
        )
    elif replaced != database_path:
        text = QApplication.translate(
            "BackupsDialog", "The backup is back in place. The damaged file was kept as:\n{0}"
        )
    else:
        text = QApplication.translate("BackupsDialog", "The backup is back in place.")
    QMessageBox.information(
        parent,
        QApplication.translate("BackupsDialog", "Restore from a backup"),
        text.format(replaced),
    )
    return replaced


def choose_and_restore(
    parent: QWidget | None,
    database_path: Path,
    settings: Settings,
) -> Path | None:
    """Show the backups, let the user choose and confirm one, and put it back."""
    dialog = BackupsDialog(database_path, settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    return restore_file(parent, database_path, dialog.chosen)
