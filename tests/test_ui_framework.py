"""The framework page: editing with versioning, adding and retiring indicators, targets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

from kmdesk.assess.framework import Text
from kmdesk.store import frameworks as store_fw
from kmdesk.store import repo
from kmdesk.ui.common import i18n
from kmdesk.ui.framework.dialogs import AddIndicatorDialog
from kmdesk.ui.framework.models import (
    CODE_ROLE,
    RETIRED_ROLE,
    FrameworkTreeModel,
    LevelSpinBox,
    TargetModel,
)
from kmdesk.ui.framework.page import FrameworkPage
from tests.ui_support import make_context


@pytest.fixture(autouse=True)
def _thai(qapp):
    i18n.switch("th")
    yield
    i18n.switch("th")


class Answers:
    """Stands in for the Yes/No question: records what was asked, answers as told."""

    def __init__(self, yes: bool):
        self.yes = yes
        self.asked: list[str] = []

    def __call__(self, text: str) -> bool:
        self.asked.append(text)
        return self.yes


def make_page(qtbot, database, tmp_path, yes: bool = True, editing: bool = True) -> FrameworkPage:
    """The page shown on ``database``, in edit mode unless told (no PIN is set)."""
    page = FrameworkPage(make_context(database, tmp_path))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.confirm = Answers(yes)
    if editing:
        assert page.lock.enter()
    return page


def latest(database):
    with database.session() as session:
        return store_fw.latest_version(session)


def framework(database, number=None):
    with database.session() as session:
        return store_fw.load_framework(session, number)


@pytest.fixture
def rated_db(db):
    """A database whose version 1 is used by one rating (so edits must make version 2)."""
    team = repo.add_team(db, "บางจาก")
    person = repo.add_facilitator(db, "สุภาพร ใจงาม", "พช.", team.id)
    rnd = repo.add_round(db, "รอบที่ 1", dt.date(2025, 8, 8))
    repo.set_rating(db, person.id, rnd.id, "coordinator", "K1.1", 3)
    return db


def test_the_tree_and_target_models_pass_the_model_tester(qtmodeltester, demo_db):
    tree = FrameworkTreeModel()
    qtmodeltester.check(tree)
    tree.set_framework(framework(demo_db))
    qtmodeltester.check(tree)
    tree.retranslate()
    targets = TargetModel()
    qtmodeltester.check(targets)
    with demo_db.session() as session:
        levels = store_fw.load_targets(session)
    targets.set_targets(framework(demo_db), levels)
    qtmodeltester.check(targets)


def test_the_tree_shows_domains_competencies_and_indicators(qtbot, demo_db, tmp_path):
    page = make_page(qtbot, demo_db, tmp_path)
    model = page.tree_model
    assert [model.index(r, 0).data(CODE_ROLE) for r in range(model.rowCount())] == ["K", "S"]
    k1 = model.find("K1")
    assert model.index(0, 0, k1).data(CODE_ROLE) == "K1.1"
    wording = model.index(0, FrameworkTreeModel.WORDING, k1).data()
    assert wording == framework(demo_db).indicator("K1.1").text.th
    assert "1" in page.version_label.text()
    # The wording follows the language.
    i18n.switch("en")
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    wording = model.index(0, FrameworkTreeModel.WORDING, k1).data()
    assert wording == framework(demo_db).indicator("K1.1").text.en


def test_editing_a_used_version_asks_then_makes_version_2_and_keeps_version_1(
    qtbot, rated_db, tmp_path
):
    page = make_page(qtbot, rated_db, tmp_path, yes=True)
    old = framework(rated_db, 1).indicator("K1.1")
    page.select("K1.1")
    assert page.editor.shown().code == "K1.1"
    assert not page.save_button.isEnabled()
    page.editor.boxes[3]["th"].setPlainText("  เล่าเรื่องกลุ่มได้เองครบถ้วน ")
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.ctx.events.framework_changed):
        page.save_button.click()

    assert len(page.confirm.asked) == 1
    question = page.confirm.asked[0]
    assert "ฉบับที่ 1" in question and "ฉบับที่ 2" in question
    assert latest(rated_db) == 2
    assert framework(rated_db, 2).indicator("K1.1").level_text(3).th == "เล่าเรื่องกลุ่มได้เองครบถ้วน"
    assert framework(rated_db, 1).indicator("K1.1") == old
    # The page now shows version 2, with the edit and nothing left unsaved.
    assert page.framework.version == 2
    assert page.editor.shown().level_text(3).th == "เล่าเรื่องกลุ่มได้เองครบถ้วน"
    assert not page.editor.is_dirty()
    assert "2" in page.version_label.text()


def test_declining_the_question_writes_nothing_and_keeps_the_typing(qtbot, rated_db, tmp_path):
    page = make_page(qtbot, rated_db, tmp_path, yes=False)
    before = framework(rated_db)
    page.select("K1.1")
    page.editor.boxes[1]["en"].setPlainText("Changed")
    page.save_button.click()
    assert len(page.confirm.asked) == 1
    assert latest(rated_db) == 1
    assert framework(rated_db) == before
    assert page.editor.boxes[1]["en"].toPlainText() == "Changed"
    assert page.editor.is_dirty()


def test_an_unused_version_is_edited_in_place_without_asking(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    page.select("S9.1")
    page.editor.boxes[0]["en"].setPlainText("Works well in the facilitator team")
    page.save_button.click()
    assert page.confirm.asked == []
    assert latest(db) == 1
    assert framework(db).indicator("S9.1").text.en == "Works well in the facilitator team"


def test_a_blank_sentence_is_refused_and_nothing_is_asked_or_written(qtbot, rated_db, tmp_path):
    page = make_page(qtbot, rated_db, tmp_path)
    page.select("K1.1")
    page.editor.boxes[5]["th"].setPlainText("   ")
    page.save_button.click()
    assert page.confirm.asked == []
    assert latest(rated_db) == 1
    assert "ระดับ 5" in page.message.text()
    assert page.editor.boxes[5]["th"].property("blank") is True


def test_revert_brings_back_the_saved_wording(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    page.select("K2.1")
    saved = page.editor.boxes[2]["th"].toPlainText()
    page.editor.boxes[2]["th"].setPlainText("อะไรก็ได้")
    page.revert_button.click()
    assert page.editor.boxes[2]["th"].toPlainText() == saved
    assert not page.save_button.isEnabled()


def test_leaving_unsaved_changes_asks_and_no_keeps_them(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path, yes=False)
    page.select("K1.1")
    page.editor.boxes[0]["th"].setPlainText("ยังไม่บันทึก")
    page.select("K1.2")
    assert len(page.confirm.asked) == 1
    assert page.editor.shown().code == "K1.1"
    assert page.editor.boxes[0]["th"].toPlainText() == "ยังไม่บันทึก"
    page.confirm.yes = True
    page.select("K1.2")
    assert page.editor.shown().code == "K1.2"


def fill(dialog: AddIndicatorDialog, skip: tuple[int, str] | None = None) -> None:
    for part, pair in enumerate(dialog.editor.boxes):
        for lang, box in pair.items():
            if (part, lang) != skip:
                box.setPlainText(f"{lang} {part}")


def test_adding_an_indicator_puts_it_in_the_tree(qtbot, rated_db, tmp_path):
    page = make_page(qtbot, rated_db, tmp_path)
    page.select("K1")
    assert page.add_button.isEnabled()
    seen = {}

    def run(dialog):
        seen["code"] = dialog.code
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = run
    page.add_indicator()
    assert seen["code"] == "K1.3"
    assert len(page.confirm.asked) == 1  # version 1 is in use
    added = framework(rated_db).indicator("K1.3")
    assert added.text == Text("th 0", "en 0")
    assert added.level_text(5) == Text("th 5", "en 5")
    assert page.tree_model.find("K1.3").isValid()
    assert page.editor.shown().code == "K1.3"
    assert framework(rated_db, 1).indicator("K1.3") is None


def test_an_indicator_missing_a_level_is_refused_in_the_dialog(qtbot, db, tmp_path):
    page = make_page(qtbot, db, tmp_path)
    dialog = AddIndicatorDialog(page.framework, "S2", page.write_indicator)
    qtbot.addWidget(dialog)
    fill(dialog, skip=(4, "en"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisibleTo(dialog)
    assert "ระดับ 4" in dialog.problem.text()
    assert framework(db).indicator(dialog.code) is None
    assert dialog.editor.boxes[1]["th"].toPlainText() == "th 1"  # the typing is kept


def test_retiring_and_bringing_back(qtbot, rated_db, tmp_path):
    page = make_page(qtbot, rated_db, tmp_path)
    page.select("K1.2")
    assert page.retire_button.text() == "เลิกใช้ตัวชี้วัด"
    page.retire_button.click()
    assert framework(rated_db).indicator("K1.2").retired
    assert not framework(rated_db, 1).indicator("K1.2").retired
    index = page.tree_model.find("K1.2")
    assert index.data(RETIRED_ROLE) is True
    mark = "(เลิกใช้)"
    assert index.siblingAtColumn(FrameworkTreeModel.WORDING).data().startswith(mark)
    # K1.1 is now K1's only active indicator.
    page.select("K1.1")
    assert not page.retire_button.isEnabled()
    page.select("K1.2")
    assert page.retire_button.text() == "นำกลับมาใช้"
    page.retire_button.click()
    assert not framework(rated_db).indicator("K1.2").retired


def test_a_target_change_lands_at_once(qtbot, demo_db, tmp_path):
    page = make_page(qtbot, demo_db, tmp_path)
    model = page.target_model
    spin = page.targets_box.spin("recorder", "S7")
    assert isinstance(spin, LevelSpinBox)
    with qtbot.waitSignal(page.ctx.events.framework_changed):
        spin.setValue(5)
    with demo_db.session() as session:
        assert store_fw.load_targets(session)["recorder"]["S7"] == 5
    assert model.index_of("recorder", "S7").data() == "5"
    assert page.confirm.asked == []  # targets are not versioned
    assert not model.setData(model.index_of("recorder", "S7"), 9)
