"""Chart look: the Okabe–Ito palette, one stable style per person, anonymous letters, rc."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import matplotlib
from matplotlib.figure import Figure

from kmdesk.charts.fonts import families

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common
# colour-vision deficiency.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
OKABE_ITO = (BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE)

# Black is kept for the target and grey for the team band, so people never look like them;
# yellow comes last because it is faint on white paper.
PERSON_COLOURS = (BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, YELLOW)
TARGET_COLOUR = BLACK
MEAN_COLOUR = BLUE
BAND_COLOUR = SKY_BLUE
EARLIER_COLOUR = "#999999"
DROP_COLOUR = VERMILLION

# A team can have more people than colours: the second pass changes the line and marker,
# so colour is never the only thing telling two people apart.
_LINESTYLES = ("-", "--", ":")
_MARKERS = ("o", "s", "^", "D", "v", "P", "X")

FIGSIZE = (8.0, 6.0)


@dataclass(frozen=True)
class MemberStyle:
    """How one person is drawn in every chart."""

    colour: str
    linestyle: str
    marker: str

    def line_kw(self) -> dict:
        return {"color": self.colour, "linestyle": self.linestyle, "marker": self.marker}


def member_style(index: int) -> MemberStyle:
    """The style of the person at ``index`` in the team's member list."""
    n = len(PERSON_COLOURS)
    lap = index // n
    return MemberStyle(
        PERSON_COLOURS[index % n],
        _LINESTYLES[lap % len(_LINESTYLES)],
        _MARKERS[(index + lap) % len(_MARKERS)],
    )


def member_styles(members: Iterable[str]) -> dict[str, MemberStyle]:
    """One style per person, by their position in the team's member list.

    Pass the whole team in its usual order (not just the people on one chart) so that a
    person keeps their colour from chart to chart.
    """
    return {member: member_style(i) for i, member in enumerate(members)}


def rc(lang: str = "th") -> dict:
    """rcParams for charts: the Thai font, sizes for A4 and screens, names taken literally."""
    return {
        "font.family": families(),
        "font.size": 9.0,
        "axes.titlesize": 10.0,
        "axes.labelsize": 9.0,
        "xtick.labelsize": 8.5,
        "ytick.labelsize": 8.5,
        "legend.fontsize": 8.5,
        "figure.titlesize": 12.0,
        "figure.titleweight": "bold",
        "figure.facecolor": "white",
        # A facilitator's name or note may hold a "$"; it must not switch to math mode.
        "text.parse_math": False,
        "text.language": "en" if lang == "en" else "th",
        "svg.fonttype": "path",
        "axes.spines.top": False,
        "axes.spines.right": False,
    }


@contextlib.contextmanager
def chart_rc(lang: str = "th") -> Iterator[None]:
    """Build a chart inside this: artists keep the font they were made with."""
    with matplotlib.rc_context(rc(lang)):
        yield


def new_figure(figsize: tuple[float, float] = FIGSIZE) -> Figure:
    """A bare Figure with constrained layout; call inside ``chart_rc``."""
    return Figure(figsize=figsize, layout="constrained")
