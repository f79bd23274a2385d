"""`kmdesk --lang en` opens the window in English for that run, over the app's Thai setting."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kmdesk.cli.main import main
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.settings import Settings


def _first_menu_of_the_window(seen: list[str]) -> None:
    """Once the main window is up, note its first menu's title and close it."""

    def look():
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"]
        windows = windows or [w for w in QApplication.topLevelWidgets() if hasattr(w, "menuBar")]
        shown = [w for w in windows if w.isVisible()]
        if not shown:
            QTimer.singleShot(50, look)
            return
        seen.append(shown[0].menuBar().actions()[0].text())
        # Closing the last window ends the app's loop, as a user's closing it would
        # (QApplication.quit() would leave later tests unable to activate a window).
        for window in shown:
            window.close()

    QTimer.singleShot(0, look)


def test_lang_given_to_the_command_sets_the_windows_language_for_the_run(
    qapp, demo_file, monkeypatch
):
    Settings().set_text(keys.LANGUAGE, "th")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the app installs its own
    seen: list[str] = []
    _first_menu_of_the_window(seen)
    assert main(["--lang", "en", "--db", str(demo_file)]) == 0
    assert seen == ["&File"]
    assert Settings().text(keys.LANGUAGE) == "th"  # the app's own choice is kept

    _first_menu_of_the_window(seen)
    assert main(["--db", str(demo_file)]) == 0
    assert seen[1] == "แฟ้ม (&F)"  # Thai, as the app was set
