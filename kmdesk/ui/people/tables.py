"""The People page's tables: read-only, row-selecting, sortable, and selected by record id."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTableView,
    QWidget,
)

from kmdesk.ui.people.models import ID_ROLE, SORT_ROLE


def make_table(model, stretch: int) -> QTableView:
    """A read-only, row-selecting, sortable table whose column ``stretch`` takes the room."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    # The header fits its columns to rows it has seen; rows a filter lets back in (an
    # inactive person's long agency name) would stay cut off without a fresh fit.
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
        signal.connect(lambda *_: header.resizeSections())
    return view


def sorter(model, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def run_modal(dialog: QDialog):
    """Show a record dialog modally; its saved record, or None if cancelled."""
    return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


def selected_id(view: QTableView) -> str | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].data(ID_ROLE) if rows else None


def select_id(view: QTableView, record_id: str | None) -> None:
    """Select the row holding ``record_id`` (through any proxy), if it is shown."""
    if not record_id:
        return
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == record_id:
            view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.setCurrentIndex(index)
            view.scrollTo(index)
            return
