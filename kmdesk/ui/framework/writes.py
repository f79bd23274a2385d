"""The Framework page's writes, each pushed as one undo step, and what an undo or redo shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kmdesk.assess.pairs import PairSettings
from kmdesk.logs import refused
from kmdesk.store import frameworks as store_fw
from kmdesk.store.errors import StoreError
from kmdesk.store.framework_edits import FrameworkMovedOn, IndicatorChange
from kmdesk.ui.common import i18n
from kmdesk.ui.common.errors import plain_message
from kmdesk.ui.common.page import Page
from kmdesk.ui.framework.undo import IndicatorStep, PairStep, StoredStep, TargetStep


class FrameworkWrites(QObject):
    """Writes a target or the thresholds (only in edit mode) and pushes each as an undo step;
    pushes indicator changes the page wrote; puts on screen what an undo or redo wrote.

    The store's refusals ("the world is wrong") become a plain notice on the page and a
    line in the log; bugs go on to the excepthook.
    """

    def __init__(self, page: Page):
        super().__init__(page)
        # The FrameworkPage (not imported: it imports this module).
        self.page = page

    @property
    def database(self):
        return self.page.ctx.database

    def target(self, role: str, code: str, level: int) -> bool:
        """Store a target; False (and the cell shows the stored level again) if refused."""
        page = self.page
        if not page.editing:
            return False
        try:
            before = store_fw.set_target(self.database, role, code, level)
        except StoreError as exc:
            self.refused("framework target", exc)
            return False
        if before != level:
            found = page.framework.role(role) if page.framework else None
            name = i18n.text(found.name) if found else role
            text = page.history.target_text(name, code)
            page.history.push(
                TargetStep(
                    self.database, text, self._shown, self._failed, role, code, before, level
                )
            )
        page.announce()
        return True

    def pairs(self, settings: PairSettings) -> bool:
        """Store the learning-pair thresholds; False if refused."""
        page = self.page
        if not page.editing:
            return False
        try:
            before = store_fw.save_pair_settings(self.database, settings)
        except StoreError as exc:
            self.refused("pair thresholds", exc)
            return False
        after = store_fw.pair_values(settings)
        if before != after:
            text = page.history.pairs_text()
            page.history.push(
                PairStep(self.database, text, self._shown, self._failed, before, after)
            )
        page.announce()
        return True

    def indicator(self, change: IndicatorChange) -> None:
        """An indicator change the page has stored: one step the user can take back."""
        history = self.page.history
        history.push(
            IndicatorStep(
                self.database,
                history.indicator_text(change),
                self._shown,
                self._failed,
                change,
            )
        )

    def refused(self, where: str, exc: StoreError) -> None:
        refused(where, exc)
        self.page.show_notice(plain_message(exc))

    def _shown(self, step: StoredStep) -> None:
        page = self.page
        page.show_notice("")
        if isinstance(step, TargetStep):
            page.targets_box.show_level(step.role, step.code, step.level)
        elif isinstance(step, IndicatorStep):
            page.show_stored(step.code)
        else:
            with self.database.session() as session:
                page.pairs_box.show_settings(store_fw.load_pair_settings(session))
        page.announce()

    def _failed(self, exc: StoreError) -> None:
        refused("framework undo", exc)
        if isinstance(exc, FrameworkMovedOn):
            said = self.tr(
                "That step cannot be taken back now: ratings or a new round use the framework "
                "version it made, or it was changed elsewhere. Nothing was changed."
            )
        else:
            said = plain_message(exc)
        self.page.show_notice(said)
        # Not while QUndoStack is still inside undo()/redo(): its steps would be deleted.
        QTimer.singleShot(0, self._start_afresh)

    def _start_afresh(self) -> None:
        self.page.history.clear()
        self.page.refresh()
