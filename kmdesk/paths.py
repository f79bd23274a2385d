"""Where things live: bundled resources, the user's data folder and a lasting cache folder.

kmdesk runs three ways, and finds its files the same way in each: from a source checkout
(``resources/`` at the top), as an installed package (``kmdesk.resources``), and as a frozen
bundle made by PyInstaller (``packaging/``), where the files sit under ``sys._MEIPASS``.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from importlib.resources import files
from pathlib import Path

APP_NAME = "kmdesk"


def frozen() -> bool:
    """True inside a PyInstaller bundle (``kmdesk.exe`` / ``kmdesk-cli`` from ``packaging/``)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_dir() -> Path:
    """The bundle's folder of collected files (``_internal``); only meaningful when frozen."""
    return Path(sys._MEIPASS)  # type: ignore[attr-defined]


def package_file(*parts: str) -> Path:
    """A file shipped inside the ``kmdesk`` package, as a real file on disk, in all three ways.

    Frozen, the spec collects such files (the migrations) into the bundle as files; PyInstaller
    gives every module a ``__file__`` inside the bundle, so the package folder is the same
    ``bundle_dir() / "kmdesk"`` either way.
    """
    base = bundle_dir() / "kmdesk" if frozen() else Path(__file__).resolve().parent
    return base.joinpath(*parts)


@functools.cache
def resources_dir() -> Path:
    """The folder holding the framework, fonts and translations."""
    if frozen():
        return bundle_dir() / "kmdesk" / "resources"
    try:
        return Path(str(files("kmdesk.resources")))
    except ModuleNotFoundError:
        # A checkout on sys.path but never installed: resources/ beside the kmdesk/ folder.
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under resources/ (installed as the package kmdesk.resources)."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder: %APPDATA%\\kmdesk, ~/Library/Application Support/kmdesk, or XDG."""
    override = os.environ.get("KMDESK_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def cache_dir() -> Path:
    """A per-user folder for things kmdesk can rebuild (never the user's data).

    %LOCALAPPDATA%\\kmdesk\\cache on Windows (not roamed with the profile, and the
    uninstaller may remove it), ~/Library/Caches/kmdesk on macOS, $XDG_CACHE_HOME/kmdesk.
    """
    override = os.environ.get("KMDESK_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
        return Path(local) / APP_NAME / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_NAME


def use_lasting_matplotlib_cache() -> None:
    """Frozen: give matplotlib a lasting config folder, so its font list is built only once.

    PyInstaller's run-time hook points MPLCONFIGDIR at a new temporary folder in every
    process, so each start and each report worker rebuilt the font list (about 0.7 s).
    Must run before matplotlib is imported; the report workers inherit the variable.
    Nothing changes outside a bundle, or when the folder cannot be made (then the temporary
    folder stays).
    """
    if not frozen():
        return
    from kmdesk import __version__

    folder = cache_dir() / f"matplotlib-{__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    os.environ["MPLCONFIGDIR"] = str(folder)


def default_database_path() -> Path:
    return data_dir() / "kmdesk.db"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(text: str, default: str = "kmdesk") -> str:
    """A file name that Windows, macOS and Linux all accept (Thai letters kept)."""
    cleaned = _UNSAFE.sub("-", text).strip(" .")
    return cleaned[:150] or default
