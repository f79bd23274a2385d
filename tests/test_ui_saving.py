"""Saving on the Assess page when the world is wrong: a busy database, a full disk, read-only."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest
from PySide6.QtCore import QTimer

from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.ui.assess.page import AssessPage
from kmdesk.ui.assess.saving import NOT_SAVED
from kmdesk.ui.common import settings as keys
from tests.disks import fill, small_disk
from tests.ui_support import make_context

ROLE = "coordinator"


def _page(qtbot, database, tmp_path) -> AssessPage:
    """The Assess page on an empty new round, so every card starts unanswered."""
    fresh = repo.add_round(database, "รอบที่ 4", dt.date(2026, 2, 14))
    with database.session() as session:
        person = repo.list_facilitators(session, active_only=True)[0]
    ctx = make_context(database, tmp_path)
    ctx.settings.set_text(keys.ASSESS_PERSON, person.id)
    ctx.settings.set_text(keys.ASSESS_ROUND, fresh.id)
    ctx.settings.set_text(keys.ASSESS_ROLE, ROLE)
    page = AssessPage(ctx)
    # The radar redraws on a timer after each answer; let it finish before the page goes
    # (its timer firing into a page being torn down fails whichever test runs then).
    qtbot.addWidget(page, before_close_func=lambda w: _radar_drawn(qtbot, w))
    page.show()
    _radar_drawn(qtbot, page)
    return page


def _radar_drawn(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.radar.pending(), timeout=10000)


def _stored_level(database, page, code):
    sel = page.selection
    with database.session() as session:
        rows = repo.person_ratings(session, sel.facilitator_id, ROLE, sel.round_id)
    return next((r.level for r in rows if r.indicator == code), "none")


@pytest.fixture
def quick(demo_file):
    """The demo opened as the app opens it, but giving up on a busy database sooner."""
    database = open_database(str(demo_file), busy_ms=200)
    yield database
    database.dispose()


def test_a_busy_database_shows_saving_and_saves_once_it_is_free(qtbot, quick, demo_file, tmp_path):
    page = _page(qtbot, quick, tmp_path)
    card = page.form.cards[0]
    other = sqlite3.connect(demo_file, isolation_level=None)  # another program, writing
    other.execute("BEGIN IMMEDIATE")
    QTimer.singleShot(900, lambda: other.execute("ROLLBACK"))

    page.choose(card.code, 4)
    # The answer stays in the form while the database is busy.
    assert card.status.text() == "Level 4 · saving…"
    assert card.choices[4].property("chosen")
    assert page.message.text().startswith("Saving…")
    assert "locked" not in page.message.text()
    assert _stored_level(quick, page, card.code) == "none"

    qtbot.waitUntil(lambda: _stored_level(quick, page, card.code) == 4, timeout=15000)
    qtbot.waitUntil(lambda: not page.saves.waiting)
    other.close()
    assert card.status.text() == "Level 4 · saved ✓"
    assert page.message.text() == ""
    assert page.undo_action.isEnabled()


def test_answers_made_while_busy_are_saved_in_order(qtbot, quick, demo_file, tmp_path):
    page = _page(qtbot, quick, tmp_path)
    first, second = page.form.cards[0], page.form.cards[1]
    other = sqlite3.connect(demo_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    QTimer.singleShot(900, lambda: other.execute("ROLLBACK"))
    page.choose(first.code, 2)
    page.choose(second.code, 5)
    page.choose(first.code, 3)  # changed mind: the later answer wins
    assert [first.status.text(), second.status.text()] == [
        "Level 3 · saving…",
        "Level 5 · saving…",
    ]
    qtbot.waitUntil(lambda: not page.saves.waiting, timeout=15000)
    other.close()
    assert _stored_level(quick, page, first.code) == 3
    assert _stored_level(quick, page, second.code) == 5
    page.undo()
    assert _stored_level(quick, page, first.code) == 2


def test_a_full_disk_keeps_the_answer_in_the_form_until_saved_again(qtbot, demo_template, tmp_path):
    with small_disk(tmp_path / "disk", "16m") as disk:
        path = shutil.copy(demo_template, disk / "kmdesk.db")
        database = open_database(str(path), busy_ms=200)
        try:
            page = _page(qtbot, database, tmp_path)
            page.resize(1180, 640)  # the page's room in a 1366x768 window
            card = page.form.cards[0]
            filler = fill(disk)
            page.choose(card.code, 2)
            assert card.status.text() == "Level 2 · not saved"
            assert page.saves.state == NOT_SAVED
            assert "The disk is full" in page.message.text()
            assert page.retry_button.isVisibleTo(page)
            # The message has a row of its own: a line or two, with the form still in view
            # (squeezed beside the buttons it wrapped to twenty lines in Thai), and the
            # "every answer is saved at once" note is not shown beside it.
            qtbot.wait(20)
            assert page.message.isVisible()
            assert page.message.height() <= 3 * page.message.fontMetrics().lineSpacing() + 8
            assert page.stack.mapTo(page, page.stack.rect().topLeft()).y() < 200
            assert not page.saved_note.isVisible()
            assert _stored_level(database, page, card.code) == "none"

            filler.unlink()
            page.retry_button.click()
            assert _stored_level(database, page, card.code) == 2
            assert card.status.text() == "Level 2 · saved ✓"
            assert not page.retry_button.isVisibleTo(page)
        finally:
            database.dispose()


def test_a_read_only_database_refuses_plainly_and_changes_nothing(qtbot, demo_db, tmp_path):
    page = _page(qtbot, demo_db, tmp_path)
    demo_db.read_only = True  # as opened on a read-only disk (tests/test_ui_opening.py)
    page.refresh()
    _radar_drawn(qtbot, page)
    card = page.form.cards[0]
    page.choose(card.code, 3)
    assert page.message.text() == "This database is read-only: nothing can be changed."
    assert not card.answered()
    assert not page.copy_button.isEnabled()
    assert card.note.isReadOnly()
    demo_db.read_only = False
    assert _stored_level(demo_db, page, card.code) == "none"
