"""Beside the learning-pairs chart: who learns from whom, and what needs outside help, as text."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kmdesk.ui.common import i18n
from kmdesk.views import TeamAnalysis

MIN_WIDTH = 330  # competency, learner and teacher side by side
PAIR_ROLE = Qt.ItemDataRole.UserRole  # (code, learner id, supplier id or None) of a row


class PairsPanel(QWidget):
    """A table of learning pairs and the list of competencies nobody in the team can teach.

    A pair can be turned into a learning action (the button, or the row's context menu).
    """

    # competency code, learner id, supplier id (None: outside the team)
    action_requested = Signal(object, object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pairs_label = QLabel()
        self.pairs_table = QTableWidget(0, 3)
        self.pairs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pairs_table.customContextMenuRequested.connect(self._menu)
        self.pairs_table.itemSelectionChanged.connect(self._update_button)
        self.action_button = QPushButton()
        self.action_button.setObjectName("make_action")
        self.action_button.clicked.connect(self.request_action)
        self.pairs_table.verticalHeader().hide()
        # the narrow column holds a code only; the two names share the rest and wrap rather
        # than end in "…" (at 1366 px "outside the team" and Thai full names were cut short)
        self.pairs_table.setWordWrap(True)
        header = self.pairs_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.pairs_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.outside_label = QLabel()
        self.outside_label.setWordWrap(True)
        self.outside_list = QListWidget()
        self.outside_list.setObjectName("outside_help")
        self.outside_list.setWordWrap(True)
        self.outside_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pairs_label)
        layout.addWidget(self.pairs_table, 3)
        layout.addWidget(self.action_button)
        layout.addWidget(self.outside_label)
        layout.addWidget(self.outside_list, 2)
        self.setMinimumWidth(MIN_WIDTH)

    def retranslate(self) -> None:
        self.pairs_label.setText(self.tr("Who learns from whom"))
        self.pairs_table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Learner"), self.tr("Learns from")]
        )
        self.action_button.setText(self.tr("Ma&ke an action…"))
        self.action_button.setToolTip(
            self.tr("Agree a learning action for the chosen pair: what, by when")
        )
        self._update_button()

    def chosen_pair(self) -> tuple[str, str, str | None] | None:
        row = self.pairs_table.currentRow()
        item = self.pairs_table.item(row, 0) if row >= 0 else None
        return item.data(PAIR_ROLE) if item is not None else None

    def request_action(self) -> None:
        chosen = self.chosen_pair()
        if chosen is not None:
            self.action_requested.emit(*chosen)

    def _update_button(self) -> None:
        self.action_button.setEnabled(self.chosen_pair() is not None)

    def _menu(self, at: QPoint) -> None:
        item = self.pairs_table.itemAt(at)
        if item is None:
            return
        self.pairs_table.selectRow(item.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Ma&ke an action…"), self.request_action)
        menu.popup(self.pairs_table.viewport().mapToGlobal(at))

    def clear(self) -> None:
        self.pairs_table.setRowCount(0)
        self._update_button()
        self.outside_list.clear()
        self.outside_label.clear()

    def fill(self, a: TeamAnalysis, labels: Mapping[str, str]) -> None:
        """The pairs of ``a``, members shown by ``labels`` (names, or letters)."""
        self.clear()
        table = self.pairs_table

        def competency(code: str) -> str:
            comp = a.framework.competency(code)
            return f"{code} {i18n.text(comp.name)}" if comp else code

        rows = [(cp.competency, pair) for cp in a.pairs for pair in cp.pairs]
        table.setRowCount(len(rows))
        for row, (code, pair) in enumerate(rows):
            supplier = labels[pair.supplier] if pair.supplier else self.tr("outside the team")
            # the code keeps the table narrow; the full name is a hover away
            cells = ((code, competency(code)), (labels[pair.learner], None), (supplier, None))
            for column, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                item.setData(PAIR_ROLE, (code, pair.learner, pair.supplier))
                table.setItem(row, column, item)
        if a.outside_help:
            self.outside_label.setText(
                self.tr("Needs outside help (nobody in the team can teach it yet):")
            )
            self.outside_list.addItems([competency(code) for code in a.outside_help])
        else:
            self.outside_label.setText(self.tr("Someone in the team can teach every competency."))
