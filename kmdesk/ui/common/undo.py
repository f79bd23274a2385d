"""One undo step for a change already written: undo and redo write the stored rows again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kmdesk.store.errors import StoreError


class WrittenStep(QUndoCommand):
    """A change the page has already written, as a step of its QUndoStack.

    The change is written before the step is pushed (so a refused write never reaches the
    stack); the first ``redo``, which QUndoStack runs on push, therefore writes nothing.
    Later undo and redo call ``write_before`` / ``write_after``, then ``shown()`` to put the
    result on screen. A refusal (one of ``refusals``: the world is wrong) goes to
    ``failed``, since an exception cannot travel back through QUndoStack; a bug goes on to
    the excepthook. Used by the Assess page (ratings) and the Framework page (targets,
    thresholds, indicators).
    """

    refusals: tuple[type[Exception], ...] = (StoreError,)

    def __init__(self, text: str, failed: Callable[[Exception], None]):
        super().__init__(text)
        self._failed = failed
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._run(self.write_after)

    def undo(self) -> None:
        self._run(self.write_before)

    def _run(self, write: Callable[[], None]) -> None:
        try:
            write()
        except self.refusals as exc:
            self._failed(exc)
            return
        self.shown()

    def write_before(self) -> None:
        raise NotImplementedError

    def write_after(self) -> None:
        raise NotImplementedError

    def shown(self) -> None:
        """Show what the last write put in the database."""
