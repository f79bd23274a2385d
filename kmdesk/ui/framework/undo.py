"""Undo and redo on the Framework page: each step writes back exactly what was stored."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QToolButton, QWidget

from kmdesk.store import frameworks as store_fw
from kmdesk.store.errors import StoreError
from kmdesk.store.framework_edits import IndicatorChange, redo_indicator, undo_indicator
from kmdesk.ui.common.undo import WrittenStep
from kmdesk.ui.framework.wheel import EXTRA_REDO


class StoredStep(WrittenStep):
    """A Framework-page change already written (``WrittenStep``); after each later write
    ``shown(step)`` puts it on screen."""

    def __init__(
        self,
        database,
        text: str,
        shown: Callable[[StoredStep], None],
        failed: Callable[[StoreError], None],
    ):
        super().__init__(text, failed)
        self.database = database
        self._shown = shown

    def shown(self) -> None:
        self._shown(self)


class TargetStep(StoredStep):
    """A role's target in one competency went from ``before`` to ``after``."""

    def __init__(self, database, text, shown, failed, role: str, code: str, before, after):
        super().__init__(database, text, shown, failed)
        self.role, self.code, self.before, self.after = role, code, before, after
        self.level = after  # what is stored now

    def write_before(self) -> None:
        store_fw.set_target(self.database, self.role, self.code, self.before)
        self.level = self.before

    def write_after(self) -> None:
        store_fw.set_target(self.database, self.role, self.code, self.after)
        self.level = self.after


class PairStep(StoredStep):
    """The learning-pair thresholds' setting rows went from ``before`` to ``after``."""

    def __init__(self, database, text, shown, failed, before, after):
        super().__init__(database, text, shown, failed)
        self.before, self.after = dict(before), dict(after)

    def write_before(self) -> None:
        store_fw.restore_pair_values(self.database, self.before)

    def write_after(self) -> None:
        store_fw.restore_pair_values(self.database, self.after)


class IndicatorStep(StoredStep):
    """An indicator added, edited, retired or brought back (perhaps as a new version)."""

    def __init__(self, database, text, shown, failed, change: IndicatorChange):
        super().__init__(database, text, shown, failed)
        self.change = change

    @property
    def code(self) -> str:
        return self.change.code

    def write_before(self) -> None:
        undo_indicator(self.database, self.change)

    def write_after(self) -> None:
        # Ratings may have come to use the version since: it may land as a new one now.
        self.change = redo_indicator(self.database, self.change)


class FrameworkHistory(QObject):
    """The page's undo stack, its Ctrl+Z / Ctrl+Shift+Z actions and their two buttons.

    Only in edit mode: outside it the actions are off, so nothing changes the framework.
    """

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.stack = QUndoStack(self)
        self.enabled = False
        self.undo_action = QAction(page)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(page)
        redo_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        for extra in EXTRA_REDO:
            if all(k.toString() != extra for k in redo_keys):
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        for action, button in (
            (self.undo_action, self.undo_button),
            (self.redo_action, self.redo_button),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            page.addAction(action)
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.undo_action.triggered.connect(self.stack.undo)
        self.redo_action.triggered.connect(self.stack.redo)
        self.stack.indexChanged.connect(self._changed)
        self._changed()

    def push(self, step: StoredStep) -> None:
        self.stack.push(step)

    def clear(self) -> None:
        self.stack.clear()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.undo_button.setVisible(enabled)
        self.redo_button.setVisible(enabled)
        self._changed()

    def retranslate(self) -> None:
        self._changed()

    def _changed(self, *_args) -> None:
        stack = self.stack
        self.undo_action.setEnabled(self.enabled and stack.canUndo())
        self.redo_action.setEnabled(self.enabled and stack.canRedo())
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.undo_action.setToolTip(
            self.tr("Undo {0} (Ctrl+Z)").format(stack.undoText()) if stack.canUndo() else ""
        )
        self.redo_action.setToolTip(
            self.tr("Redo {0} (Ctrl+Shift+Z)").format(stack.redoText()) if stack.canRedo() else ""
        )

    # --- what each step is called (shown in the buttons' tips) --------------------------

    def target_text(self, role_name: str, code: str) -> str:
        return self.tr("the target of {0} in {1}").format(role_name, code)

    def pairs_text(self) -> str:
        return self.tr("the learning-pair thresholds")

    def indicator_text(self, change: IndicatorChange) -> str:
        if change.before is None:
            return self.tr("adding {0}").format(change.code)
        if change.before.retired != change.after.retired:
            if change.after.retired:
                return self.tr("retiring {0}").format(change.code)
            return self.tr("bringing back {0}").format(change.code)
        return self.tr("the wording of {0}").format(change.code)
