"""The Progress page: one facilitator in one role across rounds, following their ratings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from kmdesk import charting, views
from kmdesk.assess.framework import Framework
from kmdesk.assess.people import Facilitator, Round
from kmdesk.paths import safe_file_name
from kmdesk.store import frameworks, repo
from kmdesk.ui.chart_pages.base import ID_ROLE, ChartPage
from kmdesk.ui.chart_pages.view import fill_combo
from kmdesk.ui.common import i18n
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.page import AppContext
from kmdesk.ui.common.report_actions import PdfSubject

KINDS = charting.PERSON_KINDS  # radar, progress, domains, stairs: the tabs, in this order
# Twelve small panels need this much room to stay legible; the view scrolls below it.
PROGRESS_MIN_PX = (720, 820)

__all__ = ["ID_ROLE", "KINDS", "ProgressPage"]


class ProgressPage(ChartPage):
    """Choose a person, role and rounds; see their profile grow and their next steps."""

    KINDS = KINDS
    CHART_KEY = keys.PROGRESS_CHART
    HIDDEN_KEY = keys.PROGRESS_HIDDEN_ROUNDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.people: list[Facilitator] = []
        self.team_names: dict[str, str] = {}
        self.rounds: list[Round] = []
        self.framework: Framework | None = None
        super().__init__(ctx, parent)
        self.setObjectName("progress")
        self.round_list = self.side_list
        self.rounds_label = self.side_label
        self.person_combo.currentIndexChanged.connect(self._slice_changed)
        self.role_combo.currentIndexChanged.connect(self._slice_changed)
        self.stairs_combo.currentIndexChanged.connect(self._stairs_round_changed)
        self.retranslate()

    # --- building ---------------------------------------------------------------------

    def build_filters(self) -> list[tuple[QLabel, QComboBox]]:
        self.person_label, self.person_combo = QLabel(), QComboBox()
        self.role_label, self.role_combo = QLabel(), QComboBox()
        self.stairs_label, self.stairs_combo = QLabel(), QComboBox()
        return [
            (self.person_label, self.person_combo),
            (self.role_label, self.role_combo),
            (self.stairs_label, self.stairs_combo),
        ]

    def retranslate(self) -> None:
        self.person_label.setText(self.tr("F&acilitator:"))
        self.role_label.setText(self.tr("&Role:"))
        self.stairs_label.setText(self.tr("S&tairs for:"))
        self.save_button.setText(self.tr("&Save chart…"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.pdf_button.setToolTip(self.tr("The person's report for the round the stairs show"))
        self.rounds_label.setText(self.tr("R&ounds"))
        super().retranslate()

    def tab_titles(self) -> dict[str, str]:
        return {
            "radar": self.tr("Radar"),
            "progress": self.tr("Progress"),
            "domains": self.tr("Knowledge and skill"),
            "stairs": self.tr("Learning stairs"),
        }

    def nav_title(self) -> str:
        return self.tr("Progress")

    # --- reading the database -----------------------------------------------------------

    def read_lists(self, session) -> None:
        self.team_names = {t.id: t.name for t in repo.list_teams(session)}
        people = repo.list_facilitators(session)
        self.rounds = views.ordered_rounds(session)
        self.framework = frameworks.load_framework(session) if self.rounds else None
        # grouped by team, as people think of them
        self.people = sorted(
            people, key=lambda p: (self.team_names.get(p.team_id or "", ""), p.name)
        )

    def fill_filters(self) -> None:
        settings = self.ctx.settings
        people = []
        for p in self.people:
            team = self.team_names.get(p.team_id or "")
            text = f"{p.name} — {team}" if team else p.name
            if not p.active:
                text = self.tr("{0} (inactive)").format(text)
            people.append((text, p.id))
        fill_combo(
            self.person_combo,
            people,
            self.person_combo.currentData() or settings.text(keys.PROGRESS_PERSON),
        )
        roles = self.framework.roles if self.framework else ()
        fill_combo(
            self.role_combo,
            [(i18n.text(r.name), r.code) for r in roles],
            self.role_combo.currentData() or settings.text(keys.PROGRESS_ROLE),
        )
        fill_combo(
            self.stairs_combo,
            [(f"{r.title} ({i18n.date_text(r.date)})", r.id) for r in reversed(self.rounds)],
            self.stairs_combo.currentData() or settings.text(keys.PROGRESS_STAIRS_ROUND),
        )

    def fill_side(self) -> None:
        """Every round with its date and how much of it this person answered in the role:
        ✓ when complete, else "5 of 18 answered" or "not rated" under the date."""
        rows = []
        for rnd in self.rounds:
            title, date = rnd.title, i18n.date_text(rnd.date)
            answers = self.data.completeness(rnd) if self.data is not None else None
            if answers is None:
                rows.append((f"{title}\n{date}", rnd.id, ""))
            elif not answers.started:
                state = self.tr("not rated")
                rows.append((f"{title}\n{date}\n{state}", rnd.id, ""))
            else:
                state, tip = self.answered(answers)
                text = f"{title}\n{date}\n{state}" if state else f"{title} ✓\n{date}"
                rows.append((text, rnd.id, tip))
        self.fill_ticks(rows)

    def read_slice(self, session) -> views.PersonSlice | None:
        person = next((p for p in self.people if p.id == self.person_combo.currentData()), None)
        role = self.role_combo.currentData()
        if person is None or not role:
            return None
        return views.person_slice(session, person, role)

    def _slice_changed(self) -> None:
        self.ctx.settings.set_text(keys.PROGRESS_PERSON, self.person_combo.currentData() or "")
        self.ctx.settings.set_text(keys.PROGRESS_ROLE, self.role_combo.currentData() or "")
        self.load()

    def _stairs_round_changed(self) -> None:
        self.ctx.settings.set_text(
            keys.PROGRESS_STAIRS_ROUND, self.stairs_combo.currentData() or ""
        )
        self.redraw()

    def chosen_rounds(self) -> set[str]:
        return set(self.ticked()[0])

    # --- drawing ------------------------------------------------------------------------

    def before_redraw(self, kind: str) -> None:
        stairs = kind == "stairs"
        self.stairs_combo.setEnabled(stairs)
        self.stairs_label.setEnabled(stairs)
        self.round_list.setEnabled(not stairs)

    def _rounds_shown(self) -> set[str]:
        if self.kind() == "stairs":
            return {self.stairs_combo.currentData()}
        return self.chosen_rounds()

    def nothing_to_draw(self) -> str | None:
        data = self.data
        if data is None:
            return self.tr("Add facilitators and a round on the People page first.")
        if not data.rated_rounds(self._rounds_shown()):
            return self.tr("{0} has not rated themselves as {1} in the chosen rounds yet.").format(
                data.person.name, self.role_combo.currentText()
            )
        return None

    def min_px(self) -> tuple[int, int]:
        return PROGRESS_MIN_PX if self.kind() == "progress" else (0, 0)

    def make_chart(self, figsize: tuple[float, float] | None = None) -> charting.Chart:
        return charting.draw_person(
            self.data,
            self.kind(),
            i18n.language(),
            rounds=self._rounds_shown(),
            stairs_round=self.stairs_combo.currentData(),
            figsize=figsize,
        )

    # --- rating changes -------------------------------------------------------------------

    def concerns(self, person: str, round_id: str, role: str) -> bool:
        data = self.data
        return data is not None and person == data.person.id and role == data.role

    def apply_rating(self, person: str, round_id: str, live: bool = True) -> bool:
        """Read this person's ratings in one round again, not their whole history."""
        data = self.data
        with self.ctx.database.session() as session:
            ratings = repo.person_ratings(session, data.person.id, data.role, round_id)
            new = views.with_round_ratings(data, round_id, ratings)
            if new is None:  # a round this page has not seen yet
                new = views.person_slice(session, data.person, data.role)
        self.data = new
        return False

    # --- saving -------------------------------------------------------------------------

    def name_parts(self) -> list[str]:
        return [self.data.person.name, self.data.role] if self.data is not None else []

    def pdf_subject(self) -> PdfSubject | None:
        """The personal report for the person shown and the round their stairs are drawn for."""
        person, rnd = self.person_combo.currentData(), self.stairs_combo.currentData()
        if not person or not rnd:
            return None
        name = f"{self.person_combo.currentText()} - {self.stairs_combo.currentText()}"
        return PdfSubject("person", person, rnd, safe_file_name(name) + ".pdf")
