"""Where things live: bundled resources and the user's data folder."""

from __future__ import annotations

import os
import re
import sys
from importlib.resources import files
from pathlib import Path

APP_NAME = "kmdesk"


def resource(*parts: str) -> Path:
    """A file under resources/ (installed as the package kmdesk.resources)."""
    return Path(str(files("kmdesk.resources").joinpath(*parts)))


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


def default_database_path() -> Path:
    return data_dir() / "kmdesk.db"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(text: str, default: str = "kmdesk") -> str:
    """A file name that Windows, macOS and Linux all accept (Thai letters kept)."""
    cleaned = _UNSAFE.sub("-", text).strip(" .")
    return cleaned[:150] or default
