"""Honest opening in the app: read-only, damaged, gone, new only when asked, and the first start."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from kmdesk.paths import data_dir
from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.store.errors import ReadOnlyDatabase
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.settings import Settings
from kmdesk.ui.shell import app
from kmdesk.ui.shell.backups_dialog import BackupsDialog
from kmdesk.ui.shell.database_choice import Choice, DatabaseChoice, open_app_database
from kmdesk.ui.shell.main_window import MainWindow
from tests.disks import read_only_copy
from tests.ui_support import make_context

BANNER = "This database is read-only: you can look, chart and print, but not change anything."


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def answers(monkeypatch):
    """Stand-in for the modal "cannot open" box: records what it says, answers in turn."""
    said: list[tuple[str, list[str]]] = []
    queue: list[str] = []

    def pick(chooser, problem, *args, **kwargs):
        said.append((chooser.explain(problem), chooser.choices(problem)))
        return queue.pop(0) if queue else "quit"

    monkeypatch.setattr(DatabaseChoice, "pick", pick)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    return said, queue


def _ratings(database) -> int:
    with database.session() as session:
        return repo.rating_count(session)


def test_a_read_only_database_opens_read_only_under_a_banner(qtbot, demo_template, tmp_path):
    with read_only_copy(demo_template, tmp_path / "disk") as path:
        database = open_app_database(Choice(str(path)))
        try:
            assert database.read_only
            window = MainWindow(make_context(database, tmp_path))
            qtbot.addWidget(window)
            window.show()
            assert window.banner.isVisible() and window.banner.text() == BANNER
            assert window.banner.y() < window.splitter.y()  # across the top
            assert not window.import_action.isEnabled()
            assert not window.restore_action.isEnabled()
            assert not window.merge_action.isEnabled()
            assess = window.pages[0][1]
            # "every answer is saved at once" would contradict the banner
            assert not assess.saved_note.isVisible()
            card = assess.form.cards[0]
            before = card.shown_level(), card.answered()
            assess.choose(card.code, 1 if card.shown_level() != 1 else 2)
            assert assess.message.text() == "This database is read-only: nothing can be changed."
            assert (card.shown_level(), card.answered()) == before
            people = window.pages[4][1]
            people.team_view.selectRow(0)
            people.people_view.selectRow(0)
            people.round_view.selectRow(0)
            writes = (
                people.add_team_button,
                people.rename_team_button,
                people.add_round_button,
                people.edit_round_button,
                people.delete_round_button,
                people.add_person_button,
                people.edit_person_button,
                people.active_button,
            )
            assert not [b.text() for b in writes if b.isEnabled()]
            window.nav.setCurrentRow(2)
            team = window.stack.currentWidget()
            team.tabs.setCurrentIndex(team.KINDS.index("plan"))
            plan = team.plan_panel
            qtbot.waitUntil(plan.copy_button.isEnabled)  # the plan is shown, to copy
            plan.agreed_table.selectRow(0)
            assert not plan.new_button.isEnabled() and not plan.agree_button.isEnabled()
            window.close()
        finally:
            database.dispose()


def test_a_store_error_reaching_the_excepthook_is_said_plainly(qapp, monkeypatch):
    from kmdesk.ui.common.errors import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    warned, critical = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: critical.append(args[2]))
    install_excepthook()
    exc = ReadOnlyDatabase("x.db: the database is open read-only; nothing was saved")
    sys.excepthook(type(exc), exc, None)
    QApplication.processEvents()  # the message is shown from the event loop
    assert critical == [] and "read-only" in warned[0]


def test_a_bug_is_told_once_from_the_event_loop_and_logged_each_time(qapp, monkeypatch, tmp_path):
    from kmdesk.ui.common import errors

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = tmp_path / "kmdesk.log"
    monkeypatch.setattr(errors, "log_path", lambda: log)
    logged = []
    monkeypatch.setattr(errors, "log_unexpected", lambda *exc_info: logged.append(exc_info[1]))
    critical = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: critical.append(args[2]))
    errors.install_excepthook()
    # a bug in a paint handler raises on every paint
    for n in range(3):
        exc = RuntimeError(f"paint {n}")
        sys.excepthook(RuntimeError, exc, None)
    # nothing modal was opened inside the handler that raised
    assert critical == [] and [str(e) for e in logged] == ["paint 0", "paint 1", "paint 2"]
    QApplication.processEvents()
    assert len(critical) == 1 and str(log) in critical[0]


def _damage(path):
    data = bytearray(path.read_bytes())
    data[100 : 4096 * 3] = b"\xff" * (4096 * 3 - 100)  # keep the header, wreck the pages
    path.write_bytes(bytes(data))


def test_a_damaged_database_names_its_newest_backup_and_restores_it(
    qapp, demo_file, settings, answers, monkeypatch
):
    said, queue = answers
    database = open_database(str(demo_file))
    made = database.backup("manual")
    count = _ratings(database)
    database.dispose()
    _damage(demo_file)

    def choose_newest(dialog):  # Stand-in for the modal list: the newest row, confirmed.
        dialog.table.selectRow(0)
        dialog._restore_chosen()
        return dialog.result()

    monkeypatch.setattr(BackupsDialog, "exec", choose_newest)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    queue.append("restore")
    database, choice = app.open_first(str(demo_file), settings)
    try:
        text, choices = said[0]
        assert "is damaged" in text and str(made) in text
        assert choices[0] == "restore"
        assert choice.path == str(demo_file)
        assert _ratings(database) == count
        assert list(demo_file.parent.glob("kmdesk.db.damaged-*"))  # kept for whoever helps
    finally:
        database.dispose()


def test_a_remembered_database_that_is_gone_is_said_and_never_made_again(
    qapp, tmp_path, settings, answers
):
    said, _ = answers
    gone = tmp_path / "moved.db"
    settings.set_text(keys.LAST_DATABASE, str(gone))
    assert app.open_first(None, settings) is None
    assert "no database at" in said[0][0] and str(gone) in said[0][0]
    assert said[0][1] == ["open", "create", "quit"]
    assert not gone.exists()


def test_a_new_database_is_made_when_asked_and_only_then(
    qtbot, demo_db, tmp_path, settings, answers, monkeypatch
):
    said, queue = answers
    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    missing = tmp_path / "typo.db"
    assert window.switch_database(str(missing)) is False
    assert not missing.exists() and "no database at" in said[0][0]

    wanted = tmp_path / "team.db"
    monkeypatch.setattr(DatabaseChoice, "new_dialog", lambda *args: str(wanted))
    with qtbot.waitSignal(window.ctx.events.database_replaced):
        window.new_database_file()
    assert wanted.exists() and window.ctx.database.path == wanted
    assert window.ctx.settings.text(keys.LAST_DATABASE) == str(wanted)

    queue.append("create")  # offered when a database is not there
    other = tmp_path / "other.db"
    monkeypatch.setattr(DatabaseChoice, "new_dialog", lambda *args: str(other))
    assert window.switch_database(str(missing)) is True
    assert other.exists() and not missing.exists()
    window.ctx.database.dispose()


def test_first_start_makes_the_demo_in_the_data_folder(qapp, settings, monkeypatch):
    monkeypatch.setattr(app, "first_run", lambda settings, offer_start: app.DEMO)
    database, choice = app.open_first(None, settings)
    try:
        assert choice.path == str(data_dir() / "demo.db")
        assert _ratings(database) > 0
    finally:
        database.dispose()


def test_first_start_empty_makes_the_default_database(qapp, settings, monkeypatch):
    from kmdesk.paths import default_database_path

    monkeypatch.setattr(app, "first_run", lambda settings, offer_start: "empty")
    database, choice = app.open_first(None, settings)
    try:
        assert choice.path == str(default_database_path())
        assert default_database_path().exists() and _ratings(database) == 0
    finally:
        database.dispose()
