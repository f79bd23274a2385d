"""Learning stairs, read back from a bare Figure."""

from __future__ import annotations

import pytest
from matplotlib.patches import Rectangle

from kmdesk.assess.framework import Text
from kmdesk.assess.stairs import stairs
from kmdesk.charts.stairs import stairs_chart

CODES = ["K1", "K2", "S1", "S2"]
PROFILE = {"K1": 3.0, "K2": 1.5, "S1": 4.0}
TARGET = {"K1": 3, "K2": 3, "S1": 3, "S2": 4}
STEPS = stairs(CODES, PROFILE, TARGET)  # K2 (gap 1.5), K1 (0), S1 (-1), S2 (no score)


def bars(ax, hatched: bool) -> list[tuple[float, float, float]]:
    """(y centre, left, width) of each bar, current bars or the hatched steps still to climb."""
    out = []
    for patch in ax.patches:
        if isinstance(patch, Rectangle) and bool(patch.get_hatch()) == hatched:
            out.append((patch.get_y() + patch.get_height() / 2, patch.get_x(), patch.get_width()))
    return sorted(out)


def test_steps_in_the_order_given():
    fig = stairs_chart(STEPS, None, "th")
    (ax,) = fig.axes
    assert [t.get_text() for t in ax.get_yticklabels()] == ["K2", "K1", "S1", "S2"]
    # the first step is drawn on top
    low, high = ax.get_ylim()
    assert low > high


def test_current_bars_and_the_rest_of_the_way():
    fig = stairs_chart(STEPS, None, "th")
    (ax,) = fig.axes
    assert bars(ax, hatched=False) == [(0, 0, 1.5), (1, 0, 3.0), (2, 0, 4.0)]
    assert bars(ax, hatched=True) == [(0, 1.5, pytest.approx(1.5))]
    (target,) = [ln for ln in ax.get_lines() if ln.get_label() == "เป้าหมาย"]
    assert list(target.get_xdata()) == [3.0, 3.0, 3.0, 4.0]
    assert list(target.get_ydata()) == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("th", ["+1.5", "✓", "เกินเป้าหมาย 1", "ยังไม่มีคะแนน"]),
        ("en", ["+1.5", "✓", "above target 1", "no score yet"]),
    ],
)
def test_gap_words(lang, expected):
    fig = stairs_chart(STEPS, None, lang)
    (ax,) = fig.axes
    assert [t.get_text() for t in ax.texts] == expected
    assert ax.get_xlabel() == ("ระดับ" if lang == "th" else "Level")


def test_key_lists_names_in_step_order():
    names = {c: Text(f"ชื่อ {c}", f"name {c}") for c in CODES}
    fig = stairs_chart(STEPS, names, "en", title="Learning stairs: A")
    assert fig.get_suptitle() == "Learning stairs: A"
    key = [t.get_text() for sf in fig.subfigs for t in sf.texts]
    assert key[0] == "Competencies"
    assert [t for t in key if t.startswith("name")] == ["name K2", "name K1", "name S1", "name S2"]
