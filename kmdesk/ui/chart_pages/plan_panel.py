"""The Team page's learning plan: the agreed level per competency, and the round's actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.scale import score_text
from kmdesk.assess.thaidate import format_date
from kmdesk.ui.chart_pages.action_dialog import status_names
from kmdesk.ui.chart_pages.review_dialog import change_text
from kmdesk.ui.common import i18n

KEY_ROLE = Qt.ItemDataRole.UserRole  # a row's competency code, or its action's id
WORTH_BACKGROUND = QColor("#fbf3c4")  # the charts' worth-a-conversation yellow, lighter
AGREED_COMPETENCY_PX = 340
ACTION_COMPETENCY_PX = 150
CHANGE_LEAST_PX = 100
# the actions table's columns that share out the width
COMPETENCY, WHAT, CHANGE = 2, 4, 8


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class PlanPanel(QWidget):
    """Two tables with their buttons; it only shows and asks (the controller writes)."""

    agree_requested = Signal(str)  # competency code
    new_requested = Signal()
    edit_requested = Signal(str)  # action id
    review_requested = Signal(str)
    done_requested = Signal(str)
    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plan_panel")
        self.writable = True  # False for a read-only database: no writing button is on
        self.agreed_label = QLabel()
        self.agreed_table = _table(5)
        self.agreed_table.setObjectName("agreed_table")
        self.agree_button = QPushButton()
        self.actions_label = QLabel()
        self.actions_table = _table(9)
        self.actions_table.setObjectName("actions_table")
        # What the learner does (and the agreed level's reason) takes the room left; long
        # competency names are cut short (the whole name is a hover away), so that nothing
        # scrolls sideways at 1366 pixels.
        header = self.actions_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COMPETENCY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COMPETENCY, ACTION_COMPETENCY_PX)
        # the next round's change is a few words under a long heading (its Thai is 180 px):
        # sized to the cells, the heading whole on hover, so "What" keeps the room
        header.setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.agreed_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, AGREED_COMPETENCY_PX)
        # the headings wrap rather than set the tab's least width: unwrapped, the Thai row of
        # heading and five buttons pushed the navigation list narrower on a 1366 px laptop
        for label in (self.agreed_label, self.actions_label):
            label.setWordWrap(True)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.review_button = QPushButton()
        self.done_button = QPushButton()
        self.copy_button = QPushButton()
        top = QVBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.agreed_label, 1)
        head.addWidget(self.agree_button)
        top.addLayout(head)
        top.addWidget(self.agreed_table)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.actions_label, 1)
        for button in (
            self.new_button,
            self.edit_button,
            self.review_button,
            self.done_button,
            self.copy_button,
        ):
            row.addWidget(button)
        bottom.addLayout(row)
        bottom.addWidget(self.actions_table)
        split = QSplitter(Qt.Orientation.Vertical)
        for layout in (top, bottom):
            holder = QWidget()
            holder.setLayout(layout)
            split.addWidget(holder)
        split.setChildrenCollapsible(False)
        # the twelve competencies get the larger share; a round has a handful of actions
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)

        self.agree_button.clicked.connect(self._agree)
        self.agreed_table.itemDoubleClicked.connect(self._agree)
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(lambda: self._ask(self.edit_requested))
        self.actions_table.itemDoubleClicked.connect(lambda: self._ask(self.edit_requested))
        self.review_button.clicked.connect(lambda: self._ask(self.review_requested))
        self.done_button.clicked.connect(lambda: self._ask(self.done_requested))
        self.copy_button.clicked.connect(self.copy_requested)
        self.actions_table.itemSelectionChanged.connect(self._update_buttons)
        self.agreed_table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def retranslate(self) -> None:
        self.agreed_label.setText(
            self.tr("<b>Agreed levels</b> — beside the self-ratings, never averaged into them")
        )
        self.agreed_table.setHorizontalHeaderLabels(
            [
                self.tr("Competency"),
                self.tr("Self-ratings"),
                self.tr("Spread"),
                self.tr("Agreed"),
                self.tr("Reason"),
            ]
        )
        self.agree_button.setText(self.tr("Set a&greed level…"))
        self.actions_label.setText(
            self.tr("<b>Learning actions</b> of this round and the round before")
        )
        self.actions_table.setHorizontalHeaderLabels(
            [
                self.tr("Round"),
                self.tr("Learner"),
                self.tr("Competency"),
                self.tr("Learns from"),
                self.tr("What"),
                self.tr("By when"),
                self.tr("Status"),
                self.tr("Review"),
                self.tr("Change next round"),
            ]
        )
        change = self.actions_table.horizontalHeaderItem(CHANGE)
        change.setToolTip(change.text())
        self._size_change_column()
        self.new_button.setText(self.tr("&New action…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.review_button.setText(self.tr("Re&view…"))
        self.review_button.setToolTip(self.tr("After-action review: the four questions"))
        self.done_button.setText(self.tr("Mark &done"))
        self.copy_button.setText(self.tr("Cop&y for LINE"))
        self.copy_button.setToolTip(
            self.tr("The round's actions as plain text, ready to paste into a LINE message")
        )

    # --- what is chosen -------------------------------------------------------------------

    def chosen_code(self) -> str | None:
        row = self.agreed_table.currentRow()
        item = self.agreed_table.item(row, 0) if row >= 0 else None
        return item.data(KEY_ROLE) if item else None

    def chosen_action(self) -> str | None:
        row = self.actions_table.currentRow()
        item = self.actions_table.item(row, 0) if row >= 0 else None
        return item.data(KEY_ROLE) if item else None

    def _agree(self) -> None:
        code = self.chosen_code()
        if code:
            self.agree_requested.emit(code)

    def _ask(self, signal) -> None:
        ident = self.chosen_action()
        if ident:
            signal.emit(ident)

    def _update_buttons(self) -> None:
        self.agree_button.setEnabled(self.writable and self.chosen_code() is not None)
        chosen = self.writable and self.chosen_action() is not None
        for button in (self.edit_button, self.review_button, self.done_button):
            button.setEnabled(chosen)

    # --- filling --------------------------------------------------------------------------

    def clear(self) -> None:
        self.agreed_table.setRowCount(0)
        self.actions_table.setRowCount(0)
        self._update_buttons()

    def set_enabled_all(self, enabled: bool, writable: bool = True) -> None:
        """Everything on (a plan to show) or off; ``writable`` False (a read-only database)
        leaves only copying on, so no form opens that could not be saved."""
        self.writable = writable
        self.new_button.setEnabled(enabled and writable)
        self.copy_button.setEnabled(enabled)
        self._update_buttons()

    def fill(
        self,
        competencies: Sequence[tuple[str, str]],
        scores: Mapping[str, Sequence[float]],
        plan,
        labels: Mapping[str, str],
        earlier: Sequence = (),
        rounds: Mapping[str, str] | None = None,
    ) -> None:
        """``competencies``: (code, name); ``scores``: code -> the members' means; ``plan``
        a ``kmdesk.views.learning.TeamPlan``; ``labels``: member id -> name or letter;
        ``earlier``: the round before's actions (ActionViews), listed first, where the
        learner's change can be seen; ``rounds``: round id -> title."""
        chosen_code, chosen_action = self.chosen_code(), self.chosen_action()
        self._fill_agreed(competencies, scores, plan)
        self._fill_actions([*earlier, *plan.actions], labels, rounds or {})
        self._reselect(self.agreed_table, chosen_code)
        self._reselect(self.actions_table, chosen_action)
        self._update_buttons()

    def _fill_agreed(self, competencies, scores, plan) -> None:
        table = self.agreed_table
        table.setRowCount(len(competencies))
        for row, (code, name) in enumerate(competencies):
            held = sorted(scores.get(code, ()))
            rated = " · ".join(score_text(s) for s in held) if held else "–"
            spread = plan.spreads.get(code)
            worth = code in plan.worth
            spread_text = "–" if spread is None else score_text(spread)
            agreed = plan.agreed.get(code)
            cells = [
                (f"{code} {name}", None),
                (rated, None),
                (f"● {spread_text}" if worth else spread_text, None),
                (str(agreed.level) if agreed else "", None),
                (agreed.reason if agreed else "", None),
            ]
            tip = None
            if worth:
                tip = self.tr("Worth a conversation: spread {0} (≥ {1})").format(
                    spread_text, score_text(plan.spread_min)
                )
            for column, (text, own_tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, code)
                item.setToolTip(own_tip or tip or text)
                if worth:
                    item.setBackground(QBrush(WORTH_BACKGROUND))
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)

    def _fill_actions(self, actions, labels: Mapping[str, str], rounds: Mapping[str, str]) -> None:
        table = self.actions_table
        table.setRowCount(len(actions))
        statuses = status_names(self)
        lang = i18n.language()
        for row, view in enumerate(actions):
            a = view.action
            learner = labels.get(a.learner_id, view.learner)
            supplier = labels.get(a.supplier_id, view.supplier) if a.supplier_id else view.supplier
            review = "✓" if a.review.written else "–"
            cells = [
                rounds.get(a.round_id, ""),
                learner,
                f"{a.competency} {view.competency_name}",
                supplier,
                " ".join(a.what.split()),
                format_date(a.due, lang) if a.due else "–",
                statuses.get(a.status, a.status),
                review,
                change_text(self, view.change, view.next_round),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, a.id)
                item.setToolTip(a.what if column == WHAT else text)
                table.setItem(row, column, item)
        self._size_change_column()

    def _size_change_column(self) -> None:
        table = self.actions_table
        table.horizontalHeader().resizeSection(
            CHANGE, max(CHANGE_LEAST_PX, table.sizeHintForColumn(CHANGE))
        )

    @staticmethod
    def _reselect(table: QTableWidget, key: str | None) -> None:
        if key is None:
            return
        for row in range(table.rowCount()):
            if table.item(row, 0).data(KEY_ROLE) == key:
                table.selectRow(row)
                return
