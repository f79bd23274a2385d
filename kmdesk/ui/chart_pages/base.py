"""The chart pages' shared skeleton: filters, a ticked list beside the chart, tabs, save, PDF."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kmdesk import charting
from kmdesk.assess.completeness import Completeness
from kmdesk.paths import safe_file_name
from kmdesk.ui.chart_pages.view import ChartSaver, ChartView, filter_bar, split_ids
from kmdesk.ui.common.page import AppContext, Page
from kmdesk.ui.common.report_actions import PdfSubject, ReportActions

ID_ROLE = Qt.ItemDataRole.UserRole
SIDE_WIDTH = 200
# Where Help explains each kind of chart: a topic, or a section of one ("topic#anchor").
HELP_TOPICS = {
    "river": "river",
    "matrix": "matrix",
    "pairs": "pairs",
    "radar": "radar",
    "plan": "pairs#plan",
    "progress": "progress",
    "domains": "progress#domains",
    "stairs": "stairs",
}


class ChartPage(Page):
    """A page of charts about one slice of the data (a team, a person).

    Layout: a row of filters (label + combo box) on top; at the side a ticked list (members,
    rounds) and any switches under it; the chart kinds as tabs, with Save chart and Export
    PDF on the tabs' row; the chart below.

    Reading: nothing is read until the page is first shown (``refresh``: the lists behind
    the filters, then ``load``: the chosen slice). A rating made while the page is hidden
    is remembered and applied when it is shown again.

    A subclass sets ``KINDS``, ``CHART_KEY`` (where the chosen tab is remembered) and
    ``HIDDEN_KEY`` (the ids left unticked), builds its filters in ``build_filters``, and
    fills in the hooks below.
    """

    KINDS: tuple[str, ...] = ()
    CHART_KEY = ""
    HIDDEN_KEY = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.data = None
        self._loaded = False  # filters and data are read when the page is first shown
        self._pending: set[tuple[str, str]] = set()  # (person, round) rated while hidden

        self.save_button = QPushButton()
        self.pdf_button = QPushButton()
        self.reports = ReportActions(self, ctx)
        self.side_label = QLabel()
        self.side_list = QListWidget()
        self.side_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.side_label.setBuddy(self.side_list)
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        # Beside the charts' titles: how to read the one shown (its part of Help).
        self.help_button = QToolButton()
        self.help_button.setObjectName("chartHelp")
        self.help_button.setText("?")
        self.help_button.setAutoRaise(True)
        self.help_button.clicked.connect(self.show_chart_help)
        for _kind in self.KINDS:
            self.tabs.addTab("")
        chosen = self.ctx.settings.text(self.CHART_KEY, self.KINDS[0])
        self.tabs.setCurrentIndex(self.KINDS.index(chosen) if chosen in self.KINDS else 0)
        self.view = ChartView()
        self._layout(self.build_filters())

        self.side_list.itemChanged.connect(self._ticks_changed)
        self.tabs.currentChanged.connect(self._kind_changed)
        self.saver = ChartSaver(self, self.save_chart, self.suggested_name)
        self.save_button.clicked.connect(self.saver.ask_and_save)
        self.pdf_button.clicked.connect(self.export_pdf)
        ctx.events.rating_changed.connect(self._rating_changed)
        self.follow_data_changes()

    def _layout(self, filters: Sequence[tuple[QLabel, QComboBox]]) -> None:
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.side_label)
        side.addWidget(self.side_list, 1)
        for widget in self.side_widgets():
            side.addWidget(widget)
        # Saving the chart and its PDF sit at the foot of the side panel, which has room to
        # spare: beside the tabs they pushed the Team page's fifth tab behind scroll arrows
        # in Thai on a 1366×768 laptop.
        side.addWidget(self.save_button)
        side.addWidget(self.pdf_button)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setMaximumWidth(SIDE_WIDTH)
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs)
        tab_row.addWidget(self.help_button)
        tab_row.addStretch(1)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.addLayout(tab_row)
        main.addWidget(self.chart_area(), 1)
        body = QHBoxLayout()
        body.addWidget(side_panel)
        body.addLayout(main, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filter_bar(filters))
        layout.addLayout(body, 1)

    # --- what a page fills in -----------------------------------------------------------

    def build_filters(self) -> Sequence[tuple[QLabel, QComboBox]]:
        """Make the filters' widgets; returns them (label, combo) in the order shown."""
        raise NotImplementedError

    def side_widgets(self) -> Sequence[QWidget]:
        """Widgets under the ticked list (switches about what it holds)."""
        return ()

    def chart_area(self) -> QWidget:
        return self.view

    def tab_titles(self) -> dict[str, str]:
        raise NotImplementedError

    def read_lists(self, session) -> None:
        """Read what the filters offer (teams, people, rounds, roles)."""

    def fill_filters(self) -> None:
        """Put the lists read into the filters, keeping (or restoring) the choices."""

    def read_slice(self, session):
        """The chosen slice (None when nothing can be chosen); becomes ``self.data``."""

    def fill_side(self) -> None:
        """Fill the ticked list for the slice shown (``fill_ticks`` does the ticking)."""

    def nothing_to_draw(self) -> str | None:
        """Why there is no chart for the choices made, or None when there is one."""
        return None

    def make_chart(self, figsize: tuple[float, float] | None = None):
        """The chart for the chosen tab (a ``kmdesk.charting.Chart``) at ``figsize`` inches."""
        raise NotImplementedError

    def concerns(self, person: str, round_id: str, role: str) -> bool:
        """Whether a rating of ``person`` in ``round_id`` and ``role`` changes this page."""
        return False

    def apply_rating(self, person: str, round_id: str, live: bool = True) -> bool:
        """Read one person's ratings in one round again; True when the chart is up to date
        (``live``: the page is shown and may move the chart in place)."""
        return False

    def name_parts(self) -> list[str]:
        """What a saved chart's suggested file name holds after the chart's kind."""
        return []

    def pdf_subject(self) -> PdfSubject | None:
        return None

    def before_redraw(self, kind: str) -> None:
        """Enable what the chosen tab uses (called on every redraw)."""

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = self.tab_titles()
        for index, kind in enumerate(self.KINDS):
            self.tabs.setTabText(index, titles[kind])
        self.help_button.setToolTip(self.tr("How to read this chart (Help)"))
        self.help_button.setAccessibleName(self.tr("How to read this chart"))
        if self._loaded:
            # names and the charts' words follow the language
            self.fill_filters()
            self.fill_side()
            self.redraw()

    # --- reading the database -----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
        elif self._pending:
            self._apply_pending()

    def refresh(self) -> None:
        """Read the filters' lists again, then the chosen slice (when shown)."""
        self._pending.clear()
        if not self.isVisible():
            self._loaded = False  # read when the page is next shown
            return
        self._loaded = True
        with self.ctx.database.session() as session:
            self.read_lists(session)
        self.fill_filters()
        self.load()

    def load(self) -> None:
        """Read the chosen slice, then show it."""
        with self.ctx.database.session() as session:
            self.data = self.read_slice(session)
        self.fill_side()
        self.redraw()

    # --- the ticked list ------------------------------------------------------------------

    def answered(self, answers: Completeness) -> tuple[str, str]:
        """How much of a round someone answered, for a row of the ticked list: "" when
        complete (the row gets a ✓) or "5 of 18 answered"; and the row's tooltip."""
        if answers.complete:
            tip = self.tr("Answered all {0} indicators of this role and round")
            return "", tip.format(answers.of)
        tip = self.tr("Answered {0} of the {1} indicators of this role and round: not complete yet")
        state = self.tr("{0} of {1} answered")
        return state.format(answers.rated, answers.of), tip.format(answers.rated, answers.of)

    def fill_ticks(self, items: Sequence[tuple[str, str, str]]) -> None:
        """(text, id, tooltip) rows, ticked unless the id was unticked before."""
        hidden = split_ids(self.ctx.settings.text(self.HIDDEN_KEY))
        listed = self.side_list
        listed.blockSignals(True)
        try:
            listed.clear()
            for text, ident, tip in items:
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, ident)
                item.setToolTip(tip)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = ident not in hidden
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                listed.addItem(item)
        finally:
            listed.blockSignals(False)

    def ticked(self) -> tuple[list[str], bool]:
        """The ticked ids, and whether every row is ticked."""
        ids, every = [], True
        for row in range(self.side_list.count()):
            item = self.side_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(ID_ROLE))
            else:
                every = False
        return ids, every

    def _ticks_changed(self) -> None:
        # ids of rows not listed now (another team's members) stay as they were
        hidden = split_ids(self.ctx.settings.text(self.HIDDEN_KEY))
        for row in range(self.side_list.count()):
            item = self.side_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                hidden.discard(item.data(ID_ROLE))
            else:
                hidden.add(item.data(ID_ROLE))
        self.ctx.settings.set_text(self.HIDDEN_KEY, ",".join(sorted(hidden)))
        self.redraw()

    # --- drawing ------------------------------------------------------------------------

    def kind(self) -> str:
        return self.KINDS[max(self.tabs.currentIndex(), 0)]

    def help_topic(self) -> str:
        """The part of Help that explains the chart shown (F1 opens it too)."""
        return HELP_TOPICS.get(self.kind(), "start")

    def show_chart_help(self) -> None:
        self.help_wanted.emit(self.help_topic())

    def _kind_changed(self) -> None:
        self.ctx.settings.set_text(self.CHART_KEY, self.kind())
        self.redraw()

    def redraw(self) -> None:
        """Show the chart for the choices made, or say why there is none."""
        self.before_redraw(self.kind())
        problem = self.nothing_to_draw()
        if problem:
            self.view.show_message(problem)
        else:
            self.view.set_maker(self.make_chart, self.min_px())

    def min_px(self) -> tuple[int, int]:
        """The size below which the chart scrolls rather than shrinks."""
        return (0, 0)

    # --- rating changes -------------------------------------------------------------------

    def _rating_changed(self, person: str, round_id: str, role: str) -> None:
        if not self.concerns(person, round_id, role):
            return
        if not self.isVisible():
            self._pending.add((person, round_id))
            return
        up_to_date = self.apply_rating(person, round_id)
        self.fill_side()  # how much each member or round is answered may have changed
        if not up_to_date:
            self.redraw()

    def _apply_pending(self) -> None:
        pending, self._pending = self._pending, set()
        for person, round_id in pending:
            self.apply_rating(person, round_id, live=False)
        self.fill_side()
        self.redraw()

    # --- saving -------------------------------------------------------------------------

    def save_chart(self, path: str | Path) -> Path:
        """Write the chart shown as PNG (200 dpi) or SVG, as ``kmdesk chart`` draws it."""
        if self.nothing_to_draw() is not None:
            raise charting.NothingToChart(self.tr("There is no chart to save yet."))
        return charting.save_chart(self.make_chart().figure, path)

    def suggested_name(self) -> str:
        return safe_file_name("-".join([self.kind(), *self.name_parts()])) + ".png"

    def export_pdf(self) -> None:
        self.reports.export(self.pdf_subject())
