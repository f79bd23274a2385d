"""The Assess page keyboard first (issue 12 item 6): focus, mnemonics, Next person, copy."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from kmdesk.store import repo
from tests.test_ui_assess import (  # noqa: F401 (fixtures)
    ROLE,
    ctx,
    focused_card,
    fresh_round,
    page,
    person,
    sel,
)

# The main window's menu bar: &File, &Language, &Help (kmdesk/ui/shell/main_window.py).
MENU_LETTERS = {"F", "L", "H"}


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def test_choosing_a_person_puts_the_keys_on_their_first_unrated_indicator(
    qtbot,
    page,  # noqa: F811
    demo_db,
    fresh_round,  # noqa: F811
):
    page.person_combo.setFocus()
    qtbot.waitUntil(lambda: page.person_combo.hasFocus())
    before = page.selection.facilitator_id
    qtbot.keyClick(page.person_combo, Qt.Key.Key_Down)
    chosen = page.selection.facilitator_id
    assert chosen != before
    qtbot.waitUntil(lambda: focused_card(page) is not None)
    assert focused_card(page) is page.form.first_unrated()
    qtbot.keyClick(focused_card(page), Qt.Key.Key_3)
    with demo_db.session() as session:
        rows = repo.person_ratings(session, chosen, ROLE, fresh_round.id)
    assert [(r.indicator, r.level) for r in rows] == [(page.form.cards[0].code, 3)]


def test_mnemonics_are_unique_on_the_page_and_leave_the_menus_alone(page):  # noqa: F811
    letters = [
        _mnemonic(w.text())
        for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
        if (isinstance(w, QAbstractButton) or w.buddy() is not None) and _mnemonic(w.text())
    ]
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & MENU_LETTERS
    # The same letters as the Team and Progress pages for the same boxes.
    assert _mnemonic(page.round_label.text()) == "O"
    assert _mnemonic(page.role_label.text()) == "R"


def test_the_saved_at_once_note_is_seen_without_scrolling_at_1366x768(qtbot, page):  # noqa: F811
    page.resize(1366, 700)
    qtbot.wait(50)
    note = page.saved_note
    assert note.isVisible() and "saved" in note.text()
    bottom = note.mapTo(page, note.rect().bottomLeft()).y()
    assert bottom < 200  # at the top, not below the fold of the side panel


def test_next_person_returns_to_a_neutral_start(qtbot, page, sel, demo_db):  # noqa: F811
    qtbot.keyClick(focused_card(page), Qt.Key.Key_4)
    assert page.form.cards[0].state is not None
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.selection is None
    assert page.person_combo.currentIndex() == -1
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text()
    assert not page.undo_action.isEnabled()
    assert not page.copy_button.isEnabled()
    assert page.person_combo.hasFocus()
    page.refresh()  # another page's change reloads: still no one chosen
    assert page.selection is None
    # Choosing someone brings the form back, on that person's answers.
    page.person_combo.setCurrentIndex(page.person_combo.findData(sel.facilitator_id))
    assert page.selection == sel
    assert page.stack.currentWidget() is page.form


def test_copy_is_offered_only_when_there_is_something_to_copy(qtbot, page):  # noqa: F811
    page.resize(1366, 700)
    assert page.earlier is not None and page.earlier_codes
    assert page.copy_button.isEnabled()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert all(card.state is not None for card in page.form.cards)
    assert not page.copy_button.isEnabled()
    # The message says it in one line of the toolbar.
    message = page.message
    assert message.fontMetrics().horizontalAdvance(message.text()) <= message.width()
