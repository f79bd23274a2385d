"""The dialog where the lead records the level the team agreed for one competency, and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.cycle import MAX_TEXT, CycleError, check_level, check_text
from kmdesk.ui.common.buttons import ok_cancel
from kmdesk.ui.common.problem import problem_label

SAVE, CLEAR = "save", "clear"


def text_problem(dialog: QWidget, text: str, what: str) -> str | None:
    """The dialog's words for a text longer than the cycle takes (the rule is assess's)."""
    try:
        check_text(text, what)
    except CycleError:
        return QCoreApplication.translate(
            "AgreedDialog", "{0} is {1} characters long; at most {2} fit."
        ).format(what, len(text.strip()), MAX_TEXT)
    return None


class AgreedDialog(QDialog):
    """One competency: the members' self-ratings, and the level agreed with its reason.

    After ``exec``: ``choice`` is SAVE (``level`` and ``reason`` hold what to store), CLEAR
    (take the agreed level back) or None (cancelled).
    """

    def __init__(
        self,
        competency: str,
        ratings: str,
        level_names: Sequence[str],
        level: int | None = None,
        reason: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("agreed_dialog")
        self.choice: str | None = None
        self.level: int | None = level
        self.reason = reason
        self.setWindowTitle(self.tr("Agreed level"))
        heading = QLabel(f"<b>{competency}</b>")
        heading.setWordWrap(True)
        scores = QLabel(ratings)
        scores.setWordWrap(True)
        note = QLabel(
            self.tr(
                "The level the team agreed in conversation. It is shown beside the "
                "self-ratings and never changes them."
            )
        )
        note.setWordWrap(True)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("(choose)"), None)
        for number, name in enumerate(level_names, start=1):
            self.level_combo.addItem(f"{number} – {name}", number)
        if level is not None:
            self.level_combo.setCurrentIndex(self.level_combo.findData(level))
        self.reason_edit = QPlainTextEdit(reason)
        self.reason_edit.setPlaceholderText(self.tr("Why the team settled on this level"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("&Level:"), self.level_combo)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.problem = problem_label()
        buttons = ok_cancel(self, self._save, save=True)
        self.clear_button = QPushButton(self.tr("Take &back"))
        self.clear_button.setToolTip(self.tr("This competency has no agreed level again"))
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        # after addButton, which shows it: with nothing agreed there is nothing to take back
        self.clear_button.setVisible(level is not None)
        self.clear_button.clicked.connect(self._clear)
        layout = QVBoxLayout(self)
        for widget in (heading, scores, note):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _save(self) -> None:
        level = self.level_combo.currentData()
        try:
            check_level(level)
        except CycleError:
            self._say(self.tr("Choose the level the team agreed (1–5)."))
            self.level_combo.setFocus()
            return
        reason = self.reason_edit.toPlainText()
        problem = text_problem(self, reason, self.tr("The reason"))
        if problem:
            self._say(problem)
            self.reason_edit.setFocus()
            return
        self.choice, self.level, self.reason = SAVE, level, reason.strip()
        self.accept()

    def _clear(self) -> None:
        self.choice = CLEAR
        self.accept()
