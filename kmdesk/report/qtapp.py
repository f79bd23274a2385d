"""A Qt GUI application for fonts and painting (offscreen unless the app runs), and its fonts."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kmdesk.paths import resource

DOCUMENT_FAMILY = "Laksaman"  # a TH Sarabun New clone: the look of Thai official documents
CHART_FAMILY = "Loma"  # the charts' font (kmdesk.charts.fonts)
SYMBOL_FAMILY = "DejaVu Sans"  # arrows, ticks and the true minus, which the Thai fonts lack
FONT_FILES = ("Laksaman.ttf", "Laksaman-Bold.ttf", "Loma.ttf", "Loma-Bold.ttf")


def ensure_app() -> QCoreApplication:
    """The running Qt application (the window's), or a new offscreen QGuiApplication.

    A report needs no screen: offscreen works without a display, and with one that cannot
    be reached (an X server gone away would otherwise abort the process). The fonts it
    needs are all registered here, so nothing depends on the platform's own fonts.
    """
    app = QCoreApplication.instance()
    if app is None:
        # must be set before the application object is made
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0] if sys.argv else "kmdesk"])
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("reports need a QGuiApplication, not a bare QCoreApplication")
    register_fonts()
    return app


def _symbol_font_files() -> list[Path]:
    """DejaVu Sans as shipped inside matplotlib, so every machine has the symbols."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return [p for p in (folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf") if p.exists()]


@functools.cache
def register_fonts() -> tuple[str, ...]:
    """Register the bundled fonts with Qt (once); Thai glyphs first, symbols as a fallback."""
    families: list[str] = []
    files = [resource("fonts", name) for name in FONT_FILES] + _symbol_font_files()
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id)
    for family in (DOCUMENT_FAMILY, CHART_FAMILY):
        QFont.insertSubstitution(family, SYMBOL_FAMILY)
    return tuple(dict.fromkeys(families))
