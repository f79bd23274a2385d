"""The Assess form's other writes on a shared server (issue 11): undo, redo, removing an answer
and copying the previous round each check the version the form saw, so none of them writes
over someone else's newer answer unasked. Against the real PostgreSQL the tests start, with
two openings of one database as two PCs; on SQLite undo works as before."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from kmdesk.store import repo
from kmdesk.store.db import open_database
from tests.test_ui_assess_server import ROLE, _dialog, _page, _settled, _stored

pytest_plugins = ("tests.engines", "tests.server_support")


@pytest.fixture
def pcs(pg_url):
    """Two openings of one server database (this PC and another) and a person with a round."""
    first = open_database(pg_url)
    team = repo.add_team(first, "ท่าไร่")
    person = repo.add_facilitator(first, "มาลัย ศรีสุข", "พอช.", team.id).id
    rnd = repo.add_round(first, "รอบที่ 2", dt.date(2025, 8, 8)).id
    second = open_database(pg_url)
    yield first, second, person, rnd
    first.dispose()
    second.dispose()


def _told(dialog) -> str:
    return dialog.text() + dialog.informativeText()


@pytest.mark.pg
@pytest.mark.parametrize("keep", ["theirs", "mine"])
def test_undo_over_someone_elses_newer_answer_asks_and_overwrites_nothing_unasked(
    qtbot, tmp_path, pcs, keep
):
    database, other, person, rnd = pcs
    page = _page(qtbot, database, tmp_path, person, rnd)
    code = page.form.cards[0].code
    page.choose(code, 2)
    assert page.undo_action.isEnabled()
    # The other PC answers the same indicator after this form saved its 2.
    repo.set_rating(other, person, rnd, ROLE, code, 4, "เห็นในที่ประชุม")
    page.undo()  # would remove the answer: theirs is newer
    assert _stored(database, person, rnd, code) == (4, "เห็นในที่ประชุม")  # not overwritten
    told = _told(_dialog(qtbot, page))
    assert code in told
    assert "level 4" in told and "เห็นในที่ประชุม" in told  # theirs, with its note
    assert "no answer (removed)" in told  # and what the undo would have written
    assert not page.undo_action.isEnabled()  # nothing else happens until it is settled
    dialog = page.conflict_dialog
    (dialog.theirs_button if keep == "theirs" else dialog.mine_button).click()
    qtbot.waitUntil(lambda: page.conflict_dialog is None and page.saves.state == "")
    card = page.form.card(code)
    if keep == "theirs":
        assert _stored(database, person, rnd, code) == (4, "เห็นในที่ประชุม")
        qtbot.waitUntil(lambda: card.status.text().startswith("Level 4"))
        # The step led to an answer that is no longer there: undo starts afresh.
        assert page.undo_stack.count() == 0 and not page.undo_action.isEnabled()
        assert "undo starts afresh" in page.message.text()
    else:
        assert _stored(database, person, rnd, code) is None  # undone, on purpose
        assert card.state is None
        assert page.undo_stack.index() == 0 and page.redo_action.isEnabled()
        page.redo()  # builds on what the undo wrote: no second question
        QApplication.processEvents()
        assert page.conflict_dialog is None
        assert _stored(database, person, rnd, code) == (2, "")
    _settled(qtbot, page)


@pytest.mark.pg
def test_redo_over_someone_elses_answer_is_refused_with_both_shown(qtbot, tmp_path, pcs):
    database, other, person, rnd = pcs
    page = _page(qtbot, database, tmp_path, person, rnd)
    code = page.form.cards[0].code
    page.choose(code, 2)
    page.undo()
    assert _stored(database, person, rnd, code) is None
    repo.set_rating(other, person, rnd, ROLE, code, 5, "")
    page.redo()
    assert _stored(database, person, rnd, code) == (5, "")
    told = _told(_dialog(qtbot, page))
    assert "level 5" in told and "level 2" in told
    page.conflict_dialog.theirs_button.click()
    qtbot.waitUntil(lambda: page.conflict_dialog is None and page.saves.state == "")
    assert _stored(database, person, rnd, code) == (5, "")
    qtbot.waitUntil(lambda: page.form.card(code).status.text().startswith("Level 5"))
    assert page.undo_stack.count() == 0
    _settled(qtbot, page)


@pytest.mark.pg
def test_removing_an_answer_someone_else_changed_is_refused_with_both_shown(qtbot, tmp_path, pcs):
    database, other, person, rnd = pcs
    page = _page(qtbot, database, tmp_path, person, rnd)
    code = page.form.cards[0].code
    page.choose(code, 3)
    repo.set_rating(other, person, rnd, ROLE, code, 1, "ยังไม่ได้เริ่ม")
    page.clear(code)
    assert _stored(database, person, rnd, code) == (1, "ยังไม่ได้เริ่ม")
    told = _told(_dialog(qtbot, page))
    assert "level 1" in told and "ยังไม่ได้เริ่ม" in told
    assert "no answer (removed)" in told
    page.conflict_dialog.theirs_button.click()
    qtbot.waitUntil(lambda: page.conflict_dialog is None and page.saves.state == "")
    assert _stored(database, person, rnd, code) == (1, "ยังไม่ได้เริ่ม")
    qtbot.waitUntil(lambda: page.form.card(code).status.text().startswith("Level 1"))


def _earlier_round(database, person, codes_levels) -> str:
    earlier = repo.add_round(database, "รอบที่ 1", dt.date(2025, 2, 8)).id
    for code, level in codes_levels.items():
        repo.set_rating(database, person, earlier, ROLE, code, level, f"รอบก่อน {code}")
    return earlier


@pytest.mark.pg
def test_copying_over_an_answer_someone_else_made_copies_nothing_and_says_so(qtbot, tmp_path, pcs):
    database, other, person, rnd = pcs
    page0 = _page(qtbot, database, tmp_path / "codes", person, rnd)
    codes = [card.code for card in page0.form.cards[:5]]
    _settled(qtbot, page0)
    page0.close()
    # The earlier round answered five indicators: 2, 3, 4, 2, 3.
    earlier = dict(zip(codes, (2, 3, 4, 2, 3), strict=True))
    _earlier_round(database, person, earlier)
    page = _page(qtbot, database, tmp_path, person, rnd)
    assert page.copy_button.isEnabled()
    # Meanwhile the other PC answers two of the five this form shows unanswered.
    repo.set_rating(other, person, rnd, ROLE, codes[0], 5, "")
    repo.set_rating(other, person, rnd, ROLE, codes[3], None, "")
    page.copy_previous_round()
    # Nothing copied, theirs untouched.
    for code in codes[1:3] + codes[4:]:
        assert _stored(database, person, rnd, code) is None
    assert _stored(database, person, rnd, codes[0]) == (5, "")
    assert _stored(database, person, rnd, codes[3]) == (None, "")
    # Told plainly: how many, and both answers of each.
    qtbot.waitUntil(lambda: "Nothing was saved" in page.message.text())
    text = page.message.text()
    assert "Nothing was saved" in text and "changed 2 of these answers" in text
    assert f"{codes[0]}: theirs level 5, yours level 2" in text
    assert f"{codes[3]}: theirs not sure, yours level 2" in text
    # The form shows what is stored; no step to undo.
    assert page.form.card(codes[0]).status.text().startswith("Level 5")
    assert page.stored[codes[3]].level is None
    assert page.undo_stack.count() == 0 and page.saves.state == ""
    # Copying again fills the three still unanswered, and leaves theirs.
    page.copy_previous_round()
    assert [_stored(database, person, rnd, c) for c in codes] == [
        (5, ""),
        (3, f"รอบก่อน {codes[1]}"),
        (4, f"รอบก่อน {codes[2]}"),
        (None, ""),
        (3, f"รอบก่อน {codes[4]}"),
    ]
    assert "3 answers copied" in page.message.text()
    _settled(qtbot, page)


@pytest.mark.pg
def test_undoing_a_copy_someone_else_changed_since_is_refused_with_a_count(qtbot, tmp_path, pcs):
    database, other, person, rnd = pcs
    page0 = _page(qtbot, database, tmp_path / "codes", person, rnd)
    codes = [card.code for card in page0.form.cards[:3]]
    _settled(qtbot, page0)
    page0.close()
    _earlier_round(database, person, dict(zip(codes, (1, 2, 3), strict=True)))
    page = _page(qtbot, database, tmp_path, person, rnd)
    page.copy_previous_round()
    assert [_stored(database, person, rnd, c)[0] for c in codes] == [1, 2, 3]
    # The other PC changes two copied answers, and removes the third (as the undo would).
    repo.set_rating(other, person, rnd, ROLE, codes[0], None, "")
    repo.clear_rating(other, person, rnd, ROLE, codes[1])
    repo.set_rating(other, person, rnd, ROLE, codes[2], 4, "ดีขึ้น")
    page.undo()  # would remove all three
    assert [_stored(database, person, rnd, c) for c in codes] == [(None, ""), None, (4, "ดีขึ้น")]
    qtbot.waitUntil(lambda: "Nothing was saved" in page.message.text())
    text = page.message.text()
    assert "changed 2 of these answers" in text and "Undo starts afresh" in text
    assert f"{codes[0]}: theirs not sure, yours no answer (removed)" in text
    assert f"{codes[2]}: theirs level 4 · “ดีขึ้น”, yours no answer (removed)" in text
    assert codes[1] not in text  # removed by both: nothing of theirs to lose there
    assert page.undo_stack.count() == 0 and not page.undo_action.isEnabled()
    assert page.form.card(codes[2]).status.text().startswith("Level 4")
    assert page.conflict_dialog is None
    _settled(qtbot, page)


@pytest.mark.pg
def test_writes_nobody_else_touched_are_saved_as_before(qtbot, tmp_path, pcs):
    database, other, person, rnd = pcs
    page = _page(qtbot, database, tmp_path, person, rnd)
    first, second, third = (card.code for card in page.form.cards[:3])
    page.choose(first, 2)
    page.choose(second, 4)
    # The other PC changes a different indicator only.
    repo.set_rating(other, person, rnd, ROLE, third, 5, "")
    page.undo()
    assert _stored(database, person, rnd, second) is None
    page.redo()
    assert _stored(database, person, rnd, second) == (4, "")
    page.clear(first)
    assert _stored(database, person, rnd, first) is None
    page.undo()
    assert _stored(database, person, rnd, first) == (2, "")
    QApplication.processEvents()
    assert page.conflict_dialog is None and page.saves.state == ""
    assert _stored(database, person, rnd, third) == (5, "")
    assert page.undo_stack.count() == 3 and page.undo_stack.index() == 2
    _settled(qtbot, page)


def test_on_a_database_file_undo_and_redo_work_as_before(qtbot, tmp_path):
    database = open_database(str(tmp_path / "kmdesk.db"), create=True)
    other = open_database(str(tmp_path / "kmdesk.db"))
    try:
        team = repo.add_team(database, "ท่าไร่")
        person = repo.add_facilitator(database, "มาลัย ศรีสุข", "พอช.", team.id).id
        rnd = repo.add_round(database, "รอบที่ 1", dt.date(2025, 8, 8)).id
        page = _page(qtbot, database, tmp_path, person, rnd)
        code = page.form.cards[0].code
        page.choose(code, 2)
        page.choose(code, 3)
        page.undo()
        assert _stored(database, person, rnd, code) == (2, "")
        # Another window on the same file: on a file there are no versions to check, and
        # undo puts back what this form had, as it always did.
        repo.set_rating(other, person, rnd, ROLE, code, 5, "")
        page.undo()
        assert _stored(database, person, rnd, code) is None
        assert page.form.card(code).state is None
        page.redo()
        page.redo()
        assert _stored(database, person, rnd, code) == (3, "")
        assert page.form.card(code).status.text().startswith("Level 3")
        QApplication.processEvents()
        assert page.conflict_dialog is None and page.saves.state == ""
        assert page.undo_stack.index() == 2 and not page.redo_action.isEnabled()
        _settled(qtbot, page)
    finally:
        database.dispose()
        other.dispose()


@pytest.mark.pg
def test_an_undo_made_while_the_server_is_away_waits_and_the_stack_moves_once_it_lands(
    qtbot, tmp_path, pcs, pg_url, pg_server_url
):
    from sqlalchemy.engine import make_url

    from kmdesk.ui.assess.saving import OFFLINE
    from tests.server_support import kill_on_rating_write

    database, _other, person, rnd = pcs
    page = _page(qtbot, database, tmp_path, person, rnd)
    code = page.form.cards[0].code
    page.choose(code, 2)
    page.choose(code, 3)
    page.saves.timer.timeout.disconnect()  # the test says when the server is back
    stop_killing = kill_on_rating_write(database, pg_server_url, make_url(pg_url).database)
    page.undo()
    assert page.saves.state == OFFLINE
    assert _stored(database, person, rnd, code) == (3, "")  # nothing half-written
    # The undo waits like any save: its answer on the card, the stack not moved yet.
    card = page.form.card(code)
    assert card.shown_level() == 2 and "waiting to be saved" in card.status.text()
    assert page.undo_stack.index() == 2
    assert not page.undo_action.isEnabled() and not page.redo_action.isEnabled()
    stop_killing()
    page.saves.timer.timeout.connect(page.saves.retry)
    page.saves.timer.start(0)
    qtbot.waitUntil(lambda: page.saves.state == "" and not page.saves.waiting)
    assert _stored(database, person, rnd, code) == (2, "")
    assert page.undo_stack.index() == 1 and page.redo_action.isEnabled()
    assert card.unsaved is None and card.status.text().startswith("Level 2")
    _settled(qtbot, page)
