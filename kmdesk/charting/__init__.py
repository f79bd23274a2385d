"""Charts for every view, drawn by kmdesk.charts from the plain slices kmdesk.views gives."""

# team and person draw a slice to a Figure with its hover texts (hover); files writes image
# files. No Qt, and no matplotlib until a chart is drawn: the app's pages import this while
# the window is still opening, and matplotlib costs more than the window itself.

from __future__ import annotations

from kmdesk.charting.base import Chart, Hover, NothingToChart
from kmdesk.charting.files import ChartFileError, check_overwritable, save_chart
from kmdesk.charting.hover import level_sentence
from kmdesk.charting.person import PERSON_KINDS, RADAR_ROUNDS, draw_person
from kmdesk.charting.team import TEAM_KINDS, draw_team

__all__ = [
    "PERSON_KINDS",
    "RADAR_ROUNDS",
    "TEAM_KINDS",
    "Chart",
    "ChartFileError",
    "Hover",
    "NothingToChart",
    "check_overwritable",
    "draw_person",
    "draw_team",
    "level_sentence",
    "save_chart",
]
