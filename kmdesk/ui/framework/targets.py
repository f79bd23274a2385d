"""The targets box: each role's target level per competency, plain numbers until edit mode."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess import framework as fw
from kmdesk.ui.framework.models import LevelDelegate, LevelSpinBox, TargetModel


class TargetsBox(QGroupBox):
    """The targets table: plain numbers to read, spin boxes in every cell in edit mode."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = TargetModel(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(LevelDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Nothing opens an editor by itself: in edit mode every cell has its spin box.
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(52)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_writer(self, writer: Callable[[str, str, int], bool]) -> None:
        self.model.writer = writer

    def retranslate(self) -> None:
        self.setTitle(self.tr("Target level per role"))
        self.model.retranslate()
        self._say_note()

    def _say_note(self) -> None:
        if self.model.editable:
            text = self.tr(
                "The level (1–5) each role should reach in each competency; the charts draw "
                "it as the target line. A change is saved at once; Ctrl+Z takes it back."
            )
        else:
            text = self.tr(
                "The level (1–5) each role should reach in each competency; the charts draw "
                "it as the target line."
            )
        self.note.setText(text)

    def set_targets(self, framework: fw.Framework | None, levels: dict[str, dict[str, int]]):
        self.model.set_targets(framework, levels)
        self._show_editors()

    def show_level(self, role: str, code: str, level: int) -> None:
        self.model.show_level(role, code, level)

    def set_editable(self, editable: bool) -> None:
        self.model.set_editable(editable)
        self._show_editors()
        self._say_note()

    def spin(self, role: str, code: str) -> LevelSpinBox | None:
        """The spin box of one cell (edit mode only), for tests and focus."""
        index = self.model.index_of(role, code)
        widget = self.view.indexWidget(index) if index.isValid() else None
        return widget if isinstance(widget, LevelSpinBox) else None

    def _show_editors(self) -> None:
        # Spin boxes always visible in edit mode: nobody has to discover that a cell can be
        # double-clicked. Outside it the cells are plain numbers, so nothing looks editable.
        model, view = self.model, self.view
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                if not model.editable:
                    view.closePersistentEditor(index)
                    continue
                view.openPersistentEditor(index)
                editor = view.indexWidget(index)
                if isinstance(editor, LevelSpinBox):
                    # The view selects an editor's text when it opens one; twelve highlighted
                    # numbers look like a selection the user made.
                    editor.deselect()
        header = view.verticalHeader()
        height = view.horizontalHeader().sizeHint().height()
        height += sum(header.sectionSize(i) for i in range(header.count()))
        view.setFixedHeight(height + 2 * view.frameWidth())
