"""The first start: the language, then the demo or "make my team"; and the new-team path itself.

``FirstRunDialog`` asks once (the language is remembered in the settings); ``NewTeamDialog``
makes a team, its people and the first round through ``kmdesk.store.repo``, from the first
start or from the welcome note an empty database shows (``WelcomeNote``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess import people as pp
from kmdesk.store import repo
from kmdesk.store.errors import StoreError
from kmdesk.store.frameworks import load_framework
from kmdesk.ui.common import i18n
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.buttons import ok_cancel
from kmdesk.ui.common.date_edit import DateEdit
from kmdesk.ui.common.errors import plain_message
from kmdesk.ui.common.page import AppContext
from kmdesk.ui.common.retranslate import Retranslates
from kmdesk.ui.common.settings import Settings

DEMO, NEW_TEAM, EMPTY = "demo", "new", "empty"


class FirstRunDialog(Retranslates, QDialog):
    """Language first (each named in itself, Thai by default on a Thai system), then the start.

    ``offer_start`` False asks the language only (a database was already given or exists).
    ``answer`` is DEMO, NEW_TEAM or EMPTY (closed without choosing).
    """

    def __init__(self, settings: Settings, offer_start: bool = True, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.answer = EMPTY
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.language_label = QLabel()
        self.languages = QButtonGroup(self)
        row = QHBoxLayout()
        self.language_buttons: dict[str, QRadioButton] = {}
        for lang, label in (("th", "ไทย"), ("en", "English")):
            button = QRadioButton(label)  # each language named in itself
            self.languages.addButton(button)
            self.language_buttons[lang] = button
            button.toggled.connect(lambda on, code=lang: on and self.choose_language(code))
            row.addWidget(button)
        row.addStretch(1)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(lambda: self._answer(DEMO))
        self.team_button = QPushButton()
        self.team_button.clicked.connect(lambda: self._answer(NEW_TEAM))
        self.ok_button = QPushButton()
        self.ok_button.clicked.connect(lambda: self._answer(EMPTY))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.team_button)
        buttons.addWidget(self.ok_button)
        for widget in (self.question, self.demo_button, self.team_button):
            widget.setVisible(offer_start)
        self.ok_button.setVisible(not offer_start)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.language_label)
        column.addLayout(row)
        column.addSpacing(12)
        column.addWidget(self.question)
        column.addStretch(1)
        column.addLayout(buttons)
        self.setMinimumWidth(520)
        start = settings.text(keys.LANGUAGE) or i18n.system_language()
        self.language_buttons[start].setChecked(True)
        self.choose_language(start)
        (self.team_button if offer_start else self.ok_button).setDefault(True)

    def choose_language(self, lang: str) -> None:
        """Switch at once, so the rest of this dialog already reads in the chosen language."""
        i18n.switch(lang)
        self.settings.set_text(keys.LANGUAGE, lang)
        self.retranslate()

    def _answer(self, answer: str) -> None:
        self.answer = answer
        self.accept()

    def ask(self) -> str:
        self.exec()
        return self.answer

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to kmdesk"))
        self.heading.setText(self.tr("Welcome to kmdesk"))
        self.language_label.setText(self.tr("Language of the program:"))
        self.question.setText(
            self.tr(
                "Look around with demo data first (three invented teams), or make your own "
                "team now: its name, its people and the first round. It takes a minute."
            )
        )
        self.demo_button.setText(self.tr("Open the &demo"))
        self.team_button.setText(self.tr("&Make my team…"))
        self.ok_button.setText(self.tr("OK"))


@dataclass(frozen=True)
class NewTeam:
    """What the new-team path made: ids to open the Assess page on."""

    team_id: str
    people: tuple[str, ...]  # facilitator ids, in the order typed
    round_id: str
    roles: tuple[str, ...]


def people_lines(text: str) -> list[str]:
    """One name a line; blank lines and extra spaces dropped."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


class NewTeamDialog(Retranslates, QDialog):
    """Team name, people (one a line), the first round (title and date) and the roles to rate."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.made: NewTeam | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.team = QLineEdit()
        self.people = QPlainTextEdit()
        self.people.setTabChangesFocus(True)
        self.people.setMinimumHeight(110)
        self.round_title = QLineEdit()
        self.round_date = DateEdit(dt.date.today())
        with ctx.database.session() as session:
            framework = load_framework(session)
        self.role_boxes: dict[str, QCheckBox] = {}
        self._roles = framework.roles
        roles_row = QHBoxLayout()
        for role in framework.roles:
            box = QCheckBox()
            box.setChecked(True)
            self.role_boxes[role.code] = box
            roles_row.addWidget(box)
        roles_row.addStretch(1)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        fields = (self.team, self.people, self.round_title, self.round_date, roles_row)
        for label, field in zip(self.labels, fields, strict=True):
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self.form.addRow(label, field)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.hide()
        self.buttons = ok_cancel(self)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(self.form)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.round_title.setText(self.tr("Round 1"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Make my team"))
        self.intro.setText(
            self.tr(
                "Your team, its people and the first round of self-assessment. "
                "You can change all of it later on the People page."
            )
        )
        texts = (
            self.tr("&Team name:"),
            self.tr("&People (one a line):"),
            self.tr("First &round:"),
            self.tr("Round &date:"),
            self.tr("Roles to rate:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.team.setPlaceholderText(self.tr("e.g. the sub-district's name"))
        self.people.setPlaceholderText(self.tr("One name a line, e.g.\nมาลัย ศรีสุข\nสมชาย ใจดี"))
        for role in self._roles:
            self.role_boxes[role.code].setText(i18n.text(role.name))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the team"))

    def say(self, text: str, field: QWidget | None = None) -> None:
        self.problem.setText(text)
        self.problem.show()
        if field is not None:
            field.setFocus()

    def missing(self) -> tuple[str, QWidget] | None:
        """The first thing to fix before anything is written, in words and its field."""
        team, names = self.team.text().strip(), people_lines(self.people.toPlainText())
        if not team:
            return self.tr("Please type the team's name."), self.team
        if not names:
            return self.tr("Please type at least one person, one name a line."), self.people
        seen: set[str] = set()
        for name in names:
            if name.casefold() in seen:
                return self.tr("{0} is typed twice.").format(name), self.people
            seen.add(name.casefold())
        if not self.round_title.text().strip():
            return self.tr("Please give the round a title."), self.round_title
        if self.round_date.date() is None:
            return self.tr("Please type the round's date as day/month/year."), self.round_date
        if not self.roles():
            return self.tr("Please choose at least one role."), next(iter(self.role_boxes.values()))
        with self.ctx.database.session() as session:
            if repo.team_named(session, team) is not None:
                return self.tr("A team named {0} already exists.").format(team), self.team
            titles = {r.title.casefold() for r in repo.list_rounds(session)}
        if self.round_title.text().strip().casefold() in titles:
            return self.tr("A round with this title already exists."), self.round_title
        return None

    def roles(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.role_boxes.items() if box.isChecked())

    def accept(self) -> None:
        """Check, ask about a far-off year, then write the team, its people and the round."""
        if self.ctx.database.read_only:
            self.say(self.tr("This database is read-only: nothing can be changed."))
            return
        problem = self.missing()
        if problem is not None:
            self.say(*problem)
            return
        day = self.round_date.checked_date()
        if day is None:
            self.round_date.setFocus()
            return
        try:
            self.made = make_team(
                self.ctx.database,
                self.team.text(),
                people_lines(self.people.toPlainText()),
                self.round_title.text(),
                day,
                self.roles(),
            )
        except StoreError as exc:
            self.say(plain_message(exc))
            return
        except (pp.InvalidName, repo.DuplicateError) as exc:
            self.say(str(exc))
            return
        # The Assess page reloads on these signals and starts on the first person, this round
        # and the first role chosen: remembered first, so it finds them.
        settings = self.ctx.settings
        settings.set_text(keys.ASSESS_PERSON, self.made.people[0])
        settings.set_text(keys.ASSESS_ROUND, self.made.round_id)
        settings.set_text(keys.ASSESS_ROLE, self.made.roles[0])
        self.ctx.events.people_changed.emit()
        self.ctx.events.rounds_changed.emit()
        super().accept()


def make_team(
    database, team: str, people: list[str], title: str, day: dt.date, roles: tuple[str, ...]
) -> NewTeam:
    """The team, its people in the order typed, and the round, through the store."""
    made = repo.add_team(database, team)
    ids = tuple(repo.add_facilitator(database, name, "", made.id).id for name in people)
    rnd = repo.add_round(database, title, day)
    return NewTeam(made.id, ids, rnd.id, roles)


class WelcomeNote(Retranslates, QFrame):
    """Across the top while the database has no team: the way to make one (or see the demo)."""

    make_team = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeNote")
        self.setStyleSheet(
            "QFrame#welcomeNote { background: #e8f4ea; border-bottom: 1px solid #8cc19a; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.make_team)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(
            self.tr(
                "This database has no team yet. Make your team, its people and the first "
                "round, then start rating on the Assess page."
            )
        )
        self.button.setText(self.tr("Make my &team…"))
