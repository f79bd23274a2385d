"""The framework page: read the framework; in edit mode change wording, targets, thresholds."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess import framework as fw
from kmdesk.assess import indicator_rules as rules
from kmdesk.store import frameworks as store_fw
from kmdesk.store.errors import StoreError
from kmdesk.store.framework_edits import (
    EditOutcome,
    IndicatorChange,
    edit_outcome,
    save_checked_indicator,
    set_retired,
)
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.page import AppContext, Page
from kmdesk.ui.common.problem import PROBLEM_STYLE
from kmdesk.ui.framework.dialogs import AddIndicatorDialog
from kmdesk.ui.framework.lock import EditLock
from kmdesk.ui.framework.models import CODE_ROLE, INDICATOR, KIND_ROLE
from kmdesk.ui.framework.pairs import PairSettingsBox
from kmdesk.ui.framework.panels import IndicatorsSplit, stacked
from kmdesk.ui.framework.targets import TargetsBox
from kmdesk.ui.framework.undo import FrameworkHistory
from kmdesk.ui.framework.writes import FrameworkWrites


def run_modal(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class FrameworkPage(Page):
    """The latest framework version as a tree, an editor for one indicator, the targets and
    the learning-pair thresholds; read-only until "Edit framework" is switched on."""

    INDICATORS_TAB, NUMBERS_TAB = range(2)

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

        self.lock = EditLock(ctx, self)
        self.lock.may_leave = self._may_leave_editing
        self.history = FrameworkHistory(self)
        self.writes = FrameworkWrites(self)
        self.version_label = QLabel()
        self.version_label.setObjectName("version")
        self.version_label.setWordWrap(True)
        self.notice = QLabel()  # what went wrong with an undo or a write
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(PROBLEM_STYLE)
        self.notice.hide()
        top = QHBoxLayout()
        top.addWidget(self.version_label, 1)
        for widget in (self.history.undo_button, self.history.redo_button):
            top.addWidget(widget)
        top.addWidget(self.lock.pin_button)
        top.addWidget(self.lock.switch)

        self.split = IndicatorsSplit(ctx.settings, keys.SPLITTER_PREFIX + "framework")
        self.tree_panel, self.editor_box = self.split.tree_panel, self.split.editor_box
        self.tree_model, self.tree = self.tree_panel.model, self.tree_panel.tree
        self.add_button = self.tree_panel.add_button
        self.retire_button = self.tree_panel.retire_button
        self.editor, self.heading = self.editor_box.editor, self.editor_box.heading
        self.save_button = self.editor_box.save_button
        self.revert_button = self.editor_box.revert_button
        self.message = self.editor_box.message
        self.targets_box = TargetsBox()
        self.targets_box.set_writer(self.writes.target)
        self.target_model = self.targets_box.model
        self.pairs_box = PairSettingsBox()
        self.pairs_box.writer = self.writes.pairs
        self.pairs_box.ctx = ctx  # the spread worth a conversation, beside the thresholds
        # Two tabs, so that at 1366×768 the indicator's wording gets the page's height.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.split, "")
        self.tabs.addTab(stacked(self.targets_box, self.pairs_box), "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self.lock.banner, self.lock.notice, self.notice):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)

        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.editor.changed.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_indicator)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.save_button.clicked.connect(self.save_edits)
        self.revert_button.clicked.connect(self.revert)
        self.lock.mode_changed.connect(self._mode_changed)
        ctx.events.framework_changed.connect(self._changed_elsewhere)
        ctx.events.database_replaced.connect(self._database_replaced)

        self.lock.reload()
        self.refresh()
        self._mode_changed(False)
        self.retranslate()

    @property
    def editing(self) -> bool:
        return self.lock.editing

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
        self.tree_panel.retranslate()
        self.editor_box.retranslate()
        self.targets_box.retranslate()
        self.pairs_box.retranslate()
        self.tabs.setTabText(self.INDICATORS_TAB, self.tr("Indicators"))
        self.tabs.setTabText(self.NUMBERS_TAB, self.tr("Targets and learning pairs"))
        self.lock.retranslate()
        self.history.retranslate()
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
        self.editor_box.say_heading(self.framework, self.editing)

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the latest version, targets and thresholds; keep the selected code."""
        with self.ctx.database.session() as session:
            self.framework = store_fw.load_framework(session)
            self.outcome = edit_outcome(session)
            targets = store_fw.load_targets(session)
            pairs = store_fw.load_pair_settings(session)
        keep = self._current_code
        self.tree_panel.set_framework(self.framework)
        self.targets_box.set_targets(self.framework, targets)
        self.pairs_box.show_settings(pairs)
        self.editor.set_level_names(self.framework.level_names)
        self._current_code = None
        self.editor.show_indicator(None)
        if keep:
            self.select(keep)
        self._say_version()
        self._say_heading()
        self._update_buttons()

    def _changed_elsewhere(self) -> None:
        if not self._announcing:
            self.refresh()

    def _database_replaced(self) -> None:
        # Another database (or a restored backup): its own PIN, and no steps to take back.
        self.history.clear()
        self.lock.reload()
        self.lock.set_editing(False)
        self.show_notice("")
        self.refresh()

    def show_stored(self, code: str) -> None:
        """Show the framework as stored now, with ``code`` selected (after a write or undo)."""
        self._current_code = code
        self.refresh()
        self.select(code)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def announce(self) -> None:
        self._announcing = True
        try:
            self.ctx.events.framework_changed.emit()
        finally:
            self._announcing = False

    def select(self, code: str) -> None:
        self.tree_panel.select(code)

    # --- selection ---------------------------------------------------------------------

    def _selected_competency(self) -> str | None:
        return self.tree_panel.selected_competency(self.framework)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else None
        if current.data(KIND_ROLE) != INDICATOR:
            code = None
        if code == self._current_code:
            self._update_buttons()
            return
        if not self._may_drop_edits(self._current_code):
            # Go back to the indicator being edited, without asking again.
            self.tree_panel.go_back_to(previous)
            return
        self._current_code = code
        indicator = self.framework.indicator(code) if code and self.framework else None
        self.editor.show_indicator(indicator)
        self.message.clear()
        self._say_heading()
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self.editor.shown()
        self.editor_box.update_buttons()
        competency = self._selected_competency()
        self.tree_panel.update_buttons(shown, self.framework, competency, self.editing)

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

    def _saved(self, change: IndicatorChange, message: str) -> None:
        self.writes.indicator(change)
        self.show_stored(change.code)
        self.message.setText(message)
        self.announce()

    def _may_drop_edits(self, code: str | None) -> bool:
        """True when nothing is typed and unsaved, or the user agrees to lose it."""
        return not self.editor.is_dirty() or self.confirm(
            self.tr("Your changes to {0} are not saved. Leave them and lose the changes?").format(
                code
            )
        )

    def write_indicator(self, indicator: fw.Indicator) -> bool:
        """Save an added or edited indicator; False if the user declined a new version.

        The domain checks the wording first, so nobody is asked about versions for an edit
        that would be refused anyway (IncompleteIndicator goes to the caller).
        """
        rules.checked(indicator)
        if not self.editing:
            return False
        try:
            if not self._may_write():
                return False
            change = save_checked_indicator(self.ctx.database, indicator)
        except StoreError as exc:
            self.writes.refused("framework indicator", exc)
            return False
        number = change.version_after
        if change.made_new_version:
            said = self.tr("{0} saved as framework version {1}.").format(indicator.code, number)
        else:
            said = self.tr("{0} saved.").format(indicator.code)
        self._saved(change, said)
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
        if competency is None or self.framework is None or not self.editing:
            return
        if not self._may_drop_edits(self._current_code):
            return
        self.editor.show_indicator(self.editor.shown())
        dialog = AddIndicatorDialog(self.framework, competency, self.write_indicator, self)
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def toggle_retired(self) -> None:
        shown = self.editor.shown()
        if shown is None or not self.editing or not self._may_drop_edits(shown.code):
            return
        retire = not shown.retired
        try:
            if not self._may_write():
                return
            change = set_retired(self.ctx.database, shown.code, retire)
        except StoreError as exc:
            self.writes.refused("framework indicator", exc)
            return
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
        if change.made_new_version:
            said += " " + self.tr("This is framework version {0}.").format(change.version_after)
        self._saved(change, said)

    # --- edit mode ---------------------------------------------------------------------

    def _mode_changed(self, editing: bool) -> None:
        self.editor_box.set_editable(editing)
        self.targets_box.set_editable(editing)
        self.pairs_box.set_editable(editing)
        self.history.set_enabled(editing)
        if not editing:
            self.message.clear()
        self._say_heading()
        self._update_buttons()

    def _may_leave_editing(self) -> bool:
        if not self._may_drop_edits(self._current_code):
            return False
        self.revert()
        return True

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # With a PIN set, going to another page ends editing (a laptop left open on another
        # page is not left unlocked); typing not yet saved keeps it on. A minimised window
        # (a spontaneous hide) does not count.
        super().hideEvent(event)
        if not event.spontaneous() and self.lock.locked and not self.editor.is_dirty():
            self.lock.set_editing(False)
