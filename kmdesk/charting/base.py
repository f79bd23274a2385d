"""What every drawn chart shares: the Figure with its hover spots, and "nothing to draw"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kmdesk.assess.framework import Framework

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    from kmdesk.views import TeamSlice


class NothingToChart(LookupError):
    """The chosen team, person, round and role have no ratings to draw."""


@dataclass
class Hover:
    """A spot on a chart and what hovering over it explains (plain text, first line a heading).

    A point is found by its distance from the pointer; a ``box`` (x0, x1, y0, y1 in data
    units) by containing it.
    """

    axes: Axes
    x: float
    y: float
    text: str
    box: tuple[float, float, float, float] | None = None


@dataclass
class Chart:
    """A drawn Figure with its hover spots.

    ``live`` maps member id to a line the app may move in place after a rating; ``patch``
    does that from new data and returns False when the chart must be drawn again instead.
    """

    figure: Figure
    hovers: list[Hover] = field(default_factory=list)
    live: dict[str, Line2D] = field(default_factory=dict)
    patch: Callable[[TeamSlice, str], bool] | None = None


def role_name(fw: Framework, role: str, lang: str) -> str:
    found = fw.role(role)
    return found.name.get(lang) if found else role
