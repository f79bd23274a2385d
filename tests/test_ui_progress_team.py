"""The Team and Progress pages on the demo database: filters, anonymity, live ratings, saving."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.text import Text as TextArtist
from PySide6.QtCore import QCoreApplication, QEvent

from kmdesk.store import repo
from kmdesk.ui.chart_pages.progress import ProgressPage
from kmdesk.ui.chart_pages.team import TeamPage
from kmdesk.ui.common import i18n
from tests.ui_support import make_context


@pytest.fixture(autouse=True)
def _thai():
    i18n.switch("th")
    yield
    i18n.switch("th")


def drawn(page):
    """Build the chart now and let the canvas draw it, as the event loop would."""
    page.view.build_now()
    QCoreApplication.processEvents()


def shown(page):
    page.resize(1280, 800)
    page.show()
    drawn(page)


@pytest.fixture
def ctx(demo_db, tmp_path):
    return make_context(demo_db, tmp_path)


@pytest.fixture
def team_page(qtbot, ctx):
    page = TeamPage(ctx)
    qtbot.addWidget(page)
    shown(page)
    page.team_combo.setCurrentIndex(page.team_combo.findText("ท่าไร่"))
    page.role_combo.setCurrentIndex(page.role_combo.findData("recorder"))
    page.view.build_now()
    return page


def lines(page) -> dict[str, list[float]]:
    ax = page.view.figure.axes[0]
    return {ln.get_label(): list(np.asarray(ln.get_ydata(), float)) for ln in ax.get_lines()}


def texts(page) -> list[str]:
    return [t.get_text() for t in page.view.figure.findobj(TextArtist) if t.get_text()]


def test_filters_anonymity_and_hover_on_the_team_page(qtbot, ctx, team_page):
    page = team_page
    names = [f.name for f in page.data.analysis.members]
    recorder = lines(page)
    assert set(names) <= set(recorder)
    assert page.view.figure.get_suptitle() == "ธารปัญญา: ท่าไร่ · ผู้บันทึก (คุณบันทึก) · รอบที่ 3"

    page.role_combo.setCurrentIndex(page.role_combo.findData("coordinator"))
    page.view.build_now()
    assert lines(page)["ค่าเฉลี่ย"] != recorder["ค่าเฉลี่ย"]
    assert "ผู้ประสานงาน" in page.view.figure.get_suptitle()

    page.anonymous_check.setChecked(True)
    page.view.build_now()
    assert {"A", "B", "C"} <= set(lines(page))
    assert not any(part in t for t in texts(page) for n in names for part in n.split())
    # each member with their completeness: the demo answered every indicator
    assert [page.member_list.item(i).text() for i in range(3)] == ["A ✓", "B ✓", "C ✓"]

    QCoreApplication.processEvents()
    hover = next(h for h in page.view.chart.hovers if h.text.startswith("B · "))
    x, y = hover.axes.transData.transform((hover.x, hover.y))
    assert hover.text in page.view.hover_text(x, y)
    assert page.view.hover_text(1, 1) is None

    again = TeamPage(ctx)  # the choices are remembered
    qtbot.addWidget(again)
    shown(again)
    assert again.team_combo.currentText() == "ท่าไร่"
    assert again.role_combo.currentData() == "coordinator"
    assert again.anonymous_check.isChecked()


def test_a_rating_reaches_the_team_charts_live(demo_db, team_page):
    page = team_page
    page.tabs.setCurrentIndex(3)  # team radar
    drawn(page)
    person = page.data.analysis.members[0]
    rnd = page.data.analysis.round
    s4 = list(page.data.analysis.framework.codes).index("S4")
    level = 1 if lines(page)[person.name][s4] != 1 else 5
    builds = page.view.chart
    updates = page.view.updates
    repo.set_rating(demo_db, person.id, rnd.id, "recorder", "S4.1", level)
    page.ctx.events.rating_changed.emit(person.id, rnd.id, "recorder")
    assert lines(page)[person.name][s4] == level  # moved in place ...
    assert page.view.chart is builds and not page.view.pending()  # ... without a rebuild
    assert page.view.updates == updates + 1

    page.tabs.setCurrentIndex(0)  # the river is drawn anew from the held sums
    page.view.build_now()
    repo.set_rating(demo_db, person.id, rnd.id, "recorder", "S4.1", 3)
    page.ctx.events.rating_changed.emit(person.id, rnd.id, "recorder")
    assert page.view.pending()
    page.view.build_now()
    assert lines(page)[person.name][s4] == 3

    with demo_db.session() as session:
        everyone = repo.list_facilitators(session)
    outsider = next(f for f in everyone if f.team_id != page.data.analysis.team.id)
    page.ctx.events.rating_changed.emit(outsider.id, rnd.id, "recorder")
    assert not page.view.pending()  # another team's rating is none of this page's business


def test_the_shown_chart_saves_as_svg(team_page, tmp_path):
    team_page.anonymous_check.setChecked(True)
    saved = team_page.save_chart(tmp_path / "river.svg")
    svg = saved.read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg[:1000]


def test_progress_page_follows_the_person_and_switches_language(qtbot, demo_db, ctx, tmp_path):
    page = ProgressPage(ctx)
    qtbot.addWidget(page)
    shown(page)
    page.person_combo.setCurrentIndex(page.person_combo.findText("มาลัย ศรีสุข — ท่าไร่"))
    page.role_combo.setCurrentIndex(page.role_combo.findData("coordinator"))
    page.view.build_now()
    assert page.view.figure.get_suptitle().startswith("โปรไฟล์ความสามารถ: มาลัย ศรีสุข")
    page.tabs.setCurrentIndex(3)  # stairs
    page.view.build_now()
    with demo_db.session() as session:
        rnd = repo.list_rounds(session)[-1]
    person = page.data.person
    repo.set_rating(demo_db, person.id, rnd.id, "coordinator", "S6.1", 5)
    page.ctx.events.rating_changed.emit(person.id, rnd.id, "coordinator")
    page.view.build_now()
    s6 = next(t for t in page.view.figure.axes[0].get_yticklabels() if t.get_text() == "S6")
    assert s6.get_position()[1] > 0  # S6 had the largest gap (top row); now it is met

    i18n.switch("en")
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    page.view.build_now()
    assert page.view.figure.get_suptitle().startswith("Learning stairs: มาลัย ศรีสุข")
    assert page.save_chart(tmp_path / "stairs.png").read_bytes().startswith(b"\x89PNG")
