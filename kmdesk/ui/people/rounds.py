"""Deleting a round from the People page: asked first, backed up, and the outcome in words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from kmdesk.logs import refused
from kmdesk.store import rounds as round_store
from kmdesk.store.errors import StoreError
from kmdesk.store.repo import NotFound
from kmdesk.ui.common import i18n
from kmdesk.ui.common.errors import plain_message


@dataclass(frozen=True)
class Outcome:
    """What happened, in the user's words; ``deleted`` is False when nothing was."""

    note: str
    deleted: bool


class RoundDeletion(QObject):
    """Names what goes with a round, asks, then deletes it after a backup (the store's rule)."""

    def __init__(self, database, parent: QWidget):
        super().__init__(parent)
        self.database = database
        self.widget = parent

    def run(self, round_id: str, date: dt.date) -> Outcome | None:
        """Delete the round if the user agrees; None when they cancel."""
        try:
            with self.database.session() as session:
                contents = round_store.round_contents(session, round_id)
            if not self.confirm(contents, date):
                return None
            deleted = round_store.delete_round(self.database, round_id)
        except NotFound as exc:
            refused("delete round", exc)
            return Outcome(
                self.tr("That round is no longer there: it was deleted elsewhere."), False
            )
        except StoreError as exc:
            refused("delete round", exc)
            return Outcome(self.tr("Nothing was deleted: {0}").format(plain_message(exc)), False)
        note = self.tr("Deleted the round “{0}” (ratings deleted: {1}).").format(
            deleted.title, deleted.ratings
        )
        if deleted.backup is not None:
            note += " " + self.tr("The backup made just before is:\n{0}").format(deleted.backup)
        return Outcome(note, True)

    def confirm(self, contents: round_store.RoundContents, date: dt.date) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete round"), "", parent=self.widget)
        box.setText(
            self.tr("Delete the round “{0}” of {1}?").format(contents.title, i18n.date_text(date))
        )
        if contents.ratings:
            held = self.tr(
                "Its ratings are deleted with it: {0} ratings, by {1} facilitators."
            ).format(contents.ratings, contents.people)
        else:
            held = self.tr("Nobody has rated in it yet.")
        if contents.plans:
            held += "\n" + self.tr(
                "Its learning plan goes too: {0} agreed levels and learning actions."
            ).format(contents.plans)
        if self.database.path is not None:
            backup = self.tr("kmdesk backs up the database first, so it can be brought back.")
        else:
            backup = self.tr(
                "This database is on a server: kmdesk cannot back it up first. Only the "
                "server's own backups can bring the round back."
            )
        # Since bundles carry deletions, this reaches other PCs too: say so before, not after.
        spread = self.tr(
            "Other PCs that merge a bundle from this one delete the round too, and an older "
            "bundle no longer brings it back."
        )
        box.setInformativeText(f"{held}\n\n{backup}\n\n{spread}")
        delete = box.addButton(self.tr("Delete round"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("delete")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        agreed = box.clickedButton() is delete
        box.deleteLater()
        return agreed
