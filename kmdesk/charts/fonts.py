"""The bundled Thai font (Loma), registered once with matplotlib's font manager."""

from __future__ import annotations

import functools

from matplotlib import font_manager
from matplotlib.font_manager import FontProperties

from kmdesk.paths import resource

FAMILY = "Loma"
# Loma has no arrows, stars or the true minus sign; DejaVu (shipped with matplotlib) does.
FALLBACK = ("DejaVu Sans",)
FONT_FILES = ("Loma.ttf", "Loma-Bold.ttf")


@functools.cache
def register_fonts() -> str:
    """Add the bundled fonts to matplotlib's font manager (once) and return the family name."""
    for name in FONT_FILES:
        font_manager.fontManager.addfont(str(resource("fonts", name)))
    return FAMILY


def families() -> list[str]:
    """The font family list charts use: the Thai font first, then the symbol fallback."""
    register_fonts()
    return [FAMILY, *FALLBACK]


def font_properties(size: float | None = None, bold: bool = False) -> FontProperties:
    """Properties for text drawn or measured outside the chart's rc context."""
    return FontProperties(family=families(), size=size, weight="bold" if bold else "normal")
