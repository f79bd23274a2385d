"""The window's first paint comes before work it does not need (issue 13): pages are built
when first shown, and the Assess radar (matplotlib) is drawn only after the window painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from kmdesk.ui.assess.radar import RadarCanvas
from kmdesk.ui.shell.main_window import MainWindow
from tests.ui_support import make_context


def test_only_the_page_shown_is_built_and_another_is_built_when_shown(qtbot, demo_db, tmp_path):
    from kmdesk.ui.chart_pages.team import TeamPage

    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert window.nav.currentRow() == 0
    assert [window.pages.is_built(row) for row in range(5)] == [True] + [False] * 4
    assert window.findChildren(TeamPage) == []
    window.nav.setCurrentRow(2)
    (team,) = window.findChildren(TeamPage)
    assert window.stack.currentWidget() is team and team.isVisible()
    assert window.pages[2][1] is team and window.stack.indexOf(team) == 2
    # it reads its data once shown, like a page built at start
    qtbot.waitUntil(lambda: team.team_combo.count() == 3)
    window.nav.setCurrentRow(0)
    window.nav.setCurrentRow(2)
    assert window.findChildren(TeamPage) == [team]  # built once


class _Order(QObject):
    """Records the window's paints and the radar's first draw, in order."""

    def __init__(self, radar: RadarCanvas):
        super().__init__()
        self.events: list[str] = []
        draw = radar.draw_now

        def recorded():
            self.events.append("radar drawn")
            draw()

        radar.draw_now = recorded

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and "painted" not in self.events:
            self.events.append("painted")
        return False


def test_the_assess_radar_is_drawn_after_the_window_is_first_painted(qtbot, demo_db, tmp_path):
    from PySide6.QtWidgets import QApplication

    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    assess = window.pages[0][1]
    radar = assess.radar
    order = _Order(radar)
    radar._timer.timeout.disconnect()
    radar._timer.timeout.connect(radar._draw_if_shown)  # through the recording draw_now
    app = QApplication.instance()
    app.installEventFilter(order)
    try:
        window.show()
        assert radar.canvas is None  # not at show(): its data waits
        qtbot.waitUntil(lambda: radar.canvas is not None, timeout=15000)
    finally:
        app.removeEventFilter(order)
    assert order.events[:2] == ["painted", "radar drawn"]
    assert not radar.pending()


def test_no_radar_draw_is_even_planned_until_the_window_paints(qtbot, demo_db, tmp_path):
    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    radar = window.pages[0][1].radar
    window.setUpdatesEnabled(False)  # shown, but nothing painted yet (a slow first paint)
    window.show()
    qtbot.waitUntil(radar.isVisible)
    assert radar.pending() and not radar._timer.isActive()
    window.setUpdatesEnabled(True)
    qtbot.waitUntil(lambda: radar.canvas is not None, timeout=15000)
