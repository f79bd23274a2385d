"""The real main window on a database file opened as the app opens it, for UI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from kmdesk.ui.shell.database_choice import Choice, open_app_database
from kmdesk.ui.shell.main_window import MainWindow
from tests.ui_support import make_context


def _radar_idle(window: MainWindow) -> bool:
    radar = window.pages[0][1].radar
    return not radar.pending() or not radar.isVisible()


def app_window(qtbot, path: Path, tmp_path: Path, monkeypatch) -> Iterator[MainWindow]:
    """Shown, with the modal "saved"/"restored" boxes stood in for (a test cannot click them)."""
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    window = MainWindow(make_context(open_app_database(Choice(str(path))), tmp_path))
    # The Assess radar redraws on a timer after a change; let it finish before the window goes.
    qtbot.addWidget(window, before_close_func=lambda w: qtbot.waitUntil(lambda: _radar_idle(w)))
    window.show()
    yield window
    window.ctx.database.dispose()
