"""The learning cycle's marks on the team charts: the agreed level, and what is worth a talk."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from kmdesk.assess.scale import score_text
from kmdesk.charts.style import BLACK, VERMILLION, YELLOW
from kmdesk.wording import QT_TRANSLATE_NOOP, Words

WORDS = Words(
    "ChartWords",
    {
        "agreed": QT_TRANSLATE_NOOP("ChartWords", "Agreed level"),
        "worth": QT_TRANSLATE_NOOP("ChartWords", "Worth a conversation (spread ≥ {0})"),
        "spread": QT_TRANSLATE_NOOP("ChartWords", "Worth a conversation: spread {0} (≥ {1})"),
    },
)

# The agreed level is a large hollow diamond in black (members have colours, the mean is
# blue and filled), so it never reads as one more person or as the mean.
AGREED_COLOUR = BLACK
AGREED_MARKER = "D"
WORTH_COLOUR = YELLOW
# The matrix's frame: vermillion stands out on cividis's dark blue and its yellow alike.
WORTH_EDGE = VERMILLION


def learn_word(key: str, lang: str) -> str:
    return WORDS(key, lang)


def worth_label(spread_min: float, lang: str) -> str:
    return learn_word("worth", lang).format(score_text(spread_min))


def spread_line(spread: float, spread_min: float, lang: str) -> str:
    """ "Worth a conversation: spread 2.5 (≥ 2)", the line a hover adds."""
    return learn_word("spread", lang).format(score_text(spread), score_text(spread_min))


def river_marks(
    ax,
    codes: Sequence[str],
    agreed: Mapping[str, int] | None,
    worth: Mapping[str, float] | None,
    spread_min: float,
    lang: str,
) -> list[tuple[object, str]]:
    """Draw the agreed levels and the worth-a-conversation columns on a river's axes.

    Returns the (handle, label) pairs the legend adds; nothing when there is nothing to mark.
    """
    out: list[tuple[object, str]] = []
    if worth:
        for i, code in enumerate(codes):
            if code in worth:
                ax.axvspan(i - 0.3, i + 0.3, color=WORTH_COLOUR, alpha=0.3, lw=0, zorder=0)
        _bold_ticks(ax, codes, worth)
        out.append((Patch(color=WORTH_COLOUR, alpha=0.45), worth_label(spread_min, lang)))
    if agreed:
        ys = [float(agreed[c]) if c in agreed else math.nan for c in codes]
        (mark,) = ax.plot(
            range(len(codes)),
            ys,
            ls="none",
            marker=AGREED_MARKER,
            ms=9,
            mfc="white",
            mec=AGREED_COLOUR,
            mew=2.2,
            label=learn_word("agreed", lang),
            zorder=6,
        )
        out.append((mark, learn_word("agreed", lang)))
    return out


def matrix_marks(
    ax,
    codes: Sequence[str],
    n_members: int,
    worth: Mapping[str, float] | None,
    spread_min: float,
    lang: str,
) -> list[tuple[object, str]]:
    """Frame the members' cells of each worth-a-conversation column; the legend's pair."""
    if not worth:
        return []
    for c, code in enumerate(codes):
        if code in worth:
            frame = Rectangle(
                (c + 0.04, 0.04),
                0.92,
                n_members - 0.08,
                fill=False,
                edgecolor=WORTH_EDGE,
                lw=2.4,
                zorder=4,
                gid=f"worth-{code}",
            )
            ax.add_patch(frame)
    _bold_ticks(ax, codes, worth)
    handle = Line2D([], [], color=WORTH_EDGE, lw=2.4, marker="s", ms=9, mfc="none", ls="none")
    return [(handle, worth_label(spread_min, lang))]


def _bold_ticks(ax, codes: Sequence[str], worth: Mapping[str, float]) -> None:
    # after the ticks are set: setting them again makes new labels
    for label, code in zip(ax.get_xticklabels(), codes, strict=False):
        if code in worth:
            label.set_fontweight("bold")
            label.set_color(WORTH_EDGE)
