"""Keyboard and help in the first hour (issue 12): F1 everywhere, Help beside each chart's title,
one mnemonic a thing on each page and the same letter for it on every page."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from kmdesk.ui.common import i18n
from kmdesk.ui.shell.main_window import MainWindow
from tests.ui_support import make_context

PAGES = ("assess", "progress", "team", "framework", "people")


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    win = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    if win.help_window is not None:
        win.help_window.close()


def _press_f1(qtbot, window, widget) -> bool:
    """F1 with ``widget`` focused in the active main window: did Help come up?"""
    if window.help_window is not None:
        window.help_window.hide()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    return window.help_window is not None and window.help_window.isVisible()


def test_f1_opens_help_from_the_assess_form_and_from_every_page(window, qtbot):
    assess = window.pages[0][1]
    qtbot.waitUntil(lambda: assess.form.card("K1.1") is not None)
    card = assess.form.card("K1.1")
    assert _press_f1(qtbot, window, card)
    assert window.help_window.topic() == "start"
    for row, key in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        focusable = [
            w
            for w in page.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        assert focusable, key
        for widget in (focusable[0], focusable[-1]):
            assert _press_f1(qtbot, window, widget), (key, type(widget).__name__)


def test_f1_works_in_the_help_window_itself(window, qtbot):
    shown = window.show_help("matrix")
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    shown.hide()
    shown.text.setFocus()
    qtbot.keyClick(shown.text, Qt.Key.Key_F1)  # an application-wide shortcut
    assert shown.isVisible()


def test_the_help_mark_beside_each_charts_title_opens_its_part_of_help(window, qtbot):
    expected = {
        2: {0: "river", 1: "matrix", 2: "pairs", 3: "radar"},  # Team
        1: {0: "radar", 1: "progress", 2: "progress", 3: "stairs"},  # Progress
    }
    for row, topics in expected.items():
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        # the mark sits right after the charts' titles (the tabs), on their row
        assert page.help_button.isVisible() and page.help_button.text() == "?"
        assert page.help_button.x() >= page.tabs.x() + page.tabs.width()
        for tab, topic in topics.items():
            page.tabs.setCurrentIndex(tab)
            qtbot.mouseClick(page.help_button, Qt.MouseButton.LeftButton)
            shown = window.help_window
            assert shown is not None and shown.isVisible()
            assert shown.topic() == topic
    # "Knowledge and skill" has its own section of the Progress topic: Help scrolls to it.
    window.nav.setCurrentRow(1)
    page = window.stack.currentWidget()
    page.tabs.setCurrentIndex(2)
    page.help_button.click()
    bar = window.help_window.text.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() > 0
    page.tabs.setCurrentIndex(1)
    page.help_button.click()
    assert bar.value() == 0


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _name(text: str) -> str:
    return re.sub(r"\s*\(&.\)", "", text).replace("&", "").rstrip(":…").strip()


def _page_mnemonics(page: QWidget) -> list[tuple[str, str]]:
    """(letter, what it is on) for every label with a buddy, button and box on the page."""
    found = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QLabel):
            # A label's & is a key only with a buddy (else it may be rich text's &nbsp;).
            text = widget.text() if widget.buddy() is not None else ""
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = _mnemonic(text)
        if letter:
            found.append((letter, _name(text)))
    return found


@pytest.mark.parametrize("lang", ["en", "th"])
def test_mnemonics_are_unique_on_each_page_and_the_same_across_pages(window, qtbot, lang):
    i18n.switch(lang)
    try:
        qtbot.waitUntil(lambda: (window.file_menu.title() == "&File") == (lang == "en"))
        menus = [_mnemonic(a.text()) for a in window.menuBar().actions()]
        assert "F" in menus  # Alt+F is the File menu's
        letter_of: dict[str, str] = {}
        for row, key in enumerate(PAGES):
            window.nav.setCurrentRow(row)
            page = window.stack.currentWidget()
            QApplication.processEvents()
            taken = _page_mnemonics(page)
            letters = [letter for letter, _name in taken] + menus
            clashes = {x for x in letters if letters.count(x) > 1}
            assert not clashes, (key, clashes, [t for t in taken if t[0] in clashes])
            for letter, name in taken:
                # the same thing (say, the facilitator box) has the same key on every page
                assert letter_of.setdefault(name, letter) == letter, (key, name)
        assert letter_of.get(_name(window.pages[0][1].person_label.text())) == "A"
    finally:
        i18n.switch("en")
