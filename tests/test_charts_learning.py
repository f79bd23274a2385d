"""The agreed level and the worth-a-conversation mark on the river and the matrix, read back
from bare Figures (artists and labels, not pixels)."""

from __future__ import annotations

import math

from matplotlib.legend import Legend
from matplotlib.patches import Rectangle

from kmdesk.assess.river import river
from kmdesk.charts.matrix import matrix_chart
from kmdesk.charts.river import river_chart

CODES = ["K1", "K2", "S1"]
PROFILES = {
    "f1": {"K1": 1.0, "K2": 2.0},
    "f2": {"K1": 3.0, "K2": 4.0},
    "f3": {"K1": 2.0, "K2": 5.0},
}
LABELS = {"f1": "สมศรี", "f2": "ประยูร", "f3": "วิไล"}
TARGET = {"K1": 3, "K2": 4, "S1": 3}
# K2's spread is 5 - 2 = 3: worth a conversation at the threshold 2; K1's is 3 - 1 = 2 too,
# but only the codes given as worth are marked (the rule lives in assess)
AGREED = {"K2": 3}
WORTH = {"K2": 3.0}


def legend_texts(fig) -> list[str]:
    return [t.get_text() for lg in fig.findobj(Legend) for t in lg.get_texts()]


def test_the_river_marks_the_agreed_level_beside_the_mean_never_in_it():
    rows = river(CODES, list(LABELS), PROFILES)
    fig = river_chart(
        CODES, [("Round 1", rows)], TARGET, None, "en", agreed=AGREED, worth=WORTH, spread_min=2
    )
    (ax,) = fig.axes
    lines = {ln.get_label(): ln for ln in ax.get_lines()}
    agreed = lines["Agreed level"]
    ys = list(agreed.get_ydata())
    assert ys[1] == 3.0 and math.isnan(ys[0]) and math.isnan(ys[2])
    assert agreed.get_marker() == "D" and agreed.get_linestyle() == "None"
    # the mean stays the members' own: (2 + 4 + 5) / 3
    assert list(lines["Mean"].get_ydata())[1] == 11 / 3
    assert "Agreed level" in legend_texts(fig)
    assert "Worth a conversation (spread ≥ 2)" in legend_texts(fig)
    ticks = {t.get_text(): t for t in ax.get_xticklabels()}
    assert ticks["K2"].get_fontweight() == "bold"
    assert ticks["K1"].get_fontweight() != "bold"


def test_a_river_without_a_plan_has_no_marks():
    rows = river(CODES, list(LABELS), PROFILES)
    fig = river_chart(CODES, [("Round 1", rows)], TARGET, None, "en")
    assert legend_texts(fig) == ["Lowest–highest", "Mean", "Target"]


def test_the_matrix_has_an_agreed_row_and_frames_the_column_worth_a_conversation():
    members = [(LABELS[m], p) for m, p in PROFILES.items()]
    fig = matrix_chart(CODES, members, TARGET, None, "en", agreed=AGREED, worth=WORTH)
    ax = fig.axes[0]
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert rows == ["สมศรี", "ประยูร", "วิไล", "Target", "Agreed level"]
    # the agreed row (the fifth, y from 4 to 5) says 3 under K2 (x from 1 to 2) and – elsewhere
    cells = {
        (round(t.get_position()[0], 1), round(t.get_position()[1], 1)): t.get_text()
        for t in ax.texts
    }
    assert cells[(1.5, 4.5)] == "3"
    assert cells[(0.5, 4.5)] == "–"
    frames = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_gid() == "worth-K2"]
    assert len(frames) == 1
    # round the members' three rows only: the spread is theirs
    assert (frames[0].get_x(), frames[0].get_height()) == (1.04, 3 - 0.08)
    assert legend_texts(fig) == ["Worth a conversation (spread ≥ 2)"]


def test_thai_words_come_through_the_translation_file():
    members = [(LABELS[m], p) for m, p in PROFILES.items()]
    fig = matrix_chart(CODES, members, None, None, "th", agreed=AGREED)
    rows = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert rows[-1] == "ระดับที่ทีมเห็นพ้อง"


def test_the_team_matrix_hover_says_the_spread_of_a_column_worth_a_conversation(demo_db):
    """The demo's ท่าไร่ recorders in round 3, with a plan saying S8's spread is 3 and its
    agreed level 3 (the plan's numbers are given here; views and assess compute them)."""
    from kmdesk import charting, views
    from kmdesk.assess.cycle import AgreedLevel
    from kmdesk.views.learning import TeamPlan

    with demo_db.session() as session:
        team = views.find_team(session, "ท่าไร่")
        rnd = views.find_round(session, "รอบที่ 3")
        data = views.team_slice(session, team, rnd, "recorder")
    plan = TeamPlan(
        agreed={"S8": AgreedLevel(team.id, rnd.id, "recorder", "S8", 3, "คุยกันแล้ว")},
        spreads={"S8": 3.0},
        worth=("S8",),
        spread_min=2.0,
        actions=(),
    )
    chart = charting.draw_team(data, "matrix", "en", plan=plan)
    ax = chart.figure.axes[0]
    column = list(data.analysis.framework.codes).index("S8")
    tips = [h.text for h in chart.hovers if h.box is not None and h.box[0] == column]
    members = len(data.analysis.members)
    # every member's S8 cell says it is worth a conversation, and so does the agreed row,
    # which says why too
    assert sum("Worth a conversation: spread 3 (≥ 2)" in t for t in tips) == members + 1
    assert any("Agreed level: 3 (คุยกันแล้ว)" in t for t in tips)
    assert [p.get_gid() for p in ax.patches if p.get_gid()] == ["worth-S8"]
    chart.figure.savefig("/tmp/learnui_matrix.png")
