"""The main window's wiring: pages, language switching, remembering, opening databases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kmdesk.ui.shell.main_window import MainWindow
from tests.ui_support import make_context

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "kmdesk_th.ts"


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    ctx = make_context(demo_db, tmp_path)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def _nav(win):
    return [win.nav.item(i).text() for i in range(win.nav.count())]


def test_each_job_has_its_place(window):
    assert window.stack.count() == 5
    assert window.nav.count() == 5
    window.nav.setCurrentRow(4)
    assert window.stack.currentIndex() == 4


def test_switching_language_relabels_without_restart(window, qtbot):
    window.set_language("en")
    qtbot.waitUntil(lambda: _nav(window)[0] == "Assess")
    assert window.file_menu.title() == "&File"
    assert window.ctx.settings.text("ui/language") == "en"
    window.set_language("th")
    qtbot.waitUntil(lambda: _nav(window)[0] != "Assess")
    assert window.ctx.settings.text("ui/language") == "th"


def test_the_window_remembers_its_page_and_size(qtbot, demo_db, tmp_path):
    ctx = make_context(demo_db, tmp_path)
    # Started on People, so the wide Assess page (wider than the offscreen screen's 800 px
    # with the navigation) is never built and the window may be any size that fits.
    ctx.settings.set_text("window/page", "people")
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.nav.setCurrentRow(3)
    # an odd size inside the offscreen screen (800×800), above the window's own minimum
    hint = first.minimumSizeHint()
    size = (min(hint.width() + 13, 790), min(hint.height() + 17, 790))
    first.resize(*size)
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.nav.currentRow() == 3
    assert (second.width(), second.height()) == size


def test_opening_a_damaged_file_says_so_and_changes_nothing(window, tmp_path, monkeypatch):
    from kmdesk.ui.shell.database_choice import DatabaseChoice

    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    shown = []

    def pick(chooser, problem, *args, **kwargs):
        # Stand-in for the modal message box (a test cannot click it): records what it
        # would say, and answers "keep the current database".
        shown.append(chooser.explain(problem))
        return "quit"

    monkeypatch.setattr(DatabaseChoice, "pick", pick)
    before_location = window.ctx.database.location
    assert window.switch_database(str(damaged)) is False
    assert "damaged.db" in shown[0]
    assert damaged.read_bytes() == b"SQLite format 3\x00" + b"\xff" * 8000
    assert window.ctx.database.location == before_location


def test_opening_another_database_refreshes_the_pages(window, tmp_path, qtbot):
    from tests.conftest import new_database_file

    other = new_database_file(tmp_path / "other.db")  # a missing one is never made here
    with qtbot.waitSignal(window.ctx.events.database_replaced):
        assert window.switch_database(str(other)) is True
    assert "other.db" in window.location.text()


def _english_sources() -> list[re.Pattern]:
    """Interface strings whose Thai differs from the English source, as patterns for {0}."""
    import xml.etree.ElementTree as ET

    patterns = []
    for message in ET.parse(TS).getroot().iter("message"):
        source, thai = message.findtext("source"), message.findtext("translation")
        if source == thai or len(source) < 3:
            continue
        for shown in {source, source.replace("&", "")}:
            parts = re.split(r"\{\d\}", shown)
            patterns.append(re.compile("^" + ".*".join(re.escape(p) for p in parts) + "$", re.S))
    return patterns


def _visible_texts(root) -> list[str]:
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabWidget,
        QWidget,
    )

    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # list models keep columnCount private: they have one
                columns = 1
            texts += [
                str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(columns)
            ]
            rows = min(model.rowCount(top), 50)
            texts += [
                str(model.index(r, c).data() or "") for r in range(rows) for c in range(columns)
            ]
        texts.append(widget.toolTip())
    # Each language is named in itself in the Language menu, on purpose.
    own_names = set(root.language_actions.values())
    for action in root.menuBar().actions():
        texts.append(action.text())
        if action.menu():
            texts += [a.text() for a in action.menu().actions() if a not in own_names]
    return [t for t in texts if t]


def _charts_drawn(page) -> bool:
    from kmdesk.ui.assess.radar import RadarCanvas
    from kmdesk.ui.chart_pages.view import ChartView

    charts = [*page.findChildren(ChartView), *page.findChildren(RadarCanvas)]
    return all(not chart.pending() for chart in charts if chart.isVisible())


def test_every_page_in_thai_shows_no_english_interface_string(window, qtbot):
    window.set_language("th")
    qtbot.waitUntil(lambda: _nav(window)[0] != "Assess")  # the language change went round
    english = _english_sources()
    left = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        # Charts are drawn a moment after their page is shown: their words count too.
        qtbot.waitUntil(lambda: _charts_drawn(window.stack.currentWidget()), timeout=15000)
        found = [t for t in _visible_texts(window) if any(p.match(t) for p in english)]
        if found:
            left[window.nav.item(row).text()] = found
    assert left == {}


def test_the_file_menu_opens_the_bundle_dialogs(window, qtbot):
    from kmdesk.ui.shell.bundle_dialogs import MergeBundlesDialog, SendRatingsDialog

    actions = window.file_menu.actions()
    assert window.send_action in actions and window.merge_action in actions
    window.send_action.trigger()
    sent = window.findChild(SendRatingsDialog)
    assert sent is not None and sent.isVisible()
    sent.reject()
    window.merge_action.trigger()
    merge = window.findChild(MergeBundlesDialog)
    assert merge is not None and merge.isVisible()
    merge.reject()


def test_open_server_asks_and_switches_to_the_database_it_opened(window, tmp_path, monkeypatch):
    from kmdesk.store.db import open_database
    from kmdesk.ui.shell.server_dialog import ServerDialog
    from tests.conftest import new_database_file

    shown = []
    monkeypatch.setattr(ServerDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    before = window.ctx.database
    window.server_action.trigger()
    assert len(shown) == 1 and window.ctx.database is before  # cancelled: nothing changes
    other = open_database(str(new_database_file(tmp_path / "server.db")))
    monkeypatch.setattr(ServerDialog, "ask", classmethod(lambda cls, parent, settings: other))
    assert window.open_server() is True
    assert window.ctx.database is other
    assert window.ctx.settings.text("data/last_database") == other.url


def test_file_menu_mnemonics_are_unique(window):
    for menu in (window.file_menu, window.help_menu):
        letters = [
            a.text()[a.text().index("&") + 1].lower()
            for a in menu.actions()
            if "&" in a.text() and not a.isSeparator()
        ]
        assert len(letters) == len(set(letters)), letters
