"""The learning cycle on the Team page, as a lead meets it on the demo data: a pair becomes
an action, the action is done and reviewed, the next round shows the learner's change; an
agreed level is recorded and drawn; the plan is copied for LINE.

Real Qt (pytest-qt), a real SQLite file; dialogs are filled in and saved as a user would.
The expected texts are written out here, not built with the code's own calls.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kmdesk import views
from kmdesk.assess.cycle import Action
from kmdesk.store import learning, repo
from kmdesk.store.db import open_database
from kmdesk.ui.chart_pages.team import TeamPage
from kmdesk.ui.common import i18n
from kmdesk.ui.common.fonts import install_fonts
from tests.ui_support import make_context

PAGE_PX = (1366 - 180, 700)


@pytest.fixture(autouse=True)
def _english(qapp):
    # English: the words are the source strings, whatever the translation file holds yet
    qapp.setFont(install_fonts())
    i18n.switch("en")
    yield
    i18n.switch("th")


@pytest.fixture
def database(demo_file):
    db = open_database(str(demo_file))
    yield db
    db.dispose()


def open_page(qtbot, database, tmp_path, round_title: str) -> TeamPage:
    page = TeamPage(make_context(database, tmp_path))
    qtbot.addWidget(page)
    page.resize(*PAGE_PX)
    page.show()
    QCoreApplication.processEvents()
    page.team_combo.setCurrentIndex(page.team_combo.findText("ท่าไร่"))
    page.role_combo.setCurrentIndex(page.role_combo.findData("recorder"))
    index = next(
        i
        for i in range(page.round_combo.count())
        if page.round_combo.itemText(i).startswith(round_title)
    )
    page.round_combo.setCurrentIndex(index)
    return page


def later(qtbot, act) -> None:
    """Run ``act`` on the modal dialog about to open (once it is open)."""

    def attempt():
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, attempt)
            return
        act(modal)

    QTimer.singleShot(0, attempt)


def save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def table_rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_pair_becomes_an_action_is_reviewed_and_shows_the_change_next_round(
    qtbot, database, tmp_path
):
    page = open_page(qtbot, database, tmp_path, "รอบที่ 2")
    page.tabs.setCurrentIndex(page.KINDS.index("pairs"))
    pairs = page.pairs_panel
    assert pairs.pairs_table.rowCount() > 0
    pairs.pairs_table.selectRow(0)
    code, learner_id, supplier_id = pairs.chosen_pair()
    names = page.shown_labels()

    def fill_action(dialog):
        # the pair came along: the learner, the competency and whom to learn from
        assert dialog.learner_combo.currentData() == learner_id
        assert dialog.competency_combo.currentData() == code
        assert dialog.supplier_combo.currentData() == (supplier_id or "")
        dialog.what_edit.setPlainText("ตามไปจดบันทึกเวทีประชาคมสองครั้ง")
        if not supplier_id:
            dialog.source_edit.setText("พี่เลี้ยงจาก พอช.")
        dialog.due_edit.today = lambda: dt.date(2025, 8, 1)
        dialog.due_edit.setText("15/09/2025")
        save(dialog)

    later(qtbot, fill_action)
    pairs.action_button.click()
    # made: the page shows the plan, with the action listed
    assert page.kind() == "plan"
    found = learning.actions(database, learner_id=learner_id)
    (made,) = [a for a in found if a.what == "ตามไปจดบันทึกเวทีประชาคมสองครั้ง"]
    assert (made.competency, made.supplier_id, made.status) == (code, supplier_id, "planned")
    assert made.due == dt.date(2025, 9, 15)
    table = page.plan_panel.actions_table
    (row,) = [r for r in table_rows(table) if r[4] == "ตามไปจดบันทึกเวทีประชาคมสองครั้ง"]
    assert row[:2] == ["รอบที่ 2", names[learner_id]]
    assert row[5:8] == ["15 Sep 2025", "planned", "–"]  # no review yet

    # marking it done invites the review, which is written and saved
    table.selectRow(table_rows(table).index(row))

    def fill_review(dialog):
        dialog.edits["expected"].setPlainText("จดได้ครบทุกประเด็น")
        dialog.edits["happened"].setPlainText("จดได้ครึ่งหนึ่ง")
        dialog.edits["why"].setPlainText("พูดเร็ว")
        dialog.edits["next_time"].setPlainText("อัดเสียงไว้ฟังซ้ำ")
        dialog.asset_edit.setText("บันทึกเวที.docx")
        save(dialog)

    def yes(box):
        assert isinstance(box, QMessageBox)
        later(qtbot, fill_review)
        box.button(QMessageBox.StandardButton.Yes).click()

    later(qtbot, yes)
    page.plan_panel.done_button.click()
    stored = learning.action(database, made.id)
    assert stored.status == "done"
    assert stored.review.happened == "จดได้ครึ่งหนึ่ง"
    assert stored.review.next_time == "อัดเสียงไว้ฟังซ้ำ"
    assert stored.asset == "บันทึกเวที.docx"

    # the learner rates the competency 2 in round 2 and 4 in round 3: a change of +2.0
    with database.session() as session:
        rounds = {r.title: r.id for r in views.ordered_rounds(session)}
    framework = page.data.analysis.framework
    indicators = [i.code for i in framework.competency(code).active_indicators]
    for title, level in (("รอบที่ 2", 2), ("รอบที่ 3", 4)):
        for indicator in indicators:
            repo.set_rating(database, learner_id, rounds[title], "recorder", indicator, level)
    # in the next round the action is listed under the round before's, with the change
    index = next(
        i
        for i in range(page.round_combo.count())
        if page.round_combo.itemText(i).startswith("รอบที่ 3")
    )
    page.round_combo.setCurrentIndex(index)
    assert page.kind() == "plan"
    (row,) = [r for r in table_rows(table) if r[4] == "ตามไปจดบันทึกเวทีประชาคมสองครั้ง"]
    assert row[0] == "รอบที่ 2"
    assert row[6:] == ["done", "✓", "+2.0 by รอบที่ 3"]


def test_the_agreed_level_is_recorded_and_drawn_beside_the_ratings(qtbot, database, tmp_path):
    page = open_page(qtbot, database, tmp_path, "รอบที่ 3")
    page.tabs.setCurrentIndex(page.KINDS.index("plan"))
    assert page.help_topic() == "pairs#plan"  # the ? explains the plan, under the pairs
    assert not page.save_button.isEnabled()  # a table, not a chart to save
    agreed = page.plan_panel.agreed_table
    rows = table_rows(agreed)
    # S8 is worth a conversation in the demo: its spread is marked, and says so on hover
    (s8,) = [r for r in range(len(rows)) if rows[r][0].startswith("S8 ")]
    assert rows[s8][2].startswith("● ")
    assert agreed.item(s8, 2).toolTip().startswith("Worth a conversation: spread ")
    agreed.selectRow(s8)

    def agree(dialog):
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(3))
        dialog.reason_edit.setPlainText("ทุกคนจดได้ แต่ยังสรุปไม่คล่อง")
        save(dialog)

    later(qtbot, agree)
    page.plan_panel.agree_button.click()
    team = page.data.analysis.team
    rnd = page.data.analysis.round
    stored = learning.agreed_levels(database, team.id, rnd.id, "recorder")["S8"]
    assert (stored.level, stored.reason) == (3, "ทุกคนจดได้ แต่ยังสรุปไม่คล่อง")
    assert table_rows(agreed)[s8][3:] == ["3", "ทุกคนจดได้ แต่ยังสรุปไม่คล่อง"]

    # on the river: a marker at level 3 over S8, in the key; the mean is the members' own
    page.tabs.setCurrentIndex(page.KINDS.index("river"))
    page.view.build_now()
    ax = page.view.figure.axes[0]
    codes = [t.get_text() for t in ax.get_xticklabels()]
    lines = {ln.get_label(): ln for ln in ax.get_lines()}
    assert lines["Agreed level"].get_ydata()[codes.index("S8")] == 3.0
    texts = [
        t.get_text()
        for fig in [page.view.figure]
        for lg in fig.legends + [lg for sub in fig.subfigs for lg in sub.legends]
        for t in lg.get_texts()
    ]
    assert "Agreed level" in texts
    # the hover over the diamond says what was agreed and why
    hovers = [h.text for h in page.view.chart.hovers if h.x == codes.index("S8") and h.y == 3]
    assert any("Agreed level: 3 (ทุกคนจดได้ แต่ยังสรุปไม่คล่อง)" in text for text in hovers)


def test_copy_for_line_puts_the_plan_on_the_clipboard(qtbot, database, tmp_path):
    page = open_page(qtbot, database, tmp_path, "รอบที่ 3")
    a = page.data.analysis
    ids = {f.name: f.id for f in a.members}
    learning.add_action(
        database,
        Action(
            id="",
            team_id=a.team.id,
            round_id=a.round.id,
            role="recorder",
            competency="S8",
            learner_id=ids["มาลัย ศรีสุข"],
            what="ฝึกสรุปประเด็นหลังเวที",
            supplier_id=ids["กาญจนา รักษ์ถิ่น"],
            due=dt.date(2025, 10, 31),
        ),
    )
    page.tabs.setCurrentIndex(page.KINDS.index("plan"))
    page.load()
    # the latest round has no round after it: no change to show yet, and no verdict
    (row,) = [r for r in table_rows(page.plan_panel.actions_table) if r[0] == "รอบที่ 3"]
    assert row[8] == "no score yet"
    page.plan_panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "Learning actions\n"
        "\n"
        "1. มาลัย ศรีสุข learns S8 Drawing out opinions, summarising the points, keeping the "
        "talk on topic from กาญจนา รักษ์ถิ่น\n"
        "   What: ฝึกสรุปประเด็นหลังเวที\n"
        "   By: 31 Oct 2025\n"
        "   Status: planned\n"
    )


def test_a_new_rating_moves_the_spread_on_the_plan(qtbot, database, tmp_path):
    page = open_page(qtbot, database, tmp_path, "รอบที่ 3")
    page.tabs.setCurrentIndex(page.KINDS.index("plan"))
    a = page.data.analysis
    indicators = [i.code for i in a.framework.competency("S8").active_indicators]
    # the three members rate every S8 indicator 1, 3 and 5: a spread of 5 − 1 = 4
    for member, level in zip(a.members, (1, 3, 5), strict=True):
        for indicator in indicators:
            repo.set_rating(database, member.id, a.round.id, "recorder", indicator, level)
        page.ctx.events.rating_changed.emit(member.id, a.round.id, "recorder")
    rows = table_rows(page.plan_panel.agreed_table)
    (s8,) = [r for r in rows if r[0].startswith("S8 ")]
    assert s8[1:3] == ["1 · 3 · 5", "● 4"]


def test_a_reason_too_long_is_refused_in_the_dialog_and_nothing_is_stored(
    qtbot, database, tmp_path
):
    page = open_page(qtbot, database, tmp_path, "รอบที่ 3")
    page.tabs.setCurrentIndex(page.KINDS.index("plan"))
    agreed = page.plan_panel.agreed_table
    agreed.selectRow(0)  # K1
    said = []

    def too_long(dialog):
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(2))
        dialog.reason_edit.setPlainText("ก" * 2001)
        save(dialog)
        said.append(dialog.problem.text())  # still open: the message says what fits
        dialog.reject()

    later(qtbot, too_long)
    page.plan_panel.agree_button.click()
    assert said == ["The reason is 2001 characters long; at most 2000 fit."]
    a = page.data.analysis
    assert learning.agreed_levels(database, a.team.id, a.round.id, "recorder").get("K1") is None
