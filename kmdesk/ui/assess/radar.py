"""A small radar beside the Assess form: this round against the last one and the role's target."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget
from shiboken6 import isValid

from kmdesk.assess.profile import Profile

SIDE = 330  # px: big enough for twelve codes round the edge, small enough to sit beside the form
# Keys can rate several indicators a second; drawing once they pause keeps typing smooth.
REDRAW_DELAY_MS = 60
FIRST_DRAW_DELAY_MS = 300


@dataclass(frozen=True)
class RadarData:
    """Everything the radar shows, as plain values."""

    codes: Sequence[str]
    current: tuple[str, Profile]
    previous: tuple[str, Profile] | None = None
    target: Mapping[str, int] = field(default_factory=dict)
    lang: str = "th"


def person_figure(data: RadarData, side_px: int = SIDE):
    """The matplotlib Figure for ``data`` (matplotlib is imported here, not at start-up)."""
    from kmdesk.charts.radar import radar_person

    rounds = [data.previous, data.current] if data.previous else [data.current]
    inches = side_px / 100
    return radar_person(
        list(data.codes),
        rounds,
        dict(data.target) or None,
        None,
        data.lang,
        key=False,
        figsize=(inches, inches),
    )


class RadarCanvas(QWidget):
    """Holds the chart's canvas; a new Figure is drawn whenever the data changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(SIDE, SIDE)
        self.data: RadarData | None = None
        self.canvas = None  # a FigureCanvasQTAgg once something was drawn
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self._draw_if_shown)
        self._dirty = False
        self._painted = False  # the first draw waits until the window has been painted

    @property
    def figure(self):
        return self.canvas.figure if self.canvas is not None else None

    def set_data(self, data: RadarData | None) -> None:
        self.data = data
        self._dirty = True
        if self.isVisible() and self._painted:
            self._timer.start()

    def pending(self) -> bool:
        """Whether new data waits to be drawn."""
        return self._dirty

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._painted:
            if self._dirty:
                self._timer.start(REDRAW_DELAY_MS)
        else:
            # (the radar itself may lie outside what the window paints first)
            self.window().installEventFilter(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._first_paint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._first_paint)  # once the window's paint is done
        return False

    def _first_paint(self) -> None:
        if self._painted or not isValid(self):
            return
        # The first draw imports matplotlib (about half a second) and blocks the window:
        # only after the window was painted, so the user sees the form at once, and a
        # moment later still, so the first keys typed are answered first.
        self._painted = True
        self.window().removeEventFilter(self)
        if self._dirty:
            self._timer.start(FIRST_DRAW_DELAY_MS)

    def _draw_if_shown(self) -> None:
        if self.isVisible():
            self.draw_now()

    def draw_now(self) -> None:
        """Draw at once (the timer does this on its own; tests call it to skip the wait)."""
        self._timer.stop()
        self._dirty = False
        if self.data is None:
            self._replace(None)
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(person_figure(self.data))
        canvas.setFixedSize(SIDE, SIDE)
        self._replace(canvas)

    def _replace(self, canvas) -> None:
        # Building the first canvas imports matplotlib's Qt backend, which can run pending
        # events; if the window was closed meanwhile, this widget is gone and so is the chart.
        if not isValid(self) or not isValid(self._layout):
            if canvas is not None:
                canvas.deleteLater()
            return
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.hide()
            self.canvas.deleteLater()
        self.canvas = canvas
        if canvas is not None:
            self._layout.addWidget(canvas)
