"""The team table (ตารางแห่งอิสรภาพ): members × competencies as a heat map with each value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from matplotlib import colormaps
from matplotlib.colors import Normalize
from matplotlib.figure import Figure

from kmdesk.assess.framework import Text
from kmdesk.assess.profile import Profile
from kmdesk.assess.scale import LEVELS, MAX_LEVEL, MIN_LEVEL, score_text
from kmdesk.charts.agreed import learn_word, matrix_marks
from kmdesk.charts.key import draw_key, legend_below, make_room
from kmdesk.charts.style import FIGSIZE, chart_rc, new_figure
from kmdesk.charts.words import word

# cividis is built to read the same with red-green colour blindness and in grey print.
CMAP = "cividis"
EMPTY = "–"


def fmt_score(value: float | None) -> str:
    """A score as written in a cell: whole levels without a decimal, no score as a dash."""
    if value is None:
        return EMPTY
    return score_text(value)


def matrix_chart(
    codes: Sequence[str],
    members: Sequence[tuple[str, Profile]],
    target: Mapping[str, int] | None = None,
    names: Mapping[str, Text] | None = None,
    lang: str = "th",
    *,
    title: str | None = None,
    key: bool = True,
    figsize: tuple[float, float] = FIGSIZE,
    agreed: Mapping[str, int] | None = None,
    worth: Mapping[str, float] | None = None,
    spread_min: float = 2.0,
) -> Figure:
    """One row per member (label, profile) and one column per competency, value in each cell.

    With ``target`` a row shows the target level, set apart from the members; with
    ``agreed`` (code -> level) a last row shows the level the team agreed. ``worth``
    (code -> spread) frames the columns worth a conversation.
    """
    rows = [(label, prof) for label, prof in members]
    if target:
        rows.append((word("target", lang), {c: float(v) for c, v in target.items()}))
    if agreed:
        rows.append((learn_word("agreed", lang), {c: float(v) for c, v in agreed.items()}))
    values = np.ma.masked_invalid(
        [[float(prof[c]) if c in prof else np.nan for c in codes] for _, prof in rows]
    )
    with chart_rc(lang):
        fig = new_figure(figsize)
        chart, key_area = make_room(fig, "bottom", 0.3, bool(names) and key)
        ax = chart.add_subplot()
        norm = Normalize(MIN_LEVEL, MAX_LEVEL)
        cmap = colormaps[CMAP]
        mesh = ax.pcolormesh(values, cmap=cmap, norm=norm, edgecolors="white", linewidth=1.5)
        fontsize = 9 if len(rows) <= 8 else 7.5
        for r, (_, prof) in enumerate(rows):
            for c, code in enumerate(codes):
                value = prof.get(code)
                # light text on the dark (low) end of the colour map, dark text on the light end
                red, green, blue, _ = cmap(norm(value)) if value is not None else (1, 1, 1, 1)
                dark = 0.299 * red + 0.587 * green + 0.114 * blue < 0.55
                ax.text(
                    c + 0.5,
                    r + 0.5,
                    fmt_score(value),
                    ha="center",
                    va="center",
                    fontsize=fontsize,
                    color="white" if dark else "black",
                )
        ax.set_xticks([c + 0.5 for c in range(len(codes))], list(codes))
        ax.set_yticks([r + 0.5 for r in range(len(rows))], [label for label, _ in rows])
        ax.xaxis.tick_top()
        ax.tick_params(length=0)
        ax.invert_yaxis()  # first member on top, as in a table
        ax.spines[:].set_visible(False)
        if target or agreed:
            ax.axhline(len(members), color="black", lw=1.5)
            for label in ax.get_yticklabels()[len(members) :]:
                label.set_fontweight("bold")
        marks = matrix_marks(ax, codes, len(members), worth, spread_min, lang)
        if marks:
            legend_below(chart, *zip(*marks, strict=True))
        bar = chart.colorbar(mesh, ax=ax, ticks=LEVELS, shrink=0.8, pad=0.02)
        bar.set_label(word("level", lang))
        bar.outline.set_visible(False)
        fig.suptitle(title or word("title_matrix", lang))
        if key_area is not None and names:
            draw_key(key_area, codes, names, lang, ncols=2)
        return fig
