"""Starting the desktop app: the QApplication, the bundled font and the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from kmdesk.store.db import DatabaseProblem, open_database
from kmdesk.ui.main_window import MainWindow


def run(db: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kmdesk")
    app.setOrganizationName("kmdesk")
    from kmdesk.ui.fonts import install_fonts

    app.setFont(install_fonts())
    try:
        database = open_database(db)
    except DatabaseProblem as exc:
        QMessageBox.critical(None, "kmdesk", str(exc))
        return 2
    window = MainWindow(database)
    window.show()
    return app.exec()
