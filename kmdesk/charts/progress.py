"""Progress across rounds: small multiples per competency, and Knowledge vs Skill means."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kmdesk.assess.framework import Text
from kmdesk.assess.profile import Profile, ProgressPoint, domain_means
from kmdesk.assess.scale import LEVELS, MAX_LEVEL, MIN_LEVEL
from kmdesk.charts.key import WIDTH_SAFETY, draw_entries, legend_below, make_room
from kmdesk.charts.style import (
    BLUE,
    DROP_COLOUR,
    FIGSIZE,
    ORANGE,
    TARGET_COLOUR,
    chart_rc,
    new_figure,
)
from kmdesk.charts.words import WORDS, word
from kmdesk.charts.wrap import text_width, wrap

RISE_COLOUR = BLUE
DOMAIN_STYLES = {"K": (BLUE, "o"), "S": (ORANGE, "s")}
PANEL_TITLE_SIZE = 9.5  # about 13 px on screen: readable beside the 8.5-point ticks
MAX_TITLE_LINES = 3


def series_from_progress(points: Sequence[ProgressPoint]) -> list[tuple[str, Profile]]:
    """(round title, profile) pairs from ``kmdesk.assess.profile.progress``."""
    return [(point.round.title, point.profile) for point in points]


def _fmt_change(change: float) -> str:
    return f"{change:+.1f}".replace("-", "−")


def progress_chart(
    codes: Sequence[str],
    rounds: Sequence[tuple[str, Profile]],
    target: Mapping[str, int] | None = None,
    names: Mapping[str, Text] | None = None,
    lang: str = "th",
    *,
    notes: Mapping[tuple[str, str], str] | None = None,
    ncols: int = 3,
    title: str | None = None,
    figsize: tuple[float, float] = (8.0, 8.0),
) -> Figure:
    """One small panel per competency: the score in each round, drops drawn as drops.

    ``rounds`` are (label, profile) oldest first. A round without a score for a competency
    is skipped and the line joins the rounds either side, as the domain's change does.
    ``notes`` maps (round label, code) to a short note: the point gets a number and the
    note is listed under the panels.
    """
    notes = dict(notes or {})
    labels = [label for label, _ in rounds]
    numbered = [(key, text) for key, text in notes.items() if key[0] in labels and key[1] in codes]
    with chart_rc(lang):
        fig = new_figure(figsize)
        share = min(0.3, 0.06 + 0.035 * len(numbered))
        chart, notes_area = make_room(fig, "bottom", share, bool(numbered))
        nrows = math.ceil(len(codes) / ncols)
        axes = chart.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False)
        # the panel's share of the width, less its y-axis labels
        panel_w = (figsize[0] * 72 / ncols - 30) * WIDTH_SAFETY
        note_no = {key: str(i + 1) for i, (key, _) in enumerate(numbered)}
        for i, ax in enumerate(axes.flat):
            if i >= len(codes):
                ax.set_visible(False)
                continue
            code = codes[i]
            _panel(ax, code, rounds, target, lang, note_no)
            name = names[code].get(lang) if names and code in names else ""
            # the code starts the name's first line: the title stays short, the panel tall
            room = panel_w - text_width(f"{code} ", PANEL_TITLE_SIZE)
            lines = wrap(name, room, PANEL_TITLE_SIZE) or [""]
            lines[0] = f"{code} {lines[0]}".strip()
            if len(lines) > MAX_TITLE_LINES:
                lines = [*lines[: MAX_TITLE_LINES - 1], lines[MAX_TITLE_LINES - 1] + "…"]
            ax.set_title("\n".join(lines), loc="left", fontsize=PANEL_TITLE_SIZE)
            ax.title.set_fontweight("normal")
        first = axes.flat[0]
        first.set_ylim(MIN_LEVEL - 0.5, MAX_LEVEL + 0.5)
        first.set_yticks(LEVELS)
        first.set_xticks(range(len(labels)), labels)
        first.set_xlim(-0.4, len(labels) - 0.6)
        for ax in axes[-1]:
            ax.tick_params(axis="x", labelrotation=30)
            for tick in ax.get_xticklabels():
                tick.set_horizontalalignment("right")
                tick.set_rotation_mode("anchor")
        # The last row may be partly empty; the panel above the gap shows the round labels.
        for col in range(ncols):
            for row in range(nrows - 1, -1, -1):
                if axes[row, col].get_visible():
                    axes[row, col].tick_params(axis="x", labelbottom=True, labelrotation=30)
                    for tick in axes[row, col].get_xticklabels():
                        tick.set_horizontalalignment("right")
                        tick.set_rotation_mode("anchor")
                    break
        for row in axes:
            row[0].set_ylabel(word("level", lang))
        legend_below(chart, *_progress_handles(target, lang))
        fig.suptitle(title or word("title_progress", lang))
        if notes_area is not None:
            entries = [(note_no[key], f"{key[1]} · {key[0]}: {text}") for key, text in numbered]
            draw_entries(notes_area, word("notes", lang), entries, ncols=1)
        return fig


def _panel(ax, code, rounds, target, lang, note_no) -> None:
    xs = [i for i, (_, prof) in enumerate(rounds) if code in prof]
    ys = [float(rounds[i][1][code]) for i in xs]
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    if target and code in target:
        ax.axhline(target[code], color=TARGET_COLOUR, ls="--", lw=1, label=word("target", lang))
    for x0, y0, x1, y1 in zip(xs, ys, xs[1:], ys[1:], strict=False):
        dropped = y1 < y0
        ax.plot(
            [x0, x1],
            [y0, y1],
            color=DROP_COLOUR if dropped else RISE_COLOUR,
            ls="--" if dropped else "-",
            lw=1.6,
            label=word("drop", lang) if dropped else None,
        )
        if dropped:
            ax.annotate(
                _fmt_change(y1 - y0),
                ((x0 + x1) / 2, (y0 + y1) / 2),
                xytext=(4, 4),
                textcoords="offset points",
                va="bottom",
                color=DROP_COLOUR,
                fontsize=7,
            )
    ax.plot(xs, ys, ls="none", marker="o", ms=4, color=RISE_COLOUR, label=code, zorder=3)
    for x, y in zip(xs, ys, strict=True):
        number = note_no.get((rounds[x][0], code))
        if number:
            ax.annotate(
                number,
                (x, y),
                xytext=(-4, 5),
                textcoords="offset points",
                ha="right",
                fontsize=7,
                fontweight="bold",
                bbox={"boxstyle": "circle,pad=0.15", "fc": "white", "ec": "#555555", "lw": 0.6},
            )


def _progress_handles(target, lang) -> tuple[list, list[str]]:
    handles = [
        Line2D([], [], color=RISE_COLOUR, marker="o", ms=4),
        Line2D([], [], color=DROP_COLOUR, ls="--"),
    ]
    labels = [word("score", lang), word("drop", lang)]
    if target:
        handles.append(Line2D([], [], color=TARGET_COLOUR, ls="--", lw=1))
        labels.append(word("target", lang))
    return handles, labels


def progress_domains(
    rounds: Sequence[tuple[str, Profile]],
    domain_of: Mapping[str, str],
    target: Mapping[str, int] | None = None,
    lang: str = "th",
    *,
    domains: Mapping[str, Text] | None = None,
    title: str | None = None,
    figsize: tuple[float, float] = (FIGSIZE[0], 4.5),
) -> Figure:
    """The mean of each domain (Knowledge, Skill) per round, with the target's mean dashed."""
    labels = [label for label, _ in rounds]
    means = [domain_means(prof, domain_of) for _, prof in rounds]
    order = list(dict.fromkeys(domain_of[code] for code in domain_of))
    with chart_rc(lang):
        fig = new_figure(figsize)
        ax = fig.add_subplot()
        lines, targets = [], []
        for domain in order:
            colour, marker = DOMAIN_STYLES.get(domain, (TARGET_COLOUR, "D"))
            short = word(f"domain_{domain}", lang) if f"domain_{domain}" in WORDS else domain
            name = domains[domain].get(lang) if domains and domain in domains else short
            xs = [x for x, m in enumerate(means) if domain in m]
            ys = [means[x][domain] for x in xs]
            lines += ax.plot(xs, ys, color=colour, marker=marker, lw=2, label=name)
            for x, y in zip(xs, ys, strict=True):
                # The higher of the domains is labelled above its point, the lower below;
                # on a tie the first domain goes above.
                others = [v for d, v in means[x].items() if d != domain]
                below = any(v > y or (v == y and order.index(domain) > 0) for v in others)
                ax.annotate(
                    f"{y:.1f}",
                    (x, y),
                    xytext=(0, -12 if below else 7),
                    textcoords="offset points",
                    ha="center",
                    fontsize=8,
                    color=colour,
                )
            wanted = [
                target[c] for c in domain_of if domain_of[c] == domain and c in (target or {})
            ]
            if wanted:
                targets.append(
                    ax.axhline(
                        sum(wanted) / len(wanted),
                        color=colour,
                        ls="--",
                        lw=1,
                        label=f"{word('target', lang)}: {short}",
                    )
                )
        ax.set_xticks(range(len(labels)), labels)
        ax.set_xlim(-0.3, max(len(labels) - 0.7, 0.3))
        ax.set_ylim(MIN_LEVEL - 0.5, MAX_LEVEL + 0.3)  # room for labels under the points
        ax.set_yticks(LEVELS)
        ax.set_ylabel(f"{word('mean', lang)} ({word('level', lang)} 1–5)")
        ax.set_xlabel(word("round", lang))
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        # One legend row per domain: its line, then its target.
        handles = lines + targets
        fig.legend(
            handles,
            [h.get_label() for h in handles],
            loc="outside lower center",
            ncols=2 if targets else len(lines),
            frameon=False,
        )
        fig.suptitle(title or word("title_domains", lang))
        return fig
