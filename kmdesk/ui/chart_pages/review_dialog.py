"""The after-action review of one learning action: four questions and the knowledge asset."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.cycle import Review
from kmdesk.ui.chart_pages.agreed_dialog import text_problem
from kmdesk.ui.common.buttons import ok_cancel
from kmdesk.ui.common.problem import problem_label


def change_text(widget: QWidget, change: float | None, next_round: str | None) -> str:
    """The learner's change next round, as a number and never a verdict: "+1.0", "−0.5"."""
    if change is None or next_round is None:
        return QCoreApplication.translate("ReviewDialog", "no score yet")
    number = "0.0" if abs(change) < 0.05 else f"{change:+.1f}".replace("-", "−")
    return QCoreApplication.translate("ReviewDialog", "{0} by {1}").format(number, next_round)


class ReviewDialog(QDialog):
    """The four questions of an after-action review (การทบทวนหลังการปฏิบัติ) for one action.

    ``summary`` says who learns what from whom; ``change`` the learner's change in that
    competency in the next round they rated. ``choose_file`` asks for a file's path (or
    None). After Save, ``review`` and ``asset`` hold what to store.
    """

    def __init__(
        self,
        summary: str,
        change: str,
        review: Review,
        asset: str,
        choose_file: Callable[[], str | None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("review_dialog")
        self.setWindowTitle(self.tr("After-action review"))
        self.review = review
        self.asset = asset
        self._choose_file = choose_file
        heading = QLabel(summary)
        heading.setWordWrap(True)
        said = self.tr("Change in this competency next round: {0}").format(change)
        self.change_label = QLabel(said)
        self.change_label.setObjectName("change")
        self.change_label.setToolTip(
            self.tr(
                "The learner's own rating then, minus the one in this action's round. "
                "Self-ratings often drop as people learn what good looks like."
            )
        )
        self.edits: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        questions = (
            ("expected", self.tr("&What was supposed to happen?")),
            ("happened", self.tr("What &actually happened?")),
            ("why", self.tr("Wh&y was there a difference?")),
            ("next_time", self.tr("What will we do &next time?")),
        )
        for key, question in questions:
            edit = QPlainTextEdit(getattr(review, key))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.setObjectName(key)
            form.addRow(question, edit)
            self.edits[key] = edit
        self.asset_edit = QLineEdit(asset)
        self.asset_edit.setPlaceholderText(
            self.tr("A note, or the path of a file it produced (ขุมความรู้)")
        )
        choose = QPushButton(self.tr("C&hoose file…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.asset_edit, 1)
        row.addWidget(choose)
        asset_label = QLabel(self.tr("&Knowledge asset:"))
        asset_label.setBuddy(self.asset_edit)
        form.addRow(asset_label, row)
        self.problem = problem_label()
        buttons = ok_cancel(self, self._save, save=True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.change_label)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose(self) -> None:
        path = self._choose_file()
        if path:
            self.asset_edit.setText(path)

    def _save(self) -> None:
        texts = {key: edit.toPlainText() for key, edit in self.edits.items()}
        checks = [(texts[key], self.edits[key]) for key in texts]
        checks.append((self.asset_edit.text(), self.asset_edit))
        for text, field in checks:
            problem = text_problem(self, text, self.tr("This answer"))
            if problem:
                self.problem.setText(problem)
                self.problem.show()
                field.setFocus()
                return
        self.review = Review(**{key: text.strip() for key, text in texts.items()})
        self.asset = self.asset_edit.text().strip()
        self.accept()
