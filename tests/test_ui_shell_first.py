"""The app's start paints the window's frame first and builds the start page right after
(issue 13, goal 4a), and what the user then sees is the window built at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from kmdesk.ui.shell.main_window import MainWindow
from tests.ui_support import make_context


class _AtFirstPaint(QObject):
    """Notes, at the window's first paint, which pages were built and what was in front."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window = window
        self.seen: dict | None = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = {
                "built": [self.window.pages.is_built(row) for row in range(5)],
                "opening": self.window.opening.isVisible(),
                "nav": self.window.nav.currentRow(),
            }
        return False


def test_the_frame_paints_before_the_start_page_is_built(qtbot, demo_db, tmp_path):
    from kmdesk.ui.assess.page import AssessPage

    window = MainWindow(make_context(demo_db, tmp_path), page_after_paint=True)
    qtbot.addWidget(window)
    assert [window.pages.is_built(row) for row in range(5)] == [False] * 5
    spy = _AtFirstPaint(window)
    window.installEventFilter(spy)
    window.show()
    qtbot.waitUntil(lambda: spy.seen is not None)
    assert spy.seen == {"built": [False] * 5, "opening": True, "nav": 0}
    # then the Assess page, as the window built at once shows it: its first person's form
    qtbot.waitUntil(lambda: window.pages.is_built(0))
    page = window.stack.currentWidget()
    assert isinstance(page, AssessPage) and page.isVisible()
    qtbot.waitUntil(lambda: len(page.form.cards) > 0)
    assert [window.pages.is_built(row) for row in range(5)] == [True] + [False] * 4
    assert window.nav.item(0).isSelected()


def test_a_page_picked_before_the_first_paint_is_the_one_shown(qtbot, demo_db, tmp_path):
    from kmdesk.ui.chart_pages.team import TeamPage

    window = MainWindow(make_context(demo_db, tmp_path), page_after_paint=True)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(2)  # a click on Team before anything was painted
    window.show()
    qtbot.waitUntil(lambda: window.pages.is_built(2))
    qtbot.wait(50)  # the turn after the first paint has passed
    assert isinstance(window.stack.currentWidget(), TeamPage)
    assert window.nav.currentRow() == 2
    assert not window.pages.is_built(0)
