"""Signals that tell the pages what changed in the database, so each redraws only its part."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """Owned by the main window and handed to each page; not a global bus."""

    # facilitator id, round id, role
    rating_changed = Signal(str, str, str)
    people_changed = Signal()
    rounds_changed = Signal()
    framework_changed = Signal()
    database_replaced = Signal()
