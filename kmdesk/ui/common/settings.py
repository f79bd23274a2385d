"""Every setting the app remembers, declared in one place (stored with QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGE = "ui/language"  # "th" or "en"; chosen from the system locale on first start
GEOMETRY = "window/geometry"
STATE = "window/state"
PAGE = "window/page"
LAST_DATABASE = "data/last_database"
LAST_SERVER = "data/last_server"  # File → Open server…: the URL without its password
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


# The chart pages' filters (appended here rather than above, so parallel edits do not clash).
TEAM_TEAM = "team/team"
TEAM_ROLE = "team/role"
TEAM_ROUND = "team/round"
TEAM_COMPARE = "team/compare_round"
TEAM_CHART = "team/chart"
TEAM_ANONYMOUS = "team/anonymous"  # "1" or "0"
TEAM_HIDDEN = "team/hidden_members"  # ids left out of the charts, comma-separated
PROGRESS_PERSON = "progress/facilitator"
PROGRESS_ROLE = "progress/role"
PROGRESS_HIDDEN_ROUNDS = "progress/hidden_rounds"  # round ids left out, comma-separated
PROGRESS_STAIRS_ROUND = "progress/stairs_round"
PROGRESS_CHART = "progress/chart"
