"""Undo and redo on the Assess page: each step puts the exact stored rows back as they were."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from kmdesk.store.assess_queries import StoredRating, restore_ratings
from kmdesk.store.errors import StoreError
from kmdesk.store.repo import NotFound

# indicator code -> its stored row, or None for "no rating at all"
States = Mapping[str, StoredRating | None]


@dataclass(frozen=True)
class Selection:
    """Whose ratings the form shows: one facilitator, in one round and role."""

    facilitator_id: str
    round_id: str
    role: str


class RatingsChange(QUndoCommand):
    """One step the user can take back: some indicators went from ``before`` to ``after``.

    The change itself is written before the command is pushed (so a failed write never
    reaches the stack); the first ``redo`` therefore writes nothing. Later undo and redo
    rewrite every row in one transaction, then tell ``applied`` what the rows now are.
    """

    def __init__(
        self,
        database,
        selection: Selection,
        before: States,
        after: States,
        text: str,
        applied: Callable[[Selection, States], None],
        failed: Callable[[StoreError | NotFound], None],
    ):
        super().__init__(text)
        self.database = database
        self.selection = selection
        self.before = dict(before)
        self.after = dict(after)
        self._applied = applied
        self._failed = failed
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)

    def _put(self, states: States) -> None:
        sel = self.selection
        try:
            restore_ratings(self.database, sel.facilitator_id, sel.round_id, sel.role, states)
        except (StoreError, NotFound) as exc:
            # The world is wrong (disk full, busy, data changed elsewhere): an exception
            # cannot travel back through QUndoStack, so the page is told instead. A bug
            # goes on to the excepthook.
            self._failed(exc)
            return
        self._applied(sel, states)
