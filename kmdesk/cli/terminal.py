"""Plain-text tables for the terminal, measuring Thai text by how wide it shows."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def display_width(text: str) -> int:
    """Columns ``text`` takes: Thai vowel and tone marks sit above or below and take none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def table(
    header: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[bool] = ()
) -> str:
    """A table with a rule under the header; columns flagged numeric are right-aligned."""
    widths = [display_width(h) for h in header]
    for row in rows:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]
    flags = list(numeric) + [False] * (len(header) - len(numeric))

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            pad(c, w, f) for c, w, f in zip(cells, widths, flags, strict=True)
        ).rstrip()

    out = [line(header), "  ".join("─" * w for w in widths)]
    out.extend(line(row) for row in rows)
    return "\n".join(out)


def number(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"
