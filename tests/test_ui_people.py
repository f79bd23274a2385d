"""The people page and its dialogs on a real database: teams, facilitators, rounds (pytest-qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog

from kmdesk.store import repo
from kmdesk.ui.common import i18n
from kmdesk.ui.people.dialogs import FacilitatorDialog, RoundDialog, TeamDialog, agency_choices
from kmdesk.ui.people.models import (
    ACTIVE_ROLE,
    ID_ROLE,
    FacilitatorModel,
    PeopleFilter,
    RoundModel,
    TeamModel,
)
from kmdesk.ui.people.page import PeoplePage, select_id
from tests.ui_support import make_context

# The day "far from today" is measured from in these tests: 30 พ.ย. 2569.
TODAY = dt.date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _thai():
    i18n.switch("th")
    yield
    i18n.switch("th")


def counts(database):
    with database.session() as session:
        return (
            len(repo.list_teams(session)),
            len(repo.list_facilitators(session)),
            len(repo.list_rounds(session)),
        )


def person_named(database, name):
    with database.session() as session:
        return next(p for p in repo.list_facilitators(session) if p.name == name)


def team_named(database, name):
    with database.session() as session:
        return next(t for t in repo.list_teams(session) if t.name == name)


@pytest.fixture
def page(qtbot, demo_db, tmp_path):
    ctx = make_context(demo_db, tmp_path)
    widget = PeoplePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def answer(fill):
    """A stand-in for the modal loop: fill the dialog in, press OK, return what it saved."""

    def run(dialog):
        fill(dialog)
        dialog.accept()
        return dialog.saved if dialog.result() == QDialog.DialogCode.Accepted else None

    return run


# --- item models -------------------------------------------------------------------------


def test_every_people_model_passes_the_model_tester(qtmodeltester, demo_db):
    with demo_db.session() as session:
        teams = repo.list_teams(session)
        people = repo.list_facilitators(session)
        rounds = repo.list_rounds(session)
    team_model, people_model, round_model = TeamModel(), FacilitatorModel(), RoundModel()
    qtmodeltester.check(team_model)
    team_model.set_teams(teams, people)
    people_model.set_people(people, teams, {people[0].id: 7})
    round_model.set_rounds(rounds, {})
    proxy = PeopleFilter()
    proxy.setSourceModel(people_model)
    proxy.set_search("กศน")
    for model in (team_model, people_model, round_model, proxy):
        qtmodeltester.check(model)
    for model in (team_model, people_model, round_model):
        model.retranslate()
        qtmodeltester.check(model)


def test_the_search_box_filters_people_by_name_agency_or_team(page):
    page.search_edit.setText("กศน")
    assert page.people_view.model().rowCount() == 2
    page.search_edit.setText("บางจาก วิชัย")
    shown = page.people_view.model()
    assert shown.rowCount() == 1
    assert shown.index(0, FacilitatorModel.NAME).data() == "วิชัย ทองดี"
    page.search_edit.clear()
    assert shown.rowCount() == 9


def test_round_dates_are_buddhist_era_in_thai_and_follow_the_language(page):
    model = page.round_model
    dates = [model.index(r, RoundModel.DATE).data() for r in range(model.rowCount())]
    assert dates == ["8 ส.ค. 2567", "14 ก.พ. 2568", "8 ส.ค. 2568"]
    # The view sorts through its proxy: newest first when the date header is clicked twice.
    page.round_view.sortByColumn(RoundModel.DATE, Qt.SortOrder.DescendingOrder)
    assert page.round_view.model().index(0, RoundModel.DATE).data() == "8 ส.ค. 2568"
    i18n.switch("en")
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert model.index(2, RoundModel.DATE).data() == "8 Aug 2025"


# --- dialogs refuse blanks and duplicates, and write nothing --------------------------------


def test_a_duplicate_team_is_refused_naming_the_existing_one(qtbot, demo_db):
    before = counts(demo_db)
    dialog = TeamDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("  บางจาก ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisibleTo(dialog)
    assert "“บางจาก”" in dialog.problem.text()
    assert dialog.name_edit.text() == "  บางจาก "  # what was typed is kept
    assert counts(demo_db) == before


def test_a_blank_team_name_is_refused_by_the_domain(qtbot, demo_db):
    before = counts(demo_db)
    dialog = TeamDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text() == "กรุณาพิมพ์ชื่อทีม"
    assert counts(demo_db) == before
    # Typing clears the problem line.
    qtbot.keyClicks(dialog.name_edit, "x")
    assert not dialog.problem.isVisibleTo(dialog)


def test_renaming_a_team_to_another_teams_name_is_refused(qtbot, demo_db):
    tha_rai = team_named(demo_db, "ท่าไร่")
    row = TeamModel()
    with demo_db.session() as session:
        row.set_teams(repo.list_teams(session), [])
    dialog = TeamDialog(demo_db, row.record(row.row_of(tha_rai.id)))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("มะม่วงสองต้น")
    dialog.accept()
    assert "“มะม่วงสองต้น”" in dialog.problem.text()
    assert team_named(demo_db, "ท่าไร่").id == tha_rai.id


def test_a_duplicate_person_in_the_same_team_is_refused(qtbot, demo_db):
    before = counts(demo_db)
    with demo_db.session() as session:
        teams = repo.list_teams(session)
    bang_chak = team_named(demo_db, "บางจาก")
    dialog = FacilitatorDialog(demo_db, teams, [], team_id=bang_chak.id)
    qtbot.addWidget(dialog)
    assert dialog.team_box.currentData() == bang_chak.id
    dialog.name_edit.setText("วิชัย  ทองดี")  # spacing does not make a new person
    dialog.agency_box.setCurrentText("กศน.")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "“วิชัย ทองดี”" in dialog.problem.text()
    assert "บางจาก" in dialog.problem.text()
    assert counts(demo_db) == before


def test_a_duplicate_of_an_inactive_person_says_how_to_find_them(qtbot, demo_db):
    wichai = person_named(demo_db, "วิชัย ทองดี")
    repo.set_facilitator_active(demo_db, wichai.id, False)
    with demo_db.session() as session:
        teams = repo.list_teams(session)
    dialog = FacilitatorDialog(demo_db, teams, [], team_id=wichai.team_id)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("วิชัย ทองดี")
    dialog.accept()
    hint = "วิชัย ทองดี ไม่ได้ใช้งานอยู่: ให้ติ๊ก “แสดงรายชื่อที่ไม่ใช้งาน” เพื่อหาชื่อ แล้วกด “เปิดใช้งานอีกครั้ง”"
    assert dialog.problem.text().endswith(hint)


def test_the_same_name_in_another_team_is_a_different_person(qtbot, demo_db):
    with demo_db.session() as session:
        teams = repo.list_teams(session)
    dialog = FacilitatorDialog(demo_db, teams, [], team_id=team_named(demo_db, "ท่าไร่").id)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("วิชัย ทองดี")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved.team_id == team_named(demo_db, "ท่าไร่").id


def test_a_blank_facilitator_name_is_refused(qtbot, demo_db):
    before = counts(demo_db)
    dialog = FacilitatorDialog(demo_db, [], [])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.problem.text() == "กรุณาพิมพ์ชื่อคุณอำนวย"
    assert counts(demo_db) == before


def test_a_duplicate_round_title_is_refused(qtbot, demo_db):
    before = counts(demo_db)
    dialog = RoundDialog(demo_db, [1])
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("รอบที่   1")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "“รอบที่ 1”" in dialog.problem.text()
    assert counts(demo_db) == before


def test_the_agency_box_offers_agencies_in_use_and_the_common_ones(qtbot, demo_db):
    dialog = FacilitatorDialog(demo_db, [], ["สสจ."])
    qtbot.addWidget(dialog)
    offered = [dialog.agency_box.itemText(i) for i in range(dialog.agency_box.count())]
    assert offered[0] == "สสจ."
    assert {"กศน.", "พช.", "พอช.", "ธ.ก.ส.", "ธ.ออมสิน", "ม.วลัยลักษณ์", "อบต."} <= set(offered)
    assert agency_choices(["กศน."]).count("กศน.") == 1


def test_the_round_dialog_says_the_date_with_a_buddhist_era_year(qtbot, demo_db):
    dialog = RoundDialog(demo_db, [1])
    qtbot.addWidget(dialog)
    dialog.date_edit.set_date(dt.date(2025, 8, 8))
    assert dialog.date_edit.text() == "08/08/2568"
    assert dialog.date_said.text() == "8 สิงหาคม 2568"


# --- the page writes through the store --------------------------------------------------


def test_adding_a_team_a_person_and_a_round_from_the_page(qtbot, page, demo_db):
    events = page.ctx.events

    def team(dialog):
        dialog.name_edit.setText("  ท่าศาลา ")

    page.run_dialog = answer(team)
    with qtbot.waitSignal(events.people_changed):
        page.add_team()
    tha_sala = team_named(demo_db, "ท่าศาลา")
    assert page.team_view.selectionModel().selectedRows()[0].data(ID_ROLE) == tha_sala.id

    def person(dialog):
        assert dialog.team_box.currentData() == tha_sala.id  # the selected team
        dialog.name_edit.setText("ปรีชา ใจดี")
        dialog.agency_box.setCurrentText("สสอ.")

    page.run_dialog = answer(person)
    with qtbot.waitSignal(events.people_changed):
        page.add_person()
    added = person_named(demo_db, "ปรีชา ใจดี")
    assert (added.agency, added.team_id, added.active) == ("สสอ.", tha_sala.id, True)
    assert "สสอ." in page._agencies

    def add_round(dialog):
        dialog.title_edit.setText("รอบที่ 4")
        dialog.date_edit.today = lambda: TODAY
        dialog.date_edit.set_date(dt.date(2026, 2, 14))

    page.run_dialog = answer(add_round)
    with qtbot.waitSignal(events.rounds_changed):
        page.add_round()
    with demo_db.session() as session:
        fourth = next(r for r in repo.list_rounds(session) if r.title == "รอบที่ 4")
    assert (fourth.date, fourth.framework_version) == (dt.date(2026, 2, 14), 1)
    row = page.round_model.row_of(fourth.id)
    assert page.round_model.index(row, RoundModel.DATE).data() == "14 ก.พ. 2569"


def test_editing_a_person_by_double_click_and_a_round(qtbot, page, demo_db):
    wichai = person_named(demo_db, "วิชัย ทองดี")
    tha_rai = team_named(demo_db, "ท่าไร่")
    select_id(page.people_view, wichai.id)

    def edit(dialog):
        assert dialog.name_edit.text() == "วิชัย ทองดี"
        dialog.name_edit.setText("วิชัย ทองดีมาก")
        dialog.agency_box.setCurrentText("พช.")
        dialog.team_box.setCurrentIndex(dialog.team_box.findData(tha_rai.id))

    page.run_dialog = answer(edit)
    index = page.people_view.selectionModel().selectedRows()[0]
    page.people_view.doubleClicked.emit(index)
    moved = person_named(demo_db, "วิชัย ทองดีมาก")
    assert (moved.id, moved.agency, moved.team_id) == (wichai.id, "พช.", tha_rai.id)

    with demo_db.session() as session:
        first = repo.list_rounds(session)[0]
    select_id(page.round_view, first.id)

    def retitle(dialog):
        assert not dialog.version_box.isEnabled()
        dialog.title_edit.setText("รอบแรก")

    page.run_dialog = answer(retitle)
    page.edit_round()
    with demo_db.session() as session:
        assert repo.list_rounds(session)[0].title == "รอบแรก"


def test_deactivating_keeps_the_persons_ratings_and_reactivating_brings_them_back(page, demo_db):
    wichai = person_named(demo_db, "วิชัย ทองดี")
    with demo_db.session() as session:
        ratings = len(repo.person_ratings(session, wichai.id))
    assert ratings > 0
    select_id(page.people_view, wichai.id)
    assert page.active_button.text().startswith("ปิดการใช้งาน")  # and its key (&V)
    page.active_button.click()

    assert person_named(demo_db, "วิชัย ทองดี").active is False
    with demo_db.session() as session:
        assert len(repo.person_ratings(session, wichai.id)) == ratings
    assert str(ratings) in page.note.text()
    # Hidden by default, shown greyed with "Show inactive".
    shown = page.people_view.model()
    ids = {shown.index(r, 0).data(ID_ROLE) for r in range(shown.rowCount())}
    assert wichai.id not in ids
    assert page.people_view.isColumnHidden(FacilitatorModel.STATUS)
    page.show_inactive_check.setChecked(True)
    assert not page.people_view.isColumnHidden(FacilitatorModel.STATUS)
    select_id(page.people_view, wichai.id)
    index = page.people_view.selectionModel().selectedRows()[0]
    assert index.data(ACTIVE_ROLE) is False
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert shown.index(index.row(), FacilitatorModel.RATINGS).data() == str(ratings)
    # The team counts only active members.
    bang_chak = page.team_model.row_of(team_named(demo_db, "บางจาก").id)
    assert page.team_model.index(bang_chak, TeamModel.MEMBERS).data() == "2"

    assert page.active_button.text().startswith("เปิดใช้งานอีกครั้ง")
    page.active_button.click()
    assert person_named(demo_db, "วิชัย ทองดี").active is True


def test_cancelling_a_dialog_writes_nothing(page, demo_db):
    """The real dialogs, filled in and then cancelled, as a user changing their mind would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    before = counts(demo_db)
    seen = []

    def fill_then_cancel():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        for edit in dialog.findChildren(QLineEdit):
            edit.setText("ยกเลิกแล้ว")
        dialog.reject()  # what Cancel and Escape do

    for action in (page.add_team, page.add_person, page.add_round):
        QTimer.singleShot(0, fill_then_cancel)
        action()
    assert seen == ["TeamDialog", "FacilitatorDialog", "RoundDialog"]
    assert counts(demo_db) == before


def test_changes_made_elsewhere_are_shown(page, demo_db):
    repo.add_team(demo_db, "ปากพูน")
    page.ctx.events.people_changed.emit()
    names = [page.team_model.record(r).name for r in range(page.team_model.rowCount())]
    assert "ปากพูน" in names
