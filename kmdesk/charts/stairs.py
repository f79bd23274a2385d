"""Learning stairs (บันไดแห่งการเรียนรู้): one person's current level and the step to the target."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kmdesk.assess.framework import Text
from kmdesk.assess.scale import LEVELS, MAX_LEVEL, score_text
from kmdesk.assess.stairs import Step
from kmdesk.charts.key import draw_key, legend_below, make_room
from kmdesk.charts.style import (
    BLUE,
    FIGSIZE,
    ORANGE,
    TARGET_COLOUR,
    VERMILLION,
    chart_rc,
    new_figure,
)
from kmdesk.charts.words import word

CURRENT_COLOUR = BLUE
GAP_COLOUR = ORANGE
GAP_TEXT_COLOUR = VERMILLION  # orange text is too faint on white
BAR_HEIGHT = 0.62


def stairs_chart(
    steps: Sequence[Step],
    names: Mapping[str, Text] | None = None,
    lang: str = "th",
    *,
    title: str | None = None,
    key: bool = True,
    figsize: tuple[float, float] = FIGSIZE,
) -> Figure:
    """Each competency's current level as a bar and the rest of the way to the target.

    Steps are drawn top to bottom in the order given (``kmdesk.assess.stairs.stairs``
    puts the biggest gap first). A step with no score shows only its target.
    """
    codes = [step.competency for step in steps]
    ys = list(range(len(steps)))
    with chart_rc(lang):
        fig = new_figure(figsize)
        chart, key_area = make_room(fig, "right", 0.36, bool(names) and key)
        ax = chart.add_subplot()
        scored = [(y, s) for y, s in zip(ys, steps, strict=True) if s.current is not None]
        ax.barh(
            [y for y, _ in scored],
            [float(s.current) for _, s in scored],
            height=BAR_HEIGHT,
            color=CURRENT_COLOUR,
            label=word("current", lang),
        )
        growing = [(y, s) for y, s in scored if s.gap is not None and s.gap > 0]
        ax.barh(
            [y for y, _ in growing],
            [float(s.gap) for _, s in growing],
            left=[float(s.current) for _, s in growing],
            height=BAR_HEIGHT,
            facecolor="white",
            edgecolor=GAP_COLOUR,
            hatch="///",
            lw=1.2,
            label=word("to_target", lang),
        )
        ax.plot(
            [float(s.target) for s in steps],
            ys,
            ls="none",
            marker="|",
            ms=18,
            mew=2.2,
            color=TARGET_COLOUR,
            label=word("target", lang),
        )
        for y, step in zip(ys, steps, strict=True):
            ax.annotate(
                _gap_text(step, lang),
                (1.0, y),
                xycoords=("axes fraction", "data"),
                xytext=(6, 0),
                textcoords="offset points",
                va="center",
                fontsize=8.5,
                color=GAP_TEXT_COLOUR if step.gap is not None and step.gap > 0 else "#333333",
            )
        ax.set_yticks(ys, codes)
        ax.set_ylim(len(steps) - 0.5, -0.5)  # first step on top
        ax.set_xlim(0, MAX_LEVEL + 0.15)
        ax.set_xticks(LEVELS)
        ax.set_xlabel(word("level", lang))
        ax.grid(axis="x", color="#dddddd", lw=0.6)
        ax.set_axisbelow(True)
        # The target's tall tick would swamp the legend; it gets a shorter stand-in there.
        handles, labels = ax.get_legend_handles_labels()
        handles = [
            Line2D([], [], ls="none", marker="|", ms=10, mew=2, color=TARGET_COLOUR)
            if label == word("target", lang)
            else handle
            for handle, label in zip(handles, labels, strict=True)
        ]
        legend_below(chart, handles, labels)
        fig.suptitle(title or word("title_stairs", lang))
        if key_area is not None and names:
            draw_key(key_area, codes, names, lang)
        return fig


def _gap_text(step: Step, lang: str) -> str:
    if step.gap is None:
        return word("no_score", lang)
    if step.gap > 0:
        return f"+{score_text(step.gap)}"
    if step.gap < 0:
        return f"{word('above_target', lang)} {score_text(-step.gap)}"
    return "✓"
