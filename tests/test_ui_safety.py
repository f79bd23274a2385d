"""The running app keeps its SQLite locks: its file dialogs open no file, the WAL stays put.

On Linux and macOS, closing any handle a process has on the database file drops every SQLite
lock that process holds; another program may then delete the write-ahead log under the app.
These tests look from another process, as that other program would.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileSystemModel

from kmdesk.ui.common import file_dialogs
from kmdesk.ui.common.file_dialogs import Kind, start_folder
from tests.app_window import app_window

UI = Path(__file__).resolve().parents[1] / "kmdesk" / "ui"

# Asks the kernel who holds a lock on SQLite's SHARED range (offset 0x40000002, 510 bytes):
# prints the holder's pid, or 0. Linux's struct flock: type, whence, start, len, pid.
LOCK_HOLDER = r"""
import fcntl, os, struct, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
ask = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0x40000002, 510, 0)
kind, _, _, _, pid = struct.unpack("hhqqi4x", fcntl.fcntl(fd, fcntl.F_GETLK, ask))
os.close(fd)
print(0 if kind == fcntl.F_UNLCK else pid)
"""

# Another program reading a rating with plain sqlite3; closing, it would checkpoint and
# delete the WAL if it believed itself alone with the file.
READ_RATING = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
row = conn.execute("SELECT level FROM rating WHERE uid = ?", (sys.argv[2],)).fetchone()
conn.close()
print(row[0] if row else "missing")
"""


def _other_process(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def lock_holder(path: Path) -> int:
    return int(_other_process(LOCK_HOLDER, str(path)))


@pytest.fixture
def window(qtbot, demo_file, tmp_path, monkeypatch):
    yield from app_window(qtbot, demo_file, tmp_path, monkeypatch)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's struct flock")
def test_dialog_pdf_and_save_leave_the_apps_lock_and_wal_in_place(window, demo_file, qtbot):
    folder = demo_file.parent
    me = os.getpid()
    assert lock_holder(demo_file) == me  # SQLite holds its shared lock while the app runs

    dialog = file_dialogs.make_dialog(
        window, window.ctx.settings, Kind.PDF, "Export PDF", "PDF (*.pdf)", mode="save"
    )
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(
        model.directoryLoaded, timeout=10000, check_params_cb=lambda p: Path(p) == folder
    ):
        dialog.setDirectory(str(folder))
        dialog.show()
    qtbot.wait(500)  # the view asks each row's icon and type after the listing
    dialog.close()
    assert lock_holder(demo_file) == me, "the file dialog opened the database file"

    page = window.pages[0][1]
    task = page.reports.export(page.pdf_subject(), str(folder / "report.pdf"))
    outcomes = []
    task.finished.connect(lambda outcome, _value: outcomes.append(outcome))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60000)
    assert outcomes == ["ok"] and (folder / "report.pdf").exists()

    card = page.form.cards[0]
    level = 1 if card.shown_level() != 1 else 2
    page.choose(card.code, level)
    uid = uuid.UUID(page.stored[card.code].uid).hex
    assert _other_process(READ_RATING, str(demo_file), uid) == str(level)
    assert demo_file.with_name(demo_file.name + "-wal").exists()
    assert lock_holder(demo_file) == me


def test_the_file_dialogs_icons_come_from_the_name_alone(qapp, tmp_path):
    from PySide6.QtCore import QFileInfo

    (tmp_path / "kmdesk.db").write_bytes(b"SQLite format 3\x00")
    icons = file_dialogs.PlainIcons()
    info = QFileInfo(str(tmp_path / "kmdesk.db"))
    assert icons.type(info) == "File"
    assert icons.type(QFileInfo(str(tmp_path))) == "Folder"
    assert icons.icon(info).cacheKey() == icons.file.cacheKey()


def test_a_dialog_starts_away_from_the_data_and_database_folders(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from kmdesk.ui.common.settings import Settings

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert start_folder(settings, Kind.PDF) == home / "Documents"
    # The database in Documents: start at home instead.
    assert start_folder(settings, Kind.PDF, home / "Documents" / "kmdesk.db") == home
    monkeypatch.setenv("KMDESK_DATA_DIR", str(home / "Documents"))  # the data folder there
    assert start_folder(settings, Kind.PDF) == home
    # Where the user went themselves is remembered, per kind of file.
    settings.set_text(file_dialogs.FOLDER_PREFIX + Kind.PDF, str(home / "Documents"))
    assert start_folder(settings, Kind.PDF) == home / "Documents"
    assert start_folder(settings, Kind.RATINGS) == home


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_ui_never_imports_sqlalchemy():
    offending = {
        path.name
        for path in UI.glob("*.py")
        if any(name.split(".")[0] == "sqlalchemy" for name in _imports(path))
    }
    assert offending == set()


# chart_view's ChartSaver moves to file_dialogs with the chart pages' refactoring.
NOT_YET_MOVED: set[str] = set()


def _makes_a_file_dialog(path: Path) -> bool:
    """QFileDialog(...), QFileDialog.getOpenFileName(...) or a subclass; its enums are fine."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef) and any(
            isinstance(b, ast.Name) and b.id == "QFileDialog" for b in node.bases
        ):
            return True
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "QFileDialog":
                return True
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "QFileDialog"
                and func.attr.startswith("get")
            ):
                return True
    return False


def test_every_file_dialog_is_made_by_file_dialogs():
    makers = {path.name for path in UI.rglob("*.py") if _makes_a_file_dialog(path)}
    assert makers - NOT_YET_MOVED == {"file_dialogs.py"}


def test_the_open_database_is_never_chosen_to_import_print_or_export_over(
    qapp, demo_file, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from kmdesk.ui.common.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = []

    def once(dialog):  # Stand-in for the modal dialog: the user picks the database, then cancels.
        shown.append(dialog)
        first = len(shown) == 1
        return dialog.DialogCode.Accepted if first else dialog.DialogCode.Rejected

    monkeypatch.setattr(file_dialogs.FileDialog, "exec", once)
    monkeypatch.setattr(file_dialogs.FileDialog, "selectedFiles", lambda self: [str(demo_file)])
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert file_dialogs.save_file(None, settings, Kind.PDF, "PDF", "", database=demo_file) is None
    assert warned == ["That is the open database itself. Please choose another file."]
    shown.clear()
    chosen = file_dialogs.open_file(None, settings, Kind.DATABASE, "Open", "", demo_file)
    assert chosen == str(demo_file)  # opening it again is fine: that goes through SQLite
