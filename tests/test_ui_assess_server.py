"""The Assess form on a shared server (issue 11): no lost update, and nothing lost when the
connection drops. Against the real PostgreSQL the tests start, and on SQLite as before."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.ui.assess.conflict import ConflictDialog
from kmdesk.ui.assess.page import AssessPage
from kmdesk.ui.assess.saving import OFFLINE
from kmdesk.ui.common import i18n
from kmdesk.ui.common import settings as keys
from tests.ui_support import make_context

pytest_plugins = ("tests.engines", "tests.server_support")

ROLE = "coordinator"


def _page(qtbot, database, tmp_path, person, rnd) -> AssessPage:
    i18n.switch("en")
    ctx = make_context(database, tmp_path)
    ctx.settings.set_text(keys.ASSESS_PERSON, person)
    ctx.settings.set_text(keys.ASSESS_ROUND, rnd)
    ctx.settings.set_text(keys.ASSESS_ROLE, ROLE)
    page = AssessPage(ctx)
    qtbot.addWidget(page, before_close_func=lambda w: _settled(qtbot, w))
    page.show()
    qtbot.waitUntil(lambda: page.selection is not None and bool(page.form.cards))
    return page


def _settled(qtbot, page) -> None:
    if page.conflict_dialog is not None:
        page.conflict_dialog.done(0)
    radar = page.radar
    qtbot.waitUntil(lambda: not radar.pending() or not radar.isVisible(), timeout=10000)


def _stored(database, person, rnd, code):
    with database.session() as session:
        found = [r for r in repo.person_ratings(session, person, ROLE, rnd) if r.indicator == code]
    return (found[0].level, found[0].evidence) if found else None


def _dialog(qtbot, page) -> ConflictDialog:
    qtbot.waitUntil(lambda: page.conflict_dialog is not None and page.conflict_dialog.isVisible())
    return page.conflict_dialog


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_two_clients_edit_one_rating_and_the_second_sees_both_and_chooses(
    qtbot, tmp_path, two_sessions, keep
):
    database, other, person, rnd = two_sessions
    engine = "sqlite" if database.path is not None else "postgresql"
    page = _page(qtbot, database, tmp_path, person, rnd)
    code = page.form.cards[0].code
    # The form has loaded; meanwhile the other PC answers the same indicator.
    repo.set_rating(other, person, rnd, ROLE, code, 4, "ตอบจากอีกเครื่อง")
    page.choose(code, 2)
    if engine == "sqlite":
        # On a file the form behaves as before: the later answer is saved, nobody asked.
        assert _stored(database, person, rnd, code) == (2, "")
        assert page.conflict_dialog is None and page.saves.state == ""
        return
    assert _stored(database, person, rnd, code) == (4, "ตอบจากอีกเครื่อง")  # not overwritten
    dialog = _dialog(qtbot, page)
    shown = dialog.text() + dialog.informativeText()
    assert code in shown
    assert "level 4" in shown and "ตอบจากอีกเครื่อง" in shown  # theirs, with its note
    assert "level 2" in shown  # and mine
    # who and when: the other opening runs on this very PC here
    assert "saved on this computer" in shown and i18n.date_text(dt.date.today()) in shown
    assert "waiting" not in page.message.text() and "choose" in page.message.text()
    card = page.form.card(code)
    assert "not saved" in card.status.text()
    button = dialog.mine_button if keep == "mine" else dialog.theirs_button
    button.click()
    qtbot.waitUntil(lambda: page.conflict_dialog is None and page.saves.state == "")
    if keep == "mine":
        assert _stored(database, person, rnd, code) == (2, "")  # mine, as the dialog showed it
        assert card.status.text().startswith("Level 2")
    else:
        assert _stored(database, person, rnd, code) == (4, "ตอบจากอีกเครื่อง")
        qtbot.waitUntil(lambda: card.status.text().startswith("Level 4"))
    assert card.unsaved is None
    # The next change on this form builds on what it now shows: no second question.
    note = _stored(database, person, rnd, code)[1]
    page.choose(code, 5)
    assert _stored(database, person, rnd, code) == (5, note)
    QApplication.processEvents()
    assert page.conflict_dialog is None


@pytest.mark.pg
def test_a_connection_killed_mid_session_keeps_the_change_and_saves_it_when_back(
    qtbot, tmp_path, pg_url, pg_server_url
):
    database = open_database(pg_url)
    team = repo.add_team(database, "ท่าไร่")
    person = repo.add_facilitator(database, "มาลัย ศรีสุข", "พอช.", team.id).id
    rnd = repo.add_round(database, "รอบที่ 1", dt.date(2025, 8, 8)).id
    try:
        page = _page(qtbot, database, tmp_path, person, rnd)
        first, second = page.form.cards[0].code, page.form.cards[1].code
        page.saves.timer.timeout.disconnect()  # the test says when the server is back
        name = make_url(pg_url).database
        from tests.server_support import kill_on_rating_write

        stop_killing = kill_on_rating_write(database, pg_server_url, name)  # the form's own
        page.choose(first, 3)
        assert page.saves.state == OFFLINE
        page.choose(second, 4)  # made while the server is away: waits behind the first
        assert _stored(database, person, rnd, first) is None  # nothing half-written
        # Told plainly, with how many changes wait; the answers stay on the cards.
        text = page.message.text()
        assert "No connection to the server: 2 waiting to be saved" in text
        assert "unexpected" not in text.lower()
        for code, level in ((first, 3), (second, 4)):
            card = page.form.card(code)
            assert card.shown_level() == level
            assert "waiting to be saved" in card.status.text()
        assert page.retry_button.isVisible()
        stop_killing()
        page.saves.timer.timeout.connect(page.saves.retry)
        page.saves.timer.start(0)  # the retry timer fires: the pool makes a new connection
        qtbot.waitUntil(lambda: page.saves.state == "" and not page.saves.waiting)
        assert _stored(database, person, rnd, first) == (3, "")
        assert _stored(database, person, rnd, second) == (4, "")
        assert "waiting" not in page.message.text()
        assert not page.retry_button.isVisible()
        assert page.form.card(first).unsaved is None
    finally:
        database.dispose()


@pytest.mark.pg
def test_a_facilitator_changing_someone_elses_rating_is_told_plainly(qtbot, tmp_path, network):
    database = network.open_as("malai")
    try:
        somchai = network.people["somchai"].id
        ctx_person, rnd = somchai, network.round.id
        page = _page(qtbot, database, tmp_path, ctx_person, rnd)
        page.role_combo.setCurrentIndex(page.role_combo.findData("recorder"))
        qtbot.waitUntil(lambda: page.form.card("S8.1") is not None)
        page.choose("S8.1", 5)
        text = page.message.text()
        assert "You may change only your own ratings" in text
        assert "unexpected" not in text.lower() and "70" not in text
        assert network.rating("somchai") == (3, "เดิม")  # the server refused it
        # Trying again cannot help: the form shows what is stored, nothing waits.
        qtbot.waitUntil(lambda: page.form.card("S8.1").status.text().startswith("Level 3"))
        assert not page.saves.waiting and not page.retry_button.isVisible()
        _settled(qtbot, page)
    finally:
        database.dispose()


def test_the_servers_refusals_have_plain_words_of_their_own():
    from kmdesk.store.server_errors import Conflict, ConnectionLost, NotAllowed, Value
    from kmdesk.ui.common.errors import plain_message

    i18n.switch("en")
    assert plain_message(NotAllowed("permission denied for table rating")) == (
        "You may change only your own ratings (the server decides who may change what). "
        "Nothing was saved."
    )
    lost = plain_message(ConnectionLost("server closed the connection unexpectedly"))
    assert lost.startswith("The connection to the server was lost, so this was not saved yet.")
    assert "Nothing is lost" in lost and "unexpected" not in lost
    told = plain_message(Conflict(Value(2, ""), Value(4, "x"), 7))
    assert told.startswith("Someone else changed this rating while you were working on it")


@pytest.mark.pg
def test_undo_and_redo_are_the_forms_own_changes_not_someone_elses(qtbot, tmp_path, pg_url):
    database = open_database(pg_url)
    team = repo.add_team(database, "ท่าไร่")
    person = repo.add_facilitator(database, "มาลัย ศรีสุข", "พอช.", team.id).id
    rnd = repo.add_round(database, "รอบที่ 1", dt.date(2025, 8, 8)).id
    try:
        page = _page(qtbot, database, tmp_path, person, rnd)
        code = page.form.cards[0].code
        page.choose(code, 3)
        page.choose(code, 4)
        page.undo()
        assert _stored(database, person, rnd, code) == (3, "")
        page.choose(code, 5)  # after the undo: no question, it simply saves
        QApplication.processEvents()
        assert page.conflict_dialog is None and page.saves.state == ""
        assert _stored(database, person, rnd, code) == (5, "")
        page.undo()
        page.redo()
        page.choose(code, 2)
        QApplication.processEvents()
        assert page.conflict_dialog is None
        assert _stored(database, person, rnd, code) == (2, "")
        _settled(qtbot, page)
    finally:
        database.dispose()
