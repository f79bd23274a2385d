"""Export PDF from the pages and reports for a whole round, through the real app pieces."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from kmdesk.store import repo
from tests.ui_support import make_context

pytestmark = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils (./dev installs it)"
)


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch):
    # Stand-in for the modal "saved" box, which a test cannot click.
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)


def _text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def _finish(qtbot, task):
    outcomes = []
    task.finished.connect(lambda outcome, _value: outcomes.append(outcome))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60000)
    return outcomes[0]


def test_assess_page_exports_the_persons_report(qtbot, demo_db, tmp_path):
    from kmdesk.ui.assess.page import AssessPage

    page = AssessPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(page)
    subject = page.pdf_subject()
    assert subject.kind == "person" and subject.file_name.endswith(".pdf")
    target = tmp_path / "person.pdf"
    assert _finish(qtbot, page.reports.export(subject, str(target))) == "ok"
    with demo_db.session() as session:
        person = next(f for f in repo.list_facilitators(session) if f.id == subject.subject_id)
    text = _text(target)
    assert person.name in text and person.agency in text


def test_team_page_exports_the_anonymous_team_report(qtbot, demo_db, tmp_path):
    from kmdesk.ui.chart_pages.team import TeamPage

    page = TeamPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.pdf_subject() is not None, timeout=10000)
    page.anonymous_check.setChecked(True)
    subject = page.pdf_subject()
    assert subject.kind == "team" and subject.anonymous
    target = tmp_path / "team.pdf"
    assert _finish(qtbot, page.reports.export(subject, str(target))) == "ok"
    text = _text(target)
    with demo_db.session() as session:
        members = repo.list_facilitators(session, subject.subject_id)
    assert members and not any(m.name in text for m in members)


def test_reports_for_the_whole_round_fill_a_folder_and_open_it(
    qtbot, demo_db, tmp_path, monkeypatch
):
    from kmdesk.ui.shell.main_window import MainWindow

    opened = []
    # Stand-in for the file manager the app opens on the folder.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    with demo_db.session() as session:
        last_round = repo.list_rounds(session)[-1]
    folder = tmp_path / "round"
    assert _finish(qtbot, window.reports_for_round(last_round.id, str(folder))) == "ok"
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == 9 + 3
    assert not list(folder.glob("*.part"))
    assert opened == [str(folder)]


def test_team_page_report_compares_with_the_round_chosen_on_screen(qtbot, demo_db, tmp_path):
    """The app's team PDF once compared with รอบที่ 2 whatever the page showed."""
    from kmdesk.ui.chart_pages.team import TeamPage

    page = TeamPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.pdf_subject() is not None, timeout=10000)
    with demo_db.session() as session:
        first = next(r for r in repo.list_rounds(session) if r.title == "รอบที่ 1")
    page.compare_combo.setCurrentIndex(page.compare_combo.findData(first.id))
    page.incomplete_check.setChecked(False)
    subject = page.pdf_subject()
    assert subject.compare_round_id == first.id
    assert subject.include_incomplete is False
    page.compare_combo.setCurrentIndex(0)  # "(none)": the report's own round, no comparison
    assert page.pdf_subject().compare_round_id == page.round_combo.currentData()
