"""Long work in the background: its progress shows at once, with a Cancel that stops it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton, QWidget

from kmdesk.ui.common.tasks import Task


def test_the_progress_shows_as_soon_as_the_work_starts_and_cancel_stops_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    steps = []

    def work(report):
        # A report that has not said how far it got yet (as a PDF being written).
        release.wait(10)
        for done in range(1, 1000):
            steps.append(done)
            if not report(done, 1000):
                return "stopped"
        return "all"

    task = Task(parent, "Writing…", "Cancel", work)
    outcomes = []
    task.finished.connect(lambda outcome, value: outcomes.append(outcome))
    task.start()
    # Before any progress is reported and before the event loop runs: already on screen.
    assert task.dialog.isVisible()
    cancel = [b for b in task.dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    assert len(cancel) == 1 and cancel[0].isVisible()
    cancel[0].click()
    release.set()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10000)
    assert outcomes == ["cancelled"]
    assert len(steps) < 999  # it stopped early
    assert not task.dialog.isVisible()


def test_a_finished_task_closes_its_progress(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    task = Task(parent, "Writing…", "Cancel", lambda report: report(1, 1) and 42)
    with qtbot.waitSignal(task.finished, timeout=10000) as got:
        task.start()
    assert got.args == ["ok", 42]
    assert not task.dialog.isVisible()
