"""The framework page: browse and edit indicators (Thai and English), retire them, set targets."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess import framework as fw
from kmdesk.assess import indicator_rules as rules
from kmdesk.store import frameworks as store_fw
from kmdesk.store.framework_edits import (
    EditOutcome,
    edit_outcome,
    save_checked_indicator,
    set_retired,
)
from kmdesk.ui import i18n
from kmdesk.ui import settings as keys
from kmdesk.ui.framework_dialogs import AddIndicatorDialog, IndicatorEditor
from kmdesk.ui.framework_models import (
    CODE_ROLE,
    COMPETENCY,
    INDICATOR,
    KIND_ROLE,
    FrameworkTreeModel,
    LevelDelegate,
    LevelSpinBox,
    TargetModel,
)
from kmdesk.ui.page import AppContext, Page


def run_modal(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class FrameworkPage(Page):
    """The latest framework version as a tree, an editor for one indicator, and the targets."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("framework")
        self.framework: fw.Framework | None = None
        self.outcome = EditOutcome(0, False)
        self._announcing = False
        self._current_code: str | None = None
        # Replaceable, so tests answer without a modal loop: confirm(text) -> yes?
        self.confirm = self.ask_yes_no
        self.run_dialog = run_modal

        self.version_label = QLabel()
        self.version_label.setObjectName("version")
        self.version_label.setWordWrap(True)

        self.tree_model = FrameworkTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(
            FrameworkTreeModel.CODE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.tree.header().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.retire_button = QPushButton()
        tree_buttons = QHBoxLayout()
        tree_buttons.addWidget(self.add_button)
        tree_buttons.addWidget(self.retire_button)
        tree_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(tree_buttons)

        self.editor_box = QGroupBox()
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
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.save_button)
        edit_buttons.addWidget(self.revert_button)
        edit_buttons.addWidget(self.message, 1)
        editor_layout = QVBoxLayout(self.editor_box)
        editor_layout.addWidget(self.heading)
        editor_layout.addWidget(scroll, 1)
        editor_layout.addLayout(edit_buttons)

        self.target_model = TargetModel(self)
        self.target_model.writer = self._write_target
        self.targets_box = QGroupBox()
        self.targets_note = QLabel()
        self.targets_note.setWordWrap(True)
        self.target_view = QTableView()
        self.target_view.setModel(self.target_model)
        self.target_view.setItemDelegate(LevelDelegate(self.target_view))
        self.target_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.target_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.target_view.horizontalHeader().setMinimumSectionSize(52)
        self.target_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.target_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        targets_layout = QVBoxLayout(self.targets_box)
        targets_layout.addWidget(self.targets_note)
        targets_layout.addWidget(self.target_view)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.editor_box)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version_label)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.targets_box)
        self._restore_splitter()

        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.editor.changed.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_indicator)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.save_button.clicked.connect(self.save_edits)
        self.revert_button.clicked.connect(self.revert)
        for signal in (ctx.events.framework_changed, ctx.events.database_replaced):
            signal.connect(self._changed_elsewhere)

        self.refresh()
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Framework")

    def ask_yes_no(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Framework"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add indicator…"))
        self.add_button.setToolTip(self.tr("Add an indicator to the selected competency"))
        self.editor_box.setTitle(self.tr("Indicator"))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Undo the changes made since the last save"))
        self.targets_box.setTitle(self.tr("Target level per role"))
        self.targets_note.setText(
            self.tr(
                "The level (1–5) each role should reach in each competency; the charts draw it "
                "as the target line. A change is saved at once."
            )
        )
        self.tree_model.retranslate()
        self.target_model.retranslate()
        self._say_version()
        self._say_heading()
        self._update_buttons()

    def _say_version(self) -> None:
        number = self.outcome.version
        if self.outcome.makes_new_version:
            text = self.tr(
                "Framework version {0}. Ratings already use it, so saving a change makes "
                "version {1}; earlier ratings keep the wording they were made with."
            ).format(number, number + 1)
        else:
            text = self.tr(
                "Framework version {0}. No ratings use it yet, so changes are saved into it."
            ).format(number)
        self.version_label.setText(text)

    def _say_heading(self) -> None:
        shown = self.editor.shown()
        if shown is None:
            self.heading.setText(
                self.tr("Select an indicator to edit it, or a competency to add one.")
            )
            return
        comp = self.framework.competency(shown.competency) if self.framework else None
        comp_name = i18n.text(comp.name) if comp else ""
        text = self.tr("<b>{0}</b> — an indicator of {1} {2}").format(
            shown.code, shown.competency, comp_name
        )
        if shown.retired:
            text += " " + self.tr("<i>(retired: no longer offered for rating)</i>")
        self.heading.setText(text)

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the latest version and targets; keep the selected code when it still exists."""
        with self.ctx.database.session() as session:
            self.framework = store_fw.load_framework(session)
            self.outcome = edit_outcome(session)
            targets = store_fw.load_targets(session)
        keep = self._current_code
        self.tree_model.set_framework(self.framework)
        self.tree.expandAll()
        self.target_model.set_targets(self.framework, targets)
        self._open_editors()
        self.editor.set_level_names(self.framework.level_names)
        self._current_code = None
        self.editor.show_indicator(None)
        if keep:
            self.select(keep)
        self._say_version()
        self._say_heading()
        self._update_buttons()

    def _open_editors(self) -> None:
        # Spin boxes always visible: nobody has to discover that a cell can be double-clicked.
        for row in range(self.target_model.rowCount()):
            for col in range(self.target_model.columnCount()):
                self.target_view.openPersistentEditor(self.target_model.index(row, col))
                editor = self.target_view.indexWidget(self.target_model.index(row, col))
                if isinstance(editor, LevelSpinBox):
                    # The view selects an editor's text when it opens one; twelve highlighted
                    # numbers look like a selection the user made.
                    editor.deselect()
        header = self.target_view.verticalHeader()
        height = self.target_view.horizontalHeader().sizeHint().height()
        height += sum(header.sectionSize(i) for i in range(header.count()))
        self.target_view.setFixedHeight(height + 2 * self.target_view.frameWidth())

    def _changed_elsewhere(self) -> None:
        if not self._announcing:
            self.refresh()

    def _announce(self) -> None:
        self._announcing = True
        try:
            self.ctx.events.framework_changed.emit()
        finally:
            self._announcing = False

    def select(self, code: str) -> None:
        index = self.tree_model.find(code)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    # --- selection ---------------------------------------------------------------------

    def _selected_kind_code(self) -> tuple[str | None, str | None]:
        index = self.tree.selectionModel().currentIndex()
        if not index.isValid():
            return None, None
        return index.data(KIND_ROLE), index.data(CODE_ROLE)

    def _selected_competency(self) -> str | None:
        kind, code = self._selected_kind_code()
        if kind == COMPETENCY:
            return code
        if kind == INDICATOR and self.framework is not None:
            return self.framework.indicator(code).competency
        return None

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else None
        if current.data(KIND_ROLE) != INDICATOR:
            code = None
        if code == self._current_code:
            self._update_buttons()
            return
        if self.editor.is_dirty() and not self.confirm(
            self.tr("Your changes to {0} are not saved. Leave them and lose the changes?").format(
                self._current_code
            )
        ):
            # Go back to the indicator being edited, without asking again.
            self.tree.selectionModel().blockSignals(True)
            self.tree.selectionModel().setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.selectionModel().blockSignals(False)
            self.tree.viewport().update()
            return
        self._current_code = code
        indicator = self.framework.indicator(code) if code and self.framework else None
        self.editor.show_indicator(indicator)
        self.message.clear()
        self._say_heading()
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self.editor.shown()
        dirty = self.editor.is_dirty()
        self.editor.setEnabled(shown is not None)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.add_button.setEnabled(self._selected_competency() is not None)
        if shown is not None and shown.retired:
            self.retire_button.setText(self.tr("Bring back"))
            self.retire_button.setToolTip(self.tr("Offer this indicator for rating again"))
            self.retire_button.setEnabled(True)
        else:
            self.retire_button.setText(self.tr("Retire"))
            can = (
                shown is not None
                and self.framework is not None
                and rules.can_retire(self.framework, shown.code)
            )
            self.retire_button.setEnabled(can)
            if shown is not None and not can:
                self.retire_button.setToolTip(
                    self.tr(
                        "This is the only indicator of its competency still in use; "
                        "add another before retiring it."
                    )
                )
            else:
                self.retire_button.setToolTip(
                    self.tr("Stop offering this indicator for rating; ratings already made keep it")
                )

    # --- saving ------------------------------------------------------------------------

    def versioning_question(self) -> str:
        number = self.outcome.version
        return self.tr(
            "Ratings already use version {0} of the framework. Saving makes version {1}: "
            "the ratings people already made keep the wording they were made with, and "
            "rounds already set up stay on version {0}. New rounds will use the new wording."
            "\n\n"
            "Save as version {1}?"
        ).format(number, number + 1)

    def _may_write(self) -> bool:
        """Whether to go ahead: asks first when the write would make a new version."""
        with self.ctx.database.session() as session:
            self.outcome = edit_outcome(session)
        return not self.outcome.makes_new_version or self.confirm(self.versioning_question())

    def _saved(self, code: str, message: str) -> None:
        self._current_code = code
        self.refresh()
        self.select(code)
        self.message.setText(message)
        self._announce()

    def write_indicator(self, indicator: fw.Indicator) -> bool:
        """Save an added or edited indicator; False if the user declined a new version.

        The domain checks the wording first, so nobody is asked about versions for an edit
        that would be refused anyway (IncompleteIndicator goes to the caller).
        """
        rules.checked(indicator)
        if not self._may_write():
            return False
        number, new = save_checked_indicator(self.ctx.database, indicator)
        if new:
            said = self.tr("{0} saved as framework version {1}.").format(indicator.code, number)
        else:
            said = self.tr("{0} saved.").format(indicator.code)
        self._saved(indicator.code, said)
        return True

    def save_edits(self) -> None:
        edited = self.editor.edited()
        if edited is None or not self.editor.is_dirty():
            return
        try:
            done = self.write_indicator(edited)
        except rules.IncompleteIndicator as error:
            self.editor.mark_gaps(error.gaps)
            self.message.setText(self.editor.describe_gaps(error.gaps))
            return
        if not done:
            self.message.setText(self.tr("Not saved; your changes are still here."))

    def revert(self) -> None:
        self.editor.show_indicator(self.editor.shown())
        self.message.clear()
        self._update_buttons()

    def add_indicator(self) -> None:
        competency = self._selected_competency()
        if competency is None or self.framework is None:
            return
        if self.editor.is_dirty() and not self.confirm(
            self.tr("Your changes to {0} are not saved. Leave them and lose the changes?").format(
                self._current_code
            )
        ):
            return
        self.editor.show_indicator(self.editor.shown())
        dialog = AddIndicatorDialog(self.framework, competency, self.write_indicator, self)
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def toggle_retired(self) -> None:
        shown = self.editor.shown()
        if shown is None:
            return
        if self.editor.is_dirty() and not self.confirm(
            self.tr("Your changes to {0} are not saved. Leave them and lose the changes?").format(
                shown.code
            )
        ):
            return
        retire = not shown.retired
        if not self._may_write():
            return
        try:
            number, new = set_retired(self.ctx.database, shown.code, retire)
        except rules.LastIndicator:
            self.message.setText(
                self.tr(
                    "{0} is the only indicator of its competency still in use; add another "
                    "before retiring it."
                ).format(shown.code)
            )
            return
        if retire:
            said = self.tr("{0} retired.").format(shown.code)
        else:
            said = self.tr("{0} brought back.").format(shown.code)
        if new:
            said += " " + self.tr("This is framework version {0}.").format(number)
        self._saved(shown.code, said)

    def _write_target(self, role: str, code: str, level: int) -> None:
        store_fw.set_target(self.ctx.database, role, code, level)
        self._announce()

    # --- splitter ----------------------------------------------------------------------

    def _restore_splitter(self) -> None:
        key = keys.SPLITTER_PREFIX + "framework"
        state = self.ctx.settings.blob(key)
        if state is None or not self.split.restoreState(state):
            # Room for the tree's wording: its own size hint would leave it cut off.
            self.split.setSizes([460, 820])
        self.split.splitterMoved.connect(
            lambda *_: self.ctx.settings.set_blob(key, self.split.saveState())
        )
