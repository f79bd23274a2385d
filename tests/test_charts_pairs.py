"""The learning-pairs chart, read back from a bare Figure."""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.patches import FancyArrowPatch

from kmdesk.assess.pairs import learning_pairs
from kmdesk.charts import style
from kmdesk.charts.pairs import OUTSIDE_COLOUR, pairs_chart, short_label

CODES = ["K1", "S1"]
MEMBERS = ["f1", "f2", "f3"]
PROFILES = {
    "f1": {"K1": 1.0, "S1": 4.5},
    "f2": {"K1": 2.0, "S1": 1.0},
    "f3": {"K1": 3.0, "S1": 2.0},
}
TARGET = {"K1": 3, "S1": 3}
PAIRS = learning_pairs(CODES, MEMBERS, PROFILES, TARGET)


def offsets(ax, gid):
    found = [tuple(c.get_offsets()[0]) for c in ax.collections if c.get_gid() == gid]
    return sorted((float(x), float(y)) for x, y in found)


def test_teachers_and_learners_are_placed_in_their_cells():
    labels = {"f1": "สมศรี ใจดี", "f2": "ประยูร แก้วกล้า", "f3": "วิไล ทองคำ"}
    fig = pairs_chart(PAIRS, labels, None, "th")
    (ax,) = fig.axes
    # K1: nobody reaches 4; f1 and f2 are learners. S1: f1 teaches f2 and f3.
    assert offsets(ax, "suppliers") == [(0.0, 1.0)]
    assert offsets(ax, "learners") == [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (2.0, 1.0)]
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("→ ภายนอก") == 2
    assert texts.count("→ สมศรี") == 2
    assert "4.5" in texts
    assert [t.get_text() for t in ax.get_xticklabels()] == list(labels.values())
    assert [t.get_text() for t in ax.get_yticklabels()] == CODES


def test_competency_needing_outside_help_is_highlighted():
    fig = pairs_chart(PAIRS, None, None, "en")
    (ax,) = fig.axes
    ticks = {t.get_text(): t for t in ax.get_yticklabels()}
    assert ticks["K1"].get_color() == OUTSIDE_COLOUR
    assert ticks["S1"].get_color() != OUTSIDE_COLOUR
    shaded = [p for p in ax.patches if not isinstance(p, FancyArrowPatch)]
    assert len(shaded) == 1
    ys = shaded[0].get_path().transformed(shaded[0].get_patch_transform()).vertices[:, 1]
    assert (ys.min(), ys.max()) == (-0.5, 0.5)
    assert "→ outside" in [t.get_text() for t in ax.texts]
    legend = [t.get_text() for t in fig.legends[0].get_texts()] if fig.legends else []
    assert "Needs outside help" in legend


def test_anonymous_letters_and_person_colours():
    letters = {m: "ABCDEFGHIJ"[i] for i, m in enumerate(MEMBERS)}
    fig = pairs_chart(PAIRS, letters, None, "th")
    (ax,) = fig.axes
    assert [t.get_text() for t in ax.get_xticklabels()] == ["A", "B", "C"]
    assert "→ A" in [t.get_text() for t in ax.texts]
    (teacher,) = [c for c in ax.collections if c.get_gid() == "suppliers"]
    assert to_hex(teacher.get_facecolor()[0]) == style.member_style(0).colour.lower()
    rings = [c for c in ax.collections if c.get_gid() == "learners"]
    by_column = {int(c.get_offsets()[0][0]): to_hex(c.get_edgecolor()[0]) for c in rings}
    assert by_column == {i: style.member_style(i).colour.lower() for i in range(3)}


def test_many_members_get_arrows_instead_of_names():
    members = [f"m{i}" for i in range(12)]
    profiles = {m: {"K1": 1.0, "S1": 1.0} for m in members}
    profiles["m4"]["S1"] = 5.0
    pairs = learning_pairs(CODES, members, profiles, TARGET)
    labels = {m: f"ชื่อยาว{i} นามสกุล" for i, m in enumerate(members)}
    fig = pairs_chart(pairs, labels, None, "th")
    (ax,) = fig.axes
    arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert len(arrows) == 11  # everyone but m4 learns S1 from m4
    FigureCanvasAgg(fig).draw()  # arrow paths are only placed once drawn
    starts = set()
    for arrow in arrows:
        # the drawn outline, with curves flattened (control points lie off the curve)
        points = np.concatenate(arrow.get_path().to_polygons(closed_only=False))
        xs, ys = points[:, 0], points[:, 1]
        assert np.min(np.abs(xs - 4)) < 0.35  # every arrow reaches m4's column
        starts.add(round(float(xs[np.argmax(np.abs(xs - 4))])))
        assert ys.min() > 0.5 and ys.max() < 1.5  # and stays in S1's row
    assert starts == set(range(12)) - {4}
    assert not [t for t in ax.texts if t.get_text().startswith("→")]


def test_short_label():
    assert short_label("สมศรี ใจดี") == "สมศรี"
    assert short_label("B") == "B"
