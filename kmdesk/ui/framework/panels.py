"""The framework page's two halves: the tree with its buttons, and the indicator's editor box."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess import framework as fw
from kmdesk.assess import indicator_rules as rules
from kmdesk.ui.common import i18n
from kmdesk.ui.common.settings import Settings
from kmdesk.ui.framework.dialogs import IndicatorEditor
from kmdesk.ui.framework.models import (
    CODE_ROLE,
    COMPETENCY,
    INDICATOR,
    KIND_ROLE,
    FrameworkTreeModel,
)


class TreePanel(QWidget):
    """Domains, competencies and indicators, with Add and Retire under them (texts: the page)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = FrameworkTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(
            FrameworkTreeModel.CODE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.tree.header().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.retire_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add indicator…"))
        self.add_button.setToolTip(self.tr("Add an indicator to the selected competency"))
        self.model.retranslate()

    def update_buttons(
        self,
        shown: fw.Indicator | None,
        framework: fw.Framework | None,
        competency: str | None,
        editing: bool,
    ) -> None:
        """Add and Retire (or Bring back) for the indicator shown: in edit mode only."""
        self.add_button.setVisible(editing)
        self.retire_button.setVisible(editing)
        self.add_button.setEnabled(competency is not None)
        button = self.retire_button
        if shown is not None and shown.retired:
            button.setText(self.tr("Bring back"))
            button.setToolTip(self.tr("Offer this indicator for rating again"))
            button.setEnabled(True)
            return
        button.setText(self.tr("Retire"))
        can = (
            shown is not None and framework is not None and rules.can_retire(framework, shown.code)
        )
        button.setEnabled(can)
        if shown is not None and not can:
            button.setToolTip(
                self.tr(
                    "This is the only indicator of its competency still in use; "
                    "add another before retiring it."
                )
            )
        else:
            button.setToolTip(
                self.tr("Stop offering this indicator for rating; ratings already made keep it")
            )

    def set_framework(self, framework: fw.Framework | None) -> None:
        self.model.set_framework(framework)
        self.tree.expandAll()

    def select(self, code: str) -> None:
        index = self.model.find(code)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    def go_back_to(self, index) -> None:
        """Select ``index`` again without telling anyone (the user kept their edits)."""
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.tree.viewport().update()

    def selected(self) -> tuple[str | None, str | None]:
        """(kind, code) of the current row, or (None, None)."""
        index = self.tree.selectionModel().currentIndex()
        if not index.isValid():
            return None, None
        return index.data(KIND_ROLE), index.data(CODE_ROLE)

    def selected_competency(self, framework: fw.Framework | None) -> str | None:
        """The selected competency, or the competency of the selected indicator."""
        kind, code = self.selected()
        if kind == COMPETENCY:
            return code
        if kind == INDICATOR and framework is not None:
            return framework.indicator(code).competency
        return None


class EditorBox(QGroupBox):
    """A heading, the indicator's wording in a scroll area, Save, Revert and a message."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.editor = IndicatorEditor()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        self.save_button = QPushButton()
        self.revert_button = QPushButton()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Indicator"))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Undo the changes made since the last save"))

    def say_heading(self, framework: fw.Framework | None, editing: bool) -> None:
        shown = self.editor.shown()
        if shown is None:
            if editing:
                said = self.tr("Select an indicator to edit it, or a competency to add one.")
            else:
                said = self.tr("Select an indicator to read its wording and level sentences.")
            self.heading.setText(said)
            return
        comp = framework.competency(shown.competency) if framework else None
        comp_name = i18n.text(comp.name) if comp else ""
        text = self.tr("<b>{0}</b> — an indicator of {1} {2}").format(
            shown.code, shown.competency, comp_name
        )
        if shown.retired:
            text += " " + self.tr("<i>(retired: no longer offered for rating)</i>")
        self.heading.setText(text)

    def update_buttons(self) -> None:
        dirty = self.editor.is_dirty()
        self.editor.setEnabled(self.editor.shown() is not None)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def set_editable(self, editable: bool) -> None:
        self.editor.set_read_only(not editable)
        self.save_button.setVisible(editable)
        self.revert_button.setVisible(editable)


class IndicatorsSplit(QSplitter):
    """The tree beside the editor box, its divider remembered in the settings under ``key``."""

    def __init__(self, settings: Settings, key: str, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.tree_panel = TreePanel()
        self.editor_box = EditorBox()
        self.addWidget(self.tree_panel)
        self.addWidget(self.editor_box)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)
        state = settings.blob(key)
        if state is None or not self.restoreState(state):
            # Room for the tree's wording: its own size hint would leave it cut off.
            self.setSizes([460, 820])
        self.splitterMoved.connect(lambda *_: settings.set_blob(key, self.saveState()))


def stacked(*widgets: QWidget) -> QWidget:
    """The widgets one under another, at the top of a page of their own."""
    page = QWidget()
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page
