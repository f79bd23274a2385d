"""The chart pages as a user meets them: every tab in sight, a busy sign at once, completeness.

The expected Thai is written out here, not taken from the code's own tr() calls.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from kmdesk.store import repo
from kmdesk.ui.chart_pages.progress import ProgressPage
from kmdesk.ui.chart_pages.team import TeamPage
from kmdesk.ui.common import i18n
from kmdesk.ui.common.fonts import install_fonts
from tests.completeness_support import add_newcomer
from tests.ui_support import make_context

# A 1366 x 768 laptop with the window maximised: the page beside the navigation list.
PAGE_PX = (1366 - 180, 700)


@pytest.fixture(autouse=True)
def _thai(qapp):
    qapp.setFont(install_fonts())
    i18n.switch("th")
    yield
    i18n.switch("th")


@pytest.fixture
def newcomer(demo_db):
    """ดวงใจ joins ท่าไร่ and answers 5 of the 18 indicators as recorder in รอบที่ 3."""
    return add_newcomer(demo_db)


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(*PAGE_PX)
    page.show()
    QCoreApplication.processEvents()
    page.view.build_now()
    QCoreApplication.processEvents()
    return page


def team_page(qtbot, ctx) -> TeamPage:
    page = shown(qtbot, TeamPage(ctx))
    page.team_combo.setCurrentIndex(page.team_combo.findText("ท่าไร่"))
    page.role_combo.setCurrentIndex(page.role_combo.findData("recorder"))
    page.view.build_now()
    return page


def item_texts(page) -> list[str]:
    return [page.side_list.item(i).text() for i in range(page.side_list.count())]


def test_every_team_tab_is_in_sight_in_thai_on_a_laptop(qtbot, demo_db, tmp_path):
    from kmdesk.ui.shell.main_window import MainWindow

    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    # the window's first size on a 1366×768 laptop with a 40 px taskbar (92 % × 90 %)
    window.resize(1256, 655)
    window.show()
    window.nav.setCurrentRow(window.pages.row("team"))
    page = window.pages.page(window.pages.row("team"))
    tabs = page.tabs
    qtbot.waitUntil(lambda: tabs.isVisible() and tabs.width() > 0)
    assert tabs.count() == 5
    assert tabs.tabText(3) == "โปรไฟล์ความสามารถของทีม"
    # no scroll arrows: the bar is as wide as its five tabs want, the last one wholly inside
    assert tabs.width() >= tabs.sizeHint().width()
    assert tabs.rect().contains(tabs.tabRect(tabs.count() - 1))


def test_a_new_tab_says_it_is_drawing_at_once(qtbot, demo_db, tmp_path):
    page = team_page(qtbot, make_context(demo_db, tmp_path))
    assert page.view.chart is not None  # the river
    page.tabs.setCurrentIndex(1)  # the skills matrix
    # before any drawing: the river is gone and the view says what it is doing
    assert page.view.chart is None and page.view.canvas is None
    assert page.view.busy()
    assert page.view.message.text() == "กำลังวาดกราฟ…"
    page.view.build_now()
    assert not page.view.busy()
    assert page.view.figure.get_suptitle().startswith("ตารางแห่งอิสรภาพ: ท่าไร่")


def test_team_members_show_how_much_they_answered_and_can_be_left_out(
    qtbot, demo_db, tmp_path, newcomer
):
    ctx = make_context(demo_db, tmp_path)
    page = team_page(qtbot, ctx)
    assert item_texts(page) == [
        "กาญจนา รักษ์ถิ่น ✓",
        "ดวงใจ มีสุข\nตอบแล้ว 5 จาก 18 ข้อ",
        "ประเสริฐ บุญมา ✓",
        "มาลัย ศรีสุข ✓",
    ]
    assert page.incomplete_check.isChecked()  # by default: included, and marked
    title = page.view.figure.get_suptitle()
    assert title.endswith("\nรวมผู้ที่ยังประเมินตนเองไม่ครบ: ดวงใจ มีสุข (5/18)")
    names = {ln.get_label() for ln in page.view.figure.axes[0].get_lines()}
    assert "ดวงใจ มีสุข (5/18)" in names

    page.incomplete_check.setChecked(False)
    page.view.build_now()
    title = page.view.figure.get_suptitle()
    assert title.endswith("\nไม่รวมผู้ที่ยังประเมินตนเองไม่ครบ: ดวงใจ มีสุข (5/18)")
    names = {ln.get_label() for ln in page.view.figure.axes[0].get_lines()}
    assert not any("ดวงใจ" in name for name in names)

    again = shown(qtbot, TeamPage(ctx))  # the choice is remembered
    assert not again.incomplete_check.isChecked()


def test_a_rating_updates_the_members_count_live(qtbot, demo_db, tmp_path, newcomer):
    person, rnd = newcomer
    page = team_page(qtbot, make_context(demo_db, tmp_path))
    repo.set_rating(demo_db, person.id, rnd.id, "recorder", "K2.1", 3)
    page.ctx.events.rating_changed.emit(person.id, rnd.id, "recorder")
    assert item_texts(page)[1] == "ดวงใจ มีสุข\nตอบแล้ว 6 จาก 18 ข้อ"


def test_progress_shows_each_rounds_completeness(qtbot, demo_db, tmp_path, newcomer):
    page = shown(qtbot, ProgressPage(make_context(demo_db, tmp_path)))
    page.person_combo.setCurrentIndex(page.person_combo.findText("ดวงใจ มีสุข — ท่าไร่"))
    page.role_combo.setCurrentIndex(page.role_combo.findData("recorder"))
    assert item_texts(page) == [
        "รอบที่ 1\n8 ส.ค. 2567\nยังไม่ได้ประเมิน",
        "รอบที่ 2\n14 ก.พ. 2568\nยังไม่ได้ประเมิน",
        "รอบที่ 3\n8 ส.ค. 2568\nตอบแล้ว 5 จาก 18 ข้อ",
    ]
    page.person_combo.setCurrentIndex(page.person_combo.findText("มาลัย ศรีสุข — ท่าไร่"))
    assert item_texts(page) == [
        "รอบที่ 1 ✓\n8 ส.ค. 2567",
        "รอบที่ 2 ✓\n14 ก.พ. 2568",
        "รอบที่ 3 ✓\n8 ส.ค. 2568",
    ]
