"""Starting the desktop app: language, bundled font, which database to open, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kmdesk.logs import refused, start_logging
from kmdesk.paths import data_dir, default_database_path
from kmdesk.store.db import Database
from kmdesk.store.errors import NoSuchDatabase, StoreError
from kmdesk.ui.common import i18n
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.errors import install_excepthook
from kmdesk.ui.common.events import DataEvents
from kmdesk.ui.common.fonts import install_fonts
from kmdesk.ui.common.page import AppContext
from kmdesk.ui.common.settings import Settings
from kmdesk.ui.shell.database_choice import Choice, DatabaseChoice, file_of, open_app_database
from kmdesk.ui.shell.first_run import DEMO, NEW_TEAM, FirstRunDialog


def _demo() -> tuple[Choice, StoreError | None]:
    from kmdesk.exchange.demo import load_demo

    choice = Choice(str(data_dir() / "demo.db"))
    if Path(choice.path).exists():
        return choice, None
    try:
        data_dir().mkdir(parents=True, exist_ok=True)
        database = open_app_database(Choice(choice.path, create=True))
        try:
            load_demo(database)
        finally:
            database.dispose()
    except StoreError as problem:
        return choice, problem
    return choice, None


def first_run(settings: Settings, offer_start: bool) -> str:
    """The first-start dialog (a function, so tests can answer for the user)."""
    return FirstRunDialog(settings, offer_start).ask()


def _first_choice(
    db: str | None, settings: Settings, answer: list[str] | None = None
) -> tuple[Choice, StoreError | None]:
    """What to open first, and the problem already known with it (a remembered file gone).

    On the very first start (nothing given, nothing remembered, no database yet) the user
    chooses the language, then the demo or a new team; the answer goes into ``answer``.
    """
    given = db or os.environ.get("KMDESK_DATABASE_URL")
    last = settings.text(keys.LAST_DATABASE)
    if not given and not last and not default_database_path().exists():
        chosen = first_run(settings, offer_start=True)
        if answer is not None:
            answer.append(chosen)
        if chosen == DEMO:
            return _demo()
    if given:
        return Choice(given), None
    if last:
        path = file_of(last)
        if path is not None and not path.exists():
            # Moved or deleted since last time: say so, never put an empty one in its place.
            return Choice(last), NoSuchDatabase(str(path), "no such database")
        return Choice(last), None
    return Choice(str(default_database_path())), None


def open_first(
    db: str | None, settings: Settings, answer: list[str] | None = None
) -> tuple[Database, Choice] | None:
    """The database to start with; when it cannot be opened, the user chooses (None: quit)."""
    choice, problem = _first_choice(db, settings, answer)
    while True:
        if problem is None:
            try:
                return open_app_database(choice), choice
            except StoreError as exc:
                refused("open database", exc)
                problem = exc
        chosen = DatabaseChoice(settings).ask(problem, target=choice)
        if chosen is None:
            return None
        choice, problem = chosen, None


def run(db: str | None = None, lang: str | None = None) -> int:
    """The window on ``db`` (or the one chosen), in ``lang`` for this run when given
    (``kmdesk --lang en``), else in the language set in the app, else the system's."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kmdesk")
    app.setOrganizationName("kmdesk")
    app.setFont(install_fonts())
    start_logging()
    install_excepthook()
    settings = Settings()
    i18n.switch(lang or settings.text(keys.LANGUAGE) or i18n.system_language())
    answer: list[str] = []
    opened = open_first(db, settings, answer)
    if opened is None:
        return 2
    database, choice = opened
    if not (db or os.environ.get("KMDESK_DATABASE_URL")):
        settings.set_text(keys.LAST_DATABASE, choice.path)
    from kmdesk.ui.shell.main_window import MainWindow

    window = MainWindow(AppContext(database, DataEvents(), settings), page_after_paint=True)
    window.show()
    if answer == [NEW_TEAM]:
        window.new_team()
    code = app.exec()
    window.ctx.database.dispose()
    return code
