"""Deleting a round from the People page: asked first, backed up, and said where (pytest-qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from kmdesk.assess.framework import Text
from kmdesk.store import repo
from kmdesk.store.backup import list_backups
from kmdesk.store.db import open_database
from kmdesk.store.errors import ReadOnlyDatabase
from kmdesk.store.frameworks import load_framework, save_indicator
from kmdesk.store.rounds import delete_round
from kmdesk.ui.common import i18n
from kmdesk.ui.common.errors import plain_message
from kmdesk.ui.people.dialogs import TeamDialog
from kmdesk.ui.people.models import RoundModel
from kmdesk.ui.people.page import PeoplePage, select_id
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
    # bundles now carry the deletion to other PCs: the warning says so before, not after
    assert "เครื่องอื่นที่รวมไฟล์ผลประเมินจากเครื่องนี้จะลบรอบนี้ด้วย" in seen[0]
    assert "รอบที่ 3" not in rounds(demo_db)
    (backup,) = list_backups(db_path)
    assert backup.reason == "manual"
    assert backup.rounds == 3  # the backup still holds the deleted round
    assert str(backup.path) in page.note.text()
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
    assert page.note.text() == ""


def test_the_confirmation_says_the_rounds_learning_plan_goes_too(page, demo_db, db_path):
    # The demo's second round holds one agreed level and one learning action.
    select_id(page.round_view, rounds(demo_db)["รอบที่ 2"].id)
    seen = []
    press("cancel", seen)
    page.delete_round()
    assert "แผนการเรียนรู้ของรอบนี้จะถูกลบไปด้วย" in seen[0]
    assert "2 รายการ" in seen[0]
    assert "รอบที่ 2" in rounds(demo_db)


def test_a_round_nobody_rated_in_says_so(page, demo_db):
    added = repo.add_round(demo_db, "รอบทดลอง", rounds(demo_db)["รอบที่ 3"].date)
    page.refresh()
    select_id(page.round_view, added.id)
    seen = []
    press("delete", seen)
    page.delete_round()
    from kmdesk.ui.common import i18n

    # the words written out, in the language the page is in
    expected = {"th": "ยังไม่มีใครประเมินในรอบนี้", "en": "Nobody has rated in it yet."}
    assert expected[i18n.language()] in seen[0]
    assert "รอบทดลอง" not in rounds(demo_db)


def test_a_round_deleted_elsewhere_first_is_refused_in_words_and_the_list_catches_up(page, demo_db):
    second = rounds(demo_db)["รอบที่ 2"]
    select_id(page.round_view, second.id)
    delete_round(demo_db, second.id)  # another window, or another PC on the server
    page.delete_round()  # refused before anything is asked
    assert page.note.text()
    assert page.round_model.row_of(second.id) == -1


def test_the_framework_version_column_shows_only_when_rounds_differ_in_it(page, demo_db):
    # One version in every demo round: the column would only repeat "1".
    assert page.round_view.isColumnHidden(RoundModel.VERSION)
    with demo_db.session() as session:
        indicator = load_framework(session).competencies[0].indicators[0]
    # The demo's ratings use version 1, so new wording makes version 2.
    version, _ = save_indicator(demo_db, replace(indicator, text=Text("ใหม่", "new")))
    repo.add_round(demo_db, "รอบที่ 4", rounds(demo_db)["รอบที่ 3"].date, version)
    page.refresh()
    assert version == 2
    assert not page.round_view.isColumnHidden(RoundModel.VERSION)


def test_a_round_dated_far_ahead_is_marked_for_correcting(qtmodeltester, demo_db):
    # What the Gregorian field saved when 2569 was typed: 30 ธ.ค. 3112 (2569 CE).
    repo.add_round(demo_db, "รอบที่ 4", dt.date(2569, 12, 30))
    model = RoundModel()
    model.today = lambda: dt.date(2026, 11, 30)
    with demo_db.session() as session:
        model.set_rounds(repo.list_rounds(session), {})
    qtmodeltester.check(model)
    marked = [
        model.record(row).title
        for row in range(model.rowCount())
        if model.index(row, RoundModel.DATE).data(Qt.ItemDataRole.ToolTipRole)
    ]
    assert marked == ["รอบที่ 4"]
    last = model.index(model.rowCount() - 1, RoundModel.DATE)
    assert last.data() == "30 ธ.ค. 3112"
    assert last.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_a_read_only_database_deletes_and_adds_nothing_and_says_why_plainly(
    qtbot, demo_db, db_path, tmp_path
):
    first = rounds(demo_db)["รอบที่ 1"]
    demo_db.dispose()
    viewer = open_database(str(db_path), read_only=True)
    try:
        page = PeoplePage(make_context(viewer, tmp_path))
        qtbot.addWidget(page)
        select_id(page.round_view, first.id)
        seen = []
        press("delete", seen)
        page.delete_round()
        # The user is told in the words the whole app uses for a read-only database.
        assert plain_message(ReadOnlyDatabase("x")) in page.note.text()
        assert "รอบที่ 1" in rounds(viewer)
        dialog = TeamDialog(viewer)
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("ปากพูน")
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.problem.text() == plain_message(ReadOnlyDatabase("x"))
    finally:
        viewer.dispose()
