"""Dialogs to add and edit teams, facilitators and rounds; the store and domain judge the input."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess import people as pp
from kmdesk.assess.thaidate import format_typed_date
from kmdesk.logs import refused
from kmdesk.store import people_queries as pq
from kmdesk.store import repo
from kmdesk.store.errors import StoreError
from kmdesk.ui.common import i18n
from kmdesk.ui.common.buttons import ok_cancel
from kmdesk.ui.common.date_edit import DateEdit
from kmdesk.ui.common.errors import plain_message
from kmdesk.ui.common.problem import problem_label
from kmdesk.ui.common.retranslate import Retranslates
from kmdesk.ui.people.models import PersonRow, RoundRow, TeamRow

# Agencies the facilitator teams in the sources come from; offered beside those already typed.
COMMON_AGENCIES = ("กศน.", "พช.", "พอช.", "ธ.ก.ส.", "ธ.ออมสิน", "ม.วลัยลักษณ์", "อบต.")


def agency_choices(in_use: list[str]) -> list[str]:
    """The agencies already used first (what this team types), then the common ones."""
    seen = {a.casefold() for a in in_use}
    return list(in_use) + [a for a in COMMON_AGENCIES if a.casefold() not in seen]


class RecordDialog(Retranslates, QDialog):
    """Mechanics shared by the three dialogs: a problem line, OK/Cancel, and saving on OK.

    Subclasses write the record in ``save`` (through the store, which applies the domain's
    rules) and turn a refusal into words in ``explain``; the dialog stays open with what was
    typed whenever the store refuses. No interface text lives here: PySide's tr() context is
    the runtime class, so each subclass translates its own words.
    """

    def __init__(self, database, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.saved = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def retranslate(self) -> None:
        """Set every visible text; subclasses fill it in."""

    def save(self):
        """Write the record and return it; raises what the store refuses with."""
        raise NotImplementedError

    def explain(self, error: Exception) -> str:
        """The refusal in the user's words; subclasses word the ones they expect."""
        return str(error)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        # Grow to fit the message, so its last line is not cut off.
        self.adjustSize()

    def clear_problem(self) -> None:
        self.problem.hide()
        self.problem.clear()

    def accept(self) -> None:
        try:
            self.saved = self.save()
        except (pp.InvalidName, repo.DuplicateError, repo.NotFound) as error:
            self.show_problem(self.explain(error))
            return
        except StoreError as error:
            # The world is wrong (a full disk, a read-only file): say so; what was typed stays.
            refused(type(self).__name__, error)
            self.show_problem(plain_message(error))
            return
        super().accept()


class TeamDialog(RecordDialog):
    """Add a team, or rename one."""

    def __init__(self, database, team: TeamRow | None = None, parent: QWidget | None = None):
        super().__init__(database, parent)
        self.team = team
        self.name_edit = QLineEdit(team.name if team else "")
        # The domain's limit: a longer name could only be refused after typing it.
        self.name_edit.setMaxLength(pp.MAX_NAME)
        self.name_edit.textEdited.connect(self.clear_problem)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.form.addRow(self.name_label, self.name_edit)
        self.retranslate()

    def retranslate(self) -> None:
        adding = self.team is None
        self.setWindowTitle(self.tr("Add team") if adding else self.tr("Rename team"))
        self.name_label.setText(self.tr("Team &name:"))
        self.name_edit.setPlaceholderText(self.tr("usually the sub-district (ตำบล), e.g. บางจาก"))
        self.ok_button.setText(self.tr("Add") if adding else self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def save(self) -> pp.Team:
        if self.team is None:
            return repo.add_team(self.database, self.name_edit.text())
        return repo.rename_team(self.database, self.team.id, self.name_edit.text())

    def explain(self, error: Exception) -> str:
        if isinstance(error, pp.InvalidName) and not self.name_edit.text().strip():
            return self.tr("Type the team's name.")
        if isinstance(error, repo.DuplicateError):
            with self.database.session() as session:
                taken = pq.clashing_team(
                    session, self.name_edit.text(), self.team.id if self.team else None
                )
            if taken:
                return self.tr(
                    "There is already a team named “{0}”. Choose another name, "
                    "or cancel and use that team."
                ).format(taken)
        return super().explain(error)


class FacilitatorDialog(RecordDialog):
    """Add a facilitator or change their name, agency or team."""

    def __init__(
        self,
        database,
        teams: list[pp.Team],
        agencies: list[str],
        person: PersonRow | None = None,
        team_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(database, parent)
        self.person = person
        self.name_edit = QLineEdit(person.name if person else "")
        self.name_edit.setMaxLength(pp.MAX_NAME)
        self.agency_box = QComboBox()
        # Editable: a new agency is typed once, then offered to everyone after.
        self.agency_box.setEditable(True)
        self.agency_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.agency_box.addItems(agency_choices(agencies))
        self.agency_box.setCurrentText(person.agency if person else "")
        self.team_box = QComboBox()
        for team in teams:
            self.team_box.addItem(team.name, team.id)
        self.team_box.addItem("", None)  # "no team"; its text is set in retranslate
        if person is not None and person.team_id is None:
            self.team_box.setCurrentIndex(self.team_box.count() - 1)
        else:
            wanted = person.team_id if person else team_id
            self.team_box.setCurrentIndex(max(0, self.team_box.findData(wanted)) if wanted else 0)
        self.name_label, self.agency_label, self.team_label = QLabel(), QLabel(), QLabel()
        for label, field in (
            (self.name_label, self.name_edit),
            (self.agency_label, self.agency_box),
            (self.team_label, self.team_box),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.name_edit.textEdited.connect(self.clear_problem)
        self.team_box.currentIndexChanged.connect(self.clear_problem)
        self.retranslate()

    def retranslate(self) -> None:
        adding = self.person is None
        self.setWindowTitle(self.tr("Add facilitator") if adding else self.tr("Edit facilitator"))
        self.name_label.setText(self.tr("&Name:"))
        self.name_edit.setPlaceholderText(self.tr("first name and surname"))
        self.agency_label.setText(self.tr("&Agency:"))
        self.agency_box.lineEdit().setPlaceholderText(self.tr("pick from the list or type"))
        self.team_label.setText(self.tr("&Team:"))
        self.team_box.setItemText(self.team_box.count() - 1, self.tr("(no team)"))
        self.ok_button.setText(self.tr("Add") if adding else self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def team_id(self) -> str | None:
        return self.team_box.currentData()

    def save(self) -> pp.Facilitator:
        name, agency = self.name_edit.text(), self.agency_box.currentText()
        if self.person is None:
            return repo.add_facilitator(self.database, name, agency, self.team_id())
        return repo.update_facilitator(self.database, self.person.id, name, agency, self.team_id())

    def explain(self, error: Exception) -> str:
        if isinstance(error, pp.InvalidName) and not self.name_edit.text().strip():
            return self.tr("Type the facilitator's name.")
        if isinstance(error, repo.DuplicateError):
            with self.database.session() as session:
                clash = pq.clashing_facilitator(
                    session,
                    self.name_edit.text(),
                    self.team_id(),
                    self.person.id if self.person else None,
                )
            if clash is None:
                return super().explain(error)
            taken, active = clash
            if self.team_id() is not None:
                text = self.tr(
                    "Team {1} already has a facilitator named “{0}”. If this is the same "
                    "person, cancel and edit them; if not, add something to tell the two apart."
                ).format(taken, self.team_box.currentText())
            else:
                text = self.tr(
                    "There is already a facilitator named “{0}” who has no team. If this is "
                    "the same person, cancel and edit them; if not, add something to tell the "
                    "two apart."
                ).format(taken)
            if not active:
                # Hidden from the list by default: say where to find them.
                text += " " + self.tr(
                    "{0} is inactive: tick “Show inactive” to find them and reactivate them."
                ).format(taken)
            return text
        return super().explain(error)


class RoundDialog(RecordDialog):
    """Add an assessment round (title, date, framework version) or change its title and date."""

    def __init__(
        self,
        database,
        versions: list[int],
        round_row: RoundRow | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(database, parent)
        self.round = round_row
        self.title_edit = QLineEdit(round_row.title if round_row else "")
        self.title_edit.setMaxLength(pp.MAX_NAME)
        self.title_edit.textEdited.connect(self.clear_problem)
        # Day/month/year in the user's calendar (2569 in Thai); the label beside spells it out.
        self.date_edit = DateEdit(round_row.date if round_row else dt.date.today())
        self.date_said = QLabel()
        self.date_said.setObjectName("date_said")
        self.date_edit.date_changed.connect(self._say_date)
        self.date_edit.textEdited.connect(self.clear_problem)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_said, 1)
        self.version_box = QComboBox()
        for number in versions:
            self.version_box.addItem(str(number), number)
        if round_row is not None:
            self.version_box.setCurrentIndex(max(0, self.version_box.findData(round_row.version)))
            # A round's ratings were made against its version's wording; it cannot move.
            self.version_box.setEnabled(False)
        else:
            self.version_box.setCurrentIndex(self.version_box.count() - 1)
        self.version_note = QLabel()
        self.version_note.setWordWrap(True)
        self.version_note.setObjectName("version_note")
        self.title_label, self.date_label, self.version_label = QLabel(), QLabel(), QLabel()
        self.title_label.setBuddy(self.title_edit)
        self.date_label.setBuddy(self.date_edit)
        self.version_label.setBuddy(self.version_box)
        self.form.addRow(self.title_label, self.title_edit)
        self.form.addRow(self.date_label, date_row)
        self.form.addRow(self.version_label, self.version_box)
        # Below the form, full width: a wrapped label inside a form row gets cut off.
        self.layout().insertWidget(1, self.version_note)
        self.retranslate()

    def _say_date(self) -> None:
        day = self.date()
        self.date_said.setText(i18n.date_text(day, long=True) if day else "")

    def retranslate(self) -> None:
        adding = self.round is None
        self.setWindowTitle(self.tr("Add round") if adding else self.tr("Edit round"))
        self.title_label.setText(self.tr("&Title:"))
        self.title_edit.setPlaceholderText(self.tr("e.g. รอบที่ 4"))
        self.date_label.setText(self.tr("&Date:"))
        self.version_label.setText(self.tr("&Framework version:"))
        if adding:
            self.version_note.setText(
                self.tr(
                    "Everyone rates themselves against this version's wording. Usually the newest."
                )
            )
        else:
            self.version_note.setText(
                self.tr("A round's framework version cannot change: its ratings use that wording.")
            )
        self.ok_button.setText(self.tr("Add") if adding else self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._say_date()

    def date(self) -> dt.date | None:
        return self.date_edit.date()

    def accept(self) -> None:
        if self.date() is None:
            example = format_typed_date(self.date_edit.today(), i18n.language())
            typed = self.date_edit.text().strip()
            if typed:
                text = self.tr("“{0}” is not a date. Type day/month/year, for example {1}.")
                self.show_problem(text.format(typed, example))
            else:
                text = self.tr("Type the date as day/month/year, for example {0}.")
                self.show_problem(text.format(example))
            self.date_edit.setFocus()
            return
        # A year far from today is asked about first: 2569 read as Gregorian once saved 3112.
        if self.date_edit.checked_date(self.round.date if self.round else None) is None:
            return
        super().accept()

    def save(self) -> pp.Round:
        title = self.title_edit.text()
        if self.round is None:
            return repo.add_round(self.database, title, self.date(), self.version_box.currentData())
        return repo.update_round(self.database, self.round.id, title, self.date())

    def explain(self, error: Exception) -> str:
        if isinstance(error, pp.InvalidName) and not self.title_edit.text().strip():
            return self.tr("Type the round's title.")
        if isinstance(error, repo.DuplicateError):
            with self.database.session() as session:
                taken = pq.clashing_round(
                    session, self.title_edit.text(), self.round.id if self.round else None
                )
            if taken:
                return self.tr(
                    "There is already a round titled “{0}”. Choose another title."
                ).format(taken)
        return super().explain(error)
