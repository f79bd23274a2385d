"""Starting the desktop app: language, bundled font, which database to open, the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from kmdesk.paths import data_dir, default_database_path
from kmdesk.store.db import DatabaseProblem, open_database
from kmdesk.ui import i18n
from kmdesk.ui import settings as keys
from kmdesk.ui.database_choice import DatabaseChoice
from kmdesk.ui.errors import install_excepthook
from kmdesk.ui.events import DataEvents
from kmdesk.ui.fonts import install_fonts
from kmdesk.ui.page import AppContext
from kmdesk.ui.settings import Settings


class FirstStart(QMessageBox):
    """On the very first start, offer the demo so a new user has something to look at."""

    def __init__(self):
        super().__init__()
        self.setWindowTitle(self.tr("Welcome to kmdesk"))
        self.setText(
            self.tr(
                "Would you like to look around with demo data first (three invented teams), "
                "or start with an empty database for your own team?"
            )
        )
        self.demo = self.addButton(self.tr("Open the demo"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Start empty"), QMessageBox.ButtonRole.RejectRole)

    def wants_demo(self) -> bool:
        self.exec()
        return self.clickedButton() is self.demo


def _first_choice(db: str | None, settings: Settings) -> str:
    if db or os.environ.get("KMDESK_DATABASE_URL"):
        return db or os.environ["KMDESK_DATABASE_URL"]
    last = settings.text(keys.LAST_DATABASE)
    if last:
        return last
    if not default_database_path().exists() and FirstStart().wants_demo():
        from kmdesk.exchange.demo import load_demo

        path = str(data_dir() / "demo.db")
        database = open_database(path)
        load_demo(database)
        database.dispose()
        return path
    return str(default_database_path())


def run(db: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kmdesk")
    app.setOrganizationName("kmdesk")
    app.setFont(install_fonts())
    install_excepthook()
    settings = Settings()
    i18n.switch(settings.text(keys.LANGUAGE) or i18n.system_language())
    target: str | None = _first_choice(db, settings)
    database = None
    while database is None:
        try:
            database = open_database(target)
        except DatabaseProblem as problem:
            target = DatabaseChoice().ask(problem)
            if target is None:
                return 2
    if not db:
        settings.set_text(keys.LAST_DATABASE, target)
    from kmdesk.ui.main_window import MainWindow

    window = MainWindow(AppContext(database, DataEvents(), settings))
    window.show()
    return app.exec()
