"""Helpers for UI tests: a page context on a real database, without building the main window."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from kmdesk.ui.common.events import DataEvents
from kmdesk.ui.common.page import AppContext
from kmdesk.ui.common.settings import Settings


def make_context(database, tmp_path) -> AppContext:
    """A context whose settings live in a file of the test's own, never the user's."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(database, DataEvents(), Settings(store))
