"""What the 1366x768 screenshot sweep found: words left English in a Thai window, cramped labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QToolButton, QTreeView, QWidget

from kmdesk.ui.common import i18n, qt_strings
from kmdesk.ui.common.fonts import install_fonts
from tests.ui_support import make_context


@pytest.fixture(autouse=True)
def _thai(qapp):
    qapp.setFont(install_fonts())
    i18n.switch("th")
    yield
    i18n.switch("th")


def test_every_word_qts_own_file_dialog_shows_is_listed_for_translation(qtbot):
    """Qt ships no Thai: every word of its file dialog must be ours to translate.

    The sweep saw "Look in:", "Files of type:" and the column heads English in a Thai window,
    because Qt 6 says "&Look in:" and "Files of &type:" while the list had the Qt 5 words.
    """
    i18n.switch("en")  # Qt's own English words, to look up in the list
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    shown = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    shown |= {b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()}
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()
    shown |= {model.headerData(c, tree.header().orientation()) for c in range(model.columnCount())}
    shown.discard("Type")  # disambiguated "All other platforms": listed through a translate() call
    assert "&Look in:" in shown and "Date Modified" in shown  # the dialog really was read
    missing = shown - set(qt_strings.QT_WORDS)
    assert not missing, f"Qt words not listed for translation: {sorted(missing)}"


def test_the_plan_tab_leaves_the_navigation_as_wide_as_the_other_tabs(qtbot, demo_db, tmp_path):
    """In Thai the plan tab's heading and five buttons wanted more than a 1366 px laptop has,
    so opening the tab pushed the navigation list 20 px narrower, on every page after."""
    from kmdesk.ui.shell.main_window import MainWindow

    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    window.resize(1256, 655)  # the window's first size on a 1366x768 screen
    window.show()
    window.nav.setCurrentRow(window.pages.row("team"))
    page = window.pages.page(window.pages.row("team"))
    qtbot.waitUntil(lambda: page.tabs.isVisible())
    nav_width = window.nav.width()
    page.tabs.setCurrentIndex(page.tabs.count() - 1)  # the learning plan
    qtbot.waitUntil(lambda: page.findChild(QWidget, "plan_panel").isVisible())
    QCoreApplication.processEvents()
    assert page.minimumSizeHint().width() <= page.width()
    assert window.nav.width() == nav_width


def test_who_learns_from_whom_shows_every_name_whole_in_thai(qtbot, demo_db, tmp_path):
    """The pairs table cut "กาญจนา รักษ์ถิ่น" and "outside the team" short with "…"."""
    from kmdesk.ui.chart_pages.team import TeamPage

    page = TeamPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(page)
    page.resize(1366 - 180, 700)  # beside the navigation list on a 1366x768 laptop
    page.show()
    page.team_combo.setCurrentIndex(page.team_combo.findText("ท่าไร่"))
    page.role_combo.setCurrentIndex(page.role_combo.findData("coordinator"))
    page.tabs.setCurrentIndex(page.KINDS.index("pairs"))
    page.view.build_now()
    QCoreApplication.processEvents()
    table = page.pairs_panel.pairs_table
    assert table.rowCount() >= 7
    texts = {table.item(r, c).text() for r in range(table.rowCount()) for c in (1, 2)}
    assert {"กาญจนา รักษ์ถิ่น", "คนนอกทีม"} <= texts  # the names the sweep saw cut
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(3):
            item = table.item(row, column)
            room = table.visualItemRect(item).adjusted(3, 0, -3, 0)  # the cell's own margins
            need = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
            assert need.width() <= room.width() and need.height() <= room.height(), item.text()


def test_what_the_learner_does_keeps_room_in_the_thai_plan_table(qtbot, demo_db, tmp_path):
    """The sweep saw "ทำอะไร" squeezed to 80 px by the 180 px heading of the next round's change."""
    import datetime as dt

    from kmdesk.assess.cycle import Action
    from kmdesk.store import learning
    from kmdesk.ui.chart_pages.team import TeamPage
    from tests.bundle_samples import person, round_named, team_named

    what = "ไปดูงานกลุ่มออมทรัพย์บ้านนาแล้วจดวิธีทำบัญชี"
    learning.add_action(
        demo_db,
        Action(
            "", team_named(demo_db, "ท่าไร่").id, round_named(demo_db, "รอบที่ 3").id,
            "coordinator", "K2", person(demo_db, "กาญจนา รักษ์ถิ่น").id, what,
            source="ผู้ใหญ่บ้าน", due=dt.date(2025, 10, 31),
        ),
    )  # fmt: skip
    page = TeamPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(page)
    page.resize(1366 - 180, 700)
    page.show()
    page.team_combo.setCurrentIndex(page.team_combo.findText("ท่าไร่"))
    page.role_combo.setCurrentIndex(page.role_combo.findData("coordinator"))
    page.tabs.setCurrentIndex(page.KINDS.index("plan"))
    table = page.findChild(QWidget, "actions_table")
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    QCoreApplication.processEvents()
    header = table.horizontalHeader()
    widths = {table.horizontalHeaderItem(c).text(): header.sectionSize(c) for c in range(9)}
    assert widths["ทำอะไร"] >= 180, widths  # about half the sentence, the rest on hover
    assert widths["ทำอะไร"] == max(widths.values()), widths
    # the change column is as wide as what it says ("ยังไม่มีคะแนน"), its heading on hover
    change = table.item(0, 8).text()
    assert change == "ยังไม่มีคะแนน"
    assert table.fontMetrics().horizontalAdvance(change) <= widths["ความเปลี่ยนแปลงรอบถัดไป"]
    assert table.horizontalHeaderItem(8).toolTip() == "ความเปลี่ยนแปลงรอบถัดไป"
    # nothing scrolls sideways
    assert sum(widths.values()) <= table.viewport().width()


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_server_form_reads_like_the_other_forms(qtbot, tmp_path, language):
    """Its labels had no colon and no key, and the password hint lost its last letters."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    from kmdesk.ui.common.settings import Settings
    from kmdesk.ui.shell.server_dialog import ServerDialog

    i18n.switch(language)
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ServerDialog(None, Settings(store))
    qtbot.addWidget(dialog)
    dialog.show()
    QCoreApplication.processEvents()
    form = dialog.findChild(QFormLayout)
    labels = [form.labelForField(w) for w in (dialog.host, dialog.port, dialog.login)]
    for label in labels:
        assert label.text().endswith(":")  # "&Server:", "เซิร์ฟเวอร์ (&S):"
        assert label.buddy() is not None and "&" in label.text()
    for field in dialog.findChildren(QLineEdit):
        hint = field.placeholderText()
        if hint:
            assert field.fontMetrics().horizontalAdvance(hint) < field.width() - 12, hint


def test_the_merge_report_in_a_thai_window_is_thai(qtbot, demo_template, tmp_path, monkeypatch):
    """The merge dialog's report was the command's English ("Ratings in …: 0 added")."""
    import shutil

    from kmdesk.exchange.bundle import Selection, export_bundle
    from kmdesk.store import repo
    from kmdesk.store.db import open_database
    from kmdesk.ui.shell.bundle_dialogs import MergeBundlesDialog
    from tests.bundle_samples import PC_B, on_pc, person, round_named

    shutil.copy(demo_template, tmp_path / "other.db")
    other = open_database(str(tmp_path / "other.db"))
    with on_pc(monkeypatch, PC_B):
        malai, r3 = person(other, "มาลัย ศรีสุข"), round_named(other, "รอบที่ 3")
        repo.set_rating(other, malai.id, r3.id, "recorder", "S8.1", 1, "จากเครื่อง B")
        export_bundle(other, tmp_path / "from-b.kmdesk", Selection(person=malai.id))
    other.dispose()
    shutil.copy(demo_template, tmp_path / "here.db")
    here = open_database(str(tmp_path / "here.db"))
    try:
        dialog = MergeBundlesDialog(make_context(here, tmp_path))
        qtbot.addWidget(dialog)
        task = dialog.choose([str(tmp_path / "from-b.kmdesk")])
        qtbot.waitUntil(
            lambda: not task.thread.isRunning() and dialog.report is not None, timeout=30000
        )
        lines = dialog.details.toPlainText().splitlines()
        # 54 ratings a round, three rounds, one of them changed on PC B
        assert lines[0] == (
            "คะแนนใน from-b.kmdesk: เพิ่ม 0 ข้อ ปรับ 1 ข้อ คงเดิม 161 ข้อ ขัดกัน 0 ข้อ (ทดลองดู: ไม่ได้เขียนอะไร)"
        )
        assert not any(line.startswith(("Ratings in", "matched by name")) for line in lines)
    finally:
        here.dispose()


def test_take_back_is_offered_only_for_a_level_that_was_agreed(qtbot):
    """The sweep saw "ถอนออก" on a competency with nothing agreed yet."""
    from kmdesk.ui.chart_pages.agreed_dialog import AgreedDialog

    names = ["เริ่มรู้จัก", "ทำได้เมื่อมีคนช่วย", "ทำได้เอง", "ทำได้ดี", "เป็นแบบอย่าง"]
    fresh = AgreedDialog("S1", "1 · 2 · 5", names, None, "")
    agreed = AgreedDialog("S1", "1 · 2 · 5", names, 3, "คุยกันแล้ว")
    for dialog in (fresh, agreed):
        qtbot.addWidget(dialog)
        dialog.show()
    assert not fresh.clear_button.isVisible()
    assert agreed.clear_button.isVisible()


def test_compare_with_offers_every_round_but_the_one_shown(qtbot, demo_db, tmp_path):
    """รอบที่ 3 was offered to compare with รอบที่ 3, which drew nothing new."""
    from kmdesk.ui.chart_pages.team import TeamPage

    page = TeamPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(page)
    page.show()

    def offered() -> list[str]:
        combo = page.compare_combo
        return [combo.itemText(i).split(" (")[0] for i in range(combo.count())]

    page.round_combo.setCurrentIndex(
        page.round_combo.findText("รอบที่ 3", Qt.MatchFlag.MatchStartsWith)
    )
    assert offered() == ["(ไม่เทียบ)", "รอบที่ 2", "รอบที่ 1"]
    page.compare_combo.setCurrentIndex(1)  # รอบที่ 2
    page.round_combo.setCurrentIndex(
        page.round_combo.findText("รอบที่ 2", Qt.MatchFlag.MatchStartsWith)
    )
    assert offered() == ["(ไม่เทียบ)", "รอบที่ 3", "รอบที่ 1"]
    assert page.compare_combo.currentIndex() == 0  # no longer the round shown
