"""Learning pairs: who can teach each competency, who learns it from whom, and the gaps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch
from matplotlib.path import Path

from kmdesk.assess.framework import Text
from kmdesk.assess.pairs import CompetencyPairs
from kmdesk.charts.key import draw_key, legend_below, make_room
from kmdesk.charts.matrix import fmt_score
from kmdesk.charts.style import (
    FIGSIZE,
    VERMILLION,
    MemberStyle,
    chart_rc,
    member_styles,
    new_figure,
)
from kmdesk.charts.words import word
from kmdesk.charts.wrap import text_width

OUTSIDE_COLOUR = VERMILLION
OUTSIDE_FILL = "#F6D5C2"  # vermillion, faded so the marks on it stay readable


def short_label(label: str) -> str:
    """The first word of a label ("สมศรี" for "สมศรี ใจดี"), to fit in a cell."""
    return label.split()[0] if label.split() else label


def pairs_chart(
    per_competency: Sequence[CompetencyPairs],
    labels: Mapping[str, str] | None = None,
    names: Mapping[str, Text] | None = None,
    lang: str = "th",
    *,
    styles: Mapping[str, MemberStyle] | None = None,
    title: str | None = None,
    key: bool = True,
    figsize: tuple[float, float] = FIGSIZE,
) -> Figure:
    """A grid of competencies (rows) × members (columns).

    A filled dot marks someone who can teach the competency (with their score); a ring marks
    a learner, with "→ X" naming who they learn from, or an arrow to them when the columns
    are too narrow for names. Rows where nobody in the team can
    teach are shaded and flagged as needing outside help. ``labels`` maps member id to
    the label shown, in the team's order (pass letters for anonymous charts).
    """
    members = list(labels or {})
    for cp in per_competency:
        for member in [m for m, _ in cp.suppliers] + [lr.member for lr in cp.learners]:
            if member not in members:
                members.append(member)
    shown = {m: (labels or {}).get(m, m) for m in members}
    styles = styles or member_styles(shown.values())
    column = {m: i for i, m in enumerate(members)}
    codes = [cp.competency for cp in per_competency]
    with chart_rc(lang):
        fig = new_figure(figsize)
        chart, key_area = make_room(fig, "right", 0.34, bool(names) and key)
        ax = chart.add_subplot()
        for row, cp in enumerate(per_competency):
            if cp.needs_outside_help:
                ax.axhspan(row - 0.5, row + 0.5, color=OUTSIDE_FILL, lw=0, zorder=0)
        cell_font = 7.5 if len(members) <= 6 else 6.5
        # Name the teacher in the learner's cell when it fits; otherwise draw an arrow.
        cell_pt = chart.bbox.width * 72 / fig.dpi * 0.85 / max(len(members), 1)
        longest = max(
            [text_width(f"→ {short_label(label)}", cell_font) for label in shown.values()]
            + [text_width(f"→ {word('outside', lang)}", cell_font, bold=True)]
        )
        as_text = longest + 12 <= cell_pt
        for row, cp in enumerate(per_competency):
            for member, score in cp.suppliers:
                _dot(ax, column[member], row, styles[shown[member]], filled=True)
                ax.annotate(
                    fmt_score(score),
                    (column[member], row),
                    xytext=(7, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=cell_font,
                    color="#333333",
                )
            teacher = {pair.learner: pair.supplier for pair in cp.pairs}
            for learner in cp.learners:
                x = column[learner.member]
                style = styles[shown[learner.member]]
                _dot(ax, x, row, style, filled=False)
                supplier = teacher.get(learner.member)
                if supplier is not None and not as_text:
                    _arrow(ax, x, column[supplier], row, style.colour)
                    continue
                text = short_label(shown[supplier]) if supplier else word("outside", lang)
                ax.annotate(
                    f"→ {text}" if as_text else "?",
                    (x, row),
                    xytext=(7, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=cell_font,
                    color="#333333" if supplier else OUTSIDE_COLOUR,
                    fontweight="normal" if supplier else "bold",
                )
        ax.set_yticks(range(len(codes)), codes)
        for tick, cp in zip(ax.get_yticklabels(), per_competency, strict=True):
            if cp.needs_outside_help:
                tick.set_color(OUTSIDE_COLOUR)
                tick.set_fontweight("bold")
        ax.set_xticks(range(len(members)), [shown[m] for m in members])
        ax.xaxis.tick_top()
        tick_size = matplotlib.rcParams["xtick.labelsize"]
        widest = max((text_width(label, tick_size) for label in shown.values()), default=0.0)
        if widest + 6 > cell_pt / 0.85:
            ax.tick_params(axis="x", labelrotation=40)
            for tick in ax.get_xticklabels():
                tick.set_horizontalalignment("left")
                tick.set_rotation_mode("anchor")
        ax.set_xlim(-0.5, len(members) - 0.5 + 0.1)
        ax.set_ylim(len(codes) - 0.5, -0.5)  # first competency on top
        ax.grid(color="#e5e5e5", lw=0.6)
        ax.set_axisbelow(True)
        ax.tick_params(length=0)
        ax.spines[:].set_visible(False)
        handles = [
            Line2D([], [], ls="none", marker="o", ms=8, color="#555555"),
            Line2D([], [], ls="none", marker="o", ms=8, mfc="white", mec="#555555", mew=2),
            Patch(facecolor=OUTSIDE_FILL, edgecolor="none"),
        ]
        outside = word("needs_outside", lang)
        # in arrow mode a learner with nobody to learn from is marked "?"
        texts = [
            word("supplier", lang),
            word("learner", lang),
            outside if as_text else f"{outside} (?)",
        ]
        legend_below(chart, handles, texts)
        fig.suptitle(title or word("title_pairs", lang))
        if key_area is not None and names:
            draw_key(key_area, codes, names, lang)
        return fig


def _dot(ax, x: float, y: float, style: MemberStyle, filled: bool) -> None:
    """A teacher's dot or a learner's ring, in the person's colour and marker shape."""
    ax.scatter(
        [x],
        [y],
        s=70,
        marker=style.marker,
        facecolors=style.colour if filled else "white",
        edgecolors=style.colour,
        linewidths=0 if filled else 2,
        zorder=3,
        gid="suppliers" if filled else "learners",
    )


def _arrow(ax, learner_x: float, supplier_x: float, y: float, colour: str) -> None:
    """An arc over the row from the learner to the teacher, staying inside the row.

    Longer reaches arc a little higher so arrows into one teacher can be told apart.
    """
    step = 0.18 if supplier_x > learner_x else -0.18
    start = (learner_x + step, y - 0.12)
    end = (supplier_x - step, y - 0.12)
    peak = min(0.42, 0.14 + 0.035 * abs(supplier_x - learner_x))
    # a quadratic curve peaks halfway to its control point
    control = ((learner_x + supplier_x) / 2, y - 0.12 - 2 * (peak - 0.12))
    arrow = FancyArrowPatch(
        path=Path([start, control, end], [Path.MOVETO, Path.CURVE3, Path.CURVE3]),
        arrowstyle="-|>",
        mutation_scale=8,
        color=colour,
        lw=1,
        zorder=2,
        gid="pair",
    )
    ax.add_patch(arrow)
