"""Line breaking for chart text in Thai and English, measured with the chart font."""

from __future__ import annotations

import functools

from matplotlib.backends.backend_agg import RendererAgg

from kmdesk.charts.fonts import font_properties

# Hinting makes small text wider at screen resolutions than in print (by up to ~13% at
# 72 dpi), so a line is measured at several resolutions and the widest result kept.
_DPIS = (72, 100, 150)
# Thai written words run together; a leading vowel (เ แ โ ใ ไ) always opens a syllable,
# so breaking before one never splits a syllable.
_LEADING_VOWELS = frozenset("เแโใไ")
# Vowel signs, tone marks and the like attach to the letter before them: a break in front
# of one would leave it floating at the start of the next line.
_ATTACHED = frozenset("ะัาำิีึืฺุู็่้๊๋์ํ๎ๆ")


# A letter carrying the silent mark (์) ends the syllable before it.
_SILENT = "์"


def _can_break(text: str, i: int) -> bool:
    if text[i] in _ATTACHED or text[i - 1] in _LEADING_VOWELS:
        return False
    return not text[i + 1 : i + 3].endswith(_SILENT) and text[i + 1 : i + 2] != _SILENT


_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
# A consonant carrying a vowel sign or tone mark usually opens a syllable ...
_OPENS = frozenset("ัาำิีึืุู็่้๊๋")
# ... unless it is the second letter of a cluster (กร, กล, กว) or follows a silent ห/อ lead
# (หน, หม, หล, อย …).
_CLUSTER_SECOND = frozenset("รลว")
_LED_BY = {"ห": frozenset("งญนมยรลว"), "อ": frozenset("ย")}


def _rank(text: str, i: int) -> int:
    """How safe a break before ``text[i]`` is: 2 never splits a syllable, 1 rarely, 0 may."""
    if text[i] in _LEADING_VOWELS or text[i - 1] in "/-":
        return 2
    ch, before = text[i], text[i - 1]
    after = text[i + 1 : i + 2]
    if ch in _CONSONANTS and after in _OPENS:
        in_cluster = ch in _CLUSTER_SECOND and before in _CONSONANTS
        led = ch in _LED_BY.get(before, ())
        if not (in_cluster or led):
            return 1
    return 0


@functools.cache
def _renderer(dpi: int) -> RendererAgg:
    return RendererAgg(8, 8, dpi)


@functools.cache
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of one line of ``text`` in points, shaped as matplotlib will draw it."""
    if not text:
        return 0.0
    prop = font_properties(size, bold)
    return max(
        _renderer(dpi).get_text_width_height_descent(text, prop, ismath=False)[0] * 72 / dpi
        for dpi in _DPIS
    )


def line_step(size: float) -> float:
    """Distance between wrapped lines in points; Thai marks stack above and below."""
    return size * 1.5


def _split_long(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Break a word wider than ``width`` at the safest places that fit (see ``_rank``)."""
    pieces: list[str] = []
    rest = word
    while rest and text_width(rest, size, bold) > width:
        allowed = [i for i in range(1, len(rest)) if _can_break(rest, i)]
        # widths grow with the prefix, so the longest fitting prefix is found by halving
        lo, hi = 0, len(allowed)
        while lo < hi:
            mid = (lo + hi) // 2
            if text_width(rest[: allowed[mid]], size, bold) <= width:
                lo = mid + 1
            else:
                hi = mid
        fits = allowed[:lo]
        if not fits:
            break
        limit = fits[-1]
        # The safest break that still keeps the line at least half full.
        candidates = [i for i in fits if i > limit // 2]
        cut = max(candidates, key=lambda i: (_rank(rest, i), i))
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``width`` points, broken at spaces where possible."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if text_width(trial, size, bold) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        parts = _split_long(word, width, size, bold)
        lines.extend(parts[:-1])
        current = parts[-1]
    if current:
        lines.append(current)
    return lines
