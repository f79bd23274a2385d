"""The band across the top of the window while the database is open read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kmdesk.ui.common.retranslate import Retranslates

STYLE = """
QLabel#readOnlyBanner {
    background: #fff3c4;
    color: #4a3b00;
    border-bottom: 1px solid #d9b73a;
    padding: 8px 12px;
    font-weight: bold;
}
"""


class ReadOnlyBanner(Retranslates, QLabel):
    """Says, in the user's language, that they can look, chart and print but change nothing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(
            self.tr(
                "This database is read-only: you can look, chart and print, but not change "
                "anything."
            )
        )
        self.setToolTip(
            self.tr(
                "The file, its folder or the disk cannot be written. To make changes, copy the "
                "file to a folder you can write to and open the copy."
            )
        )
