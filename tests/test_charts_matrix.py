"""The members × competencies table, read back from a bare Figure."""

from __future__ import annotations

import numpy as np
from matplotlib.collections import QuadMesh

from kmdesk.charts.matrix import fmt_score, matrix_chart

CODES = ["K1", "S1", "S2"]
MEMBERS = [
    ("A", {"K1": 1.0, "S1": 2.5, "S2": 5.0}),
    ("B", {"K1": 4.0, "S2": 3.25}),
]
TARGET = {"K1": 3, "S1": 3, "S2": 4}


def mesh(fig) -> QuadMesh:
    (quad,) = [q for q in fig.findobj(QuadMesh) if q.axes.get_label() != "<colorbar>"]
    return quad


def test_cells_hold_the_scores_and_blank_where_none():
    fig = matrix_chart(CODES, MEMBERS, None, None, "th")
    values = mesh(fig).get_array()
    assert values.shape == (2, 3)
    assert values[0].tolist() == [1.0, 2.5, 5.0]
    assert bool(values.mask[1, 1])
    assert values[1, 2] == 3.25
    ax = mesh(fig).axes
    assert [t.get_text() for t in ax.texts] == ["1", "2.5", "5", "4", "–", "3.2"]


def test_target_row_and_labels_in_both_languages():
    for lang, word in (("th", "เป้าหมาย"), ("en", "Target")):
        fig = matrix_chart(CODES, MEMBERS, TARGET, None, lang)
        values = mesh(fig).get_array()
        assert values.shape == (3, 3)
        assert values[2].tolist() == [3.0, 3.0, 4.0]
        ax = mesh(fig).axes
        assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B", word]
        assert [t.get_text() for t in ax.get_xticklabels()] == CODES


def test_cell_text_stays_readable_on_both_ends_of_the_scale():
    fig = matrix_chart(CODES, MEMBERS, None, None, "en")
    ax = mesh(fig).axes
    colours = {t.get_text(): t.get_color() for t in ax.texts}
    assert colours["1"] == "white"  # the dark end of the colour map
    assert colours["5"] == "black"  # the light end
    assert colours["–"] == "black"


def test_twelve_members_keep_their_order():
    members = [(f"M{i}", {"K1": 1 + i % 5}) for i in range(12)]
    fig = matrix_chart(CODES, members, None, None, "th")
    ax = mesh(fig).axes
    assert [t.get_text() for t in ax.get_yticklabels()] == [f"M{i}" for i in range(12)]
    assert np.ma.getdata(mesh(fig).get_array())[:, 0].tolist() == [1 + i % 5 for i in range(12)]


def test_fmt_score():
    assert fmt_score(None) == "–"
    assert fmt_score(3.0) == "3"
    assert fmt_score(2.666) == "2.7"


def test_the_key_stays_on_the_figure_under_a_two_line_title():
    # the Team page's matrix with a completeness note under the title, at the size it is
    # drawn on a 1366 x 768 screen: the key's last line (S9) was cut off at the bottom
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text as TextArtist

    from kmdesk.assess.framework import framework_from_dict
    from kmdesk.charts.key import names_of
    from kmdesk.store.frameworks import default_framework_data

    framework = framework_from_dict(default_framework_data())
    codes, names = list(framework.codes), names_of(framework)
    members = [(f"คน {i}", {code: 3.0 for code in codes}) for i in range(4)]
    title = "ตารางแห่งอิสรภาพ: ท่าไร่\nรวมผู้ที่ยังประเมินตนเองไม่ครบ: ดวงใจ มีสุข (5/18)"
    fig = matrix_chart(codes, members, None, names, "th", title=title, figsize=(9.58, 5.86))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    key = [t for t in fig.findobj(TextArtist) if not t.get_in_layout() and t.get_text()]
    assert {"S9", "ความสามารถ"} <= {t.get_text() for t in key}
    assert min(t.get_window_extent(renderer).y0 for t in key) >= 0
