"""Words set again when the app's language changes, the same way in every widget that has any."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslates:
    """Mixin, listed before the Qt class, for a widget that sets its words in ``retranslate()``.

    Qt sends LanguageChange to every widget when a translator is installed or removed; the
    widget's own ``retranslate`` then runs again, so a switch of language needs no restart.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
