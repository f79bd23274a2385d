"""The Assess page on a real database: keys, mouse, notes, undo/redo, copying, counter and radar."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kmdesk.store import assess_queries, repo
from kmdesk.store.frameworks import load_framework, save_indicator
from kmdesk.ui.assess.keys import KeyAction, key_action
from kmdesk.ui.assess.page import AssessPage
from kmdesk.ui.assess.undo import Selection
from kmdesk.ui.common import i18n
from kmdesk.ui.common import settings as keys
from tests.ui_support import make_context

ROLE = "coordinator"
NEW_ROUND = "รอบที่ 4"


def stored(database, sel: Selection) -> dict:
    """Every rating of the selection, as full Rating tuples by indicator code."""
    with database.session() as session:
        rows = repo.person_ratings(session, sel.facilitator_id, sel.role, sel.round_id)
    return {r.indicator: r for r in rows}


def levels(database, sel: Selection) -> dict:
    return {code: (r.level, r.evidence) for code, r in stored(database, sel).items()}


@pytest.fixture
def fresh_round(demo_db):
    """An empty fourth round after the demo's three, so the form starts unanswered."""
    return repo.add_round(demo_db, NEW_ROUND, dt.date(2026, 2, 14))


@pytest.fixture
def person(demo_db):
    with demo_db.session() as session:
        return repo.list_facilitators(session, active_only=True)[0]


@pytest.fixture
def ctx(demo_db, tmp_path, fresh_round, person):
    context = make_context(demo_db, tmp_path)
    context.settings.set_text(keys.ASSESS_PERSON, person.id)
    context.settings.set_text(keys.ASSESS_ROUND, fresh_round.id)
    context.settings.set_text(keys.ASSESS_ROLE, ROLE)
    return context


@pytest.fixture
def page(qtbot, ctx):
    widget = AssessPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: focused_card(widget) is not None)
    return widget


@pytest.fixture
def sel(page) -> Selection:
    return page.selection


def focused_card(page):
    widget = QApplication.focusWidget()
    return widget if widget in page.form.cards else None


def press(qtbot, page, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(widget, text: str) -> None:
    """Type Thai into a widget key by key (QTest's keyClicks only knows Latin-1)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


# --- the keyboard ---------------------------------------------------------------------------


def test_page_opens_on_the_chosen_selection_with_the_first_card_focused(page, fresh_round):
    assert page.selection.round_id == fresh_round.id
    assert page.selection.role == ROLE
    assert focused_card(page) is page.form.cards[0]
    assert page.counter.text() == "Rated 0 of 18"


def test_digit_rates_the_focused_card_and_moves_on(qtbot, page, sel, demo_db):
    first, second = page.form.cards[:2]
    press(qtbot, page, "3")
    assert levels(demo_db, sel) == {first.code: (3, "")}
    assert focused_card(page) is second
    assert page.counter.text() == "Rated 1 of 18"
    assert first.choices[3].property("chosen") is True


def test_question_mark_stores_not_sure(qtbot, page, sel, demo_db):
    first = page.form.cards[0]
    press(qtbot, page, "?")
    assert levels(demo_db, sel) == {first.code: (None, "")}
    assert page.counter.text() == "Rated 1 of 18 · 1 not sure"
    assert focused_card(page) is page.form.cards[1]


def test_numpad_digit_rates(qtbot, page, sel, demo_db):
    first = page.form.cards[0]
    press(qtbot, page, Qt.Key.Key_4, Qt.KeyboardModifier.KeypadModifier)
    assert levels(demo_db, sel) == {first.code: (4, "")}


def key_event(key=0, text="", modifiers=Qt.KeyboardModifier.NoModifier) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)


@pytest.mark.parametrize(
    ("key", "text", "modifiers", "expected"),
    [
        (Qt.Key.Key_1, "1", Qt.KeyboardModifier.NoModifier, 1),
        (Qt.Key.Key_5, "5", Qt.KeyboardModifier.KeypadModifier, 5),
        (0x0E52, "๒", Qt.KeyboardModifier.NoModifier, 2),  # a Thai digit
        (0x0E45, "ๅ", Qt.KeyboardModifier.NoModifier, 1),  # the 1 key on the Thai layout
        (0x0E16, "ถ", Qt.KeyboardModifier.NoModifier, 5),  # the 5 key on the Thai layout
        (Qt.Key.Key_Question, "?", Qt.KeyboardModifier.ShiftModifier, KeyAction.NOT_SURE),
        (0x0E26, "ฦ", Qt.KeyboardModifier.ShiftModifier, KeyAction.NOT_SURE),
        (Qt.Key.Key_N, "n", Qt.KeyboardModifier.NoModifier, KeyAction.NOTE),
        (0x0E37, "ื", Qt.KeyboardModifier.NoModifier, KeyAction.NOTE),  # N on the Thai layout
        (Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier, KeyAction.NOTE),
        (Qt.Key.Key_Delete, "", Qt.KeyboardModifier.NoModifier, KeyAction.CLEAR),
        (Qt.Key.Key_Backspace, "\b", Qt.KeyboardModifier.NoModifier, KeyAction.CLEAR),
        (Qt.Key.Key_Down, "", Qt.KeyboardModifier.NoModifier, KeyAction.NEXT),
        (Qt.Key.Key_Up, "", Qt.KeyboardModifier.NoModifier, KeyAction.PREVIOUS),
        (Qt.Key.Key_Z, "\x1a", Qt.KeyboardModifier.ControlModifier, None),
        (Qt.Key.Key_6, "6", Qt.KeyboardModifier.NoModifier, None),
    ],
)
def test_keys_on_latin_and_thai_keyboards(qapp, key, text, modifiers, expected):
    assert key_action(key_event(key, text, modifiers)) == expected


def test_thai_digit_rates_the_card(qtbot, page, sel, demo_db):
    card = page.form.cards[0]
    QApplication.sendEvent(card, key_event(0x0E54, "๔"))
    assert levels(demo_db, sel) == {card.code: (4, "")}


def test_arrows_move_and_delete_clears(qtbot, page, sel, demo_db):
    cards = page.form.cards
    press(qtbot, page, Qt.Key.Key_Down)
    press(qtbot, page, Qt.Key.Key_Down)
    assert focused_card(page) is cards[2]
    press(qtbot, page, Qt.Key.Key_Up)
    assert focused_card(page) is cards[1]
    press(qtbot, page, Qt.Key.Key_Right)  # no answer yet: → gives level 1
    press(qtbot, page, Qt.Key.Key_Right)
    assert levels(demo_db, sel) == {cards[1].code: (2, "")}
    assert focused_card(page) is cards[1]
    press(qtbot, page, Qt.Key.Key_Delete)
    assert levels(demo_db, sel) == {}
    assert page.counter.text() == "Rated 0 of 18"
    press(qtbot, page, Qt.Key.Key_End)
    assert focused_card(page) is cards[-1]
    press(qtbot, page, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused_card(page) is cards[-2]


def test_tabbing_in_from_the_top_bar_lands_where_you_left_off(qtbot, page):
    press(qtbot, page, "3")
    press(qtbot, page, "3")
    page.role_combo.setFocus()
    for _ in range(5):
        press(qtbot, page, Qt.Key.Key_Tab)
        if focused_card(page) is not None:
            break
    assert focused_card(page) is page.form.cards[2]


def test_a_whole_role_takes_one_key_per_indicator(qtbot, page, sel, demo_db):
    total = len(page.form.cards)
    presses = 0
    for level in [3, 2, 4, 1, 5, 3, 3, 2, 4, 4, 3, 2, 1, 5, 3, 3, 4, 2]:
        if len(levels(demo_db, sel)) == total:
            break
        press(qtbot, page, str(level))
        presses += 1
    assert len(levels(demo_db, sel)) == total == 18
    assert presses <= 2 * total
    assert presses == total  # in fact one key each: the focus moves on by itself
    assert page.counter.text() == "Rated 18 of 18"


# --- the mouse and the note -----------------------------------------------------------------


def test_clicking_a_level_sentence_rates(qtbot, page, sel, demo_db):
    card = page.form.cards[4]
    qtbot.mouseClick(card.choices[2].sentence, Qt.MouseButton.LeftButton)
    assert levels(demo_db, sel) == {card.code: (2, "")}
    assert focused_card(page) is card  # the mouse does not jump the view to the next card
    qtbot.mouseClick(card.not_sure, Qt.MouseButton.LeftButton)
    assert levels(demo_db, sel) == {card.code: (None, "")}


def test_the_note_is_saved_when_editing_finishes(qtbot, page, sel, demo_db):
    card = page.form.cards[0]
    press(qtbot, page, "4")
    press(qtbot, page, Qt.Key.Key_Up)
    press(qtbot, page, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is card.note
    type_text(card.note, "จัดเวที")
    press(qtbot, page, Qt.Key.Key_Return)
    assert focused_card(page) is card
    assert levels(demo_db, sel) == {card.code: (4, "จัดเวที")}
    # Esc also leaves the note, and what was typed is kept
    press(qtbot, page, "n")
    type_text(card.note, " หมู่ 3")
    press(qtbot, page, Qt.Key.Key_Escape)
    assert focused_card(page) is card
    assert levels(demo_db, sel) == {card.code: (4, "จัดเวที หมู่ 3")}


def test_a_note_written_before_the_answer_is_saved_with_it(qtbot, page, sel, demo_db):
    card = page.form.cards[0]
    press(qtbot, page, Qt.Key.Key_Return)
    type_text(card.note, "ยังไม่ได้ทำ")
    press(qtbot, page, Qt.Key.Key_Return)
    assert levels(demo_db, sel) == {}  # no answer yet, so nothing is stored
    assert card.note_hint.isVisibleTo(card)
    press(qtbot, page, "2")
    assert levels(demo_db, sel) == {card.code: (2, "ยังไม่ได้ทำ")}


def test_a_pasted_note_keeps_to_what_the_store_keeps(qtbot, page, sel, demo_db):
    # Word's line break (\x0b) and a stray control character came through a paste, and
    # the store refused the whole note: the typed words were lost when the form reloaded.
    card = page.form.cards[0]
    press(qtbot, page, "4")
    press(qtbot, page, Qt.Key.Key_Up)
    press(qtbot, page, Qt.Key.Key_Return)
    QApplication.clipboard().setText("จัดเวที\x0bหมู่ 3\x01")
    card.note.paste()
    press(qtbot, page, Qt.Key.Key_Return)
    assert levels(demo_db, sel) == {card.code: (4, "จัดเวที หมู่ 3")}
    press(qtbot, page, "n")
    card.note.selectAll()
    QApplication.clipboard().setText("ก" * 2_500)
    card.note.paste()
    press(qtbot, page, Qt.Key.Key_Return)
    assert levels(demo_db, sel) == {card.code: (4, "ก" * 2_000)}


# --- undo and redo --------------------------------------------------------------------------


def test_undo_and_redo_restore_the_exact_rows(qtbot, page, sel, demo_db):
    card = page.form.cards[0]
    snapshots = [stored(demo_db, sel)]  # absent
    press(qtbot, page, "3")
    snapshots.append(stored(demo_db, sel))
    press(qtbot, page, Qt.Key.Key_Up)
    press(qtbot, page, "n")
    type_text(card.note, "เล่าให้สมาชิกใหม่ฟัง")
    press(qtbot, page, Qt.Key.Key_Return)
    snapshots.append(stored(demo_db, sel))
    press(qtbot, page, "5")
    snapshots.append(stored(demo_db, sel))
    press(qtbot, page, Qt.Key.Key_Up)
    press(qtbot, page, Qt.Key.Key_Delete)
    snapshots.append(stored(demo_db, sel))
    assert snapshots[0] == {} and snapshots[-1] == {}
    assert snapshots[3][card.code].level == 5
    assert snapshots[3][card.code].evidence == "เล่าให้สมาชิกใหม่ฟัง"
    assert page.undo_stack.count() == 4

    for expected in reversed(snapshots[:-1]):
        press(qtbot, page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert stored(demo_db, sel) == expected  # level, note and time, exactly
    assert not page.undo_action.isEnabled()
    assert card.state is None and card.note.text() == ""
    for expected in snapshots[1:]:
        press(
            qtbot,
            page,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert stored(demo_db, sel) == expected
    page.undo()
    assert stored(demo_db, sel) == snapshots[3]
    assert card.note.text() == "เล่าให้สมาชิกใหม่ฟัง"
    press(qtbot, page, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(demo_db, sel) == snapshots[4]


def test_undo_restores_the_merge_identity_too(qtbot, page, sel, demo_db):
    press(qtbot, page, "2")
    code = page.form.cards[0].code
    with demo_db.session() as session:
        before = assess_queries.stored_ratings(session, *page._key(sel), [code])
    press(qtbot, page, Qt.Key.Key_Up)
    press(qtbot, page, Qt.Key.Key_Delete)
    page.undo()
    with demo_db.session() as session:
        after = assess_queries.stored_ratings(session, *page._key(sel), [code])
    assert after == before and after[code].uid


def test_changing_the_selection_clears_the_history(qtbot, page):
    press(qtbot, page, "3")
    assert page.undo_stack.count() == 1
    page.role_combo.setCurrentIndex(page.role_combo.findData("recorder"))
    assert page.undo_stack.count() == 0
    assert not page.undo_action.isEnabled()


# --- signals, counter, radar ----------------------------------------------------------------


def test_every_change_announces_rating_changed(qtbot, page, sel, ctx):
    with qtbot.waitSignal(ctx.events.rating_changed) as blocker:
        press(qtbot, page, "2")
    assert blocker.args == [sel.facilitator_id, sel.round_id, sel.role]
    with qtbot.waitSignal(ctx.events.rating_changed):
        page.undo()
    with qtbot.waitSignal(ctx.events.rating_changed):
        page.redo()


def current_ring(page, title: str) -> list[float]:
    page.radar.draw_now()
    (ax,) = [a for a in page.radar.figure.axes if a.name == "polar"]
    (line,) = [line for line in ax.get_lines() if line.get_label() == title]
    return [float(v) for v in line.get_ydata()]


def test_the_radar_follows_each_rating(qtbot, page, sel):
    codes = list(page.framework.codes)
    k1 = codes.index("K1")
    before = current_ring(page, NEW_ROUND)
    assert math.isnan(before[k1])
    press(qtbot, page, "5")  # K1.1
    assert page.radar.pending()
    qtbot.waitUntil(lambda: not page.radar.pending())
    assert current_ring(page, NEW_ROUND)[k1] == 5.0
    press(qtbot, page, "2")  # K1.2: K1 is the mean of its indicators
    assert current_ring(page, NEW_ROUND)[k1] == 3.5
    # the previous round and the role's target are drawn too
    page.radar.draw_now()
    labels = {line.get_label() for line in page.radar.figure.axes[0].get_lines()}
    assert {"รอบที่ 3", "เป้าหมาย", NEW_ROUND} <= labels


# --- copying the previous round -------------------------------------------------------------


def test_copy_fills_only_unrated_indicators_and_undo_removes_exactly_those(
    qtbot, page, sel, demo_db
):
    cards = page.form.cards
    press(qtbot, page, "1")
    press(qtbot, page, "?")
    own = stored(demo_db, sel)
    assert set(own) == {cards[0].code, cards[1].code}
    with demo_db.session() as session:
        earlier = repo.list_rounds(session)[-2]
    with demo_db.session() as session:
        previous = {
            r.indicator: r
            for r in repo.person_ratings(session, sel.facilitator_id, ROLE, earlier.id)
        }
    assert len(previous) == 18

    page.copy_button.click()
    after = stored(demo_db, sel)
    assert set(after) == {c.code for c in cards}
    for code, rating in after.items():
        if code in own:
            assert rating == own[code]  # answers already given stay as they were
        else:
            assert (rating.level, rating.evidence) == (
                previous[code].level,
                previous[code].evidence,
            )
    assert page.counter.text().startswith("Rated 18 of 18")
    assert "16" in page.message.text()
    assert page.undo_stack.count() == 3  # two answers, then the copy as one step

    page.undo()
    assert stored(demo_db, sel) == own
    page.redo()
    assert stored(demo_db, sel) == after
    # nothing left to copy: not offered; asked anyway, nothing happens, and it says so
    assert not page.copy_button.isEnabled()
    page.copy_previous_round()
    assert stored(demo_db, sel) == after
    assert page.undo_stack.count() == 3
    assert "Nothing to copy" in page.message.text()


def test_copy_is_not_offered_without_an_earlier_round(qtbot, page):
    page.round_combo.setCurrentIndex(0)
    assert page.earlier is None
    assert not page.copy_button.isEnabled()


# --- settings, framework versions, language -------------------------------------------------


def test_the_selection_and_splitter_are_remembered(qtbot, page, ctx):
    page.role_combo.setCurrentIndex(page.role_combo.findData("recorder"))
    page.resize(1300, 700)
    page.show()
    # narrower than it starts, so only a restored state gives this back
    page.splitter.setSizes([450, 850])
    page.splitter.splitterMoved.emit(450, 1)
    assert ctx.settings.text(keys.ASSESS_ROLE) == "recorder"
    again = AssessPage(ctx)
    qtbot.addWidget(again)
    again.resize(1300, 700)
    again.show()
    assert again.selection == page.selection
    # The sizes come back: the side panel keeps the larger share, as it was left.
    qtbot.waitUntil(lambda: sum(again.splitter.sizes()) > 0)
    form, side = again.splitter.sizes()
    assert side > form


def test_retired_indicators_are_hidden_unless_rated(qtbot, demo_db, tmp_path, person):
    with demo_db.session() as session:
        first = load_framework(session).indicators[0]
    number, new = save_indicator(demo_db, replace(first, retired=True))
    assert new  # the demo's ratings use version 1, so this is version 2
    later = repo.add_round(demo_db, "รอบใหม่", dt.date(2026, 8, 8), number)
    ctx = make_context(demo_db, tmp_path)
    for key, value in (
        (keys.ASSESS_PERSON, person.id),
        (keys.ASSESS_ROUND, later.id),
        (keys.ASSESS_ROLE, ROLE),
    ):
        ctx.settings.set_text(key, value)
    page = AssessPage(ctx)
    qtbot.addWidget(page)
    assert first.code not in {c.code for c in page.form.cards}
    assert len(page.form.cards) == 17

    repo.set_rating(demo_db, person.id, later.id, ROLE, first.code, 3, "ก่อนเลิกใช้")
    ctx.events.rating_changed.emit(person.id, later.id, ROLE)
    card = page.form.card(first.code)
    assert card is not None and card.retired.isVisibleTo(card)
    assert card.state.level == 3


def test_framework_wording_follows_the_language(qtbot, page):
    card = page.form.cards[0]
    assert card.indicator.text.th in card.title.text()
    try:
        i18n.switch("en")
        page.retranslate()
        assert card.indicator.text.en in card.title.text()
        assert "1 2025" not in page.round_combo.currentText()
        assert page.role_combo.currentText() == "Coordinator"
    finally:
        i18n.switch("th")
        page.retranslate()
    assert page.role_combo.currentText().startswith("ผู้ประสานงาน")


def test_a_change_made_elsewhere_is_shown_and_resets_undo(qtbot, page, sel, demo_db, ctx):
    press(qtbot, page, "3")
    code = page.form.cards[5].code
    repo.set_rating(demo_db, *page._key(sel), code, 4, "")
    ctx.events.rating_changed.emit(*page._key(sel))
    assert page.form.card(code).state.level == 4
    assert page.undo_stack.count() == 0
    assert page.counter.text() == "Rated 2 of 18"


def test_empty_database_says_what_to_do_first(qtbot, db, tmp_path):
    page = AssessPage(make_context(db, tmp_path))
    qtbot.addWidget(page)
    assert page.selection is None
    assert page.stack.currentWidget() is page.empty
    assert "People" in page.empty.text()


# --- the store functions undo relies on (no Qt) ---------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def any_db(request, db):
    if request.param == "sqlite":
        yield db
        return
    from kmdesk.store.db import open_database

    database = open_database(request.getfixturevalue("pg_url"))
    yield database
    database.dispose()


def test_restore_puts_rows_back_exactly(any_db):
    team = repo.add_team(any_db, "บางจาก")
    who = repo.add_facilitator(any_db, "ทดลอง ใจดี", "กศน.", team.id)
    rnd = repo.add_round(any_db, "รอบที่ 1", dt.date(2025, 8, 8))
    key = (who.id, rnd.id, ROLE)
    repo.set_rating(any_db, *key, "K1.1", 2, "เล่าประวัติกลุ่ม")
    repo.set_rating(any_db, *key, "K1.2", None, "")
    with any_db.session() as session:
        before = assess_queries.stored_ratings(session, *key, ["K1.1", "K1.2", "K2.1"])
        ratings_before = repo.person_ratings(session, who.id, ROLE, rnd.id)
    assert before["K2.1"] is None
    repo.set_rating(any_db, *key, "K1.1", 5, "อย่างอื่น")
    repo.clear_rating(any_db, *key, "K1.2")
    repo.set_rating(any_db, *key, "K2.1", 3)
    assess_queries.restore_ratings(any_db, *key, before)
    with any_db.session() as session:
        assert assess_queries.stored_ratings(session, *key, list(before)) == before
        after = repo.person_ratings(session, who.id, ROLE, rnd.id)
    assert sorted(after, key=lambda r: r.indicator) == sorted(
        ratings_before, key=lambda r: r.indicator
    )
