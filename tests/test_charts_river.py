"""The river chart, read back from a bare Figure."""

from __future__ import annotations

import math

import numpy as np
import pytest
from matplotlib.collections import PolyCollection
from matplotlib.legend import Legend

from kmdesk.assess.river import river
from kmdesk.charts import style
from kmdesk.charts.river import river_chart

CODES = ["K1", "K2", "S1"]
PROFILES = {
    "f1": {"K1": 1.0, "K2": 2.0},
    "f2": {"K1": 3.0, "K2": 4.0},
    "f3": {"K1": 2.0, "K2": 5.0},
}
LABELS = {"f1": "สมศรี", "f2": "ประยูร", "f3": "วิไล"}
TARGET = {"K1": 3, "K2": 4, "S1": 3}


def rows(profiles=PROFILES):
    return river(CODES, list(LABELS), profiles)


def band_edges(collection: PolyCollection) -> tuple[dict, dict]:
    """x -> lowest and highest y of the band's outline."""
    low: dict[float, float] = {}
    high: dict[float, float] = {}
    for path in collection.get_paths():
        for x, y in path.vertices:
            low[x] = min(low.get(x, math.inf), y)
            high[x] = max(high.get(x, -math.inf), y)
    return low, high


def test_band_from_lowest_to_highest_and_the_mean():
    fig = river_chart(CODES, [("รอบ 1", rows())], TARGET, None, "th")
    (ax,) = fig.axes
    (band,) = [c for c in ax.collections if isinstance(c, PolyCollection)]
    low, high = band_edges(band)
    assert (low[0.0], high[0.0]) == (1.0, 3.0)
    assert (low[1.0], high[1.0]) == (2.0, 5.0)
    assert 2.0 not in low  # nobody has S1: the band breaks rather than dropping to zero
    lines = {ln.get_label(): ln for ln in ax.get_lines()}
    mean = list(lines["ค่าเฉลี่ย"].get_ydata())
    assert mean[:2] == [2.0, pytest.approx(11 / 3)]
    assert math.isnan(mean[2])
    assert list(lines["เป้าหมาย"].get_ydata()) == [3.0, 4.0, 3.0]
    assert [t.get_text() for t in ax.get_xticklabels()] == CODES
    assert ax.get_ylabel() == "ระดับ"


def test_english_words():
    fig = river_chart(CODES, [("Round 1", rows())], TARGET, None, "en")
    (ax,) = fig.axes
    assert ax.get_ylabel() == "Level"
    legend = [t.get_text() for lg in fig.findobj(Legend) for t in lg.get_texts()]
    assert legend == ["Lowest–highest", "Mean", "Target"]
    assert fig.get_suptitle() == "River of knowledge: Round 1"


def test_two_rounds_are_overlaid():
    later = {m: {c: v + 0.5 for c, v in p.items()} for m, p in PROFILES.items()}
    fig = river_chart(CODES, [("r1", rows()), ("r2", rows(later))], None, None, "en")
    (ax,) = fig.axes
    bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert len(bands) == 2
    assert band_edges(bands[1])[0][0.0] == 1.5
    labels = [ln.get_label() for ln in ax.get_lines()]
    assert labels == ["r1: Mean", "r2: Mean"]
    with pytest.raises(ValueError):
        river_chart(CODES, [("a", rows())] * 3)


def test_member_lines_use_the_labels_and_team_styles():
    anonymous = {m: "ABCDEFGHIJ"[i] for i, m in enumerate(LABELS)}
    fig = river_chart(CODES, [("r", rows())], None, None, "th", labels=anonymous, show_members=True)
    (ax,) = fig.axes
    lines = {ln.get_label(): ln for ln in ax.get_lines()}
    assert {"A", "B", "C"} <= set(lines)
    assert not set(LABELS.values()) & set(lines)
    assert list(np.asarray(lines["C"].get_ydata())[:2]) == [2.0, 5.0]
    assert lines["B"].get_color() == style.member_style(1).colour


def test_twelve_members():
    profiles = {f"m{i}": {"K1": 1 + i % 5, "K2": 5 - i % 5, "S1": 3.0} for i in range(12)}
    labels = {m: f"คน {i}" for i, m in enumerate(profiles)}
    data = river(CODES, list(profiles), profiles)
    fig = river_chart(CODES, [("r", data)], TARGET, None, "th", labels=labels, show_members=True)
    (ax,) = fig.axes
    members = [ln for ln in ax.get_lines() if ln.get_label().startswith("คน")]
    assert len(members) == 12
    assert len({(ln.get_color(), ln.get_linestyle(), ln.get_marker()) for ln in members}) == 12


def test_with_a_second_round_the_legend_is_the_rounds_and_the_target():
    # issue 12: two rounds with three members gave 9 entries (range and mean per round,
    # three members, the target); now a round is one entry and members are named on the
    # chart, at the end of their lines
    later = {m: {c: v + 0.25 for c, v in p.items()} for m, p in PROFILES.items()}
    fig = river_chart(
        CODES,
        [("รอบ 1", rows()), ("รอบ 2", rows(later))],
        TARGET,
        None,
        "en",
        labels=LABELS,
        show_members=True,
    )
    legend = [t.get_text() for lg in fig.findobj(Legend) for t in lg.get_texts()]
    assert legend == ["รอบ 1", "รอบ 2", "Target"]
    (ax,) = fig.axes
    ends = {t.get_text(): t for t in ax.texts}
    assert set(ends) == set(LABELS.values())
    # each name level with the member's last score (K2 in round 2: f1 2.25, f2 4.25,
    # f3 5.25; all more than END_GAP apart), in the member's colour
    lines = {ln.get_label(): ln for ln in ax.get_lines()}
    assert [ends[n].xy[1] for n in ("สมศรี", "ประยูร", "วิไล")] == [2.25, 4.25, 5.25]
    assert ends["สมศรี"].get_color() == lines["สมศรี"].get_color()


def test_names_at_the_line_ends_never_overlap():
    # three members ending on the same score are stacked at least END_GAP apart
    same = {m: {"K1": 3.0, "K2": 3.0} for m in PROFILES}
    fig = river_chart(
        CODES, [("r", rows(same))], None, None, "th", labels=LABELS, show_members=True
    )
    (ax,) = fig.axes
    # 3.0, then 3.0 + 0.32 = 3.32, then 3.32 + 0.32 = 3.64
    assert sorted(t.xy[1] for t in ax.texts) == pytest.approx([3.0, 3.32, 3.64])
