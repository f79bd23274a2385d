"""The rating scale: levels 1–5, and "not sure what this means" recorded apart from them."""

from __future__ import annotations

MIN_LEVEL = 1
MAX_LEVEL = 5
LEVELS = tuple(range(MIN_LEVEL, MAX_LEVEL + 1))

# A rating whose level is None is a "not sure what this means" answer: it is kept (it tells
# the team which wording to improve) but left out of every mean.
NOT_SURE = None

NOT_SURE_MARKS = frozenset({"", "?", "？", "ไม่แน่ใจ", "not sure"})


class LevelError(ValueError):
    """The text given is neither a level nor a not-sure mark."""


def parse_level(text: object) -> int | None:
    """Read a level from a file cell: 1–5, or ``?``/empty for not sure (returned as None)."""
    if text is None:
        return NOT_SURE
    if isinstance(text, bool):
        raise LevelError(str(text))
    if isinstance(text, int | float):
        value = float(text)
    else:
        cleaned = str(text).strip()
        if cleaned.lower() in NOT_SURE_MARKS:
            return NOT_SURE
        # Thai digits appear in hand-typed sheets.
        cleaned = cleaned.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
        try:
            value = float(cleaned)
        except ValueError:
            raise LevelError(cleaned) from None
    if not value.is_integer() or not MIN_LEVEL <= value <= MAX_LEVEL:
        raise LevelError(str(text).strip())
    return int(value)


def format_level(level: int | None) -> str:
    """The file form of a level: the digit, or ``?`` for not sure."""
    return "?" if level is None else str(level)


def score_text(value: float) -> str:
    """A score or spread as written on a chart, a report or a form: 3, or 2.7 (one decimal)."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
