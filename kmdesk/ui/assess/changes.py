"""The Assess page's changes: answers, notes and copying saved at once, undo and redo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer

from kmdesk.logs import refused
from kmdesk.store import assess_queries, repo
from kmdesk.store.errors import StoreError
from kmdesk.store.repo import NotFound
from kmdesk.store.server_errors import NotAllowed
from kmdesk.ui.assess.saving import CONFLICT, NOT_SAVED, OFFLINE, SAVING, Save, Shown
from kmdesk.ui.assess.undo import RatingsChange, Selection, States

# The messages about changes still waiting: cleared once everything is saved.
WAITING_MESSAGES = ("saving", "not_saved", "offline", "conflict")


class AssessChanges:
    """Saves what the person chose and keeps its undo history (a mixin of ``AssessPage``).

    Its words are translated in the ``AssessPage`` context, like the page's own.
    """

    def choose(self, code: str, level: int | None, advance: bool = False) -> None:
        """Answer ``code`` with a level (None: not sure); ``advance`` moves to the next card."""
        sel = self.selection
        card = self.form.card(code)
        if sel is None or card is None or self._refused_read_only():
            return
        if card.answered() and card.shown_level() == level:
            if card.unsaved is not None and self.saves.state in (NOT_SAVED, OFFLINE):
                self.saves.retry()  # choosing it again is asking to save it again
            if advance:
                self.form.advance_from(code)
            return
        # A note typed before the first answer is saved with it.
        evidence = None if self.stored.get(code) is not None else card.note_text()
        label = (
            QCoreApplication.translate("AssessPage", "not sure") if level is None else str(level)
        )
        self._save(
            sel,
            lambda: repo.set_rating(
                self.ctx.database,
                *self._key(sel),
                code,
                level,
                evidence,
                expected_version=self.versions.expected(sel, code),
            ),
            [code],
            QCoreApplication.translate("AssessPage", "answer {0}: {1}").format(code, label),
            {code: Shown(level)},
        )
        if advance:
            self.form.advance_from(code)

    def clear(self, code: str) -> None:
        """Remove the answer to ``code`` (undo brings it back with its note)."""
        sel = self.selection
        card = self.form.card(code)
        if sel is None or card is None or not card.answered() or self._refused_read_only():
            return
        self._save(
            sel,
            lambda: repo.clear_rating(
                self.ctx.database,
                *self._key(sel),
                code,
                expected_version=self.versions.expected(sel, code),
            ),
            [code],
            QCoreApplication.translate("AssessPage", "remove answer {0}").format(code),
            {code: Shown(cleared=True)},
        )

    def save_note(self, code: str, text: str) -> None:
        """Save the evidence note; on an unanswered card it waits for the answer."""
        sel = self.selection
        card = self.form.card(code)
        if sel is None or card is None or not card.answered():
            return
        state = self.stored.get(code)
        if card.unsaved is None and state is not None and state.evidence == text.strip():
            return
        if self._refused_read_only():
            return
        level = card.shown_level()
        self._save(
            sel,
            lambda: repo.set_rating(
                self.ctx.database,
                *self._key(sel),
                code,
                level,
                text.strip(),
                expected_version=self.versions.expected(sel, code),
            ),
            [code],
            QCoreApplication.translate("AssessPage", "note on {0}").format(code),
            {code: Shown(level)},
        )

    def copy_previous_round(self) -> None:
        """Fill the unanswered indicators from the previous round, as one undoable step."""
        sel, earlier = self.selection, self.earlier
        if sel is None or earlier is None or self._refused_read_only():
            return

        def said(done: list[str]) -> None:
            if done:
                self._show_message("copied", len(done), earlier.title)
            else:
                self._show_message("nothing_to_copy", earlier.title)

        self._save(
            sel,
            lambda: repo.copy_ratings(
                self.ctx.database,
                sel.facilitator_id,
                earlier.id,
                sel.round_id,
                sel.role,
                expected=self.versions.seen(sel),
            ),
            None,
            QCoreApplication.translate("AssessPage", "copy answers from {0}").format(earlier.title),
            landed=said,
        )

    def _refused_read_only(self) -> bool:
        if self.read_only:
            self._show_message("read_only")
        return self.read_only

    def _save(
        self,
        sel: Selection,
        write: Callable[[], object],
        codes: list[str] | None,
        text: str,
        shown: dict[str, Shown] | None = None,
        landed: Callable[[list[str]], None] | None = None,
        history: tuple[int, int] | None = None,
    ) -> None:
        """Hand one change to the queue: saved now, or kept in the form until it can be."""
        self.saves.submit(Save(sel, write, codes, text, shown or {}, landed, history))

    def _land(self, save: Save) -> None:
        """Run one committed write, show it and push its undo step.

        The store's errors (busy, disk full, offline…) go back to the queue, which keeps the
        change; a person or round removed elsewhere, or a write the server does not allow,
        drops it and reloads; a bug goes on up.
        """
        sel = save.selection
        try:
            result = save.write()
            changed = list(save.codes) if save.codes is not None else list(result or [])
            after: States = {}
            if changed:
                with self.ctx.database.session() as session:
                    after = assess_queries.stored_ratings(session, *self._key(sel), changed)
                    self.versions.read(session, sel, changed)
        except (NotFound, NotAllowed) as exc:
            # Refused for good (the person or round is gone; the server does not let this
            # login change it): trying again cannot help, so the form shows what is stored.
            self._write_failed(exc)
            return
        if save.landed is not None:
            save.landed(changed)
        if not changed:
            return
        if sel != self.selection:
            # Saved after the person moved on: the other pages still need to know.
            self.ctx.events.rating_changed.emit(*self._key(sel))
            return
        if save.history is not None:
            self._move_history(save.history, after)
            return
        before = {code: self.stored.get(code) for code in changed}
        self._apply(sel, after)
        self.undo_stack.push(
            RatingsChange(sel, before, after, save.text, self._apply, self._write_failed)
        )
        for code in changed:
            card = self.form.card(code)
            if card is not None:
                card.flash_saved()

    def _saves_changed(self) -> None:
        """Show which answers are still waiting to be saved, and why."""
        state = self.saves.state
        self.form.set_unsaved(self.saves.shown_for(self.selection), state)
        self.retry_button.setVisible(state in (NOT_SAVED, OFFLINE))
        if state == SAVING:
            self._show_message("saving")
        elif state == NOT_SAVED:
            self._show_message("not_saved")
        elif state == OFFLINE:
            self._show_message("offline", len(self.saves.waiting))
        elif state == CONFLICT:
            self._show_message("conflict")
        elif self._message_key is not None and self._message_key[0] in WAITING_MESSAGES:
            self._clear_message()
        self._history_changed()

    def _drop_unsaved(self) -> None:
        # Another database (or a restored backup) is open: the waiting changes were meant
        # for what was there before.
        dropped = self.saves.drop_all()
        if dropped:
            self._show_message("dropped", dropped)

    def _apply(self, sel: Selection, states: States) -> None:
        """Show rows just written (by a change, an undo or a redo) and tell the other pages."""
        if sel != self.selection:
            return
        for code, state in states.items():
            if state is None:
                self.stored.pop(code, None)
            else:
                self.stored[code] = state
        self.form.set_states(states)
        # What was just written here is this PC's (no read: this runs inside saves and undo).
        self.other_pcs -= set(states)
        self.form.set_other_pc(self.other_pcs)
        self._update_counter()
        self._update_copy()
        self._update_radar()
        if self._in_history and states:
            # Show what the undo or redo changed.
            card = self.form.card(next(iter(states)))
            if self._focus_in_form():
                self.form.focus_card(card)
            else:
                self.form.mark_current(card)
        self._announcing = True
        try:
            self.ctx.events.rating_changed.emit(*self._key(sel))
        finally:
            self._announcing = False

    def _write_failed(self, exc: StoreError | NotFound) -> None:
        if isinstance(exc, StoreError):
            refused("undo", exc)
        self._show_message("problem", exc)
        # Not while QUndoStack is still inside undo()/redo(): its commands would be deleted.
        QTimer.singleShot(0, self._reload_after_problem)

    def _reload_after_problem(self) -> None:
        self.undo_stack.clear()
        self._built_for = None
        self._load_selection()

    def _rating_changed_elsewhere(self, facilitator_id: str, round_id: str, role: str) -> None:
        sel = self.selection
        if self._announcing or sel is None:
            return
        if facilitator_id != sel.facilitator_id or role != sel.role:
            return
        if round_id == sel.round_id:
            if self.undo_stack.count():
                self.undo_stack.clear()
                self._show_message("elsewhere")
            self._load_selection()
        elif self.earlier is not None and round_id == self.earlier.id:
            self._load_selection()

    # --- undo and redo ----------------------------------------------------------------

    def undo(self) -> None:
        self._step(-1)

    def redo(self) -> None:
        self._step(+1)

    def _step(self, direction: int) -> None:
        """Write an undo (-1) or redo (+1) like any other save: on a server it expects the
        versions the form saw, so someone else's newer answer is never written over
        unasked (``Conflict``: the same question as for a save); offline it waits."""
        stack = self.undo_stack
        if self.saves.waiting or self.read_only:
            return  # history is written in order: first the changes still waiting
        if not (stack.canUndo() if direction < 0 else stack.canRedo()):
            return
        index = stack.index()
        step = stack.command(index - 1 if direction < 0 else index)
        sel, states = step.selection, dict(step.states(direction))
        self._save(
            sel,
            lambda: assess_queries.restore_ratings(
                self.ctx.database,
                *self._key(sel),
                states,
                expected=self.versions.expected_many(sel, states),
            ),
            list(states),
            stack.undoText() if direction < 0 else stack.redoText(),
            {
                code: Shown(cleared=True) if state is None else Shown(state.level)
                for code, state in states.items()
            },
            history=(direction, index),
        )

    def _move_history(self, history: tuple[int, int], written: States) -> None:
        """An undo or redo is written: the stack moves (its step shows the rows it wrote)."""
        direction, index = history
        stack = self.undo_stack
        if stack.index() != index:
            # The history was started afresh while it waited: only show what was written.
            self._apply(self.selection, written)
            return
        self._in_history = True
        try:
            if direction < 0:
                stack.undo()
            else:
                stack.redo()
        finally:
            self._in_history = False

    def _history_changed(self, *_args) -> None:
        stack = self.undo_stack
        free = not self.saves.waiting and not self.read_only
        self.undo_action.setEnabled(free and stack.canUndo())
        self.redo_action.setEnabled(free and stack.canRedo())
        self.undo_action.setText(QCoreApplication.translate("AssessPage", "Undo"))
        self.redo_action.setText(QCoreApplication.translate("AssessPage", "Redo"))
        self.undo_action.setToolTip(
            QCoreApplication.translate("AssessPage", "Undo {0} (Ctrl+Z)").format(stack.undoText())
            if stack.canUndo()
            else ""
        )
        self.redo_action.setToolTip(
            QCoreApplication.translate("AssessPage", "Redo {0} (Ctrl+Shift+Z)").format(
                stack.redoText()
            )
            if stack.canRedo()
            else ""
        )
