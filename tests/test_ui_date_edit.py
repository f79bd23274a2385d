"""The date field in the user's calendar, on the round dialog and a real database (pytest-qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from kmdesk.store import repo
from kmdesk.ui.common import i18n
from kmdesk.ui.people.dialogs import RoundDialog
from kmdesk.ui.people.models import RoundModel

# The day "far from today" is measured from: 30 พ.ย. 2569 (30 November 2026).
TODAY = dt.date(2026, 11, 30)


def round_titled(database, title):
    with database.session() as session:
        return next((r for r in repo.list_rounds(session) if r.title == title), None)


def new_round_dialog(qtbot, database, lang="th"):
    i18n.switch(lang)
    dialog = RoundDialog(database, [1])
    qtbot.addWidget(dialog)
    dialog.date_edit.today = lambda: TODAY
    dialog.title_edit.setText("รอบที่ 4")
    return dialog


def type_date(qtbot, dialog, text):
    """Select what the field holds and type over it, key by key, as a person would."""
    dialog.date_edit.setFocus()
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, text)


def answer_the_question(button_name, seen):
    """Once the "did you mean" box is up, note its words and press one of its buttons."""

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText()))
        box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, answer)


def test_typing_2569_in_thai_saves_the_round_in_2026(qtbot, demo_db):
    # The bug: the field was Gregorian, so 2569 was saved as 2569 CE and shown as 3112.
    dialog = new_round_dialog(qtbot, demo_db)
    type_date(qtbot, dialog, "08/08/2569")
    assert dialog.date_said.text() == "8 สิงหาคม 2569"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert round_titled(demo_db, "รอบที่ 4").date == dt.date(2026, 8, 8)


def test_a_two_digit_or_gregorian_year_in_thai_is_shown_back_in_the_buddhist_era(qtbot, demo_db):
    dialog = new_round_dialog(qtbot, demo_db)
    type_date(qtbot, dialog, "8/8/69")
    dialog.date_edit.editingFinished.emit()
    assert dialog.date_edit.text() == "08/08/2569"
    type_date(qtbot, dialog, "8/8/2026")
    dialog.date_edit.editingFinished.emit()
    assert dialog.date_edit.text() == "08/08/2569"
    assert dialog.date() == dt.date(2026, 8, 8)


def test_in_english_the_field_is_gregorian_and_follows_a_language_switch(qtbot, demo_db):
    dialog = new_round_dialog(qtbot, demo_db, lang="en")
    dialog.date_edit.set_date(dt.date(2026, 2, 14))
    assert dialog.date_edit.text() == "14/02/2026"
    type_date(qtbot, dialog, "08/08/2026")
    assert dialog.date_said.text() == "8 Aug 2026"
    # The same day, now written in the Buddhist Era.
    i18n.switch("th")
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.date_edit.text() == "08/08/2569"
    i18n.switch("en")
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.date_edit.text() == "08/08/2026"
    dialog.accept()
    assert round_titled(demo_db, "รอบที่ 4").date == dt.date(2026, 8, 8)


def answer_after_typing(qtbot, database, typed, button_name):
    """A new round dated ``typed``, OK pressed, and the question answered with a button."""
    dialog = new_round_dialog(qtbot, database)
    type_date(qtbot, dialog, typed)
    seen = []
    answer_the_question(button_name, seen)
    dialog.accept()
    assert seen, "no question was asked"
    return dialog, seen[0]


def test_a_year_far_from_today_asks_did_you_mean_and_uses_the_answer(qtbot, demo_db):
    dialog, (text, detail) = answer_after_typing(qtbot, demo_db, "30/12/3112", "use")
    assert "30 ธันวาคม 2569" in text
    assert "30 ธันวาคม 3112" in detail
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert round_titled(demo_db, "รอบที่ 4").date == dt.date(2026, 12, 30)


def test_a_far_year_can_be_kept_on_purpose(qtbot, demo_db):
    # 2560 is 2017: nine years back, with no near twin to suggest
    dialog, _ = answer_after_typing(qtbot, demo_db, "08/08/2560", "keep")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert round_titled(demo_db, "รอบที่ 4").date == dt.date(2017, 8, 8)


def test_going_back_from_the_question_saves_nothing(qtbot, demo_db):
    dialog, _ = answer_after_typing(qtbot, demo_db, "30/12/3112", "back")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert round_titled(demo_db, "รอบที่ 4") is None
    assert dialog.date_edit.text() == "30/12/3112"  # left as typed, to correct


def test_a_round_re_dated_is_asked_about_but_an_unchanged_old_date_is_not(qtbot, demo_db):
    model = RoundModel()
    with demo_db.session() as session:
        first = repo.list_rounds(session)[0]
        model.set_rounds(repo.list_rounds(session), {})
    row = model.record(model.row_of(first.id))
    # Renaming a round years later must not question its old date.
    dialog = RoundDialog(demo_db, [1], row)
    qtbot.addWidget(dialog)
    dialog.date_edit.today = lambda: dt.date(2035, 1, 1)
    dialog.title_edit.setText("รอบแรก")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    # Re-dating one to a slip of the year is asked about.
    dialog = RoundDialog(demo_db, [1], row)
    qtbot.addWidget(dialog)
    dialog.date_edit.today = lambda: TODAY
    type_date(qtbot, dialog, "08/08/3110")
    seen = []
    answer_the_question("use", seen)
    dialog.accept()
    # 3110 BE is 2567 CE, far ahead; 2567 BE is 2024 CE
    assert "8 สิงหาคม 2567" in seen[0][0]
    with demo_db.session() as session:
        redated = next(r for r in repo.list_rounds(session) if r.id == first.id)
    assert redated.date == dt.date(2024, 8, 8)


@pytest.mark.parametrize("text", ["", "8/8", "31/9/2569", "29/02/2568"])
def test_a_date_that_is_not_a_date_is_refused_in_words(qtbot, demo_db, text):
    dialog = new_round_dialog(qtbot, demo_db)
    type_date(qtbot, dialog, text) if text else dialog.date_edit.clear()
    assert dialog.date() is None
    assert dialog.date_said.text() == ""
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "30/11/2569" in dialog.problem.text()  # an example in the user's calendar
    assert not text or f"“{text}”" in dialog.problem.text()
    assert round_titled(demo_db, "รอบที่ 4") is None
    qtbot.keyClicks(dialog.date_edit, "1")  # typing clears the problem line
    assert not dialog.problem.isVisibleTo(dialog)


# A popup grabs the keyboard and raises itself, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_calendar_is_headed_in_the_buddhist_era_and_fills_the_field(qtbot, demo_db):
    dialog = new_round_dialog(qtbot, demo_db)
    dialog.show()
    dialog.date_edit.set_date(dt.date(2026, 8, 8))
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = dialog.date_edit._popup
    assert popup.isVisible()
    assert popup.heading.text() == "สิงหาคม 2569"
    popup.forward.click()
    assert popup.heading.text() == "กันยายน 2569"
    popup.calendar.clicked.emit(QDate(2026, 9, 9))
    assert not popup.isVisible()
    assert dialog.date_edit.text() == "09/09/2569"
    assert dialog.date_said.text() == "9 กันยายน 2569"


def test_a_far_date_kept_on_purpose_stays_the_same_day_in_either_language(qtbot, demo_db):
    dialog = new_round_dialog(qtbot, demo_db)
    type_date(qtbot, dialog, "30/12/3112")  # 2569 CE
    i18n.switch("en")
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    # Shown as 2569, which typed in English would mean 2026; the day itself does not move.
    assert dialog.date_edit.text() == "30/12/2569"
    assert dialog.date() == dt.date(2569, 12, 30)
