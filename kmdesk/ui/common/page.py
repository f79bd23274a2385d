"""What every page of the main window shares: the context, retranslation, refreshing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kmdesk.store.db import Database
from kmdesk.ui.common.events import DataEvents
from kmdesk.ui.common.retranslate import Retranslates
from kmdesk.ui.common.settings import Settings


@dataclass
class AppContext:
    """What a page needs from the app: the open database, change signals and settings."""

    database: Database
    events: DataEvents
    settings: Settings


class Page(Retranslates, QWidget):
    """A page: subclasses set their texts in ``retranslate`` and reload in ``refresh``."""

    # A help topic to open ("river", or "progress#domains" for a section of it): the window
    # shows it (pages do not know the help window, which belongs to the shell).
    help_wanted = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def follow_data_changes(self, slot=None) -> None:
        """Reload (``refresh`` unless another slot is given) when people, rounds, the
        framework or the whole database change elsewhere in the app."""
        events = self.ctx.events
        for signal in (
            events.people_changed,
            events.rounds_changed,
            events.framework_changed,
            events.database_replaced,
        ):
            signal.connect(slot or self.refresh)

    def retranslate(self) -> None:
        """Set every visible text (called on creation and whenever the language changes)."""

    def refresh(self) -> None:
        """Reload from the database (another database was opened, or data changed)."""

    def nav_title(self) -> str:
        return self.objectName()
