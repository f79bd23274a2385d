"""A chart on screen: a matplotlib canvas sized to the page, hover explanations, live updates."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStackedLayout,
    QStyle,
    QToolTip,
    QWidget,
)

from kmdesk import charting

# matplotlib is imported only when the first chart is drawn (see ChartView.build_now), so
# the main window is on screen before its import cost is paid.

DPI = 100  # matplotlib's default figure dpi: a figure of w/DPI inches fills w pixels
MIN_PX = (480, 360)  # below this the charts' keys and legends no longer fit
# Resizing and rating changes come in bursts; drawing once they pause keeps the page smooth.
REBUILD_DELAY_MS = 120
HOVER_REACH_PX = 10
MAX_TIPS = 4  # points on top of each other: explain the first few, not a wall of text
WIDE_TIP_CHARS = 60

# (width, height) in inches -> a kmdesk.charting.Chart drawn at that size
Maker = Callable[[tuple[float, float]], object]


def tooltip_html(text: str) -> str:
    """Hover text as rich text: each paragraph's first line bold; long lines wrap."""
    parts = []
    for paragraph in text.split("\n\n"):
        head, *rest = [html.escape(line) for line in paragraph.split("\n")]
        parts.append("<br>".join([f"<b>{head}</b>", *rest]))
    inner = "<br><br>".join(parts)
    if max(len(line) for line in text.split("\n")) > WIDE_TIP_CHARS:
        return f"<table width='420'><tr><td>{inner}</td></tr></table>"
    return f"<div>{inner}</div>"


class ChartSaver(QObject):
    """Asks where to save the chart a page shows (PNG or SVG), saves it, remembers the folder.

    ``save(path)`` writes the chart and returns the path written; ``suggest()`` gives the
    file name offered.
    """

    def __init__(self, page, save: Callable[[str], Path], suggest: Callable[[], str]):
        super().__init__(page)
        self.page = page
        self.save = save
        self.suggest = suggest

    def ask_and_save(self) -> None:
        from kmdesk.ui.common import file_dialogs

        settings = self.page.ctx.settings
        filters = (self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)"))
        dialog = file_dialogs.make_dialog(
            self.page,
            settings,
            file_dialogs.Kind.CHART,
            self.tr("Save chart"),
            ";;".join(filters),
            mode="save",
            database=self.page.ctx.database.path,
        )
        # the ending follows the chosen filter when none is typed
        dialog.setDefaultSuffix("png")
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix("svg" if chosen == filters[1] else "png")
        )
        dialog.selectFile(self.suggest())
        path = file_dialogs.run_dialog(dialog, settings, file_dialogs.Kind.CHART)
        if not path:
            return
        try:
            self.save(path)
        except (charting.ChartFileError, charting.NothingToChart) as problem:
            QMessageBox.warning(
                self.page,
                self.tr("Chart not saved"),
                self.tr("The chart was not saved:") + f"\n{problem}",
            )
            return


def filter_bar(pairs) -> QHBoxLayout:
    """A row of label + combo box pairs, each label the combo's buddy (for its Alt key)."""
    bar = QHBoxLayout()
    for label, combo in pairs:
        label.setBuddy(combo)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(label)
        bar.addWidget(combo)
    bar.addStretch(1)
    return bar


class ChartView(QWidget):
    """Shows a ``kmdesk.charting.Chart`` built by a maker at the view's size.

    The chart is built again when the view's size settles, so its key and legend are laid
    out for the space they have. Lines listed in ``chart.live`` are drawn over a cached
    background, so a rating change moves them without drawing the whole figure.
    """

    drawn = Signal()  # a full draw or a live update has been made (tests, benchmark)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = None  # kmdesk.charting.Chart
        self.canvas = None  # FigureCanvasQTAgg
        self.updates = 0  # full draws and live updates so far
        self._make: Maker | None = None
        self._min_px = MIN_PX
        self._built_px: tuple[int, int] | None = None
        self._dirty = False
        self._background = None
        self._points: list | None = None

        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setObjectName("chart_message")
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.scroll)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self._build_if_shown)

    @property
    def figure(self):
        return self.chart.figure if self.chart is not None else None

    # --- what to show -------------------------------------------------------------------

    def set_maker(self, make: Maker, min_px: tuple[int, int] = MIN_PX) -> None:
        """Draw the chart ``make`` builds (soon, once shown); ``min_px`` scrolls a tall chart.

        Until it is drawn the view says it is drawing, at once: a chart can take a second
        or more, and the one shown before (another tab, team or person) must not stand in
        for it meanwhile.
        """
        self._make = make
        self._min_px = (max(min_px[0], MIN_PX[0]), max(min_px[1], MIN_PX[1]))
        self._dirty = True
        self._drop_canvas()
        self.message.setText(self.tr("Drawing the chart…"))
        self.stack.setCurrentWidget(self.message)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._schedule()

    def busy(self) -> bool:
        """Whether the view is showing that a chart is being drawn."""
        return self._dirty and self.stack.currentWidget() is self.message

    def show_message(self, text: str) -> None:
        """No chart: a sentence in its place (nothing rated yet, nothing chosen)."""
        self._make = None
        self._dirty = False
        self._timer.stop()
        self._drop_canvas()
        self.unsetCursor()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def pending(self) -> bool:
        """Whether a chart waits to be built."""
        return self._dirty

    def _schedule(self) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._make is not None and self._built_px != self._target_px():
            self._dirty = True
            self._timer.start()

    def _build_if_shown(self) -> None:
        if self.isVisible():
            self.build_now()

    def _target_px(self) -> tuple[int, int]:
        width, height = self.width(), self.height()
        need_w, need_h = self._min_px
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        if height < need_h:
            width -= bar  # the vertical scroll bar takes its share of the width
        if width < need_w:
            height -= bar
        return max(width, need_w), max(height, need_h)

    def build_now(self) -> None:
        """Build and show the chart at once (the timer does this; tests call it directly)."""
        self._timer.stop()
        self._dirty = False
        if self._make is None:
            return
        width, height = self._target_px()
        chart = self._make((width / DPI, height / DPI))
        self._install(chart, (width, height))

    def _install(self, chart, size: tuple[int, int]) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._drop_canvas()
        for artist in chart.live.values():
            artist.set_animated(True)  # left out of full draws; drawn over the background
        canvas = FigureCanvasQTAgg(chart.figure)
        canvas.resize(*size)
        canvas.mpl_connect("draw_event", self._on_draw)
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        canvas.mpl_connect("figure_leave_event", lambda _event: QToolTip.hideText())
        self.chart, self.canvas, self._built_px = chart, canvas, size
        self._background = None
        self._points = None
        self.scroll.setWidget(canvas)
        self.stack.setCurrentWidget(self.scroll)
        self.unsetCursor()
        canvas.draw_idle()

    def _drop_canvas(self) -> None:
        if self.canvas is not None:
            self.scroll.takeWidget()
            self.canvas.hide()
            self.canvas.deleteLater()
        self.chart = self.canvas = None
        self._background = None
        self._points = None

    # --- live updates -------------------------------------------------------------------

    def _on_draw(self, _event) -> None:
        canvas = self.canvas
        if canvas is None:
            return
        self._background = canvas.copy_from_bbox(canvas.figure.bbox)
        self._draw_live()
        self._points = None
        self.updates += 1
        self.drawn.emit()

    def _draw_live(self) -> None:
        for artist in self.chart.live.values():
            artist.axes.draw_artist(artist)

    def patch(self, change: Callable[[object], bool]) -> bool:
        """Let ``change`` move live lines of the shown chart, then redraw only those lines.

        Returns False when there is no chart to change or ``change`` declines (the caller
        then builds the chart again).
        """
        if self.chart is None or self._dirty or not change(self.chart):
            return False
        self._points = None
        if self._background is None:
            self.canvas.draw_idle()  # not drawn yet: the coming draw shows the new data
            return True
        self.canvas.restore_region(self._background)
        self._draw_live()
        self.canvas.blit(self.canvas.figure.bbox)
        self.updates += 1
        self.drawn.emit()
        return True

    # --- hover --------------------------------------------------------------------------

    def _hover_points(self) -> list:
        if self._points is None:
            points = []
            for hover in self.chart.hovers:
                if hover.box is not None:
                    points.append((hover, None))
                    continue
                if math.isnan(hover.x) or math.isnan(hover.y):
                    continue
                x, y = hover.axes.transData.transform((hover.x, hover.y))
                points.append((hover, (x, y)))
            self._points = points
        return self._points

    def hover_text(self, x: float, y: float) -> str | None:
        """What hovering at (x, y) explains; matplotlib display pixels, origin bottom left."""
        if self.chart is None:
            return None
        reach = HOVER_REACH_PX * (self.canvas.device_pixel_ratio if self.canvas else 1)
        near: list[tuple[float, str]] = []
        inverse: dict = {}
        for hover, at in self._hover_points():
            if at is None:
                ax = hover.axes
                if ax not in inverse:
                    inverse[ax] = ax.transData.inverted().transform((x, y))
                dx, dy = inverse[ax]
                x0, x1, y0, y1 = hover.box
                if min(x0, x1) <= dx <= max(x0, x1) and min(y0, y1) <= dy <= max(y0, y1):
                    return hover.text
                continue
            distance = math.hypot(at[0] - x, at[1] - y)
            if distance <= reach:
                near.append((distance, hover.text))
        if not near:
            return None
        nearest = min(d for d, _ in near)
        # points drawn on top of each other (two people with the same score) are all named
        texts = list(dict.fromkeys(t for d, t in sorted(near) if d <= nearest + 2))
        return "\n\n".join(texts[:MAX_TIPS])

    def _on_motion(self, event) -> None:
        text = self.hover_text(event.x, event.y) if event.inaxes is not None else None
        if text:
            QToolTip.showText(QCursor.pos(), tooltip_html(text), self.canvas)
        else:
            QToolTip.hideText()


# --- helpers both chart pages use ------------------------------------------------------------


def fill_combo(combo, items: list[tuple[str, str]], wanted: str | None, fallback: int = 0) -> None:
    """Replace a combo's (text, id) items, choosing ``wanted`` if present, without signals."""
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(wanted) if wanted is not None else -1
        if index < 0 and items:
            index = fallback if fallback >= 0 else len(items) + fallback
        combo.setCurrentIndex(index)
    finally:
        combo.blockSignals(False)


def split_ids(text: str) -> set[str]:
    return {part for part in text.split(",") if part}
