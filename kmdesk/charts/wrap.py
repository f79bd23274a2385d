"""Line breaking for chart text in Thai and English, measured with the chart font."""

from __future__ import annotations

import functools

from matplotlib import font_manager
from matplotlib.backends.backend_agg import get_hinting_flag
from matplotlib.font_manager import FontProperties, get_font
from matplotlib.ft2font import FT2Font

from kmdesk.charts.fonts import FALLBACK, font_properties

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


def _fonts(bold: bool) -> tuple[FT2Font, FT2Font]:
    """The chart font and its symbol fallback as FreeType faces (matplotlib's own, which it
    keeps one of per thread, and sizes afresh before each use)."""
    weight = "bold" if bold else "normal"
    main = font_manager.findfont(font_properties(bold=bold))
    fallback = font_manager.findfont(FontProperties(family=FALLBACK[0], weight=weight))
    return get_font(main), get_font(fallback)


@functools.cache
def _advances(char: str, size: float, bold: bool) -> tuple[float, ...]:
    """How far one character moves the pen, in points, hinted as Agg draws it at each of
    ``_DPIS``.

    A line's width is the sum of its characters' advances (Thai marks advance by nothing):
    that matches matplotlib's own measure of the whole line (never narrower, at most a few %
    wider for a line ending in a letter that overhangs less than it advances) and costs one
    glyph look-up per character and size, instead of laying out every candidate line.
    """
    code = ord(char)
    fonts = _fonts(bold)
    face = next((f for f in fonts if f.get_char_index(code)), fonts[0])
    out = []
    for dpi in _DPIS:
        face.set_size(size, dpi)
        glyph = face.load_char(code, flags=get_hinting_flag())
        out.append(glyph.horiAdvance / 64 * 72 / dpi)
    return tuple(out)


def _widths(text: str, size: float, bold: bool) -> list[float]:
    """The line's width at each of ``_DPIS``."""
    totals = [0.0] * len(_DPIS)
    for ch in text:
        for n, advance in enumerate(_advances(ch, size, bold)):
            totals[n] += advance
    return totals


@functools.cache
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of one line of ``text`` in points, as matplotlib will draw it."""
    return max(_widths(text, size, bold)) if text else 0.0


def line_step(size: float) -> float:
    """Distance between wrapped lines in points; Thai marks stack above and below."""
    return size * 1.5


def _split_long(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Break a word wider than ``width`` at the safest places that fit (see ``_rank``)."""
    pieces: list[str] = []
    rest = word
    while rest:
        # the width of rest[:i] for every i, at the widest resolution
        totals = [0.0] * len(_DPIS)
        prefix = [0.0]
        for ch in rest:
            for n, advance in enumerate(_advances(ch, size, bold)):
                totals[n] += advance
            prefix.append(max(totals))
        if prefix[-1] <= width:
            break
        fits = [i for i in range(1, len(rest)) if _can_break(rest, i) and prefix[i] <= width]
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
    current, current_w = "", [0.0] * len(_DPIS)
    space = _advances(" ", size, bold)
    for word in text.split():
        word_w = _widths(word, size, bold)
        if current:
            trial_w = [c + s + w for c, s, w in zip(current_w, space, word_w, strict=True)]
        else:
            trial_w = word_w
        if max(trial_w) <= width:
            current = f"{current} {word}" if current else word
            current_w = trial_w
            continue
        if current:
            lines.append(current)
        parts = _split_long(word, width, size, bold)
        lines.extend(parts[:-1])
        current = parts[-1]
        current_w = _widths(current, size, bold)
    if current:
        lines.append(current)
    return lines
