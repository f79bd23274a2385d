"""The competency key: each code with its full name, wrapped to fit beside or under a chart."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import matplotlib
import numpy as np
from matplotlib.figure import FigureBase
from matplotlib.legend import Legend
from matplotlib.text import Text as TextArtist
from matplotlib.transforms import offset_copy

from kmdesk.assess.framework import Framework, Text
from kmdesk.charts.words import word
from kmdesk.charts.wrap import line_step, text_width, wrap

PAD = 6.0  # points kept clear around the key
# A little slack for rounding, and the figure's title takes some height from the key's
# area once laid out.
WIDTH_SAFETY = 0.97
TITLE_ROOM = 30.0
SIZES = (8.5, 8.0, 7.5, 7.0, 6.5, 6.0)


def names_of(framework: Framework) -> dict[str, Text]:
    """Competency code -> its name in both languages, the ``names`` every builder takes."""
    return {comp.code: comp.name for comp in framework.competencies}


def _layout(
    entries: Sequence[tuple[str, str]], width: float, size: float, ncols: int
) -> tuple[list[list[tuple[str, list[str]]]], float, float]:
    """Entries split into columns, the tag column's width and the tallest column's height."""
    tag_w = max(text_width(tag, size, bold=True) for tag, _ in entries) + size * 0.6
    col_w = (width - PAD * (ncols + 1)) / ncols
    wrapped = [(tag, wrap(text, col_w - tag_w, size)) for tag, text in entries]
    per_col = math.ceil(len(wrapped) / ncols)
    columns = [wrapped[i : i + per_col] for i in range(0, len(wrapped), per_col)]
    gap = size * 0.35
    height = max(
        sum(len(lines) * line_step(size) + gap for _, lines in column) for column in columns
    )
    return columns, tag_w, height


def draw_key(
    where: FigureBase,
    codes: Sequence[str],
    names: Mapping[str, Text],
    lang: str,
    *,
    ncols: int = 1,
    top: float = 0.0,
) -> list[TextArtist]:
    """Write the competency key (code and full name) into ``where``, a figure or subfigure."""
    entries = [(code, names[code].get(lang)) for code in codes if code in names]
    return draw_entries(where, word("competencies", lang), entries, ncols=ncols, top=top)


def draw_entries(
    where: FigureBase,
    heading: str,
    entries: Sequence[tuple[str, str]],
    *,
    ncols: int = 1,
    top: float = 0.0,
) -> list[TextArtist]:
    """Write a heading and (tag, text) entries into ``where``, from ``top`` points down.

    The font shrinks until the entries fit the space; the texts are left out of the layout
    engine because the space is already set aside for them.
    """
    if not entries:
        return []
    root = where.get_figure(root=True)
    points = 72.0 / root.dpi
    width = where.bbox.width * points * WIDTH_SAFETY
    height = where.bbox.height * points - top - 2 * PAD
    room = title_room(root)
    if where.bbox.y1 >= root.bbox.y1 - 1:
        height -= room
    else:
        # a key under the chart: the layout takes the title's height from the chart and
        # the key in proportion to their shares
        height -= room * where.bbox.height / root.bbox.height
    for size in SIZES:
        title_h = line_step(size + 0.5)
        columns, tag_w, used = _layout(entries, width, size, ncols)
        if used + title_h <= height:
            break
    col_w = (width - PAD * (ncols + 1)) / ncols
    texts: list[TextArtist] = []

    def put(x: float, y: float, text: str, **kw) -> None:
        transform = offset_copy(where.transSubfigure, fig=root, x=x, y=-y, units="points")
        artist = where.text(0, 1, text, transform=transform, va="top", ha="left", **kw)
        artist.set_in_layout(False)
        texts.append(artist)

    put(PAD, top + PAD, heading, fontsize=size + 0.5, fontweight="bold")
    for c, column in enumerate(columns):
        x = PAD + c * (col_w + PAD)
        y = top + PAD + title_h
        for tag, lines in column:
            put(x, y, tag, fontsize=size, fontweight="bold")
            for line in lines:
                put(x + tag_w, y, line, fontsize=size)
                y += line_step(size)
            y += size * 0.35
    return texts


def title_room(fig: FigureBase) -> float:
    """Points the figure's title takes once laid out: ``TITLE_ROOM`` for one line, and a
    line more for each further line (a completeness note under the title)."""
    lines = fig.get_suptitle().count("\n") + 1 if fig.get_suptitle() else 1
    return TITLE_ROOM + (lines - 1) * line_step(matplotlib.rcParams["figure.titlesize"])


def make_room(
    fig: FigureBase, side: str, share: float, wanted: bool
) -> tuple[FigureBase, FigureBase | None]:
    """Split ``fig`` into the chart's area and the key's (``side`` is "right" or "bottom").

    Subfigures keep the key's share fixed whatever the layout engine does to the chart.
    """
    if not wanted:
        return fig, None
    if side == "right":
        chart, key = fig.subfigures(1, 2, width_ratios=[1 - share, share])
    else:
        chart, key = fig.subfigures(2, 1, height_ratios=[1 - share, share])
    return chart, key


def legend_below(
    where: FigureBase, handles: Sequence, labels: Sequence[str], max_cols: int = 8
) -> Legend | None:
    """A legend under the chart, with as many columns as fit the area's width."""
    if not handles:
        return None
    size = matplotlib.rcParams["legend.fontsize"]
    width = where.bbox.width * 72.0 / where.get_figure(root=True).dpi * WIDTH_SAFETY
    # handle, the gap to the text and the space between columns, in font sizes (rc defaults)
    extra = size * (2.0 + 0.8 + 2.0)
    widths = [text_width(label, size) + extra for label in labels]
    ncols = 1
    for n in range(min(max_cols, len(labels)), 1, -1):
        # split as matplotlib does: columns filled top to bottom, the first ones longer
        columns = np.array_split(np.array(widths), n)
        if sum(max(col) for col in columns) + 2 * size <= width:
            ncols = n
            break
    return where.legend(handles, labels, loc="outside lower center", ncols=ncols, frameon=False)
