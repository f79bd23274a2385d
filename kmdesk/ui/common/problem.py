"""The red line under a form that says what is wrong with it, the same on every page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

# Red that stays readable on the light palette (contrast above 4.5:1 on white).
PROBLEM_STYLE = "color: #b3261e;"


def problem_label() -> QLabel:
    """A hidden, word-wrapped, selectable red label (tests find it by the name "problem")."""
    label = QLabel()
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(PROBLEM_STYLE)
    label.hide()
    return label
