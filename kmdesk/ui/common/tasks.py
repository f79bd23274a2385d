"""Long work off the GUI thread, with a progress dialog and a Cancel that rolls everything back."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from kmdesk.exchange.problems import Cancelled

log = logging.getLogger(__name__)

# The work gets a progress callback (done, total) -> False to stop. It takes plain data (paths,
# ids) and may take the app's Database, whose engine gives the worker a connection of its own;
# never ORM objects or widgets.
Work = Callable[[Callable[[int, int], bool]], object]


class _Worker(QObject):
    progressed = Signal(int, int)
    # outcome ("ok", "failed", "cancelled") and the result or the exception
    done = Signal(str, object)

    def __init__(self, work: Work):
        super().__init__()
        self.work = work
        self.stop = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.stop.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.report)
        except Cancelled:
            self.done.emit("cancelled", None)
        except Exception as exc:  # handed to the GUI thread, which decides what the user sees
            self.done.emit("failed", exc)
        else:
            self.done.emit("cancelled" if self.stop.is_set() else "ok", result)


class Task(QObject):
    """One background job; ``finished`` carries (outcome, value): "ok", "failed" or "cancelled"."""

    finished = Signal(str, object)

    def __init__(self, parent: QWidget, label: str, cancel_text: str, work: Work):
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Shown at once (a busy bar until the first progress), with its Cancel: a dialog
        # that is never given a value waits ~4 s before Qt shows it, and the group waits too.
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.worker.stop.set)
        self.thread.started.connect(self.worker.run)
        # Bound slots of this GUI-thread object, so Qt queues the calls onto the GUI thread
        # (a lambda here would run in the worker and wait on its own thread).
        self.worker.progressed.connect(self._progress)
        self.worker.done.connect(self._done)

    def start(self) -> None:
        self.dialog.setValue(0)  # with a minimum duration of 0 this shows the dialog now
        self.dialog.show()
        self.thread.start()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    @Slot(str, object)
    def _done(self, outcome: str, value: object) -> None:
        self.dialog.reset()
        self.thread.quit()
        self.thread.wait()
        self.finished.emit(outcome, value)
