"""When a database cannot be opened: say why in plain words and let the user choose."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kmdesk.store.db import DamagedDatabase, DatabaseProblem, NewerDatabase, NotKmdeskDatabase


class DatabaseChoice(QWidget):
    """Holds the translated wording; ``ask`` returns a path to try next, or None to quit."""

    def explain(self, problem: DatabaseProblem) -> str:
        where = problem.location
        if isinstance(problem, NotKmdeskDatabase):
            text = self.tr("The file {0} is not a kmdesk database.")
        elif isinstance(problem, DamagedDatabase):
            text = self.tr("The file {0} is damaged and cannot be opened.")
        elif isinstance(problem, NewerDatabase):
            text = self.tr(
                "The file {0} was made by a newer kmdesk. Please update kmdesk to open it."
            )
        else:
            text = self.tr("The file {0} cannot be opened.")
        return text.format(where) + "\n\n" + self.tr("The file has not been changed.")

    def ask(self, problem: DatabaseProblem, parent: QWidget | None = None) -> str | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot open the database"))
        box.setText(self.explain(problem))
        open_other = box.addButton(self.tr("Open another…"), QMessageBox.ButtonRole.AcceptRole)
        create = box.addButton(self.tr("Create new…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_other:
            path, _ = QFileDialog.getOpenFileName(
                parent, self.tr("Open a kmdesk database"), "", self.tr("kmdesk database (*.db)")
            )
            return path or None
        if box.clickedButton() is create:
            path, _ = QFileDialog.getSaveFileName(
                parent,
                self.tr("Create a kmdesk database"),
                "kmdesk.db",
                self.tr("kmdesk database (*.db)"),
            )
            return path or None
        return None
