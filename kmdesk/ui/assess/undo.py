"""Undo and redo on the Assess page: each step knows the exact stored rows before and after."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kmdesk.store.assess_queries import StoredRating
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

    Every write is the page's, through its save queue, so that on a server an undo or redo
    checks the versions the person saw like any other save and waits offline like one
    (``AssessChanges.undo``). The stack moves only once the rows are written; this step
    then tells ``applied`` what they now are. ``failed`` gets a refusal, as for any step.
    """

    def __init__(
        self,
        selection: Selection,
        before: States,
        after: States,
        text: str,
        applied: Callable[[Selection, States], None],
        failed: Callable[[Exception], None],
    ):
        super().__init__(text, failed)
        self.selection = selection
        self.before = dict(before)
        self.after = dict(after)
        self._applied = applied
        self._states = self.after

    def states(self, direction: int) -> States:
        """The rows an undo (-1) or a redo (+1) of this step writes."""
        return self.before if direction < 0 else self.after

    # Already written by the page when the stack calls these: only what to show changes.
    def write_before(self) -> None:
        self._states = self.before

    def write_after(self) -> None:
        self._states = self.after

    def shown(self) -> None:
        self._applied(self.selection, self._states)
