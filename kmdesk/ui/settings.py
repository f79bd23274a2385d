"""Every setting the app remembers, declared in one place (stored with QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGE = "ui/language"  # "th" or "en"; chosen from the system locale on first start
GEOMETRY = "window/geometry"
STATE = "window/state"
PAGE = "window/page"
LAST_DATABASE = "data/last_database"
ASSESS_PERSON = "assess/facilitator"
ASSESS_ROUND = "assess/round"
ASSESS_ROLE = "assess/role"
SPLITTER_PREFIX = "splitters/"


class Settings:
    """Typed access to the app's QSettings, so keys and defaults live here only."""

    def __init__(self, store: QSettings | None = None):
        self.store = store or QSettings("kmdesk", "kmdesk")

    def text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self.store.setValue(key, value)

    def blob(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()
