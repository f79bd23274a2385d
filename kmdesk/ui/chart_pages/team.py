"""The Team page: one team's river, skills matrix, learning pairs, radar and learning plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSplitter, QWidget

from kmdesk import charting, views
from kmdesk.assess.framework import Framework
from kmdesk.assess.people import Round, Team
from kmdesk.paths import safe_file_name
from kmdesk.store import frameworks, repo
from kmdesk.ui.chart_pages.base import ID_ROLE, ChartPage
from kmdesk.ui.chart_pages.pairs import PairsPanel
from kmdesk.ui.chart_pages.plan_control import PlanControl
from kmdesk.ui.chart_pages.plan_panel import PlanPanel
from kmdesk.ui.chart_pages.view import fill_combo
from kmdesk.ui.common import i18n
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.page import AppContext
from kmdesk.ui.common.report_actions import PdfSubject

# river, matrix, pairs, radar, then the learning plan (tables, not a chart): the tabs
KINDS = (*charting.TEAM_KINDS, "plan")
# "1" or "0": members who have not answered every indicator are counted in the charts
# (kmdesk.ui.common.settings is the place for this key; it lives here until it moves there)
TEAM_INCOMPLETE = "team/include_incomplete"

__all__ = ["ID_ROLE", "KINDS", "TeamPage"]


class TeamPage(ChartPage):
    """Choose a team, role and round; see where the team stands and who can learn from whom."""

    KINDS = KINDS
    CHART_KEY = keys.TEAM_CHART
    HIDDEN_KEY = keys.TEAM_HIDDEN

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.compare: views.TeamSlice | None = None
        self.teams: list[Team] = []
        self.rounds: list[Round] = []
        self.framework: Framework | None = None  # the latest version: role names
        super().__init__(ctx, parent)
        self.setObjectName("team")
        self.member_list = self.side_list
        self.members_label = self.side_label
        for combo in (self.team_combo, self.role_combo, self.round_combo, self.compare_combo):
            combo.currentIndexChanged.connect(self._slice_changed)
        self.anonymous_check.toggled.connect(self._anonymous_changed)
        self.incomplete_check.toggled.connect(self._incomplete_changed)
        self.learning = PlanControl(self)
        self.retranslate()

    # --- building ---------------------------------------------------------------------

    def build_filters(self) -> list[tuple[QLabel, QComboBox]]:
        self.team_label, self.team_combo = QLabel(), QComboBox()
        self.role_label, self.role_combo = QLabel(), QComboBox()
        self.round_label, self.round_combo = QLabel(), QComboBox()
        self.compare_label, self.compare_combo = QLabel(), QComboBox()
        return [
            (self.team_label, self.team_combo),
            (self.role_label, self.role_combo),
            (self.round_label, self.round_combo),
            (self.compare_label, self.compare_combo),
        ]

    def side_widgets(self) -> list[QWidget]:
        # the switches about who is shown sit under the members, leaving the tabs' row to
        # the tabs, which must all be in sight in Thai on a 1366-pixel screen
        settings = self.ctx.settings
        self.anonymous_check = QCheckBox()
        self.anonymous_check.setChecked(settings.text(keys.TEAM_ANONYMOUS) == "1")
        self.incomplete_check = QCheckBox()
        self.incomplete_check.setChecked(settings.text(TEAM_INCOMPLETE, "1") == "1")
        return [self.incomplete_check, self.anonymous_check]

    def chart_area(self) -> QWidget:
        self.pairs_panel = PairsPanel()
        self.pairs_panel.setVisible(self.kind() == "pairs")
        self.plan_panel = PlanPanel()
        self.plan_panel.setVisible(self.kind() == "plan")
        self.view.setVisible(self.kind() != "plan")
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.view)
        self.split.addWidget(self.pairs_panel)
        self.split.addWidget(self.plan_panel)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        return self.split

    def retranslate(self) -> None:
        self.team_label.setText(self.tr("&Team:"))
        self.role_label.setText(self.tr("&Role:"))
        self.round_label.setText(self.tr("R&ound:"))
        self.compare_label.setText(self.tr("&Compare with:"))
        self.compare_combo.setToolTip(self.tr("Draw an earlier or later round under the river"))
        self.anonymous_check.setText(self.tr("&Anonymous (A, B, C…)"))
        self.anonymous_check.setToolTip(
            self.tr("Letters instead of names, for showing the team's charts to a wider group")
        )
        self.incomplete_check.setText(self.tr("&Include incomplete"))
        self.incomplete_check.setToolTip(
            self.tr(
                "Count members who have not answered every indicator of this role and round; "
                "the chart names them either way"
            )
        )
        self.save_button.setText(self.tr("&Save chart…"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.pdf_button.setToolTip(
            self.tr("The team's report for this round; anonymous when the switch is on")
        )
        self.members_label.setText(self.tr("&Members"))
        self.pairs_panel.retranslate()
        self.plan_panel.retranslate()
        super().retranslate()

    def tab_titles(self) -> dict[str, str]:
        return {
            "river": self.tr("River"),
            "matrix": self.tr("Skills matrix"),
            "pairs": self.tr("Learning pairs"),
            "radar": self.tr("Team radar"),
            "plan": self.tr("Learning plan"),
        }

    def nav_title(self) -> str:
        return self.tr("Team")

    # --- reading the database -----------------------------------------------------------

    def read_lists(self, session) -> None:
        self.teams = repo.list_teams(session)
        self.rounds = views.ordered_rounds(session)
        self.framework = frameworks.load_framework(session) if self.rounds else None

    def fill_filters(self) -> None:
        settings = self.ctx.settings
        fill_combo(
            self.team_combo,
            [(t.name, t.id) for t in self.teams],
            self.team_combo.currentData() or settings.text(keys.TEAM_TEAM),
        )
        roles = self.framework.roles if self.framework else ()
        fill_combo(
            self.role_combo,
            [(i18n.text(r.name), r.code) for r in roles],
            self.role_combo.currentData() or settings.text(keys.TEAM_ROLE),
        )
        rounds = [(f"{r.title} ({i18n.date_text(r.date)})", r.id) for r in reversed(self.rounds)]
        fill_combo(
            self.round_combo,
            rounds,
            self.round_combo.currentData() or settings.text(keys.TEAM_ROUND),
        )
        self._fill_compare(self.compare_combo.currentData() or settings.text(keys.TEAM_COMPARE))

    def _fill_compare(self, wanted: str | None) -> None:
        """Every round but the chosen one: the sweep saw รอบที่ 3 offered to compare with itself."""
        chosen = self.round_combo.currentData()
        others = [
            (f"{r.title} ({i18n.date_text(r.date)})", r.id)
            for r in reversed(self.rounds)
            if r.id != chosen
        ]
        fill_combo(self.compare_combo, [(self.tr("(none)"), ""), *others], wanted)

    def _chosen(self) -> tuple[Team | None, Round | None, str | None, Round | None]:
        team = next((t for t in self.teams if t.id == self.team_combo.currentData()), None)
        rnd = next((r for r in self.rounds if r.id == self.round_combo.currentData()), None)
        other = next((r for r in self.rounds if r.id == self.compare_combo.currentData()), None)
        if other is not None and rnd is not None and other.id == rnd.id:
            other = None
        return team, rnd, self.role_combo.currentData(), other

    def read_slice(self, session) -> views.TeamSlice | None:
        """The chosen slice; the round to compare with goes to ``self.compare``."""
        team, rnd, role, other = self._chosen()
        self.compare = None
        if team is None or rnd is None or not role:
            return None
        if other is not None:
            self.compare = views.team_slice(session, team, other, role)
        return views.team_slice(session, team, rnd, role)

    def load(self) -> None:
        with self.ctx.database.session() as session:
            self.data = self.read_slice(session)
        self.learning.read()  # the agreed levels and actions of the slice
        self.fill_side()
        self.redraw()

    def _slice_changed(self) -> None:
        if self.sender() is self.round_combo:
            self._fill_compare(self.compare_combo.currentData())
        settings = self.ctx.settings
        settings.set_text(keys.TEAM_TEAM, self.team_combo.currentData() or "")
        settings.set_text(keys.TEAM_ROLE, self.role_combo.currentData() or "")
        settings.set_text(keys.TEAM_ROUND, self.round_combo.currentData() or "")
        settings.set_text(keys.TEAM_COMPARE, self.compare_combo.currentData() or "")
        self.load()

    # --- members ------------------------------------------------------------------------

    def fill_side(self) -> None:
        """Each member with how much of the round they answered: ✓, or "5 of 18"."""
        if self.data is None:
            self.fill_ticks([])
            return
        a = self.data.analysis
        labels = self.data.labels(self.anonymous_check.isChecked())
        rows = []
        for person in a.members:
            text = labels[person.id]
            if not person.active:
                text = self.tr("{0} (inactive)").format(text)
            state, tip = self.answered(a.completeness_of(person.id))
            text += f"\n{state}" if state else " ✓"
            rows.append((text, person.id, tip))
        self.fill_ticks(rows)
        self._grey_left_out()

    def _grey_left_out(self) -> None:
        """Incomplete members look greyed out while they are left out of the charts."""
        if self.data is None:
            return
        a = self.data.analysis
        out = not self.incomplete_check.isChecked()
        grey = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.member_list.blockSignals(True)  # a colour is no change of ticks
        try:
            for row in range(self.member_list.count()):
                item = self.member_list.item(row)
                left_out = out and not a.complete(item.data(ID_ROLE))
                item.setForeground(grey if left_out else QBrush())
        finally:
            self.member_list.blockSignals(False)

    def chosen_members(self) -> list[str] | None:
        """Ids of the ticked members; None when everyone is ticked (new members show too)."""
        ids, every = self.ticked()
        return None if every else ids

    def _anonymous_changed(self, checked: bool) -> None:
        self.ctx.settings.set_text(keys.TEAM_ANONYMOUS, "1" if checked else "0")
        self.fill_side()
        self.redraw()

    def _incomplete_changed(self, checked: bool) -> None:
        self.ctx.settings.set_text(TEAM_INCOMPLETE, "1" if checked else "0")
        self._grey_left_out()
        self.learning.read()  # the spreads count the same members as the charts
        self.redraw()

    # --- drawing ------------------------------------------------------------------------

    def before_redraw(self, kind: str) -> None:
        self.compare_combo.setEnabled(kind == "river")
        self.compare_label.setEnabled(kind == "river")
        self.pairs_panel.setVisible(kind == "pairs")
        self.pairs_panel.clear()
        self.view.setVisible(kind != "plan")
        self.plan_panel.setVisible(kind == "plan")
        self.save_button.setEnabled(kind != "plan")
        if self.data is not None and kind == "pairs":
            a = self._shown()
            self.pairs_panel.fill(a, views.marked_labels(a, self._labels()))
        if self.learning.stale and kind in ("river", "matrix", "plan"):
            self.learning.read()
        if kind == "plan":
            self.learning.fill()

    def show_plan(self) -> None:
        """Go to the learning plan (after an action is made from a pair)."""
        self.tabs.setCurrentIndex(KINDS.index("plan"))

    def shown_labels(self) -> dict[str, str]:
        """Member id -> name, or letter when anonymous."""
        return self._labels() if self.data is not None else {}

    def _labels(self) -> dict[str, str]:
        return self.data.labels(self.anonymous_check.isChecked())

    def _shown(self) -> views.TeamAnalysis:
        return views.selected(self.data, self.chosen_members(), self.incomplete_check.isChecked())

    def nothing_to_draw(self) -> str | None:
        data = self.data
        if data is None:
            return self.tr("Add a team, its members and a round on the People page first.")
        if not data.has_scores:
            a = data.analysis
            return self.tr("Nobody in team {0} has rated themselves as {1} in {2} yet.").format(
                a.team.name, self.role_combo.currentText(), a.round.title
            )
        if self.kind() == "plan":
            return self.tr("The learning plan is a table, not a chart.")
        if self.chosen_members() == []:
            return self.tr("Tick at least one member to draw the charts.")
        if not self._shown().members:
            return self.tr(
                "None of the members ticked has answered every indicator yet. "
                "Tick “Include incomplete” to see their charts."
            )
        return None

    def make_chart(self, figsize: tuple[float, float] | None = None) -> charting.Chart:
        kind = self.kind()
        return charting.draw_team(
            self.data,
            kind,
            i18n.language(),
            anonymous=self.anonymous_check.isChecked(),
            members=self.chosen_members(),
            compare=self.compare if kind == "river" else None,
            figsize=figsize,
            include_incomplete=self.incomplete_check.isChecked(),
            plan=self.learning.plan,
        )

    # --- rating changes -------------------------------------------------------------------

    def concerns(self, person: str, round_id: str, role: str) -> bool:
        data = self.data
        if data is None or role != data.analysis.role:
            return False
        rounds = {data.analysis.round.id}
        if self.compare is not None:
            rounds.add(self.compare.analysis.round.id)
        return round_id in rounds and person in {f.id for f in data.roster}

    def apply_rating(self, person: str, round_id: str, live: bool = True) -> bool:
        """Read one person's ratings in one round again; True when the chart is up to date.

        The team radar moves that person's line in place; the other charts are drawn anew
        from the sums over the profiles already held.
        """
        if not self.concerns(person, round_id, self.data.analysis.role if self.data else ""):
            return True
        main = self.data.analysis.round.id == round_id
        held = self.data if main else self.compare
        with self.ctx.database.session() as session:
            ratings = repo.person_ratings(session, person, held.analysis.role, round_id)
        new = views.with_member_ratings(held, person, ratings)
        if new is None:
            self.load()
            return True
        if main:
            self.data = new
            self.learning.stale = True  # the spreads: read again when next drawn
        else:
            self.compare = new
        if not live or new.member_ids != held.member_ids:
            return False
        if main and self.kind() == "radar" and held.has_scores:
            return self.view.patch(lambda chart: chart.patch(new, person))
        return False

    # --- saving -------------------------------------------------------------------------

    def name_parts(self) -> list[str]:
        a = self.data.analysis if self.data else None
        return [a.team.name, a.role, a.round.title] if a is not None else []

    def pdf_subject(self) -> PdfSubject | None:
        """The team report for the team and round shown, anonymous if the switch is on."""
        team, rnd = self.team_combo.currentData(), self.round_combo.currentData()
        if not team or not rnd:
            return None
        anonymous = self.anonymous_check.isChecked()
        name = f"{self.team_combo.currentText()} - {self.round_combo.currentText()}"
        return PdfSubject(
            "team",
            team,
            rnd,
            safe_file_name(name) + ".pdf",
            anonymous,
            compare_round_id=self.compare_combo.currentData() or rnd,
            include_incomplete=self.incomplete_check.isChecked(),
        )
