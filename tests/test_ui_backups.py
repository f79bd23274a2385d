"""File → Back up now and Restore from a backup: the list, the question, the restore itself."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from kmdesk.store import backup as backups
from kmdesk.store import repo
from kmdesk.ui.common import i18n
from kmdesk.ui.shell.backups_dialog import BackupsDialog
from tests.app_window import app_window


@pytest.fixture
def window(qtbot, demo_file, tmp_path, monkeypatch):
    yield from app_window(qtbot, demo_file, tmp_path, monkeypatch)


def _ratings(window) -> int:
    with window.ctx.database.session() as session:
        return repo.rating_count(session)


def test_back_up_now_adds_a_backup_listed_with_its_thai_date_and_counts(window, demo_file):
    made = window.back_up_now()
    assert made is not None and made.parent == backups.backup_folder(demo_file)
    i18n.switch("th")
    dialog = BackupsDialog(demo_file, window.ctx.settings, window)
    row = next(i for i, info in enumerate(dialog.found) if info.path == made)
    cells = [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]
    today = dt.date.today()
    assert cells[0].startswith(f"{today.day} ") and str(today.year + 543) in cells[0]
    with window.ctx.database.session() as session:
        people = len(repo.list_facilitators(session))
        rounds = len(repo.list_rounds(session))
    assert cells[3:] == [str(people), str(rounds), f"{_ratings(window):,}"]
    assert cells[2].endswith("KB") or cells[2].endswith("MB")
    assert dialog.restore_button.isEnabled()


def test_restoring_puts_the_backup_back_and_keeps_what_it_replaced(
    window, demo_file, qtbot, monkeypatch
):
    before = _ratings(window)
    made = window.back_up_now()
    assess = window.pages[0][1]
    repo.add_round(window.ctx.database, "รอบที่ 9", dt.date(2026, 6, 1))
    repo.clear_rating(
        window.ctx.database, *assess._key(assess.selection), next(iter(assess.stored))
    )
    assert _ratings(window) == before - 1

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )

    def choose_the_manual_one(dialog):  # Stand-in for the modal list: pick, confirm.
        dialog.table.selectRow(next(i for i, f in enumerate(dialog.found) if f.path == made))
        dialog._restore_chosen()
        return dialog.result()

    monkeypatch.setattr(BackupsDialog, "exec", choose_the_manual_one)
    with qtbot.waitSignal(window.ctx.events.database_replaced):
        replaced = window.restore_from_backup()
    assert f"{before:,} ratings" in asked[0]
    assert _ratings(window) == before
    with window.ctx.database.session() as session:
        assert "รอบที่ 9" not in [r.title for r in repo.list_rounds(session)]
    # What the database held is now the newest backup, so the restore can be undone.
    newest = backups.list_backups(demo_file)[0]
    assert newest.path == replaced and newest.reason == "restore"
    assert newest.ratings == before - 1
    assert window.ctx.database.path == demo_file


def test_saying_no_restores_nothing(window, demo_file, monkeypatch):
    window.back_up_now()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog = BackupsDialog(demo_file, window.ctx.settings, window)
    dialog._restore_chosen()
    assert dialog.chosen is None and dialog.result() != BackupsDialog.DialogCode.Accepted
