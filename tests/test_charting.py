"""Charts drawn from the views' slices of a real demo database and read back; image files."""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest
from matplotlib.collections import PolyCollection
from matplotlib.text import Text as TextArtist

from kmdesk import charting, views
from kmdesk.cli.chart import person_figure, team_figure
from kmdesk.store import repo
from kmdesk.views import analyze_team, find_round, find_team

TEAM, ROUND, ROLE = "ท่าไร่", "รอบที่ 3", "recorder"


@pytest.fixture
def session(demo_db):
    with demo_db.session() as s:
        yield s


@pytest.fixture
def slice_(session):
    team, rnd = find_team(session, TEAM), find_round(session, ROUND)
    return team, rnd, views.team_slice(session, team, rnd, ROLE)


def texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(TextArtist) if t.get_text()]


def values(line) -> list[float]:
    return list(np.asarray(line.get_ydata(), dtype=float))


def same(a: list[float], b: list[float]) -> bool:
    return all(
        (math.isnan(x) and math.isnan(y)) or math.isclose(x, y) for x, y in zip(a, b, strict=True)
    )


def test_team_river_has_a_series_per_member_and_the_analysis_values(session, slice_):
    team, rnd, _ = slice_
    expected = analyze_team(session, team, rnd, ROLE)
    fig = team_figure(session, "river", TEAM, ROUND, ROLE)
    (ax,) = fig.axes
    bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
    lines = {line.get_label(): line for line in ax.get_lines()}
    names = [f.name for f in expected.members]
    assert len(bands) == 1
    assert set(lines) == {"ค่าเฉลี่ย", "เป้าหมาย", *names}  # the mean, the target, 3 members
    assert values(lines["ค่าเฉลี่ย"]) == pytest.approx([r.mean for r in expected.river])
    for f in expected.members:
        wanted = [expected.profiles[f.id].get(code, math.nan) for code in expected.framework.codes]
        assert same(values(lines[f.name]), wanted)
    assert values(lines["เป้าหมาย"]) == [expected.targets[c] for c in expected.framework.codes]
    assert fig.get_suptitle() == "ธารปัญญา: ท่าไร่ · ผู้บันทึก (คุณบันทึก) · รอบที่ 3"


@pytest.mark.parametrize("kind", charting.TEAM_KINDS)
def test_anonymous_team_charts_hold_no_member_name(session, slice_, kind):
    _, _, data = slice_
    chart = charting.draw_team(data, kind, "th", anonymous=True)
    shown = texts(chart.figure)
    for person in data.roster:
        for part in person.name.split():
            assert not any(part in text for text in shown), (part, kind)
        assert not any(part in h.text for h in chart.hovers for part in person.name.split())
    assert {"A", "B", "C"} <= set(shown)


def test_members_filter_and_compare_round(session, slice_):
    _, _, data = slice_
    first, second = data.member_ids[:2]
    chart = charting.draw_team(data, "matrix", "en", members=[first, second])
    rows = [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]
    assert rows == [*(f.name for f in data.roster if f.id in (first, second)), "Target"]
    fig = team_figure(session, "river", TEAM, ROUND, ROLE, "en", compare_round="รอบที่ 1")
    assert fig.get_suptitle().endswith("รอบที่ 1 → รอบที่ 3")
    assert len([c for c in fig.axes[0].collections if isinstance(c, PolyCollection)]) == 2


def test_hover_texts_give_the_value_the_level_sentence_and_the_evidence(slice_):
    _, _, data = slice_
    a = data.analysis
    chart = charting.draw_team(data, "matrix", "en")
    noted = next(
        (f, r) for f in a.members for r in data.ratings[f.id] if r.evidence and r.level is not None
    )
    person, rating = noted
    score = a.profiles[person.id][rating.competency]
    hover = next(
        h for h in chart.hovers if h.text.startswith(f"{person.name} · {rating.competency} ")
    )
    assert charting.level_sentence(a.framework, rating.competency, score, "en") in hover.text
    assert rating.evidence[:40] in hover.text
    # single-indicator competencies explain with the indicator's own sentence for the level
    s1 = a.framework.competency("S1").active_indicators[0]
    assert charting.level_sentence(a.framework, "S1", 2.6, "en") == s1.level_text(3).en
    assert charting.level_sentence(a.framework, "K1", 4, "th") == a.framework.level_names[3].th


def test_one_changed_rating_gives_the_same_analysis_as_reading_the_slice_again(
    demo_db, session, slice_
):
    team, rnd, data = slice_
    person = data.analysis.members[0]
    repo.set_rating(demo_db, person.id, rnd.id, ROLE, "S6.1", 5, "นำทำแผนเอง")
    with demo_db.session() as fresh:
        ratings = repo.person_ratings(fresh, person.id, ROLE, rnd.id)
        reread = views.team_slice(fresh, team, rnd, ROLE)
    patched = views.with_member_ratings(data, person.id, ratings)
    assert patched.analysis == reread.analysis
    assert "S6" not in patched.analysis.outside_help
    assert views.with_member_ratings(data, "not-a-member", ratings) is None


def test_live_radar_lines_move_in_place(demo_db, slice_):
    _, rnd, data = slice_
    chart = charting.draw_team(data, "radar", "th")
    person = data.analysis.members[1]
    line = chart.live[person.id]
    repo.set_rating(demo_db, person.id, rnd.id, ROLE, "S4.1", 1)
    with demo_db.session() as fresh:
        ratings = repo.person_ratings(fresh, person.id, ROLE, rnd.id)
    new = views.with_member_ratings(data, person.id, ratings)
    assert chart.patch(new, person.id)
    s4 = list(data.analysis.framework.codes).index("S4")
    assert values(line)[s4] == 1.0
    assert chart.live[person.id] is line


def test_person_charts_by_name(demo_db, session):
    fig = person_figure(session, "progress", "มาลัย", None, "ผู้ประสานงาน", "en")
    assert fig.get_suptitle() == "Progress per competency: มาลัย ศรีสุข · Coordinator"
    fig = person_figure(session, "radar", "มาลัย", "รอบที่ 2", "coordinator", "th")
    assert "รอบที่ 2" in texts(fig) and "รอบที่ 3" not in texts(fig)
    fig = person_figure(session, "stairs", "มาลัย", "1", "coordinator", anonymous=True)
    assert not any("มาลัย" in t for t in texts(fig))
    # ท่าไร่ in the team's order is กาญจนา, ประเสริฐ, มาลัย: she is C, as on the team's charts
    assert fig.get_suptitle().startswith("บันไดแห่งการเรียนรู้: C · ")
    team = views.team_slice(session, find_team(session, TEAM), find_round(session, "1"), ROLE)
    assert {team.labels(True)[f.id] for f in team.roster if f.name == "มาลัย ศรีสุข"} == {"C"}
    repo.add_facilitator(demo_db, "สมใจ มาใหม่", "พช.", None)
    with demo_db.session() as fresh, pytest.raises(charting.NothingToChart, match="no scores"):
        person_figure(fresh, "stairs", "สมใจ มาใหม่", None, "coordinator")


def test_images_are_written_by_their_ending_and_never_over_other_files(tmp_path, session):
    fig = team_figure(session, "matrix", TEAM, ROUND, ROLE)
    png = charting.save_chart(fig, tmp_path / "m.png")
    assert png.read_bytes().startswith(b"\x89PNG")
    charting.save_chart(fig, png)  # an image of ours may be replaced
    svg = charting.save_chart(fig, tmp_path / "m.SVG")
    assert b"<svg" in svg.read_bytes()[:2000]
    notes = tmp_path / "notes.svg"
    notes.write_text("my notes", encoding="utf-8")
    with pytest.raises(charting.ChartFileError, match="left untouched"):
        charting.save_chart(fig, notes)
    disguised = tmp_path / "x.png"
    disguised.write_bytes(svg.read_bytes())
    with pytest.raises(charting.ChartFileError, match="not a PNG"):
        charting.save_chart(fig, disguised)
    with pytest.raises(charting.ChartFileError, match=r"\.png or \.svg"):
        charting.save_chart(fig, tmp_path / "m.pdf")
    assert notes.read_text(encoding="utf-8") == "my notes"
    images = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("kmdesk.db"))
    assert images == ["m.SVG", "m.png", "notes.svg", "x.png"]  # no pdf, no temporary files


def test_the_data_half_and_the_pages_import_without_matplotlib():
    code = (
        "import sys, kmdesk.charting, kmdesk.views, kmdesk.ui.chart_pages.team, "
        "kmdesk.ui.chart_pages.progress, kmdesk.ui.chart_pages.view; "
        "print('matplotlib' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
