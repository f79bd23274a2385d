"""The command's language: ``--lang``, else the app's, else the system's, else English."""

from __future__ import annotations

import locale
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kmdesk import wording
from kmdesk.paths import APP_NAME

LANGUAGES = ("th", "en")
# The app keeps its language under this key (kmdesk/ui/common/settings.py, LANGUAGE), in the
# file QSettings("kmdesk", "kmdesk") writes; it is read here without Qt, so the command
# starts fast and works where Qt's libraries are missing.
SETTING_GROUP, SETTING_NAME = "ui", "language"

_current = "en"


def given_lang(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` anywhere before ``--`` (before or after the sub-command)."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def settings_file() -> Path:
    """Where QSettings("kmdesk", "kmdesk") keeps the app's settings on Linux and macOS."""
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / f"com.{APP_NAME}.{APP_NAME}.plist"
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / APP_NAME / f"{APP_NAME}.conf"


def app_lang() -> str | None:
    """The language chosen in the app, or None when it was never chosen (or is unreadable)."""
    try:
        value = _windows_setting() if sys.platform == "win32" else _file_setting()
    except (OSError, ValueError, LookupError):
        # a damaged or unreadable settings file (plistlib's errors are ValueErrors) must not
        # stop the command, which falls through to the locale
        return None
    value = (value or "").strip().strip('"')
    return value if value in LANGUAGES else None


def _file_setting() -> str | None:
    # Imported here: the command starts faster without them where there is no such file.
    import configparser
    import plistlib

    path = settings_file()
    if not path.is_file():
        return None
    if path.suffix == ".plist":
        with path.open("rb") as fh:
            value = plistlib.load(fh).get(f"{SETTING_GROUP}.{SETTING_NAME}")
        return value if isinstance(value, str) else None
    parser = configparser.RawConfigParser(strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error:
        return None
    return parser.get(SETTING_GROUP, SETTING_NAME, fallback=None)


def _windows_setting() -> str | None:  # pragma: no cover - Windows only
    import winreg

    key_path = rf"Software\{APP_NAME}\{APP_NAME}\{SETTING_GROUP}"
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path) as key:
        value, _kind = winreg.QueryValueEx(key, SETTING_NAME)
    return value if isinstance(value, str) else None


def system_lang() -> str:
    """Thai when the locale's language is Thai (LC_ALL, LC_MESSAGES, LANG as POSIX orders
    them, the first one set deciding), else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "th" if value.lower().startswith("th") else "en"
    if sys.platform == "win32":  # pragma: no cover - Windows has no LANG by default
        found = locale.getlocale()[0] or ""
        return "th" if found.lower().startswith("th") else "en"
    return "en"


def choose(argv: Sequence[str]) -> str:
    """The language of the command's messages for this run."""
    return given_lang(argv) or app_lang() or system_lang()


def use(lang: str) -> None:
    """Speak ``lang`` from now on (set once, at the start of the command)."""
    global _current
    _current = lang if lang in LANGUAGES else "en"


def current() -> str:
    return _current


def translate(context: str, source: str) -> str:
    """``source`` (English, marked for lupdate by this very call) in the command's language.

    Fields are filled afterwards with ``.format``: lupdate reads only two-argument calls.
    """
    return wording.translate(context, source, _current)
