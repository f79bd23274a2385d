"""Send, Merge and the after-action review as a user meets them: every key letter once per
dialog, the Send message shown whole, and the merge's conflicts worded in the window's language."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kmdesk.assess.cycle import Review
from kmdesk.exchange.bundle import Selection, export_bundle
from kmdesk.exchange.bundle_report import HERE, MergeReport, SamePerson
from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.ui.chart_pages.review_dialog import ReviewDialog
from kmdesk.ui.common import i18n
from kmdesk.ui.shell import merge_table
from kmdesk.ui.shell.bundle_dialogs import MergeBundlesDialog, SendRatingsDialog
from tests.bundle_samples import PC_B, on_pc, person, round_named
from tests.test_ui_workshop_keys import _page_mnemonics
from tests.ui_support import make_context


@pytest.fixture
def demo_db(demo_file):
    db = open_database(str(demo_file))
    yield db
    db.dispose()


def _letters(dialog) -> list[str]:
    return [letter for letter, _name in _page_mnemonics(dialog)]


@pytest.mark.parametrize("lang", ["en", "th"])
def test_each_dialog_gives_every_label_and_button_its_own_key(qtbot, demo_db, tmp_path, lang):
    i18n.switch(lang)
    ctx = make_context(demo_db, tmp_path)
    send = SendRatingsDialog(ctx)
    merge = MergeBundlesDialog(ctx)
    review = ReviewDialog("K1", "+1", Review(), "", lambda: None)
    for dialog in (send, merge, review):
        qtbot.addWidget(dialog)
    # Person, Round, Save bundle, Open folder
    assert sorted(_letters(send)) == ["F", "P", "R", "S"]
    assert sorted(_letters(merge)) == ["C", "E", "M"]  # Choose files, Each as one, Merge
    # the four questions, the knowledge asset and its Choose file
    assert sorted(_letters(review)) == ["A", "H", "K", "N", "W", "Y"]
    # a label's key moves the focus to its field
    buddies = {label.buddy() for label in review.findChildren(QLabel)}
    assert set(review.edits.values()) | {review.asset_edit} <= buddies


def test_the_send_dialog_has_no_gap_before_saving_and_shows_the_whole_message(
    qtbot, demo_db, tmp_path
):
    dialog = SendRatingsDialog(make_context(demo_db, tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.result.isHidden()  # no empty line waiting above Close
    folder = tmp_path / ("a long folder name for a shared drive " * 3).strip()
    folder.mkdir()
    path = dialog.send(str(folder / "malai.kmdesk"))
    QApplication.processEvents()
    assert dialog.result.isVisible()
    # the path on a line of its own (a Thai sentence around it was cut at the right edge)
    assert dialog.result.text().split("\n")[1] == str(path)
    # the wrapped message gets all the height it needs, and the boxes keep theirs
    assert dialog.result.height() >= dialog.result.heightForWidth(dialog.result.width())
    assert dialog.person.height() >= dialog.person.sizeHint().height()
    assert dialog.height() <= 768


@pytest.fixture
def conflict(demo_db, demo_file, tmp_path, monkeypatch):
    """มาลัย's recorder S8.1 in round 3: 2 "B" on PC B first, then 5 "here" on this PC."""
    shutil.copy(demo_file, tmp_path / "other.db")
    malai, r3 = person(demo_db, "มาลัย ศรีสุข"), round_named(demo_db, "รอบที่ 3")
    other = open_database(str(tmp_path / "other.db"))
    with on_pc(monkeypatch, PC_B):
        repo.set_rating(other, malai.id, r3.id, "recorder", "S8.1", 2, "B")
        export_bundle(other, tmp_path / "b.kmdesk", Selection(person=malai.id))
    other.dispose()
    repo.set_rating(demo_db, malai.id, r3.id, "recorder", "S8.1", 5, "here")
    return tmp_path / "b.kmdesk"


def _preview(qtbot, demo_db, tmp_path, bundle):
    dialog = MergeBundlesDialog(make_context(demo_db, tmp_path))
    qtbot.addWidget(dialog)
    dialog.resize(1180, 580)  # its size on a 1366x768 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    task = dialog.choose([str(bundle)])
    qtbot.waitUntil(
        lambda: not task.thread.isRunning() and dialog.report is not None, timeout=30000
    )
    assert dialog.conflicts.rowCount() == 1
    # every column in view: "Why" wraps in the room left, no scrolling sideways
    QApplication.processEvents()
    assert not dialog.conflicts.horizontalScrollBar().isVisible()
    return [dialog.conflicts.item(0, c).text() for c in range(7)]


def test_a_conflict_names_the_role_shows_both_values_and_says_why(
    qtbot, demo_db, tmp_path, conflict
):
    i18n.switch("en")
    person_, round_, role, indicator, values, kept, why = _preview(
        qtbot, demo_db, tmp_path, conflict
    )
    assert (person_, round_, role, indicator) == (
        "มาลัย ศรีสุข (ท่าไร่)",
        "รอบที่ 3",
        "Recorder",
        "S8.1",
    )
    # each place's value on its own line, so "Kept" and "Why" stay in view
    assert sorted(values.split("\n")) == ['b.kmdesk: 2 "B"', 'this database: 5 "here"']
    assert kept == "5 (this database)"
    assert why.startswith("changed later (")
    assert why.endswith('); 2 "B" stays in the rating\'s history')


def test_a_conflict_in_a_thai_window_has_the_thai_role_and_a_buddhist_era_date(
    qtbot, demo_db, tmp_path, conflict
):
    i18n.switch("th")
    row = _preview(qtbot, demo_db, tmp_path, conflict)
    assert row[2] == "ผู้บันทึก (คุณบันทึก)"
    assert "coordinator" not in " ".join(row) and "recorder" not in " ".join(row)
    today = dt.date.today()
    assert str(today.year + 543) in row[6] and str(today.year) not in row[6]
    # the table's own words too: they were English in the Thai window (lupdate never saw them)
    assert row[5] == "5 (ฐานข้อมูลนี้)"
    assert row[6].startswith("แก้ไขทีหลัง (")
    headers = merge_table.make_table()
    assert [headers.horizontalHeaderItem(c).text() for c in range(7)] == [
        "ผู้ประเมิน", "รอบ", "บทบาท", "ตัวชี้วัด", "ค่าที่ให้", "ค่าที่ใช้", "เหตุผล",
    ]  # fmt: skip


def test_choosing_other_files_clears_the_last_files_conflicts(qtbot, demo_db, tmp_path, conflict):
    i18n.switch("en")
    dialog = MergeBundlesDialog(make_context(demo_db, tmp_path))
    qtbot.addWidget(dialog)
    task = dialog.choose([str(conflict)])
    qtbot.waitUntil(lambda: not task.thread.isRunning() and dialog.report is not None)
    assert dialog.conflicts.rowCount() == 1 and dialog.details.toPlainText()
    task = dialog.choose([str(conflict)])
    # while the new files are read, nothing of the old preview passes for theirs
    assert dialog.conflicts.rowCount() == 0 and not dialog.details.toPlainText()
    qtbot.waitUntil(lambda: not task.thread.isRunning() and dialog.report is not None)


def test_sending_from_a_database_with_nobody_says_why_save_is_off(qtbot, tmp_path):
    empty = open_database(str(tmp_path / "new.db"), create=True)
    try:
        dialog = SendRatingsDialog(make_context(empty, tmp_path))
        qtbot.addWidget(dialog)
        assert not dialog.save_button.isEnabled()
        assert not dialog.result.isHidden() and "People page" in dialog.result.text()
    finally:
        empty.dispose()


def test_many_look_alike_people_wrap_and_no_conflicts_are_said_in_a_sentence(
    qtbot, demo_db, tmp_path
):
    i18n.switch("en")
    dialog = MergeBundlesDialog(make_context(demo_db, tmp_path))
    qtbot.addWidget(dialog)
    names = [f"สมหญิง ทดลองที่ {n} ({n})" for n in range(12)]
    alike = [SamePerson(n, "ท่าไร่", "c.kmdesk", "x", "y", HERE) for n in names]
    report = MergeReport(files=["c.kmdesk"], same_people=alike)
    dialog.report = report
    dialog._show(report, preview=True)
    # twelve names wrap under the question instead of widening the dialog past the screen
    assert not dialog.same_names.isHidden() and not dialog.same_people.isHidden()
    assert dialog.minimumSizeHint().width() < 1366
    # no conflicts: a sentence, not an empty table's squeezed headings
    assert dialog.conflicts.isHidden()
    assert dialog.conflicts_label.text() == "No rating was changed on two PCs."


def test_a_bundle_sent_to_a_full_disk_is_refused_in_plain_words(
    qtbot, demo_db, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from tests.disks import fill, small_disk

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    dialog = SendRatingsDialog(make_context(demo_db, tmp_path))
    qtbot.addWidget(dialog)
    with small_disk(tmp_path / "usb", "1m") as usb:
        fill(usb)
        assert dialog.send(str(usb / "malai.kmdesk")) is None
    # the system's "No space left on device" is English in any window; this says what to do
    assert said == [
        f"{usb / 'malai.kmdesk'}: the disk is full, so nothing was saved. "
        "Free some space and try again."
    ]
    assert not dialog.folder_button.isEnabled() and dialog.result.isHidden()


def test_cancelling_the_preview_says_so_and_offers_no_merge(qtbot, demo_db, tmp_path, conflict):
    i18n.switch("en")
    dialog = MergeBundlesDialog(make_context(demo_db, tmp_path))
    qtbot.addWidget(dialog)
    outcomes = []
    task = dialog.choose([str(conflict)])
    task.finished.connect(lambda outcome, _value: outcomes.append(outcome))
    task.worker.stop.set()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: bool(outcomes), timeout=30000)
    assert outcomes == ["cancelled"]
    assert dialog.summary.text().startswith("Cancelled")
    assert not dialog.merge_button.isEnabled()
