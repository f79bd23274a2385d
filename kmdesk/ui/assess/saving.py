"""Assess-page saves that have not landed yet: kept in the form, in order, retried while busy.

On a shared server this is the form's outbox: a save that cannot reach the server waits
(its answer stays on the card) and is tried again on a timer until it lands; a save that
finds someone else's newer rating waits for the person to choose which one to keep.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from kmdesk.logs import refused
from kmdesk.store.errors import DatabaseBusy, StoreError
from kmdesk.store.server_errors import Conflict, ConnectionLost
from kmdesk.ui.assess.undo import Selection

FIRST_DELAY_MS = 250
LONGEST_DELAY_MS = 4000
OFFLINE_LONGEST_DELAY_MS = 8000
SAVING = "saving"  # the database is busy: retried on a timer
OFFLINE = "offline"  # the server cannot be reached: retried on a timer until it answers
CONFLICT = "conflict"  # someone else saved this rating meanwhile: waits for the person
NOT_SAVED = "not_saved"  # the disk is full, or another problem: waits for the user


@dataclass(frozen=True)
class Shown:
    """What a card shows until its save lands: a level (None: not sure), or no answer."""

    level: int | None = None
    cleared: bool = False


@dataclass
class Save:
    """One change the user made: the store call, and what the form shows meanwhile."""

    selection: Selection
    write: Callable[[], object]
    codes: list[str] | None  # None: ``write`` returns the codes it changed
    text: str  # the undo step's name
    shown: Mapping[str, Shown] = field(default_factory=dict)
    landed: Callable[[list[str]], None] | None = None
    # An undo (-1) or redo (+1), and the undo stack's index it was asked at: once written,
    # the stack moves instead of taking a new step. None: a new change.
    history: tuple[int, int] | None = None


class SaveQueue(QObject):
    """Saves in the order they were made; a save waits while an earlier one waits.

    ``land`` runs a save's write and shows it; it raises the store's error when the write
    did not happen. A busy database is tried again on a timer, waiting longer each time;
    any other problem (a full disk) keeps the saves until ``retry`` is called.
    """

    changed = Signal()
    # The first waiting save found someone else's newer rating (the save, the Conflict);
    # it stays first in line until ``resolve`` says whether to write it over theirs.
    conflicted = Signal(object, object)

    def __init__(self, land: Callable[[Save], None], parent: QObject | None = None):
        super().__init__(parent)
        self.land = land
        self.waiting: list[Save] = []
        self.state = ""
        self.problem: StoreError | None = None
        self.delay = FIRST_DELAY_MS
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.retry)

    def submit(self, save: Save) -> None:
        if self.waiting:
            self.waiting.append(save)
            if self.state == NOT_SAVED or (self.state == OFFLINE and not self.timer.isActive()):
                self.retry()  # the user acting again is the natural moment to try again
            else:
                self.changed.emit()
            return
        if not self._try(save):
            self.waiting.append(save)
            self.changed.emit()

    def retry(self) -> None:
        """Try the waiting saves again, oldest first, until one cannot be made."""
        if self.state == CONFLICT:
            return  # the person is choosing; ``resolve`` goes on
        self.timer.stop()
        while self.waiting:
            if not self._try(self.waiting[0]):
                self.changed.emit()
                return
            self.waiting.pop(0)
        self.state, self.problem, self.delay = "", None, FIRST_DELAY_MS
        self.changed.emit()

    def drop_all(self) -> int:
        """Forget every waiting save (the database was replaced); returns how many there were."""
        count = len(self.waiting)
        self.timer.stop()
        self.waiting.clear()
        self.state, self.problem, self.delay = "", None, FIRST_DELAY_MS
        if count:
            self.changed.emit()
        return count

    def resolve(self, write_mine: bool) -> Save | None:
        """After a conflict: try the first save again (its write now expects the version
        it met), or drop it and keep theirs. Returns the save dropped, if any."""
        if self.state != CONFLICT or not self.waiting:
            return None
        dropped = None
        if not write_mine:
            # Theirs stays: so do later changes of the same answers go, which built on it.
            dropped = self.waiting.pop(0)
            codes = set(dropped.codes or ())
            self.waiting = [
                s
                for s in self.waiting
                if s.selection != dropped.selection or not codes & set(s.codes or ())
            ]
        self.state, self.problem = "", None
        self.retry()
        return dropped

    def shown_for(self, selection: Selection | None) -> dict[str, Shown]:
        """What the cards of ``selection`` show until their saves land (the latest wins)."""
        shown: dict[str, Shown] = {}
        for save in self.waiting:
            if save.selection == selection:
                shown.update(save.shown)
        return shown

    def _try(self, save: Save) -> bool:
        try:
            self.land(save)
        except DatabaseBusy as exc:
            self.state, self.problem = SAVING, exc
            self.timer.start(self.delay)
            self.delay = min(self.delay * 2, LONGEST_DELAY_MS)
            return False
        except ConnectionLost as exc:
            refused("save rating", exc)
            self.state, self.problem = OFFLINE, exc
            self.timer.start(self.delay)
            self.delay = min(self.delay * 2, OFFLINE_LONGEST_DELAY_MS)
            return False
        except Conflict as exc:
            refused("save rating", exc)
            self.state, self.problem = CONFLICT, exc
            self.conflicted.emit(save, exc)
            return False
        except StoreError as exc:
            refused("save rating", exc)
            self.state, self.problem = NOT_SAVED, exc
            return False
        return True
