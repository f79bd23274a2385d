"""The river (ธารปัญญา): the team's band from lowest to highest score, with mean and target."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import matplotlib
from matplotlib.figure import Figure

from kmdesk.assess.framework import Text
from kmdesk.assess.river import RiverRow
from kmdesk.assess.scale import LEVELS, MAX_LEVEL, MIN_LEVEL
from kmdesk.charts.agreed import river_marks
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

END_GAP = 0.32  # levels between two members' names at the lines' ends


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
    agreed: Mapping[str, int] | None = None,
    worth: Mapping[str, float] | None = None,
    spread_min: float = 2.0,
) -> Figure:
    """The team's band (min to max) and mean per competency for one round, or two overlaid.

    ``rounds`` are (label, rows from ``kmdesk.assess.river.river``), earlier first.
    ``labels`` maps member id to the label shown (a name, or a letter when anonymous), in
    the team's order; ``show_members`` adds each member's line for the latest round.
    ``agreed`` (code -> level) marks the level the team agreed, beside the self-ratings and
    never in their sums; ``worth`` (code -> spread) shades the competencies whose spread is
    at least ``spread_min``: worth a conversation.
    """
    if not 1 <= len(rounds) <= 2:
        raise ValueError("the river shows one round, or two overlaid")
    with chart_rc(lang):
        fig = new_figure(figsize)
        chart, key_area = make_room(fig, "right", 0.34, bool(names) and key)
        ax = chart.add_subplot()
        xs = list(range(len(codes)))
        two = len(rounds) == 2
        # The legend names what a reader must tell apart: one entry per round (its band and
        # mean together) when two are overlaid, and the target; members are named at the
        # end of their lines instead, so the legend stays one short row.
        handles: list = []
        entries: list[str] = []
        for i, (round_label, rows) in enumerate(rounds):
            by_code = {row.competency: row for row in rows}
            latest = i == len(rounds) - 1
            prefix = f"{round_label}: " if two else ""
            band = ax.fill_between(
                xs,
                _values(by_code, codes, "min"),
                _values(by_code, codes, "max"),
                color=BAND_COLOUR if latest else EARLIER_COLOUR,
                alpha=0.35 if latest else 0.25,
                hatch=None if latest else "////",
                lw=0,
                label=prefix + word("range", lang),
            )
            (mean,) = ax.plot(
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
            if two:
                handles.append((band, mean))
                entries.append(round_label)
            else:
                handles += [band, mean]
                entries += [word("range", lang), word("mean", lang)]
            if latest and show_members:
                _members(ax, codes, by_code, labels, styles)
        if target:
            (goal,) = ax.plot(
                xs,
                [float(target[code]) if code in target else math.nan for code in codes],
                color=TARGET_COLOUR,
                ls="--",
                lw=1.3,
                label=word("target", lang),
                zorder=4,
            )
            handles.append(goal)
            entries.append(word("target", lang))
        ax.set_xticks(xs, list(codes))
        for handle, entry in river_marks(ax, codes, agreed, worth, spread_min, lang):
            handles.append(handle)
            entries.append(entry)
        ax.set_xlim(-0.4, len(codes) - 0.6)
        ax.set_ylim(MIN_LEVEL - 0.5, MAX_LEVEL + 0.5)
        ax.set_yticks(LEVELS)
        ax.set_ylabel(word("level", lang))
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        legend_below(chart, handles, entries, max_cols=3 if agreed or worth else 4)
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
    ends = []
    for member, label in shown.items():
        scores = [
            by_code[c].scores.get(member, math.nan) if c in by_code else math.nan for c in codes
        ]
        if all(math.isnan(s) for s in scores):
            continue
        (line,) = ax.plot(
            range(len(codes)),
            scores,
            lw=0.9,
            ms=3,
            alpha=0.85,
            label=label,
            **styles[label].line_kw(),
        )
        ends.append((next(s for s in reversed(scores) if not math.isnan(s)), label, line))
    _name_line_ends(ax, ends)


def _name_line_ends(ax, ends: list[tuple[float, str, object]]) -> None:
    """Each member's label just right of the axes, level with their last score, in their
    colour; labels that would overlap are pushed apart (at least ``END_GAP`` levels)."""
    ends = sorted(ends, key=lambda e: e[0])
    placed: list[float] = []
    for y, _, _ in ends:
        placed.append(max(y, placed[-1] + END_GAP) if placed else y)
    top = MAX_LEVEL + 0.4
    if placed and placed[-1] > top:  # pushed off the top: move the stack down
        shift = placed[-1] - top
        placed = [y - shift for y in placed]
    for (_, label, line), y in zip(ends, placed, strict=True):
        ax.annotate(
            label,
            xy=(1.0, y),
            xycoords=("axes fraction", "data"),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            ha="left",
            color=line.get_color(),
            fontsize=matplotlib.rcParams["legend.fontsize"],
            annotation_clip=False,
        )
