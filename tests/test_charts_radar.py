"""Radar charts, read back from a bare Figure."""

from __future__ import annotations

import math

import numpy as np
import pytest
from matplotlib.legend import Legend
from matplotlib.patches import Polygon

from kmdesk.assess.framework import Text
from kmdesk.charts import style
from kmdesk.charts.radar import radar_person, radar_team

CODES = ["K1", "K2", "S1", "S2", "S3"]
NAMES = {
    "K1": Text("ความเป็นมาของกลุ่ม", "The group's history"),
    "K2": Text("การบริหารจัดการกลุ่ม", "Managing the group"),
    "S1": Text("การสร้างจิตสำนึก", "Building responsibility"),
    "S2": Text("การถ่ายทอด การสื่อสาร", "Conveying and communicating"),
    "S3": Text("การประสานงาน", "Coordinating"),
}
TARGET = {"K1": 3, "K2": 3, "S1": 4, "S2": 3, "S3": 4}
ROUND1 = {"K1": 1.0, "K2": 2.0, "S1": 1.5, "S2": 2.0, "S3": 1.0}
ROUND2 = {"K1": 2.5, "K2": 3.0, "S1": 2.0, "S2": 1.5, "S3": 2.0}


def lines_by_label(ax):
    return {line.get_label(): line for line in ax.get_lines()}


def legend_texts(fig):
    return [t.get_text() for legend in fig.findobj(Legend) for t in legend.get_texts()]


def radial(line):
    return list(np.asarray(line.get_ydata(), dtype=float))


def test_person_radar_plots_each_round_and_the_target():
    fig = radar_person(CODES, [("รอบ 1", ROUND1), ("รอบ 2", ROUND2)], TARGET, NAMES, "th")
    (ax,) = fig.findobj(lambda a: getattr(a, "name", "") == "polar")
    lines = lines_by_label(ax)
    assert set(lines) == {"รอบ 1", "รอบ 2", "เป้าหมาย"}
    # closed rings: the first value is repeated at the end
    assert radial(lines["รอบ 2"]) == [2.5, 3.0, 2.0, 1.5, 2.0, 2.5]
    assert radial(lines["รอบ 1"]) == [1.0, 2.0, 1.5, 2.0, 1.0, 1.0]
    assert radial(lines["เป้าหมาย"]) == [3, 3, 4, 3, 4, 3]
    assert lines["เป้าหมาย"].get_linestyle() == "--"
    # only the latest round is filled
    fills = [p for p in ax.patches if isinstance(p, Polygon)]
    assert len(fills) == 1
    assert sorted(fills[0].get_xy()[:-1, 1].round(2).tolist()) == sorted(ROUND2.values())
    assert [t.get_text() for t in ax.get_xticklabels()] == CODES
    assert legend_texts(fig) == ["รอบ 1", "รอบ 2", "เป้าหมาย"]


def test_person_radar_in_english_and_the_key():
    fig = radar_person(CODES, [("Round 1", ROUND1)], TARGET, NAMES, "en")
    assert fig.get_suptitle() == "Competency profile"
    assert "Target" in legend_texts(fig)
    texts = {t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))}
    assert "Competencies" in texts
    assert "Coordinating" in texts
    assert "การประสานงาน" not in texts


def test_missing_score_leaves_a_gap_not_a_zero():
    partial = {k: v for k, v in ROUND2.items() if k != "S1"}
    fig = radar_person(CODES, [("r", partial)], None, None, "en")
    (ax,) = fig.axes
    (line,) = ax.get_lines()
    values = radial(line)
    assert math.isnan(values[2])
    assert 0.0 not in values


def test_split_domains_gives_two_polar_axes():
    fig = radar_person(CODES, [("r", ROUND2)], TARGET, NAMES, "th", split_domains=True)
    polar = [ax for ax in fig.findobj(lambda a: getattr(a, "name", "") == "polar")]
    assert len(polar) == 2
    assert [t.get_text() for t in polar[0].get_xticklabels()] == ["K1", "K2"]
    assert [t.get_text() for t in polar[1].get_xticklabels()] == ["S1", "S2", "S3"]
    assert [ax.get_title() for ax in polar] == ["ความรู้", "ทักษะ"]
    en = radar_person(CODES, [("r", ROUND2)], TARGET, NAMES, "en", split_domains=True)
    assert [ax.get_title() for ax in en.findobj(lambda a: getattr(a, "name", "") == "polar")] == [
        "Knowledge",
        "Skill",
    ]
    assert radial(lines_by_label(polar[1])["r"]) == [2.0, 1.5, 2.0, 2.0]


def test_team_radar_one_line_per_member_with_stable_colours():
    members = [("A", ROUND1), ("B", ROUND2), ("C", TARGET)]
    fig = radar_team(CODES, members, TARGET, "en", names=NAMES)
    (ax,) = fig.findobj(lambda a: getattr(a, "name", "") == "polar")
    lines = lines_by_label(ax)
    assert set(lines) == {"A", "B", "C", "Target"}
    styles = style.member_styles(["A", "B", "C"])
    for label in "ABC":
        assert lines[label].get_color() == styles[label].colour
        assert lines[label].get_marker() == styles[label].marker
    assert radial(lines["B"])[:-1] == list(ROUND2.values())
    assert legend_texts(fig) == ["A", "B", "C", "Target"]


def test_team_radar_takes_the_teams_styles():
    team = style.member_styles(["x", "y", "z"])
    fig = radar_team(CODES, [("z", ROUND1)], None, "th", styles=team)
    (ax,) = fig.axes
    (line,) = ax.get_lines()
    assert line.get_color() == team["z"].colour == style.member_style(2).colour


@pytest.mark.parametrize("n", [3, 12])
def test_team_radar_with_many_members(n):
    labels = [chr(ord("A") + i) for i in range(n)]
    fig = radar_team(CODES, [(lab, ROUND1) for lab in labels], TARGET, "th", names=NAMES)
    (ax,) = fig.findobj(lambda a: getattr(a, "name", "") == "polar")
    assert len(ax.get_lines()) == n + 1
    assert legend_texts(fig) == [*labels, "เป้าหมาย"]
