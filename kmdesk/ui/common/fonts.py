"""The bundled fonts, registered with Qt so Thai and symbols render on a PC with none installed.

Loma (TLWG) carries Thai but no arrows: the keyboard help's ↑↓←→ showed as empty boxes on a
machine without system fonts (a fresh Windows profile has them; a bare Linux or a trimmed
bundle may not). DejaVu Sans, bundled beside it, is the fallback for every such sign.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from kmdesk.paths import resource

UI_FAMILY = "Loma"
SYMBOL_FAMILY = "DejaVu Sans"
UI_FONT_FILES = ("Loma.ttf", "Loma-Bold.ttf")
SYMBOL_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def install_fonts() -> QFont:
    """Register the bundled fonts and return the application font to use."""
    families: list[str] = []
    for name in UI_FONT_FILES + SYMBOL_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families += QFontDatabase.applicationFontFamilies(font_id)
    ui_family = UI_FAMILY if UI_FAMILY in families else (families[0] if families else "")
    fallback = [SYMBOL_FAMILY] if SYMBOL_FAMILY in families else []
    # Both ways: the family list serves every widget that inherits the application font,
    # the substitution one that asks for Loma by name.
    for symbol_family in fallback:
        QFont.insertSubstitution(ui_family, symbol_family)
    font = QFont(ui_family)
    font.setFamilies([ui_family, *fallback])
    font.setPointSize(11)
    return font
