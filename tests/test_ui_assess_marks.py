"""A rating whose value came from another PC is marked on the Assess form (issue 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kmdesk.store import assess_marks, repo
from kmdesk.store import ratings_log as log
from kmdesk.store.pc import pc_id
from tests.test_ui_assess import (  # noqa: F401 (fixtures)
    ROLE,
    ctx,
    focused_card,
    fresh_round,
    page,
    person,
    sel,
)


def _rate_from_another_pc(monkeypatch, database, sel, code, level):  # noqa: F811
    with monkeypatch.context() as patch:
        patch.setattr(log, "pc_id", lambda: "0f0f0f0f-0000-4000-8000-000000000000")
        repo.set_rating(database, sel.facilitator_id, sel.round_id, sel.role, code, level)


def test_the_store_names_the_indicators_last_saved_elsewhere(monkeypatch, demo_db, sel):  # noqa: F811
    first, second = "K1.1", "K1.2"
    repo.set_rating(demo_db, sel.facilitator_id, sel.round_id, ROLE, first, 2)
    _rate_from_another_pc(monkeypatch, demo_db, sel, second, 4)
    with demo_db.session() as session:
        marks = assess_marks.from_other_pcs(session, *vars(sel).values(), pc_id())
    assert marks == {second}


def test_a_value_from_another_pc_is_marked_until_changed_here(
    qtbot,
    monkeypatch,
    page,  # noqa: F811
    sel,  # noqa: F811
    ctx,  # noqa: F811
):
    card = page.form.cards[1]
    _rate_from_another_pc(monkeypatch, page.ctx.database, sel, card.code, 4)
    ctx.events.rating_changed.emit(sel.facilitator_id, sel.round_id, sel.role)
    assert card.state is not None and card.state.level == 4
    assert card.other_pc.isVisible() and card.other_pc.text()
    assert not page.form.cards[0].other_pc.isVisible()
    # Answered again here: the value is this PC's now.
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_2)
    assert card.state.level == 2
    assert not card.other_pc.isVisible()
