"""Send my ratings… and Merge bundles…: a bundle saved, a preview that writes nothing, a merge."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from kmdesk.exchange.bundle import Selection, export_bundle, read_bundle
from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.ui.shell.bundle_dialogs import (
    MergeBundlesDialog,
    SendRatingsDialog,
    merge_bundles,
    send_my_ratings,
    suggested_name,
)
from tests.bundle_samples import PC_B, on_pc, person, round_named
from tests.ratings_samples import database_bytes
from tests.ui_support import make_context


@pytest.fixture
def demo_db(demo_file):
    db = open_database(str(demo_file))
    yield db
    db.dispose()


@pytest.fixture
def other_pc(demo_template, tmp_path, monkeypatch):
    """A bundle from a copy of the demo where มาลัย changed one rating later, on PC B."""
    shutil.copy(demo_template, tmp_path / "other.db")
    db = open_database(str(tmp_path / "other.db"))
    with on_pc(monkeypatch, PC_B):
        malai, r3 = person(db, "มาลัย ศรีสุข"), round_named(db, "รอบที่ 3")
        repo.set_rating(db, malai.id, r3.id, "recorder", "S8.1", 1, "จากเครื่อง B")
        export_bundle(db, tmp_path / "from-b.kmdesk", Selection(person=malai.id))
    db.dispose()
    return tmp_path / "from-b.kmdesk"


def test_the_suggested_name_has_the_person_and_the_buddhist_era_date():
    assert suggested_name("มาลัย ศรีสุข", dt.date(2025, 11, 30)) == "มาลัย ศรีสุข 2568-11-30.kmdesk"
    assert suggested_name("a/b: c", dt.date(2025, 1, 2)) == "a b c 2568-01-02.kmdesk"


def test_send_my_ratings_saves_the_persons_bundle_for_the_round(qtbot, demo_db, tmp_path):
    ctx = make_context(demo_db, tmp_path)
    dialog = SendRatingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.round.currentText().startswith("รอบที่ 3")  # the latest round by default
    dialog.person.setCurrentIndex(dialog.person.findText("มาลัย ศรีสุข (ท่าไร่)"))
    assert not dialog.folder_button.isEnabled()
    with qtbot.waitSignal(dialog.sent):
        path = dialog.send(str(tmp_path / "malai.kmdesk"))
    records = read_bundle(path).records
    assert [p.name for p in records.people] == ["มาลัย ศรีสุข"]
    assert [r.title for r in records.rounds] == ["รอบที่ 3"] and len(records.ratings) == 54
    assert dialog.folder_button.isEnabled() and "54" in dialog.result.text()
    dialog.round.setCurrentIndex(0)  # all rounds
    dialog.send(str(tmp_path / "all.kmdesk"))
    assert len(read_bundle(tmp_path / "all.kmdesk").records.ratings) == 3 * 54


def test_the_entry_points_open_the_dialogs(qtbot, demo_db, tmp_path):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    ctx = make_context(demo_db, tmp_path)
    send = send_my_ratings(window, ctx)
    merge = merge_bundles(window, ctx)
    assert send.isVisible() and merge.isVisible()
    send.close()
    merge.close()


def test_the_preview_writes_nothing_then_the_merge_lands(
    qtbot, demo_db, demo_file, other_pc, tmp_path
):
    ctx = make_context(demo_db, tmp_path)
    dialog = MergeBundlesDialog(ctx)
    qtbot.addWidget(dialog)
    before = database_bytes(demo_file)
    task = dialog.choose([str(other_pc)])
    qtbot.waitUntil(
        lambda: not task.thread.isRunning() and dialog.report is not None, timeout=30000
    )
    assert database_bytes(demo_file) == before
    assert "If merged — ratings added: 0, updated: 1, unchanged: 161, conflicts: 0" in (
        dialog.summary.text()
    )
    assert dialog.merge_button.isEnabled() and dialog.same_people.isHidden()
    with qtbot.waitSignal(ctx.events.database_replaced, timeout=30000):
        dialog.merge()
    assert dialog.summary.text().startswith("Merged — ratings added: 0, updated: 1,")
    with demo_db.session() as session:
        malai, r3 = person(demo_db, "มาลัย ศรีสุข"), round_named(demo_db, "รอบที่ 3")
        rating = next(
            r
            for r in repo.person_ratings(session, malai.id, "recorder", r3.id)
            if r.indicator == "S8.1"
        )
    assert (rating.level, rating.evidence) == (1, "จากเครื่อง B")
    assert not dialog.merge_button.isEnabled()  # merged: choose again to merge more


def test_conflicts_are_listed_and_the_same_person_must_be_confirmed(
    qtbot, demo_db, demo_file, tmp_path, monkeypatch
):
    # another PC added someone this PC also added, and both changed the same rating
    shutil.copy(demo_file, tmp_path / "other.db")
    malai, r3 = person(demo_db, "มาลัย ศรีสุข"), round_named(demo_db, "รอบที่ 3")
    other = open_database(str(tmp_path / "other.db"))
    team_id = malai.team_id
    with on_pc(monkeypatch, PC_B):
        repo.set_rating(other, malai.id, r3.id, "recorder", "S8.1", 2, "B")
        repo.add_facilitator(other, "คนใหม่ ทั้งคู่", "", team_id)
        export_bundle(other, tmp_path / "b.kmdesk", Selection(everything=True))
    other.dispose()
    repo.set_rating(demo_db, malai.id, r3.id, "recorder", "S8.1", 5, "here")
    repo.add_facilitator(demo_db, "คนใหม่ ทั้งคู่", "", team_id)
    ctx = make_context(demo_db, tmp_path)
    dialog = MergeBundlesDialog(ctx)
    qtbot.addWidget(dialog)
    task = dialog.choose([str(tmp_path / "b.kmdesk")])
    qtbot.waitUntil(
        lambda: not task.thread.isRunning() and dialog.report is not None, timeout=30000
    )
    assert dialog.conflicts.rowCount() == 1
    assert dialog.conflicts.item(0, 0).text() == "มาลัย ศรีสุข (ท่าไร่)"
    assert dialog.conflicts.item(0, 5).text() == "5 (this database)"  # here is later
    assert not dialog.same_people.isHidden()
    assert "คนใหม่ ทั้งคู่" in dialog.same_names.text()
    assert not dialog.merge_button.isEnabled()
    dialog.same_people.setChecked(True)
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.merged, timeout=30000):
        dialog.merge()
    with demo_db.session() as session:
        names = [f.name for f in repo.list_facilitators(session)]
    assert names.count("คนใหม่ ทั้งคู่") == 1


def test_a_refused_file_is_explained_and_cancel_rolls_back(
    qtbot, demo_db, demo_file, other_pc, tmp_path, monkeypatch
):
    from kmdesk.ui.common import i18n

    i18n.switch("en")  # the refusal is worded in the window's language
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    bad = tmp_path / "bad.kmdesk"
    bad.write_bytes(b"PK\x03\x04 not really")
    ctx = make_context(demo_db, tmp_path)
    dialog = MergeBundlesDialog(ctx)
    qtbot.addWidget(dialog)
    task = dialog.choose([str(other_pc), str(bad)])
    qtbot.waitUntil(lambda: not task.thread.isRunning(), timeout=30000)
    qtbot.waitUntil(lambda: "refused" in dialog.summary.text(), timeout=5000)
    assert "bad.kmdesk: is damaged or incomplete" in dialog.details.toPlainText()
    assert not dialog.merge_button.isEnabled()
    task = dialog.choose([str(other_pc)])
    qtbot.waitUntil(
        lambda: not task.thread.isRunning() and dialog.report is not None, timeout=30000
    )
    before = database_bytes(demo_file)
    outcomes = []
    task = dialog.merge()
    task.finished.connect(lambda outcome, _value: outcomes.append(outcome))
    task.worker.stop.set()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: bool(outcomes), timeout=30000)
    assert outcomes == ["cancelled"]
    assert "nothing was merged" in dialog.summary.text()
    assert database_bytes(demo_file) == before
