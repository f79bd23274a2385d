"""Colours the pages share, derived from the palette so they follow light and dark themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def inactive_colour() -> QColor:
    """A grey halfway between the palette's text and background: clearly set apart from the
    active rows, yet readable (the palette's "disabled" grey is too faint on white)."""
    palette = QGuiApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() + base.red()) // 2,
        (text.green() + base.green()) // 2,
        (text.blue() + base.blue()) // 2,
    )
