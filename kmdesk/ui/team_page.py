"""The Team page: one team's river, skills matrix, learning pairs and radar, following ratings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kmdesk import charting, views
from kmdesk.assess.framework import Framework
from kmdesk.assess.people import Round, Team
from kmdesk.paths import safe_file_name
from kmdesk.store import frameworks, repo
from kmdesk.ui import i18n
from kmdesk.ui import settings as keys
from kmdesk.ui.chart_view import ChartSaver, ChartView, fill_combo, filter_bar, split_ids
from kmdesk.ui.page import AppContext, Page
from kmdesk.ui.report_actions import PdfSubject, ReportActions

KINDS = charting.TEAM_KINDS  # river, matrix, pairs, radar: the tabs, in this order
ID_ROLE = Qt.ItemDataRole.UserRole


class TeamPage(Page):
    """Choose a team, role and round; see where the team stands and who can learn from whom."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("team")
        self.data: views.TeamSlice | None = None
        self.compare: views.TeamSlice | None = None
        self.teams: list[Team] = []
        self.rounds: list[Round] = []
        self.framework: Framework | None = None  # the latest version: role names
        self._loaded = False  # filters and data are read when the page is first shown
        self._pending: set[tuple[str, str]] = set()  # (person, round) rated while hidden

        self._build()
        self.team_combo.currentIndexChanged.connect(self._slice_changed)
        self.role_combo.currentIndexChanged.connect(self._slice_changed)
        self.round_combo.currentIndexChanged.connect(self._slice_changed)
        self.compare_combo.currentIndexChanged.connect(self._slice_changed)
        self.anonymous_check.toggled.connect(self._anonymous_changed)
        self.member_list.itemChanged.connect(self._members_changed)
        self.tabs.currentChanged.connect(self._kind_changed)
        self.saver = ChartSaver(self, self.save_chart, self.suggested_name)
        self.save_button.clicked.connect(self.saver.ask_and_save)
        self.pdf_button.clicked.connect(self.export_pdf)
        ctx.events.rating_changed.connect(self._rating_changed)
        self.follow_data_changes()
        self.retranslate()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.team_label, self.team_combo = QLabel(), QComboBox()
        self.role_label, self.role_combo = QLabel(), QComboBox()
        self.round_label, self.round_combo = QLabel(), QComboBox()
        self.compare_label, self.compare_combo = QLabel(), QComboBox()
        bar = filter_bar(
            (
                (self.team_label, self.team_combo),
                (self.role_label, self.role_combo),
                (self.round_label, self.round_combo),
                (self.compare_label, self.compare_combo),
            )
        )
        self.anonymous_check = QCheckBox()
        self.anonymous_check.setChecked(self.ctx.settings.text(keys.TEAM_ANONYMOUS) == "1")
        self.save_button = QPushButton()
        self.pdf_button = QPushButton()
        self.reports = ReportActions(self, self.ctx)

        self.members_label = QLabel()
        self.member_list = QListWidget()
        self.member_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.members_label.setBuddy(self.member_list)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.members_label)
        side.addWidget(self.member_list, 1)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setMaximumWidth(200)

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        for _kind in KINDS:
            self.tabs.addTab("")
        chosen = self.ctx.settings.text(keys.TEAM_CHART, "river")
        self.tabs.setCurrentIndex(KINDS.index(chosen) if chosen in KINDS else 0)
        self.view = ChartView()

        self.pairs_label = QLabel()
        self.pairs_table = QTableWidget(0, 3)
        self.pairs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs_table.verticalHeader().hide()
        self.pairs_table.setWordWrap(False)
        header = self.pairs_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.outside_label = QLabel()
        self.outside_label.setWordWrap(True)
        self.outside_list = QListWidget()
        self.outside_list.setObjectName("outside_help")
        self.outside_list.setWordWrap(True)
        self.outside_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        pairs = QVBoxLayout()
        pairs.setContentsMargins(0, 0, 0, 0)
        pairs.addWidget(self.pairs_label)
        pairs.addWidget(self.pairs_table, 3)
        pairs.addWidget(self.outside_label)
        pairs.addWidget(self.outside_list, 2)
        self.pairs_panel = QWidget()
        self.pairs_panel.setLayout(pairs)
        self.pairs_panel.setVisible(self._kind() == "pairs")

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.view)
        self.split.addWidget(self.pairs_panel)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 2)
        self.pairs_panel.setMinimumWidth(330)  # competency, learner and teacher side by side
        self.split.setChildrenCollapsible(False)
        # what acts on the chart shown sits on the tabs' row, beside the chart it changes
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs)
        tab_row.addStretch(1)
        tab_row.addWidget(self.anonymous_check)
        tab_row.addWidget(self.save_button)
        tab_row.addWidget(self.pdf_button)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.addLayout(tab_row)
        main.addWidget(self.split, 1)
        body = QHBoxLayout()
        body.addWidget(side_panel)
        body.addLayout(main, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addLayout(body, 1)

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
        self.save_button.setText(self.tr("&Save chart…"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.pdf_button.setToolTip(
            self.tr("The team's report for this round; anonymous when the switch is on")
        )
        self.members_label.setText(self.tr("&Members"))
        titles = {
            "river": self.tr("River"),
            "matrix": self.tr("Skills matrix"),
            "pairs": self.tr("Learning pairs"),
            "radar": self.tr("Team radar"),
        }
        for index, kind in enumerate(KINDS):
            self.tabs.setTabText(index, titles[kind])
        self.pairs_label.setText(self.tr("Who learns from whom"))
        self.pairs_table.setHorizontalHeaderLabels(
            [self.tr("Competency"), self.tr("Learner"), self.tr("Learns from")]
        )
        if self._loaded:
            # role and round names and the charts' words follow the language
            self._fill_filters()
            self._fill_members()
            self._redraw()

    def nav_title(self) -> str:
        return self.tr("Team")

    # --- reading the database -----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
        elif self._pending:
            self._apply_pending()

    def refresh(self) -> None:
        """Read the teams, rounds and roles again, then the chosen slice (when shown)."""
        self._pending.clear()
        if not self.isVisible():
            self._loaded = False  # read when the page is next shown
            return
        self._loaded = True
        with self.ctx.database.session() as session:
            self.teams = repo.list_teams(session)
            self.rounds = views.ordered_rounds(session)
            self.framework = frameworks.load_framework(session) if self.rounds else None
        self._fill_filters()
        self._load()

    def _fill_filters(self) -> None:
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
        fill_combo(
            self.compare_combo,
            [(self.tr("(none)"), ""), *rounds],
            self.compare_combo.currentData() or settings.text(keys.TEAM_COMPARE),
        )

    def _chosen(self) -> tuple[Team | None, Round | None, str | None, Round | None]:
        team = next((t for t in self.teams if t.id == self.team_combo.currentData()), None)
        rnd = next((r for r in self.rounds if r.id == self.round_combo.currentData()), None)
        other = next((r for r in self.rounds if r.id == self.compare_combo.currentData()), None)
        if other is not None and rnd is not None and other.id == rnd.id:
            other = None
        return team, rnd, self.role_combo.currentData(), other

    def _load(self) -> None:
        """Read the chosen slice (and the round to compare with) from the database."""
        team, rnd, role, other = self._chosen()
        self.data = self.compare = None
        if team is not None and rnd is not None and role:
            with self.ctx.database.session() as session:
                self.data = views.team_slice(session, team, rnd, role)
                if other is not None:
                    self.compare = views.team_slice(session, team, other, role)
        self._fill_members()
        self._redraw()

    def _slice_changed(self) -> None:
        settings = self.ctx.settings
        settings.set_text(keys.TEAM_TEAM, self.team_combo.currentData() or "")
        settings.set_text(keys.TEAM_ROLE, self.role_combo.currentData() or "")
        settings.set_text(keys.TEAM_ROUND, self.round_combo.currentData() or "")
        settings.set_text(keys.TEAM_COMPARE, self.compare_combo.currentData() or "")
        self._load()

    # --- members ------------------------------------------------------------------------

    def _fill_members(self) -> None:
        hidden = split_ids(self.ctx.settings.text(keys.TEAM_HIDDEN))
        self.member_list.blockSignals(True)
        try:
            self.member_list.clear()
            if self.data is None:
                return
            labels = self.data.labels(self.anonymous_check.isChecked())
            for person in self.data.analysis.members:
                text = labels[person.id]
                if not person.active:
                    text = self.tr("{0} (inactive)").format(text)
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = person.id not in hidden
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.member_list.addItem(item)
        finally:
            self.member_list.blockSignals(False)

    def chosen_members(self) -> list[str] | None:
        """Ids of the ticked members; None when everyone is ticked (new members show too)."""
        ids, everyone = [], True
        for row in range(self.member_list.count()):
            item = self.member_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(ID_ROLE))
            else:
                everyone = False
        return None if everyone else ids

    def _members_changed(self) -> None:
        hidden = split_ids(self.ctx.settings.text(keys.TEAM_HIDDEN))
        for row in range(self.member_list.count()):
            item = self.member_list.item(row)
            member = item.data(ID_ROLE)
            if item.checkState() == Qt.CheckState.Checked:
                hidden.discard(member)
            else:
                hidden.add(member)
        self.ctx.settings.set_text(keys.TEAM_HIDDEN, ",".join(sorted(hidden)))
        self._redraw()

    def _anonymous_changed(self, checked: bool) -> None:
        self.ctx.settings.set_text(keys.TEAM_ANONYMOUS, "1" if checked else "0")
        self._fill_members()
        self._redraw()

    # --- drawing ------------------------------------------------------------------------

    def _kind(self) -> str:
        return KINDS[max(self.tabs.currentIndex(), 0)]

    def _kind_changed(self) -> None:
        self.ctx.settings.set_text(keys.TEAM_CHART, self._kind())
        self._redraw()

    def _redraw(self) -> None:
        kind = self._kind()
        self.compare_combo.setEnabled(kind == "river")
        self.compare_label.setEnabled(kind == "river")
        self.pairs_panel.setVisible(kind == "pairs")
        data = self.data
        members = self.chosen_members()
        self._fill_pairs()
        if data is None:
            self.view.show_message(
                self.tr("Add a team, its members and a round on the People page first.")
            )
            return
        if not data.has_scores:
            a = data.analysis
            self.view.show_message(
                self.tr("Nobody in team {0} has rated themselves as {1} in {2} yet.").format(
                    a.team.name, self.role_combo.currentText(), a.round.title
                )
            )
            return
        if members == []:
            self.view.show_message(self.tr("Tick at least one member to draw the charts."))
            return
        lang = i18n.language()
        anonymous = self.anonymous_check.isChecked()
        compare = self.compare if kind == "river" else None
        self.view.set_maker(
            lambda size: charting.draw_team(
                data,
                kind,
                lang,
                anonymous=anonymous,
                members=members,
                compare=compare,
                figsize=size,
            )
        )

    def _fill_pairs(self) -> None:
        table = self.pairs_table
        table.setRowCount(0)
        self.outside_list.clear()
        self.outside_label.clear()
        if self.data is None or self._kind() != "pairs":
            return
        a = views.selected(self.data, self.chosen_members())
        labels = self.data.labels(self.anonymous_check.isChecked())

        def competency(code: str) -> str:
            comp = a.framework.competency(code)
            return f"{code} {i18n.text(comp.name)}" if comp else code

        rows = [(cp.competency, pair) for cp in a.pairs for pair in cp.pairs]
        table.setRowCount(len(rows))
        for row, (code, pair) in enumerate(rows):
            supplier = labels[pair.supplier] if pair.supplier else self.tr("outside the team")
            # the code keeps the table narrow; the full name is a hover away
            cells = ((code, competency(code)), (labels[pair.learner], None), (supplier, None))
            for column, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                table.setItem(row, column, item)
        if a.outside_help:
            self.outside_label.setText(
                self.tr("Needs outside help (nobody in the team can teach it yet):")
            )
            self.outside_list.addItems([competency(code) for code in a.outside_help])
        else:
            self.outside_label.setText(self.tr("Someone in the team can teach every competency."))

    # --- rating changes -------------------------------------------------------------------

    def _concerns(self, person: str, round_id: str, role: str) -> bool:
        data = self.data
        if data is None or role != data.analysis.role:
            return False
        rounds = {data.analysis.round.id}
        if self.compare is not None:
            rounds.add(self.compare.analysis.round.id)
        return round_id in rounds and person in {f.id for f in data.roster}

    def _rating_changed(self, person: str, round_id: str, role: str) -> None:
        if not self._concerns(person, round_id, role):
            return
        if not self.isVisible():
            self._pending.add((person, round_id))
            return
        if not self._apply_change(person, round_id):
            self._redraw()

    def _apply_pending(self) -> None:
        pending, self._pending = self._pending, set()
        for person, round_id in pending:
            if self._concerns(person, round_id, self.data.analysis.role):
                self._apply_change(person, round_id, live=False)
        self._fill_members()
        self._redraw()

    def _apply_change(self, person: str, round_id: str, live: bool = True) -> bool:
        """Read one person's ratings in one round again; True when the chart is up to date.

        The team radar moves that person's line in place; the other charts are drawn anew
        from the sums over the profiles already held.
        """
        main = self.data.analysis.round.id == round_id
        held = self.data if main else self.compare
        with self.ctx.database.session() as session:
            ratings = repo.person_ratings(session, person, held.analysis.role, round_id)
        new = views.with_member_ratings(held, person, ratings)
        if new is None:
            self._load()
            return True
        if main:
            self.data = new
        else:
            self.compare = new
        if not live:
            return True
        if new.member_ids != held.member_ids:
            self._fill_members()
            return False
        if main and self._kind() == "radar" and held.has_scores:
            return self.view.patch(lambda chart: chart.patch(new, person))
        return False

    # --- saving -------------------------------------------------------------------------

    def save_chart(self, path: str | Path) -> Path:
        """Write the chart shown as PNG (200 dpi) or SVG, as ``kmdesk chart`` draws it."""
        data = self.data
        if data is None or not data.has_scores:
            raise charting.NothingToChart(self.tr("There is no chart to save yet."))
        kind = self._kind()
        chart = charting.draw_team(
            data,
            kind,
            i18n.language(),
            anonymous=self.anonymous_check.isChecked(),
            members=self.chosen_members(),
            compare=self.compare if kind == "river" else None,
        )
        return charting.save_chart(chart.figure, path)

    def suggested_name(self) -> str:
        a = self.data.analysis if self.data else None
        parts = [self._kind()]
        if a is not None:
            parts += [a.team.name, a.role, a.round.title]
        return safe_file_name("-".join(parts)) + ".png"

    def pdf_subject(self) -> PdfSubject | None:
        """The team report for the team and round shown, anonymous if the switch is on."""
        team, rnd = self.team_combo.currentData(), self.round_combo.currentData()
        if not team or not rnd:
            return None
        anonymous = self.anonymous_check.isChecked()
        name = f"{self.team_combo.currentText()} - {self.round_combo.currentText()}"
        return PdfSubject("team", team, rnd, safe_file_name(name) + ".pdf", anonymous)

    def export_pdf(self) -> None:
        self.reports.export(self.pdf_subject())
