"""The PIN dialog: the team lead's PIN asked once to open editing, or a new one typed twice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kmdesk.store.settings import PIN_MAX, PIN_MIN, valid_pin
from kmdesk.ui.common.buttons import ok_cancel
from kmdesk.ui.common.problem import problem_label
from kmdesk.ui.common.retranslate import Retranslates

# Arabic and Thai digits: a Thai keyboard layout types ๑๒๓๔.
DIGITS = QRegularExpression(f"[0-9๐-๙]{{0,{PIN_MAX}}}")


def pin_rule() -> str:
    """What a PIN must be, in the user's language (the dialog and the page both say it)."""
    return QCoreApplication.translate("PinDialog", "A PIN is {0} to {1} digits.").format(
        PIN_MIN, PIN_MAX
    )


class PinDialog(Retranslates, QDialog):
    """One PIN box (``new=False``), or a new PIN and the same again (``new=True``)."""

    def __init__(self, prompt: str, new: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.new = new
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.pin_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.pin_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setValidator(QRegularExpressionValidator(DIGITS, edit))
        self.pin_label, self.repeat_label = QLabel(), QLabel()
        self.pin_label.setBuddy(self.pin_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
        form = QFormLayout()
        form.addRow(self.pin_label, self.pin_edit)
        if new:
            form.addRow(self.repeat_label, self.repeat_edit)
        else:
            self.repeat_label.hide()
            self.repeat_edit.hide()
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Team lead's PIN"))
        self.pin_label.setText(self.tr("New &PIN:") if self.new else self.tr("&PIN:"))
        self.repeat_label.setText(self.tr("&Again:"))

    def pin(self) -> str:
        return self.pin_edit.text()

    def accept(self) -> None:
        if self.new:
            problem = None
            if not valid_pin(self.pin()):
                problem = pin_rule()
            elif self.repeat_edit.text() != self.pin():
                problem = self.tr("The two PINs are not the same; type it again.")
            if problem is not None:
                self.problem.setText(problem)
                self.problem.show()
                self.repeat_edit.clear()
                return
        super().accept()


def ask_pin(parent: QWidget, prompt: str, new: bool = False) -> str | None:
    """Run the dialog; the PIN typed, or None if it was cancelled."""
    dialog = PinDialog(prompt, new, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.pin()
    finally:
        dialog.deleteLater()
