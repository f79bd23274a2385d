"""Progress charts (small multiples and domain means), read back from a bare Figure."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from matplotlib.legend import Legend
from matplotlib.text import Text as TextArtist

from kmdesk.assess.framework import Text
from kmdesk.assess.people import Round
from kmdesk.assess.profile import progress
from kmdesk.charts.progress import progress_chart, progress_domains, series_from_progress
from kmdesk.charts.style import DROP_COLOUR

CODES = ["K1", "S1", "S2", "S3"]
NAMES = {c: Text(f"ชื่อ {c}", f"name {c}") for c in CODES}
ROUNDS = [
    ("รอบ 1 (ม.ค. 68)", {"K1": 1.0, "S1": 2.0, "S2": 3.0, "S3": 1.0}),
    ("รอบ 2 (มิ.ย. 68)", {"K1": 2.0, "S1": 3.0, "S2": 2.0}),
    ("รอบ 3 (ธ.ค. 68)", {"K1": 3.0, "S1": 1.5, "S2": 2.5, "S3": 2.0}),
]
TARGET = {"K1": 3, "S1": 4, "S2": 3, "S3": 3}


def panels(fig):
    return [ax for ax in fig.axes if ax.get_visible()]


def panel(fig, code):
    (ax,) = [ax for ax in panels(fig) if ax.get_title(loc="left").split()[0] == code]
    return ax


def points(ax):
    (line,) = [ln for ln in ax.get_lines() if ln.get_linestyle() == "None"]
    return list(np.asarray(line.get_xdata())), list(np.asarray(line.get_ydata(), dtype=float))


def test_one_panel_per_competency_with_each_rounds_score():
    fig = progress_chart(CODES, ROUNDS, TARGET, NAMES, "th")
    assert len(panels(fig)) == len(CODES)
    assert points(panel(fig, "K1")) == ([0, 1, 2], [1.0, 2.0, 3.0])
    # S3 has no score in round 2: the point is skipped, not drawn at zero
    assert points(panel(fig, "S3")) == ([0, 2], [1.0, 2.0])
    assert panel(fig, "K1").get_title(loc="left") == "K1 ชื่อ K1"


def test_panel_titles_are_big_enough_to_read():
    # issue 12: the titles were 7.5 points, about 9 px on screen; 9.5 points is about 13 px
    fig = progress_chart(CODES, ROUNDS, TARGET, NAMES, "th")
    ax = panel(fig, "K1")
    (title,) = [t for t in ax.findobj(TextArtist) if t.get_text() == "K1 ชื่อ K1"]
    assert title.get_fontsize() >= 9.5
    assert title.get_fontsize() * fig.dpi / 72 >= 13  # pixels at the figure's resolution


def test_drops_are_drawn_as_drops():
    fig = progress_chart(CODES, ROUNDS, TARGET, NAMES, "th")
    ax = panel(fig, "S1")
    drops = [ln for ln in ax.get_lines() if ln.get_color() == DROP_COLOUR]
    assert len(drops) == 1
    assert list(drops[0].get_ydata()) == [3.0, 1.5]  # not clamped to the earlier 3.0
    assert [t.get_text() for t in ax.texts] == ["−1.5"]
    rises = [ln for ln in panel(fig, "K1").get_lines() if ln.get_color() == DROP_COLOUR]
    assert rises == []


def test_target_line_and_round_labels_in_thai_and_english():
    th = progress_chart(CODES, ROUNDS, TARGET, NAMES, "th")
    (target,) = [ln for ln in panel(th, "S1").get_lines() if ln.get_label() == "เป้าหมาย"]
    assert list(target.get_ydata()) == [4, 4]
    bottom = panel(th, "S3")
    assert [t.get_text() for t in bottom.get_xticklabels()] == [r for r, _ in ROUNDS]
    legend = [t.get_text() for lg in th.findobj(Legend) for t in lg.get_texts()]
    assert legend == ["คะแนนประเมินตนเอง", "ลดลง", "เป้าหมาย"]
    en = progress_chart(CODES, ROUNDS, TARGET, NAMES, "en")
    assert en.get_suptitle() == "Progress per competency"
    assert panel(en, "S1").get_title(loc="left") == "S1 name S1"
    legend = [t.get_text() for lg in en.findobj(Legend) for t in lg.get_texts()]
    assert legend == ["Self-rating", "Dropped", "Target"]


def test_notes_are_numbered_on_the_point_and_listed():
    notes = {("รอบ 2 (มิ.ย. 68)", "S2"): "ลองนำประชุมเองครั้งแรก"}
    fig = progress_chart(CODES, ROUNDS, TARGET, NAMES, "th", notes=notes)
    marks = [t for t in panel(fig, "S2").texts if t.get_text() == "1"]
    assert len(marks) == 1
    assert marks[0].xy == (1, 2.0)
    listed = [t.get_text() for sf in fig.subfigs for t in sf.texts]
    assert "หมายเหตุ" in listed
    assert any("ลองนำประชุมเองครั้งแรก" in text and "S2" in text for text in listed)


def test_series_from_domain_progress():
    rounds = [
        Round("r2", "รอบ 2", dt.date(2025, 6, 1), 1),
        Round("r1", "รอบ 1", dt.date(2025, 1, 1), 1),
    ]
    points_ = progress(rounds, {"r1": {"K1": 2.0}, "r2": {"K1": 1.0}})
    assert series_from_progress(points_) == [("รอบ 1", {"K1": 2.0}), ("รอบ 2", {"K1": 1.0})]


DOMAIN_OF = {"K1": "K", "S1": "S", "S2": "S", "S3": "S"}


@pytest.mark.parametrize(
    ("lang", "k_name", "s_name"), [("th", "ความรู้", "ทักษะ"), ("en", "Knowledge", "Skill")]
)
def test_domain_means_per_round(lang, k_name, s_name):
    fig = progress_domains(ROUNDS, DOMAIN_OF, TARGET, lang)
    (ax,) = fig.axes
    lines = {ln.get_label(): ln for ln in ax.get_lines()}
    assert list(lines[k_name].get_ydata()) == [1.0, 2.0, 3.0]
    assert list(np.round(lines[s_name].get_ydata(), 3)) == [2.0, 2.5, 2.0]
    target = lines[f"{'เป้าหมาย' if lang == 'th' else 'Target'}: {s_name}"]
    assert list(np.round(target.get_ydata(), 3)) == [pytest.approx(10 / 3, abs=1e-3)] * 2
    assert [t.get_text() for t in ax.get_xticklabels()] == [r for r, _ in ROUNDS]
    assert {t.get_text() for t in ax.texts} >= {"1.0", "2.5"}
