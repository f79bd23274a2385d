"""Radar (spider) charts: one person across rounds, or a team overlaid, against the target."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure, FigureBase
from matplotlib.projections.polar import PolarAxes

from kmdesk.assess.framework import Text
from kmdesk.assess.profile import Profile
from kmdesk.assess.scale import LEVELS, MAX_LEVEL
from kmdesk.charts.key import draw_key, legend_below, make_room
from kmdesk.charts.style import (
    BLUE,
    BLUISH_GREEN,
    EARLIER_COLOUR,
    FIGSIZE,
    ORANGE,
    REDDISH_PURPLE,
    TARGET_COLOUR,
    VERMILLION,
    MemberStyle,
    chart_rc,
    member_styles,
    new_figure,
)
from kmdesk.charts.words import word

LATEST_COLOUR = BLUE
# Earlier rounds, most recent first; the oldest ones fade to grey.
EARLIER_COLOURS = (ORANGE, BLUISH_GREEN, REDDISH_PURPLE, VERMILLION)


def _domain_groups(
    codes: Sequence[str], split: bool, domain_of: Mapping[str, str] | None
) -> list[tuple[str | None, list[str]]]:
    if not split:
        return [(None, list(codes))]
    groups: dict[str, list[str]] = {}
    for code in codes:
        domain = domain_of[code] if domain_of else code[:1]
        groups.setdefault(domain, []).append(code)
    return list(groups.items())


def _polar(where: FigureBase, groups: list[tuple[str | None, list[str]]], lang: str) -> list:
    axes = where.subplots(1, len(groups), subplot_kw={"projection": "polar"}, squeeze=False)[0]
    for ax, (domain, codes) in zip(axes, groups, strict=True):
        ax.set_theta_offset(math.pi / 2)
        ax.set_theta_direction(-1)
        ax.set_xticks(_angles(len(codes)), codes)
        ax.set_ylim(0, MAX_LEVEL)
        ax.set_yticks(LEVELS, [str(level) for level in LEVELS], color="#555555", fontsize=7)
        ax.set_rlabel_position(180 / len(codes))
        for label in ax.get_yticklabels():
            # The level numbers sit where lines cross; a pale backing keeps them legible.
            label.set_bbox({"facecolor": "white", "alpha": 0.7, "edgecolor": "none", "pad": 0.5})
        ax.tick_params(axis="x", pad=1)
        if domain is not None:
            ax.set_title(word(f"domain_{domain}", lang), pad=14)
    return list(axes)


def _angles(n: int) -> list[float]:
    return [2 * math.pi * i / n for i in range(n)]


def _closed(values: list[float]) -> list[float]:
    return [*values, values[0]]


def _ring(ax: PolarAxes, codes: Sequence[str], scores: Mapping[str, float], **kw) -> None:
    """One closed line; a competency without a score leaves a gap rather than a zero."""
    values = [float(scores[code]) if code in scores else math.nan for code in codes]
    ax.plot(_closed(_angles(len(codes))), _closed(values), **kw)


def _fill(ax: PolarAxes, codes: Sequence[str], scores: Mapping[str, float], **kw) -> None:
    angles = _angles(len(codes))
    pts = [(a, float(scores[c])) for a, c in zip(angles, codes, strict=True) if c in scores]
    if len(pts) >= 3:
        ax.fill([a for a, _ in pts], [v for _, v in pts], **kw)


def _radar(
    draw: Callable[[PolarAxes, list[str]], None],
    n_series: int,
    codes: Sequence[str],
    target: Mapping[str, int] | None,
    names: Mapping[str, Text] | None,
    lang: str,
    *,
    title: str,
    max_cols: int,
    split: bool,
    domain_of: Mapping[str, str] | None,
    key: bool,
    figsize: tuple[float, float],
) -> Figure:
    """The frame both radars share: a polar plot per domain group, each drawn by ``draw``
    then given the dashed target, with the title, the legend below and the code key."""
    with chart_rc(lang):
        fig = new_figure(figsize)
        chart, key_area = _areas(fig, names, key, split)
        groups = _domain_groups(codes, split, domain_of)
        for ax, (_, group) in zip(_polar(chart, groups, lang), groups, strict=True):
            draw(ax, group)
            if target:
                _target(ax, group, target, lang)
        fig.suptitle(title)
        legend_cols = min(n_series + (1 if target else 0), max_cols)
        legend_below(chart, *chart.axes[0].get_legend_handles_labels(), max_cols=legend_cols)
        if key_area is not None and names:
            draw_key(key_area, codes, names, lang, ncols=2 if split else 1)
        return fig


def radar_person(
    codes: Sequence[str],
    rounds: Sequence[tuple[str, Profile]],
    target: Mapping[str, int] | None = None,
    names: Mapping[str, Text] | None = None,
    lang: str = "th",
    *,
    split_domains: bool = False,
    domain_of: Mapping[str, str] | None = None,
    title: str | None = None,
    key: bool = True,
    figsize: tuple[float, float] = FIGSIZE,
) -> Figure:
    """One person's profile: the latest round filled, earlier rounds as lines, target dashed.

    ``rounds`` are (label, profile) oldest first; ``names`` (code -> Text) gives the key.
    """

    def draw(ax: PolarAxes, group: list[str]) -> None:
        earlier = list(rounds[:-1])
        for i, (label, prof) in enumerate(earlier):
            back = len(earlier) - 1 - i  # 0 for the round just before the latest
            colour = EARLIER_COLOURS[back] if back < len(EARLIER_COLOURS) else EARLIER_COLOUR
            _ring(ax, group, prof, color=colour, lw=1.2, marker="o", ms=3, label=label)
        if rounds:
            label, prof = rounds[-1]
            _fill(ax, group, prof, color=LATEST_COLOUR, alpha=0.25, lw=0)
            _ring(ax, group, prof, color=LATEST_COLOUR, lw=2, marker="o", ms=4, label=label)

    return _radar(
        draw,
        len(rounds),
        codes,
        target,
        names,
        lang,
        title=title or word("title_radar_person", lang),
        max_cols=4,
        split=split_domains,
        domain_of=domain_of,
        key=key,
        figsize=figsize,
    )


def radar_team(
    codes: Sequence[str],
    members: Sequence[tuple[str, Profile]],
    target: Mapping[str, int] | None = None,
    lang: str = "th",
    *,
    names: Mapping[str, Text] | None = None,
    styles: Mapping[str, MemberStyle] | None = None,
    split_domains: bool = False,
    domain_of: Mapping[str, str] | None = None,
    title: str | None = None,
    key: bool = True,
    figsize: tuple[float, float] = FIGSIZE,
) -> Figure:
    """Every member's profile overlaid, one line each in the person's own style.

    ``members`` are (label, profile); ``styles`` (label -> MemberStyle) defaults to the
    order given here, so pass the team's styles to keep colours across charts.
    """
    styles = styles or member_styles(label for label, _ in members)

    def draw(ax: PolarAxes, group: list[str]) -> None:
        for label, prof in members:
            _ring(ax, group, prof, lw=1.4, ms=3.5, label=label, **styles[label].line_kw())

    return _radar(
        draw,
        len(members),
        codes,
        target,
        names,
        lang,
        title=title or word("title_radar_team", lang),
        max_cols=7,
        split=split_domains,
        domain_of=domain_of,
        key=key,
        figsize=figsize,
    )


def _areas(
    fig: Figure, names: Mapping[str, Text] | None, key: bool, split: bool
) -> tuple[FigureBase, FigureBase | None]:
    if split:
        return make_room(fig, "bottom", 0.34, bool(names) and key)
    return make_room(fig, "right", 0.38, bool(names) and key)


def _target(ax: Axes, codes: Sequence[str], target: Mapping[str, int], lang: str) -> None:
    _ring(ax, codes, target, color=TARGET_COLOUR, lw=1.3, ls="--", label=word("target", lang))
