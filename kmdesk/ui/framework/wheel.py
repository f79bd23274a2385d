"""Spin and combo boxes that a passing mouse wheel cannot change, and that leave Ctrl+Z alone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
EXTRA_REDO = ("Ctrl+Shift+Z", "Ctrl+Y")


def is_history_key(event: QKeyEvent) -> bool:
    """Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y (whatever the platform calls undo and redo)."""
    if any(event.matches(key) for key in HISTORY_KEYS):
        return True
    pressed = QKeySequence(event.keyCombination()).toString()
    return pressed in EXTRA_REDO


class WheelGuard(QObject):
    """Lets the wheel change its widget only once the widget has focus (clicked or tabbed to).

    Without focus the wheel event is passed on, unaccepted, so the view or page under the
    pointer scrolls instead. The box's own typing-undo is skipped too, so Ctrl+Z reaches
    the page's undo, which takes back what was stored.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            # Returning True with the event ignored: QApplication offers it to the parent.
            event.ignore()
            return True
        if kind == QEvent.Type.ShortcutOverride and is_history_key(event):
            event.ignore()
            return True
        return False


def calm(widget: QWidget) -> QWidget:
    """Guard ``widget`` (a spin box or combo box): StrongFocus, and no wheel without focus."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(WheelGuard(widget))
    return widget
