"""Every file dialog of the app: Qt's own, which never opens the files it lists.

Closing any handle a process holds on the database file drops all of that process's SQLite
locks (POSIX), and another program may then delete the write-ahead log under the app. Qt's
usual icon provider opens each listed file to guess its type, and so do native dialogs
(in-process), so every dialog here is Qt's widget dialog with icons chosen from the name
and kind alone, and it starts away from the data folder and the open database's folder
unless the user went there before.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QFileInfo, QStandardPaths
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileIconProvider,
    QMessageBox,
    QStyle,
    QWidget,
)

from kmdesk.paths import data_dir
from kmdesk.ui.common.settings import Settings

FOLDER_PREFIX = "folders/"  # + Kind: the folder last used for that kind of file


class Kind(StrEnum):
    """Kinds of file, each remembering its own last folder."""

    DATABASE = "database"
    RATINGS = "ratings"
    PDF = "pdf"
    REPORTS = "reports"
    CHART = "chart"


class PlainIcons(QFileIconProvider):
    """A folder or a file icon and a fixed type word: no file is opened to guess its type."""

    def __init__(self):
        super().__init__()
        style = QApplication.style()
        # Made here, on the GUI thread: Qt asks for them from its file-listing thread.
        self.folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self.file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.words = (
            QApplication.translate("FileDialogs", "Folder"),
            QApplication.translate("FileDialogs", "File"),
        )

    def icon(self, what):
        if isinstance(what, QFileInfo):
            return self.folder if what.isDir() else self.file
        return super().icon(what)  # a kind of place (computer, drive…): no file is read

    def type(self, info: QFileInfo) -> str:
        return self.words[0] if info.isDir() else self.words[1]


class FileDialog(QFileDialog):
    """Qt's widget file dialog with ``PlainIcons``, set before it lists anything."""

    def __init__(self, parent: QWidget | None, title: str, folder: Path, filters: str = ""):
        super().__init__(parent, title, str(folder), filters)
        # Both set before the event loop runs, which is when the folder is first listed.
        self.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.icons = PlainIcons()
        self.setIconProvider(self.icons)
        self.database: Path | None = None  # the open database, never to be chosen over
        # Qt's own size cuts the Size and Date columns short; stay within a small screen.
        screen = parent.screen() if parent is not None else QApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(860, int(room.width() * 0.8)), min(540, int(room.height() * 0.8)))


def _resolved(path: Path | None) -> Path | None:
    try:
        return path.expanduser().resolve() if path is not None else None
    except OSError:
        return None


def start_folder(settings: Settings, kind: Kind, database: Path | None = None) -> Path:
    """The folder last used for ``kind``; else Documents, Desktop or home, never the data
    folder nor the open database's folder."""
    remembered = settings.text(FOLDER_PREFIX + kind)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    avoid = {_resolved(data_dir()), _resolved(database.parent if database else None)}
    home = Path.home()
    candidates = [
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation),
        str(home),
        str(home.parent),
    ]
    for candidate in candidates:
        folder = Path(candidate) if candidate else None
        if folder is not None and folder.is_dir() and _resolved(folder) not in avoid:
            return folder
    return Path(home.anchor or "/")


def make_dialog(
    parent: QWidget | None,
    settings: Settings,
    kind: Kind,
    title: str,
    filters: str = "",
    *,
    mode: str = "open",
    database: Path | None = None,
) -> FileDialog:
    """A dialog to open a file (``mode="open"``), save one (``"save"``) or choose a folder."""
    dialog = FileDialog(parent, title, start_folder(settings, kind, database), filters)
    dialog.database = database
    if mode == "open":
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    elif mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return dialog


def database_files(database: Path | None) -> set[Path]:
    """The open database's file and SQLite's files beside it: never a file to read or write."""
    base = _resolved(database)
    if base is None:
        return set()
    return {base.with_name(base.name + end) for end in ("", "-wal", "-shm", "-journal")}


def _run_all(dialog: FileDialog, settings: Settings, kind: Kind, folder_mode: bool) -> list[str]:
    """Show ``dialog``; remember where the user went, for the next dialog of this kind.

    Choosing the open database (or its WAL) to import, export or print over is refused:
    reading it through another handle would drop the app's SQLite locks, and writing it
    would destroy it.
    """
    refused = database_files(dialog.database) if kind != Kind.DATABASE else set()
    while dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
        chosen = dialog.selectedFiles()
        if any(_resolved(Path(path)) in refused for path in chosen):
            QMessageBox.warning(
                dialog,
                dialog.windowTitle(),
                QApplication.translate(
                    "FileDialogs", "That is the open database itself. Please choose another file."
                ),
            )
            continue
        first = chosen[0]
        settings.set_text(FOLDER_PREFIX + kind, first if folder_mode else str(Path(first).parent))
        return chosen
    return []


def run_dialog(
    dialog: FileDialog, settings: Settings, kind: Kind, folder_mode: bool = False
) -> str | None:
    """Show a dialog made by ``make_dialog``; the one path chosen (remembering its folder)."""
    chosen = _run_all(dialog, settings, kind, folder_mode)
    return chosen[0] if chosen else None


def open_file(
    parent: QWidget | None,
    settings: Settings,
    kind: Kind,
    title: str,
    filters: str,
    database: Path | None = None,
) -> str | None:
    """The path of an existing file the user chose, or None."""
    dialog = make_dialog(parent, settings, kind, title, filters, database=database)
    return run_dialog(dialog, settings, kind)


def open_files(
    parent: QWidget | None,
    settings: Settings,
    kind: Kind,
    title: str,
    filters: str,
    database: Path | None = None,
) -> list[str]:
    """The paths of the existing files the user chose (several at once), or none."""
    dialog = make_dialog(parent, settings, kind, title, filters, database=database)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run_all(dialog, settings, kind, False)


def save_file(
    parent: QWidget | None,
    settings: Settings,
    kind: Kind,
    title: str,
    filters: str,
    name: str = "",
    *,
    suffix: str = "",
    confirm_overwrite: bool = True,
    database: Path | None = None,
) -> str | None:
    """Where to write a new file (``name`` suggested, ``suffix`` added if left out), or None."""
    dialog = make_dialog(parent, settings, kind, title, filters, mode="save", database=database)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    if not confirm_overwrite:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    if name:
        dialog.selectFile(name)
    return run_dialog(dialog, settings, kind)


def choose_folder(
    parent: QWidget | None,
    settings: Settings,
    kind: Kind,
    title: str,
    database: Path | None = None,
) -> str | None:
    """A folder the user chose, or None."""
    dialog = make_dialog(parent, settings, kind, title, mode="folder", database=database)
    return run_dialog(dialog, settings, kind, True)
