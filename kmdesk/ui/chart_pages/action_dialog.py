"""The dialog for one learning action: who learns what from whom, by when, and its status."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.cycle import STATUSES, Action
from kmdesk.ui.chart_pages.agreed_dialog import text_problem
from kmdesk.ui.common.buttons import ok_cancel
from kmdesk.ui.common.date_edit import DateEdit
from kmdesk.ui.common.problem import problem_label

OUTSIDE = ""  # the supplier combo's item for a source outside the team


def status_names(widget: QWidget) -> dict[str, str]:
    """Each status in the user's words."""
    return {
        "planned": QCoreApplication.translate("ActionDialog", "planned"),
        "done": QCoreApplication.translate("ActionDialog", "done"),
        "dropped": QCoreApplication.translate("ActionDialog", "dropped"),
    }


class ActionDialog(QDialog):
    """A new action (``action.id == ""``) or one to change; ``result`` holds it after Save.

    ``members`` and ``competencies`` are (id, text) pairs in the order offered.
    """

    def __init__(
        self,
        action: Action,
        members: Sequence[tuple[str, str]],
        competencies: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("action_dialog")
        self.original = action
        self.result_action: Action | None = None
        new = not action.id
        self.setWindowTitle(self.tr("New learning action") if new else self.tr("Learning action"))
        self.learner_combo = QComboBox()
        self.supplier_combo = QComboBox()
        for ident, text in members:
            self.learner_combo.addItem(text, ident)
            self.supplier_combo.addItem(text, ident)
        self.supplier_combo.addItem(self.tr("Someone or something outside the team…"), OUTSIDE)
        self.competency_combo = QComboBox()
        for code, text in competencies:
            self.competency_combo.addItem(text, code)
        self.source_edit = QLineEdit(action.source)
        self.source_edit.setPlaceholderText(
            self.tr("Who or what outside the team: a person, an agency, a course")
        )
        self.what_edit = QPlainTextEdit(action.what)
        self.what_edit.setPlaceholderText(self.tr("What the learner will do to learn"))
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setFixedHeight(90)
        self.due_edit = DateEdit(action.due)
        self.status_combo = QComboBox()
        for status, text in status_names(self).items():
            self.status_combo.addItem(text, status)
        self._choose(self.learner_combo, action.learner_id)
        self._choose(self.competency_combo, action.competency)
        self._choose(self.supplier_combo, action.supplier_id or OUTSIDE)
        self._choose(self.status_combo, action.status)
        self.supplier_combo.currentIndexChanged.connect(self._supplier_changed)
        self._supplier_changed()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Learner:"), self.learner_combo)
        form.addRow(self.tr("&Competency:"), self.competency_combo)
        form.addRow(self.tr("Learns &from:"), self.supplier_combo)
        form.addRow("", self.source_edit)
        form.addRow(self.tr("&What:"), self.what_edit)
        form.addRow(self.tr("&By when:"), self.due_edit)
        form.addRow(self.tr("&Status:"), self.status_combo)
        self.problem = problem_label()
        buttons = ok_cancel(self, self._save, save=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    @staticmethod
    def _choose(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _supplier_changed(self) -> None:
        self.source_edit.setVisible(self.supplier_combo.currentData() == OUTSIDE)

    def _say(self, text: str, focus: QWidget) -> None:
        self.problem.setText(text)
        self.problem.show()
        focus.setFocus()

    def _save(self) -> None:
        learner = self.learner_combo.currentData()
        supplier = self.supplier_combo.currentData()
        what = self.what_edit.toPlainText().strip()
        source = self.source_edit.text().strip() if supplier == OUTSIDE else ""
        if not what:
            self._say(self.tr("Write what the learner will do."), self.what_edit)
            return
        for text, name, field in (
            (what, self.tr("What the learner will do"), self.what_edit),
            (source, self.tr("The outside source"), self.source_edit),
        ):
            problem = text_problem(self, text, name)
            if problem:
                self._say(problem, field)
                return
        if supplier == learner:
            self._say(self.tr("The learner cannot learn from themselves."), self.supplier_combo)
            return
        if supplier == OUTSIDE and not source:
            self._say(self.tr("Name the outside source in a few words."), self.source_edit)
            return
        if self.due_edit.text().strip() and self.due_edit.date() is None:
            self._say(self.tr("“By when” is not a date (day/month/year)."), self.due_edit)
            return
        due = self.due_edit.checked_date(unchanged=self.original.due)
        if self.due_edit.text().strip() and due is None:
            return  # the user went back to the date
        status = self.status_combo.currentData()
        assert status in STATUSES
        self.result_action = dataclasses.replace(
            self.original,
            learner_id=learner,
            competency=self.competency_combo.currentData(),
            supplier_id=supplier or None,
            source=source,
            what=what,
            due=due,
            status=status,
        )
        self.accept()
