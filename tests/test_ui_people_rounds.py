"""Deleting a round from the People page: asked first, backed up, and said where (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kmdesk.store import repo
from kmdesk.store.backup import list_backups
from kmdesk.store.rounds import delete_round
from kmdesk.ui import i18n
from kmdesk.ui.people_page import PeoplePage, select_id
from tests.ui_support import make_context


@pytest.fixture
def page(qtbot, demo_db, tmp_path):
    i18n.switch("th")
    widget = PeoplePage(make_context(demo_db, tmp_path))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def rounds(database):
    with database.session() as session:
        return {r.title: r for r in repo.list_rounds(session)}


def press(button_name, seen):
    """Once the confirmation is up, note its words and press one of its buttons."""

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()}\n{box.informativeText()}")
        if button_name == "cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, answer)


def test_deleting_a_round_names_its_ratings_backs_up_first_and_says_where(
    qtbot, page, demo_db, db_path
):
    third = rounds(demo_db)["รอบที่ 3"]
    with demo_db.session() as session:
        in_third = sum(
            1
            for person in repo.list_facilitators(session)
            for r in repo.person_ratings(session, person.id, round_id=third.id)
        )
    assert in_third
    assert not page.delete_round_button.isEnabled()  # nothing selected yet
    select_id(page.round_view, third.id)
    assert page.delete_round_button.isEnabled()
    seen = []
    press("delete", seen)
    with qtbot.waitSignal(page.ctx.events.rounds_changed):
        page.delete_round_button.click()

    assert "“รอบที่ 3”" in seen[0]
    assert "8 ส.ค. 2568" in seen[0]
    assert f"{in_third} " in seen[0]  # how many ratings go with it
    assert "รอบที่ 3" not in rounds(demo_db)
    (backup,) = list_backups(db_path)
    assert backup.reason == "manual"
    assert backup.rounds == 3  # the backup still holds the deleted round
    assert str(backup.path) in page.rounds_note.text()
    shown = [page.round_model.record(r).title for r in range(page.round_model.rowCount())]
    assert shown == ["รอบที่ 1", "รอบที่ 2"]


def test_cancelling_the_delete_keeps_the_round_and_makes_no_backup(page, demo_db, db_path):
    first = rounds(demo_db)["รอบที่ 1"]
    select_id(page.round_view, first.id)
    seen = []
    press("cancel", seen)
    page.delete_round()
    assert seen
    assert "รอบที่ 1" in rounds(demo_db)
    assert list_backups(db_path) == []
    assert page.rounds_note.text() == ""


def test_a_round_nobody_rated_in_says_so(page, demo_db):
    added = repo.add_round(demo_db, "รอบทดลอง", rounds(demo_db)["รอบที่ 3"].date)
    page.refresh()
    select_id(page.round_view, added.id)
    seen = []
    press("delete", seen)
    page.delete_round()
    assert page.tr("Nobody has rated in it yet.") in seen[0]
    assert "รอบทดลอง" not in rounds(demo_db)


def test_a_round_deleted_elsewhere_first_is_refused_in_words_and_the_list_catches_up(page, demo_db):
    second = rounds(demo_db)["รอบที่ 2"]
    select_id(page.round_view, second.id)
    delete_round(demo_db, second.id)  # another window, or another PC on the server
    page.delete_round()  # refused before anything is asked
    assert page.rounds_note.text()
    assert page.round_model.row_of(second.id) == -1
