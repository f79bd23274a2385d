"""Undo and redo on the Assess page: each step puts the exact stored rows back as they were."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kmdesk.store.assess_queries import StoredRating, restore_ratings
from kmdesk.store.errors import StoreError
from kmdesk.store.repo import NotFound
from kmdesk.ui.common.undo import WrittenStep

# indicator code -> its stored row, or None for "no rating at all"
States = Mapping[str, StoredRating | None]


@dataclass(frozen=True)
class Selection:
    """Whose ratings the form shows: one facilitator, in one round and role."""

    facilitator_id: str
    round_id: str
    role: str


class RatingsChange(WrittenStep):
    """One step the user can take back: some indicators went from ``before`` to ``after``.

    Written before it is pushed (``WrittenStep``); later undo and redo rewrite every row in
    one transaction, then tell ``applied`` what the rows now are. A person or round removed
    elsewhere (``NotFound``) is refused like the store's own errors.
    """

    refusals = (StoreError, NotFound)

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
        super().__init__(text, failed)
        self.database = database
        self.selection = selection
        self.before = dict(before)
        self.after = dict(after)
        self._applied = applied
        self._states = self.after

    def write_before(self) -> None:
        self._put(self.before)

    def write_after(self) -> None:
        self._put(self.after)

    def _put(self, states: States) -> None:
        sel = self.selection
        restore_ratings(self.database, sel.facilitator_id, sel.round_id, sel.role, states)
        self._states = states

    def shown(self) -> None:
        self._applied(self.selection, self._states)
