"""The Framework page's edit mode: read-only by default, a PIN lock, no wheel accidents, undo."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog

from kmdesk.assess.pairs import PairSettings
from kmdesk.store import frameworks as store_fw
from kmdesk.store import repo
from kmdesk.store import settings as pins
from kmdesk.store.db import open_database
from kmdesk.ui.common import i18n
from kmdesk.ui.framework.page import FrameworkPage
from kmdesk.ui.framework.pin import PinDialog
from tests.ui_support import make_context


@pytest.fixture(autouse=True)
def _english(qapp):
    # Messages are compared with the page's own tr(), so the language does not matter;
    # English keeps the failures readable.
    i18n.switch("en")
    yield


class Answers:
    """Stands in for a dialog: gives the answers in order, and records the prompts."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, prompt: str, *_more):
        self.asked.append(prompt)
        return self.answers.pop(0)


def make_page(qtbot, database, tmp_path) -> FrameworkPage:
    page = FrameworkPage(make_context(database, tmp_path))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.confirm = lambda _text: True
    return page


def click_switch(qtbot, page) -> None:
    qtbot.mouseClick(page.lock.switch, Qt.MouseButton.LeftButton)


def show_numbers(qtbot, page) -> None:
    """Go to the "Targets and learning pairs" tab, as a user would."""
    qtbot.mouseClick(
        page.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=page.tabs.tabBar().tabRect(page.NUMBERS_TAB).center(),
    )
    assert page.tabs.currentIndex() == page.NUMBERS_TAB


def stored_target(database, role: str, code: str) -> int:
    with database.session() as session:
        return store_fw.load_targets(session)[role][code]


def latest(database) -> int:
    with database.session() as session:
        return store_fw.latest_version(session)


def wheel(widget, steps: int = 1) -> None:
    """One notch of a mouse wheel over the middle of ``widget``, as the window system sends it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def ctrl_z(qtbot, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, modifiers)


# --- read-only until "Edit framework" -------------------------------------------------------


def test_outside_edit_mode_nothing_can_be_edited(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    before = (latest(db), stored_target(db, "recorder", "S7"))
    assert not page.editing and not page.lock.switch.isChecked()
    assert "Read-only" in page.lock.banner.text()
    # targets: plain numbers, no spin boxes, and the model refuses a write
    index = page.target_model.index_of("recorder", "S7")
    assert page.targets_box.spin("recorder", "S7") is None
    assert not page.target_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not page.target_model.setData(index, 5)
    # wording: read-only boxes, no Save, Add or Retire
    page.select("K1.1")
    assert all(box.isReadOnly() for pair in page.editor.boxes for box in pair.values())
    for button in (page.save_button, page.add_button, page.retire_button):
        assert not button.isVisibleTo(page)
    page.editor.boxes[0]["th"].setPlainText("ไม่ควรบันทึก")  # as if typed somehow
    page.save_edits()
    assert not page.write_indicator(page.editor.edited())
    page.toggle_retired()
    # thresholds: read-only, and a value set anyway is not stored
    spin = page.pairs_box.spins["supplier_min"]
    assert spin.isReadOnly()
    spin.setValue(3.0)
    assert spin.value() == 4.0
    # no undo either
    assert not page.history.undo_action.isEnabled()
    assert (latest(db), stored_target(db, "recorder", "S7")) == before
    with db.session() as session:
        assert store_fw.load_framework(session).indicator("K1.1").text.th != "ไม่ควรบันทึก"
        assert store_fw.stored_pair_values(session) == dict.fromkeys(store_fw.PAIR_KEYS)

    # The switch turns everything on, and off again.
    click_switch(qtbot, page)
    assert page.editing and "Editing" in page.lock.banner.text()
    assert page.targets_box.spin("recorder", "S7") is not None
    assert not page.editor.boxes[0]["th"].isReadOnly()
    assert not page.pairs_box.spins["supplier_min"].isReadOnly()
    click_switch(qtbot, page)
    assert not page.editing and page.targets_box.spin("recorder", "S7") is None


def test_leaving_edit_mode_with_unsaved_wording_asks(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    click_switch(qtbot, page)
    page.select("K1.1")
    page.editor.boxes[0]["en"].setPlainText("Typed, not saved")
    page.confirm = lambda _text: False
    click_switch(qtbot, page)
    assert page.editing and page.lock.switch.isChecked()
    assert page.editor.boxes[0]["en"].toPlainText() == "Typed, not saved"
    page.confirm = lambda _text: True
    click_switch(qtbot, page)
    assert not page.editing
    assert page.editor.boxes[0]["en"].toPlainText() != "Typed, not saved"


def test_a_read_only_database_cannot_be_switched_to_editing(qtbot, db, db_path, tmp_path):
    db.dispose()
    read_only = open_database(str(db_path), read_only=True)
    try:
        page = make_page(qtbot, read_only, tmp_path)
        assert not page.lock.switch.isEnabled()
        assert not page.lock.enter()
        assert "read-only" in page.lock.banner.text()
    finally:
        read_only.dispose()


# --- the team lead's PIN ----------------------------------------------------------------------


def test_a_pin_locked_mode_refuses_a_wrong_pin_and_accepts_the_right_one(qtbot, db, tmp_path):
    pins.set_pin(db, "2568")
    page = make_page(qtbot, db, tmp_path)
    assert page.lock.locked
    page.lock.ask_pin = Answers("1111", None, "2568")
    click_switch(qtbot, page)
    assert not page.editing and not page.lock.switch.isChecked()
    assert page.lock.notice.text() == (
        "That is not the team lead's PIN; the framework stays read-only."
    )
    assert page.targets_box.spin("recorder", "S7") is None
    click_switch(qtbot, page)  # cancelled
    assert not page.editing
    click_switch(qtbot, page)
    assert page.editing and page.targets_box.spin("recorder", "S7") is not None
    assert page.lock.notice.isHidden()
    assert len(page.lock.ask_pin.asked) == 3


def test_with_a_pin_editing_ends_when_the_page_is_left(qtbot, db, tmp_path):
    pins.set_pin(db, "2568")
    page = make_page(qtbot, db, tmp_path)
    page.lock.ask_pin = Answers("2568")
    click_switch(qtbot, page)
    assert page.editing
    page.hide()
    assert not page.editing


def test_setting_changing_and_removing_the_pin_from_the_page(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    click_switch(qtbot, page)
    assert page.lock.pin_button.isVisibleTo(page)
    assert page.lock.set_pin_action.isVisible() and not page.lock.remove_pin_action.isVisible()
    page.lock.ask_pin = Answers("4321")
    page.lock.set_pin_action.trigger()
    with db.session() as session:
        assert pins.has_pin(session) and pins.check_pin(session, "4321")
    assert page.lock.locked and page.lock.change_pin_action.isVisible()
    # Changing needs the PIN set now.
    page.lock.ask_pin = Answers("0000")
    page.lock.change_pin_action.trigger()
    assert page.lock.notice.text() == ("That is not the PIN set now; nothing was changed.")
    page.lock.ask_pin = Answers("4321", "98765")
    page.lock.change_pin_action.trigger()
    with db.session() as session:
        assert pins.check_pin(session, "98765") and not pins.check_pin(session, "4321")
    page.lock.ask_pin = Answers("98765")
    page.lock.remove_pin_action.trigger()
    with db.session() as session:
        assert not pins.has_pin(session)
    assert not page.lock.locked


def test_the_new_pin_dialog_wants_the_same_digits_twice(qtbot):
    dialog = PinDialog("?", new=True)
    qtbot.addWidget(dialog)
    dialog.pin_edit.setText("123")
    dialog.repeat_edit.setText("123")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text() == "A PIN is 4 to 12 digits."
    dialog.pin_edit.setText("2568")
    dialog.repeat_edit.setText("2567")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.repeat_edit.setText("2568")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.pin() == "2568"
    # Letters never get in.
    dialog.pin_edit.clear()
    qtbot.keyClicks(dialog.pin_edit, "12ab34")
    assert dialog.pin_edit.text() == "1234"


# --- the mouse wheel ------------------------------------------------------------------------


def test_a_wheel_over_an_unfocused_target_changes_nothing(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    click_switch(qtbot, page)
    show_numbers(qtbot, page)
    spin = page.targets_box.spin("recorder", "S7")
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert stored_target(db, "recorder", "S7") == 3  # default.json: recorder S7 is 3
    assert not spin.hasFocus()
    wheel(spin)
    wheel(spin.lineEdit())  # the part of the spin box the pointer is really over
    assert spin.value() == 3 and stored_target(db, "recorder", "S7") == 3
    assert page.history.stack.count() == 0
    # Once clicked into (focused), the wheel is the user's choice: one notch up is 4.
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel(spin)
    assert spin.value() == 4 and stored_target(db, "recorder", "S7") == 4


def test_a_wheel_over_an_unfocused_threshold_changes_nothing(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    click_switch(qtbot, page)
    show_numbers(qtbot, page)
    spin = page.pairs_box.spins["gap_min"]
    wheel(spin)
    assert spin.value() == 2.0
    with db.session() as session:
        assert store_fw.stored_pair_values(session)["gap_min"] is None


# --- undo -------------------------------------------------------------------------------------


def test_a_target_edit_then_ctrl_z_restores_exactly_the_stored_value(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    click_switch(qtbot, page)
    show_numbers(qtbot, page)
    spin = page.targets_box.spin("process_lead", "S7")
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    assert stored_target(db, "process_lead", "S7") == 4  # default.json
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert stored_target(db, "process_lead", "S7") == 2  # 4, then 3, then 2
    assert page.history.stack.count() == 2
    ctrl_z(qtbot)
    assert stored_target(db, "process_lead", "S7") == 3
    ctrl_z(qtbot)
    assert stored_target(db, "process_lead", "S7") == 4
    assert spin.value() == 4  # the cell shows it
    assert not page.history.undo_action.isEnabled()
    ctrl_z(qtbot, shift=True)
    assert stored_target(db, "process_lead", "S7") == 3
    assert spin.value() == 3


def test_an_indicator_edit_then_ctrl_z_restores_the_stored_wording(qtbot, db, tmp_path):
    with db.session() as session:
        old = store_fw.load_framework(session).indicator("S9.1")
    page = make_page(qtbot, db, tmp_path)
    click_switch(qtbot, page)
    page.select("S9.1")
    page.editor.boxes[2]["en"].setPlainText("Asks the team before deciding")
    page.save_button.click()
    with db.session() as session:
        assert store_fw.load_framework(session).indicator("S9.1").level_text(2).en == (
            "Asks the team before deciding"
        )
    page.lock.switch.setFocus()
    ctrl_z(qtbot)
    with db.session() as session:
        assert store_fw.load_framework(session).indicator("S9.1") == old
        assert store_fw.latest_version(session) == 1
    assert page.editor.shown() == old
    ctrl_z(qtbot, shift=True)
    assert page.editor.shown().level_text(2).en == "Asks the team before deciding"


def test_undo_of_a_new_version_that_a_round_now_uses_is_refused_plainly(qtbot, db, tmp_path):
    team = repo.add_team(db, "บางจาก")
    person = repo.add_facilitator(db, "สุภาพร ใจงาม", "พช.", team.id)
    rnd = repo.add_round(db, "รอบที่ 1", dt.date(2025, 8, 8))
    repo.set_rating(db, person.id, rnd.id, "coordinator", "K1.1", 3)
    page = make_page(qtbot, db, tmp_path)
    click_switch(qtbot, page)
    page.select("K1.2")
    page.retire_button.click()  # version 1 is rated: this makes version 2
    with db.session() as session:
        assert store_fw.latest_version(session) == 2
    repo.add_round(db, "รอบที่ 2", dt.date(2026, 2, 1))  # set up on version 2
    page.history.undo_action.trigger()
    assert page.notice.text() == (
        "That step cannot be taken back now: ratings or a new round use the framework "
        "version it made, or it was changed elsewhere. Nothing was changed."
    )
    qtbot.waitUntil(lambda: page.history.stack.count() == 0)
    with db.session() as session:
        assert store_fw.latest_version(session) == 2
        assert store_fw.load_framework(session).indicator("K1.2").retired


# --- learning-pair thresholds ---------------------------------------------------------------


def test_thresholds_are_checked_saved_and_undone(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    click_switch(qtbot, page)
    show_numbers(qtbot, page)
    spins = page.pairs_box.spins
    spins["learner_max"].setValue(4.0)  # not below supplier_min (4.0): refused
    assert spins["learner_max"].value() == 2.0
    assert page.pairs_box.problem.isVisibleTo(page)
    with db.session() as session:
        assert store_fw.stored_pair_values(session) == dict.fromkeys(store_fw.PAIR_KEYS)
    spins["supplier_min"].setValue(3.5)
    assert page.pairs_box.problem.isHidden()
    with db.session() as session:
        assert store_fw.load_pair_settings(session) == PairSettings(3.5, 2.0, 2.0)
    page.history.undo_action.trigger()
    with db.session() as session:
        # exactly as before: no rows at all, so the defaults apply
        assert store_fw.stored_pair_values(session) == dict.fromkeys(store_fw.PAIR_KEYS)
    assert spins["supplier_min"].value() == 4.0


def test_thresholds_saved_on_the_page_are_what_kmdesk_analyze_uses(
    qtbot, db, db_path, tmp_path, run_kmdesk
):
    # Two people in ท่าไร่, coordinators: มาลัย scores 3 in K1, สมชาย 2.
    team = repo.add_team(db, "ท่าไร่")
    malai = repo.add_facilitator(db, "มาลัย ศรีสุข", "พอช.", team.id)
    somchai = repo.add_facilitator(db, "สมชาย ใจดี", "กศน.", team.id)
    rnd = repo.add_round(db, "รอบที่ 1", dt.date(2025, 8, 8))
    for code in ("K1.1", "K1.2"):  # all of K1: only a full rating makes a teacher
        repo.set_rating(db, malai.id, rnd.id, "coordinator", code, 3)
        repo.set_rating(db, somchai.id, rnd.id, "coordinator", code, 2)

    def analyze() -> dict:
        done = run_kmdesk(
            "analyze", "--team", "ท่าไร่", "--round", "รอบที่ 1", "--role", "coordinator",
            "--json", db=db_path,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    # The defaults (4, 2, 2): nobody reaches 4, so สมชาย (2 ≤ 2) needs outside help in K1.
    first = analyze()
    assert first["settings"] == {"supplier_min": 4.0, "learner_max": 2.0, "gap_min": 2.0}
    assert first["needs_outside_help"] == ["K1"]

    page = make_page(qtbot, db, tmp_path)
    click_switch(qtbot, page)
    show_numbers(qtbot, page)
    page.targets_box.spin("coordinator", "K1").setValue(4)  # was 3
    spins = page.pairs_box.spins
    spins["supplier_min"].setValue(3.0)
    spins["learner_max"].setValue(2.5)
    spins["gap_min"].setValue(1.5)

    result = analyze()
    assert result["settings"] == {"supplier_min": 3.0, "learner_max": 2.5, "gap_min": 1.5}
    (k1,) = [p for p in result["pairs"] if p["competency"] == "K1"]
    # มาลัย: 3 ≥ 3 teaches; her gap 4 − 3 = 1 < 1.5 and 3 > 2.5, so she is no learner.
    # สมชาย: 2 ≤ 2.5 learns, gap 4 − 2 = 2.
    assert k1["suppliers"] == [{"name": "มาลัย ศรีสุข", "score": 3.0}]
    assert k1["learners"] == [{"name": "สมชาย ใจดี", "score": 2.0, "gap": 2.0}]
    assert k1["pairs"] == [{"learner": "สมชาย ใจดี", "supplier": "มาลัย ศรีสุข"}]
    assert result["needs_outside_help"] == []


def test_the_threshold_message_follows_the_language(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    click_switch(qtbot, page)
    show_numbers(qtbot, page)
    page.pairs_box.spins["learner_max"].setValue(4.5)
    english = page.pairs_box.problem.text()
    assert english.startswith("Not saved: “needs to learn” must be a lower level")
    i18n.switch("th")
    # The language change reaches the page through Qt's event queue.
    thai = "ยังไม่ได้บันทึก ระดับ “ต้องเรียนรู้” ต้องต่ำกว่า “สอนคนอื่นได้” มิฉะนั้นคนเดียวอาจต้องทั้งสอนและเรียนเรื่องเดียวกัน"
    qtbot.waitUntil(lambda: page.pairs_box.problem.text() == thai, timeout=5000)
    assert english
