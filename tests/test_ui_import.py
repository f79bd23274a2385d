"""Importing from the File menu: off the GUI thread, the command line's importer, Cancel."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from kmdesk.store import repo
from kmdesk.ui.shell.file_actions import FileActions
from tests.ratings_samples import HEADER, ROWS
from tests.ui_support import make_context


@pytest.fixture
def actions(qtbot, db, tmp_path, monkeypatch):
    # Stand-in for the modal "finished" message box, which a test cannot click.
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    window = QWidget()
    qtbot.addWidget(window)
    return FileActions(window, make_context(db, tmp_path))


def test_import_runs_in_the_background_and_lands(actions, qtbot, db, tmp_path):
    source = tmp_path / "ratings.csv"
    source.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    with qtbot.waitSignal(actions.ctx.events.database_replaced, timeout=30000):
        task = actions.import_ratings(str(source))
        assert task.thread.isRunning() or task.thread.isFinished()
    with db.session() as session:
        assert repo.rating_count(session) == 3


def test_a_bad_file_shows_every_problem_and_writes_nothing(actions, qtbot, db, tmp_path):
    source = tmp_path / "ratings.csv"
    source.write_text(HEADER + "\n" + ROWS[0].replace(",4,", ",7,") + "\n", encoding="utf-8")
    task = actions.import_ratings(str(source))
    qtbot.waitUntil(lambda: actions.problems is not None, timeout=30000)
    assert task is actions.task
    text = actions.problems.details.toPlainText()
    assert 'ratings.csv row 2, column level: "7" is not a level' in text
    with db.session() as session:
        assert repo.rating_count(session) == 0
    actions.problems.close()


def test_cancel_leaves_nothing_half_written(actions, qtbot, db, tmp_path):
    rows = [
        f"คน {i},ทีม {i % 50},กศน.,รอบยาว,2025-08-08,recorder,S{1 + i % 9}.1,{1 + i % 5},"
        for i in range(6000)
    ]
    source = tmp_path / "big.csv"
    source.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    outcomes = []
    task = actions.import_ratings(str(source))
    task.finished.connect(lambda outcome, _value: outcomes.append(outcome))
    task.worker.stop.set()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: bool(outcomes), timeout=30000)
    assert outcomes == ["cancelled"]
    with db.session() as session:
        assert repo.rating_count(session) == 0
        assert repo.list_teams(session) == []
