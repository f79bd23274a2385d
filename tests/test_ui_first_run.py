"""The first start: the language chosen and remembered, then the demo or the new-team path."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.ui.common import i18n
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.settings import Settings
from kmdesk.ui.shell import app
from kmdesk.ui.shell.first_run import DEMO, NEW_TEAM, FirstRunDialog, NewTeamDialog, people_lines
from kmdesk.ui.shell.main_window import MainWindow
from tests.ui_support import make_context


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def empty_db(tmp_path):
    database = open_database(str(tmp_path / "empty.db"), create=True)
    yield database
    database.dispose()


def test_the_language_defaults_to_the_system_and_is_remembered(qtbot, settings, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "th")
    dialog = FirstRunDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language_buttons["th"].isChecked()
    assert settings.text(keys.LANGUAGE) == "th"
    assert dialog.language_buttons["en"].text() == "English"  # both offered, each in itself
    dialog.language_buttons["en"].setChecked(True)
    qtbot.waitUntil(lambda: dialog.demo_button.text() == "Open the &demo")
    assert i18n.language() == "en" and settings.text(keys.LANGUAGE) == "en"


def test_an_english_system_starts_in_english_but_offers_thai(qtbot, settings, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    dialog = FirstRunDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language_buttons["en"].isChecked()
    assert dialog.language_buttons["th"].text() == "ไทย"


def test_the_first_start_asks_once_and_a_new_team_opens_the_default_database(
    qapp, settings, monkeypatch
):
    from kmdesk.paths import default_database_path

    asked = []
    monkeypatch.setattr(app, "first_run", lambda s, offer_start: asked.append(1) or NEW_TEAM)
    answer: list[str] = []
    database, choice = app.open_first(None, settings, answer)
    database.dispose()
    assert answer == [NEW_TEAM] and choice.path == str(default_database_path())
    settings.set_text(keys.LAST_DATABASE, choice.path)
    app.open_first(None, settings)[0].dispose()
    assert asked == [1]  # not again once a database is remembered


def test_the_first_start_can_open_the_demo(qapp, settings, monkeypatch):
    monkeypatch.setattr(app, "first_run", lambda s, offer_start: DEMO)
    database, choice = app.open_first(None, settings)
    try:
        assert choice.path.endswith("demo.db")
    finally:
        database.dispose()


def test_people_are_one_a_line():
    assert people_lines("  มาลัย  ศรีสุข \n\n สมชาย\n") == ["มาลัย ศรีสุข", "สมชาย"]


def _fill(dialog, team="บ้านใหม่", people="มาลัย ศรีสุข\nสมชาย ใจดี", title="รอบที่ 1"):
    dialog.team.setText(team)
    dialog.people.setPlainText(people)
    dialog.round_title.setText(title)
    dialog.round_date.set_date(dt.date.today())


def test_the_new_team_path_makes_team_people_round_and_opens_assess(qtbot, empty_db, tmp_path):
    window = MainWindow(make_context(empty_db, tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert window.welcome.isVisible()  # no team yet: the way to make one is shown
    window.nav.setCurrentRow(4)
    dialog = NewTeamDialog(window.ctx, window)
    _fill(dialog)
    dialog.role_boxes["coordinator"].setChecked(False)
    dialog.accept()
    assert dialog.made is not None
    assert window.new_team(dialog) is True
    assert window.nav.currentRow() == 0 and not window.welcome.isVisible()
    with empty_db.session() as session:
        team = repo.team_named(session, "บ้านใหม่")
        names = [f.name for f in repo.list_facilitators(session, team.id)]
        rounds = [r.title for r in repo.list_rounds(session)]
    assert sorted(names) == ["มาลัย ศรีสุข", "สมชาย ใจดี"] and rounds == ["รอบที่ 1"]
    assess = window.pages[0][1]
    qtbot.waitUntil(lambda: assess.person_combo.currentText().startswith("มาลัย"))
    assert assess.role_combo.currentData() == "process_lead"  # the first role chosen


def test_the_new_team_path_says_what_is_missing_and_writes_nothing(qtbot, empty_db, tmp_path):
    ctx = make_context(empty_db, tmp_path)
    dialog = NewTeamDialog(ctx)
    qtbot.addWidget(dialog)
    _fill(dialog, people="มาลัย\nมาลัย")
    dialog.accept()
    assert dialog.made is None and "twice" in dialog.problem.text()
    _fill(dialog, team=" ")
    dialog.accept()
    assert "team's name" in dialog.problem.text()
    for box in dialog.role_boxes.values():
        box.setChecked(False)
    _fill(dialog)
    dialog.accept()
    assert "role" in dialog.problem.text()
    with empty_db.session() as session:
        assert repo.list_teams(session) == [] and repo.list_rounds(session) == []


def test_the_welcome_note_stays_away_from_a_database_with_teams(qtbot, demo_db, tmp_path):
    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert not window.welcome.isVisible()
