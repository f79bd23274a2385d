"""The main window's pages, each built the first time it is shown (a quicker first paint)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from kmdesk.ui.common.page import AppContext, Page

# In navigation order; the keys are stable (settings remember the page by its key).
PAGE_KEYS = ("assess", "progress", "team", "framework", "people")


def make_page(key: str, ctx: AppContext) -> Page:
    """Build one page; its package (and what that imports) is loaded only now."""
    if key == "assess":
        from kmdesk.ui.assess.page import AssessPage

        return AssessPage(ctx)
    if key == "progress":
        from kmdesk.ui.chart_pages.progress import ProgressPage

        return ProgressPage(ctx)
    if key == "team":
        from kmdesk.ui.chart_pages.team import TeamPage

        return TeamPage(ctx)
    if key == "framework":
        from kmdesk.ui.framework.page import FrameworkPage

        return FrameworkPage(ctx)
    if key == "people":
        from kmdesk.ui.people.page import PeoplePage

        return PeoplePage(ctx)
    raise KeyError(key)


class AfterFirstPaint(QObject):
    """Calls ``then`` once, in the event loop's next turn after ``widget`` first paints (so
    what was painted is on the screen before slower work blocks the window)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


class Pages:
    """``(key, page)`` by navigation row, like a list; a page is built when first asked for.

    Until then the stack holds an empty placeholder in its row. Building a page that is not
    shown (``pages[3]``) is allowed; only the window's start builds none but the first.
    """

    def __init__(
        self,
        ctx: AppContext,
        stack: QStackedWidget,
        built: Callable[[Page], None] | None = None,
    ):
        self.ctx = ctx
        self.stack = stack
        self._on_built = built  # the window wires each page as it is built
        self._built: dict[int, Page] = {}
        for _key in PAGE_KEYS:
            stack.addWidget(QWidget())

    def __len__(self) -> int:
        return len(PAGE_KEYS)

    def __getitem__(self, row: int) -> tuple[str, Page]:
        return PAGE_KEYS[row], self.page(row)

    def __iter__(self) -> Iterator[tuple[str, Page]]:
        return (self[row] for row in range(len(self)))

    def key(self, row: int) -> str:
        return PAGE_KEYS[row]

    def row(self, key: str) -> int:
        return PAGE_KEYS.index(key) if key in PAGE_KEYS else 0

    def is_built(self, row: int) -> bool:
        return row in self._built

    def built(self) -> list[Page]:
        return list(self._built.values())

    def page(self, row: int) -> Page:
        """The page of ``row``, built (and put in the stack in its placeholder's place) now."""
        row = range(len(PAGE_KEYS))[row]  # negative rows as a list takes them
        if row not in self._built:
            page = make_page(PAGE_KEYS[row], self.ctx)
            placeholder = self.stack.widget(row)
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[row] = page
            if self._on_built is not None:
                self._on_built(page)
        return self._built[row]

    def show(self, row: int) -> None:
        """Build the page of ``row`` if need be, then put it in front."""
        if row < 0:
            return
        self.page(row)
        self.stack.setCurrentIndex(row)
