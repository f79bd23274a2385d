"""The bundled Thai font, registered with Qt so Thai renders right on a PC with none installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from kmdesk.paths import resource

UI_FONT_FILES = ("Loma.ttf", "Loma-Bold.ttf")


def install_fonts() -> QFont:
    """Register the bundled fonts and return the application font to use."""
    families: list[str] = []
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families += QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(families[0] if families else "")
    font.setPointSize(11)
    return font
