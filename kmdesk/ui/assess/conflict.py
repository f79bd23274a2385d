"""No lost update on a shared server: the versions the form saw, and choosing between two answers.

On a server each save says which version of the rating the person saw; when someone else
saved that rating meanwhile nothing is saved (``Conflict``) and the person is shown both
answers, theirs and their own, and chooses: keep theirs, or write theirs over with their
own. Undo, redo, removing an answer and copying the previous round are saves like any
other here; a change of many ratings (a copy, or its undo) is refused as a whole, with a
count and both answers of each. On a database file there are no versions to check, and
saves behave as before.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from kmdesk.store.pc import pc_id
from kmdesk.store.server_conflicts import NO_RATING, Conflicts, rating_versions
from kmdesk.store.server_errors import Conflict, Value
from kmdesk.ui.assess.saving import Save
from kmdesk.ui.assess.undo import Selection
from kmdesk.ui.common import i18n


class SeenVersions:
    """The version of each rating the person last saw, per selection and indicator.

    Only on a server (``active``); on a file ``expected`` is None, so saves do not check.
    """

    def __init__(self, database=None):
        self.database = database
        self.active = database is not None and database.path is None
        self._seen: dict[tuple[Selection, str], int] = {}

    def follow(self, database) -> None:
        """Another database was opened: what was seen belongs to the old one."""
        if database is not self.database:
            self.__init__(database)

    def expected(self, sel: Selection, code: str) -> int | None:
        if not self.active:
            return None
        return self._seen.get((sel, code), NO_RATING)

    def expected_many(self, sel: Selection, codes) -> dict[str, int] | None:
        """What a write of several ``codes`` expects (None on a file: no check)."""
        if not self.active:
            return None
        return {code: self._seen.get((sel, code), NO_RATING) for code in codes}

    def seen(self, sel: Selection) -> dict[str, int] | None:
        """Every version seen in ``sel`` (None on a file): a code missing was seen unanswered."""
        if not self.active:
            return None
        return {code: v for (s, code), v in self._seen.items() if s == sel}

    def set(self, sel: Selection, code: str, version: int) -> None:
        self._seen[(sel, code)] = version

    def read(self, session, sel: Selection, codes=None, keep=frozenset()) -> None:
        """Read the versions stored now for ``codes`` (None: all of ``sel``), except ``keep``:
        indicators whose changes still wait, which expect what the person saw before."""
        if not self.active:
            return
        stored = rating_versions(session, sel.facilitator_id, sel.round_id, sel.role)
        if codes is None:
            codes = set(stored) | {code for s, code in self._seen if s == sel}
        for code in codes:
            if code not in keep:
                self._seen[(sel, code)] = stored.get(code, NO_RATING)


def _answer(value: Value | None) -> str:
    if value is None:
        return QCoreApplication.translate("AssessPage", "no answer (removed)")
    level = (
        QCoreApplication.translate("AssessPage", "not sure")
        if value.level is None
        else QCoreApplication.translate("AssessPage", "level {0}").format(value.level)
    )
    note = value.evidence.strip()
    return f"{level} · “{note}”" if note else level


SUMMARY_LENGTH = 3  # the ratings named in a refused change of many; the rest are counted


def summary(conflicts: Conflicts) -> str:
    """Each rating of a refused change of many, with both answers: "K1.1: theirs …, yours …"."""
    items = list(conflicts.each.items())
    parts = [
        QCoreApplication.translate("AssessPage", "{0}: theirs {1}, yours {2}").format(
            code, _answer(c.theirs), _answer(c.mine)
        )
        for code, c in items[:SUMMARY_LENGTH]
    ]
    if len(items) > SUMMARY_LENGTH:
        parts.append(
            QCoreApplication.translate("AssessPage", "and {0} more").format(
                len(items) - SUMMARY_LENGTH
            )
        )
    return "; ".join(parts)


def _who_when(value: Value | None) -> str:
    """Where and when ``value`` was saved, as far as it is known."""
    if value is None:
        return ""
    where = ""
    if value.pc:
        where = (
            QCoreApplication.translate("AssessPage", "on this computer")
            if value.pc == pc_id()
            else QCoreApplication.translate("AssessPage", "on another computer")
        )
    when = ""
    if value.rated_at is not None:
        # Stored in UTC without a zone; shown in the PC's own time.
        at = value.rated_at
        local = (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone()
        when = f"{i18n.date_text(local.date())} {local:%H:%M}"
    return (
        QCoreApplication.translate("AssessPage", "saved {0}")
        .format(" ".join(x for x in (where, when) if x))
        .strip()
    )


class ConflictDialog(QMessageBox):
    """Both answers side by side; ``write_mine`` tells which one the person kept."""

    def __init__(self, parent: QWidget, code: str, about: str, conflict: Conflict):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("AssessPage", "Changed by someone else"))
        self.setText(
            QCoreApplication.translate(
                "AssessPage",
                "Someone else changed your answer to {0} while you were working on it. "
                "Nothing of yours was saved yet: choose which answer to keep.",
            ).format(code)
        )
        theirs = conflict.theirs
        rows = [
            (
                QCoreApplication.translate("AssessPage", "Theirs:"),
                _answer(theirs),
                _who_when(theirs),
            ),
            (
                QCoreApplication.translate("AssessPage", "Yours:"),
                _answer(conflict.mine),
                QCoreApplication.translate("AssessPage", "not saved"),
            ),
        ]
        self.setInformativeText(
            f"<p>{_html(about)}</p><table cellspacing='6'>"
            + "".join(
                f"<tr><td><b>{_html(a)}</b></td><td>{_html(b)}</td><td>{_html(c)}</td></tr>"
                for a, b, c in rows
            )
            + "</table>"
        )
        self.theirs_button = self.addButton(
            QCoreApplication.translate("AssessPage", "Keep theirs"),
            QMessageBox.ButtonRole.RejectRole,
        )
        self.mine_button = self.addButton(
            QCoreApplication.translate("AssessPage", "Save mine instead"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        # Keeping what is stored is the safe default (Enter, Esc).
        self.setDefaultButton(self.theirs_button)
        self.setEscapeButton(self.theirs_button)

    def write_mine(self) -> bool:
        return self.clickedButton() is self.mine_button


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AssessConflicts:
    """The page's side of a conflict (a mixin of ``AssessPage``): ask, then go on saving."""

    conflict_dialog: ConflictDialog | None = None

    def _conflicted(self, save: Save, conflict: Conflict) -> None:
        # Not from inside the queue's save: the dialog is opened once it has returned.
        QTimer.singleShot(0, lambda: self._ask_about_conflict(save, conflict))

    def _ask_about_conflict(self, save: Save, conflict: Conflict) -> None:
        if isinstance(conflict, Conflicts):
            self._refused_many(save, conflict)
            return
        code = save.codes[0] if save.codes else ""
        sel = save.selection
        if _same(conflict.theirs, conflict.mine):
            # The same answer (perhaps our own save, whose reply the connection lost):
            # nothing to choose; saved again over it, it lands like any other.
            self.versions.set(sel, code, conflict.version)
            self.saves.resolve(write_mine=True)
            return
        about = ""
        indicator = self.framework.indicator(code) if self.framework is not None else None
        if indicator is not None:
            about = f"{code} {i18n.text(indicator.text)}"
        dialog = ConflictDialog(self, code, about, conflict)
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda _result: self._conflict_chosen(dialog, sel, code))
        dialog.open()

    def _conflict_chosen(self, dialog: ConflictDialog, sel: Selection, code: str) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        self.versions.set(sel, code, dialog.conflict.version)
        mine = dialog.write_mine()
        self.saves.resolve(write_mine=mine)
        if not mine and sel == self.selection:
            # Theirs stays: the form shows what is stored now, and the steps that led to
            # ours cannot be taken back over theirs.
            self._forget_history({code})
            self._load_selection()

    def _refused_many(self, save: Save, conflicts: Conflicts) -> None:
        """A copy, or an undo or redo of several answers, met someone else's newer answers:
        none of it was saved. No choosing one by one: the form shows what is stored, and
        the message counts them and names both answers."""
        sel = save.selection
        self.saves.resolve(write_mine=False)
        forgot = False
        if sel == self.selection:
            forgot = self._forget_history(set(conflicts.each), told=False)
            self._load_selection()
        self._show_message("conflicts", conflicts, forgot)

    def _forget_history(self, codes: set[str], told: bool = True) -> bool:
        """Someone else's answer to ``codes`` is kept: steps that touch them are out of date,
        so undo starts afresh (as when a rating is changed elsewhere on this PC). Returns
        whether it did."""
        stack = self.undo_stack
        steps = (stack.command(i) for i in range(stack.count()))
        if not any(codes & set(step.before) for step in steps):
            return False
        stack.clear()
        if told:
            self._show_message("elsewhere")
        return True


def _same(theirs: Value | None, mine: Value | None) -> bool:
    if theirs is None or mine is None:
        return theirs is mine
    return (theirs.level, theirs.evidence) == (mine.level, mine.evidence)
