"""The river (ธารปัญญา): the team's band from lowest to highest score, with mean and target."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure

from kmdesk.assess.framework import Text
from kmdesk.assess.river import RiverRow
from kmdesk.assess.scale import LEVELS, MAX_LEVEL, MIN_LEVEL
from kmdesk.charts.key import draw_key, legend_below, make_room
from kmdesk.charts.style import (
    BAND_COLOUR,
    EARLIER_COLOUR,
    FIGSIZE,
    MEAN_COLOUR,
    TARGET_COLOUR,
    MemberStyle,
    chart_rc,
    member_styles,
    new_figure,
)
from kmdesk.charts.words import word


def _values(rows: Mapping[str, RiverRow], codes: Sequence[str], attr: str) -> list[float]:
    """One value per code; NaN where nobody has a score, so the band breaks there."""
    out = []
    for code in codes:
        row = rows.get(code)
        value = getattr(row, attr) if row is not None else None
        out.append(math.nan if value is None else float(value))
    return out


def river_chart(
    codes: Sequence[str],
    rounds: Sequence[tuple[str, Sequence[RiverRow]]],
    target: Mapping[str, int] | None = None,
    names: Mapping[str, Text] | None = None,
    lang: str = "th",
    *,
    labels: Mapping[str, str] | None = None,
    show_members: bool = False,
    styles: Mapping[str, MemberStyle] | None = None,
    title: str | None = None,
    key: bool = True,
    figsize: tuple[float, float] = FIGSIZE,
) -> Figure:
    """The team's band (min to max) and mean per competency for one round, or two overlaid.

    ``rounds`` are (label, rows from ``kmdesk.assess.river.river``), earlier first.
    ``labels`` maps member id to the label shown (a name, or a letter when anonymous), in
    the team's order; ``show_members`` adds each member's line for the latest round.
    """
    if not 1 <= len(rounds) <= 2:
        raise ValueError("the river shows one round, or two overlaid")
    with chart_rc(lang):
        fig = new_figure(figsize)
        chart, key_area = make_room(fig, "right", 0.34, bool(names) and key)
        ax = chart.add_subplot()
        xs = list(range(len(codes)))
        two = len(rounds) == 2
        for i, (round_label, rows) in enumerate(rounds):
            by_code = {row.competency: row for row in rows}
            latest = i == len(rounds) - 1
            prefix = f"{round_label}: " if two else ""
            ax.fill_between(
                xs,
                _values(by_code, codes, "min"),
                _values(by_code, codes, "max"),
                color=BAND_COLOUR if latest else EARLIER_COLOUR,
                alpha=0.35 if latest else 0.25,
                hatch=None if latest else "////",
                lw=0,
                label=prefix + word("range", lang),
            )
            ax.plot(
                xs,
                _values(by_code, codes, "mean"),
                color=MEAN_COLOUR if latest else EARLIER_COLOUR,
                ls="-" if latest else "--",
                lw=2.2 if latest else 1.6,
                marker="o",
                ms=5 if latest else 4,
                label=prefix + word("mean", lang),
                zorder=3,
            )
            if latest and show_members:
                _members(ax, codes, by_code, labels, styles)
        if target:
            ax.plot(
                xs,
                [float(target[code]) if code in target else math.nan for code in codes],
                color=TARGET_COLOUR,
                ls="--",
                lw=1.3,
                label=word("target", lang),
                zorder=4,
            )
        ax.set_xticks(xs, list(codes))
        ax.set_xlim(-0.4, len(codes) - 0.6)
        ax.set_ylim(MIN_LEVEL - 0.5, MAX_LEVEL + 0.5)
        ax.set_yticks(LEVELS)
        ax.set_ylabel(word("level", lang))
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        legend_below(chart, *ax.get_legend_handles_labels(), max_cols=4)
        if title is None:
            title = f"{word('title_river', lang)}: " + " → ".join(label for label, _ in rounds)
        fig.suptitle(title)
        if key_area is not None and names:
            draw_key(key_area, codes, names, lang)
        return fig


def _members(
    ax,
    codes: Sequence[str],
    by_code: Mapping[str, RiverRow],
    labels: Mapping[str, str] | None,
    styles: Mapping[str, MemberStyle] | None,
) -> None:
    members = list(labels or {})
    for row in by_code.values():
        members += [m for m in row.scores if m not in members]
    shown = {m: (labels or {}).get(m, m) for m in members}
    styles = styles or member_styles(shown.values())
    for member, label in shown.items():
        scores = [
            by_code[c].scores.get(member, math.nan) if c in by_code else math.nan for c in codes
        ]
        if all(math.isnan(s) for s in scores):
            continue
        ax.plot(
            range(len(codes)),
            scores,
            lw=0.9,
            ms=3,
            alpha=0.85,
            label=label,
            **styles[label].line_kw(),
        )
