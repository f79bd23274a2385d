"""The Progress page: one facilitator in one role across rounds, following their ratings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from kmdesk import charting, views
from kmdesk.assess.framework import Framework
from kmdesk.assess.people import Facilitator, Round
from kmdesk.paths import safe_file_name
from kmdesk.store import frameworks, repo
from kmdesk.ui import i18n
from kmdesk.ui import settings as keys
from kmdesk.ui.chart_view import ChartSaver, ChartView, fill_combo, filter_bar, split_ids
from kmdesk.ui.page import AppContext, Page
from kmdesk.ui.report_actions import PdfSubject, ReportActions

KINDS = charting.PERSON_KINDS  # radar, progress, domains, stairs: the tabs, in this order
ID_ROLE = Qt.ItemDataRole.UserRole
# Twelve small panels need this much room to stay legible; the view scrolls below it.
PROGRESS_MIN_PX = (720, 820)


class ProgressPage(Page):
    """Choose a person, role and rounds; see their profile grow and their next steps."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("progress")
        self.data: views.PersonSlice | None = None
        self.people: list[Facilitator] = []
        self.team_names: dict[str, str] = {}
        self.rounds: list[Round] = []
        self.framework: Framework | None = None
        self._loaded = False  # filters and data are read when the page is first shown
        self._pending: set[str] = set()  # rounds this person was rated in while hidden

        self._build()
        self.person_combo.currentIndexChanged.connect(self._slice_changed)
        self.role_combo.currentIndexChanged.connect(self._slice_changed)
        self.stairs_combo.currentIndexChanged.connect(self._stairs_round_changed)
        self.round_list.itemChanged.connect(self._rounds_changed)
        self.tabs.currentChanged.connect(self._kind_changed)
        self.saver = ChartSaver(self, self.save_chart, self.suggested_name)
        self.save_button.clicked.connect(self.saver.ask_and_save)
        self.pdf_button.clicked.connect(self.export_pdf)
        ctx.events.rating_changed.connect(self._rating_changed)
        self.follow_data_changes()
        self.retranslate()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.person_label, self.person_combo = QLabel(), QComboBox()
        self.role_label, self.role_combo = QLabel(), QComboBox()
        self.stairs_label, self.stairs_combo = QLabel(), QComboBox()
        bar = filter_bar(
            (
                (self.person_label, self.person_combo),
                (self.role_label, self.role_combo),
                (self.stairs_label, self.stairs_combo),
            )
        )
        self.save_button = QPushButton()
        self.pdf_button = QPushButton()
        self.reports = ReportActions(self, self.ctx)

        self.rounds_label = QLabel()
        self.round_list = QListWidget()
        self.round_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rounds_label.setBuddy(self.round_list)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.rounds_label)
        side.addWidget(self.round_list, 1)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setMaximumWidth(200)

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        for _kind in KINDS:
            self.tabs.addTab("")
        chosen = self.ctx.settings.text(keys.PROGRESS_CHART, "radar")
        self.tabs.setCurrentIndex(KINDS.index(chosen) if chosen in KINDS else 0)
        self.view = ChartView()
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs)
        tab_row.addStretch(1)
        tab_row.addWidget(self.save_button)
        tab_row.addWidget(self.pdf_button)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.addLayout(tab_row)
        main.addWidget(self.view, 1)
        body = QHBoxLayout()
        body.addWidget(side_panel)
        body.addLayout(main, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addLayout(body, 1)

    def retranslate(self) -> None:
        self.person_label.setText(self.tr("&Facilitator:"))
        self.role_label.setText(self.tr("&Role:"))
        self.stairs_label.setText(self.tr("&Stairs for:"))
        self.save_button.setText(self.tr("Save &chart…"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.pdf_button.setToolTip(self.tr("The person's report for the round the stairs show"))
        self.rounds_label.setText(self.tr("R&ounds"))
        titles = {
            "radar": self.tr("Radar"),
            "progress": self.tr("Progress"),
            "domains": self.tr("Knowledge and skill"),
            "stairs": self.tr("Learning stairs"),
        }
        for index, kind in enumerate(KINDS):
            self.tabs.setTabText(index, titles[kind])
        if self._loaded:
            self._fill_filters()
            self._fill_rounds()
            self._redraw()

    def nav_title(self) -> str:
        return self.tr("Progress")

    # --- reading the database -----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
        elif self._pending:
            self._apply_pending()

    def refresh(self) -> None:
        """Read the people, rounds and roles again, then the chosen person (when shown)."""
        self._pending.clear()
        if not self.isVisible():
            self._loaded = False
            return
        self._loaded = True
        with self.ctx.database.session() as session:
            self.team_names = {t.id: t.name for t in repo.list_teams(session)}
            people = repo.list_facilitators(session)
            self.rounds = views.ordered_rounds(session)
            self.framework = frameworks.load_framework(session) if self.rounds else None
        # grouped by team, as people think of them
        self.people = sorted(
            people, key=lambda p: (self.team_names.get(p.team_id or "", ""), p.name)
        )
        self._fill_filters()
        self._fill_rounds()
        self._load()

    def _fill_filters(self) -> None:
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

    def _fill_rounds(self) -> None:
        hidden = split_ids(self.ctx.settings.text(keys.PROGRESS_HIDDEN_ROUNDS))
        self.round_list.blockSignals(True)
        try:
            self.round_list.clear()
            for rnd in self.rounds:
                item = QListWidgetItem(f"{rnd.title}\n{i18n.date_text(rnd.date)}")
                item.setData(ID_ROLE, rnd.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = rnd.id not in hidden
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.round_list.addItem(item)
        finally:
            self.round_list.blockSignals(False)

    def _load(self) -> None:
        person = next((p for p in self.people if p.id == self.person_combo.currentData()), None)
        role = self.role_combo.currentData()
        self.data = None
        if person is not None and role:
            with self.ctx.database.session() as session:
                self.data = views.person_slice(session, person, role)
        self._redraw()

    def _slice_changed(self) -> None:
        self.ctx.settings.set_text(keys.PROGRESS_PERSON, self.person_combo.currentData() or "")
        self.ctx.settings.set_text(keys.PROGRESS_ROLE, self.role_combo.currentData() or "")
        self._load()

    def _stairs_round_changed(self) -> None:
        self.ctx.settings.set_text(
            keys.PROGRESS_STAIRS_ROUND, self.stairs_combo.currentData() or ""
        )
        self._redraw()

    def chosen_rounds(self) -> set[str]:
        return {
            self.round_list.item(row).data(ID_ROLE)
            for row in range(self.round_list.count())
            if self.round_list.item(row).checkState() == Qt.CheckState.Checked
        }

    def _rounds_changed(self) -> None:
        every = {r.id for r in self.rounds}
        self.ctx.settings.set_text(
            keys.PROGRESS_HIDDEN_ROUNDS, ",".join(sorted(every - self.chosen_rounds()))
        )
        self._redraw()

    # --- drawing ------------------------------------------------------------------------

    def _kind(self) -> str:
        return KINDS[max(self.tabs.currentIndex(), 0)]

    def _kind_changed(self) -> None:
        self.ctx.settings.set_text(keys.PROGRESS_CHART, self._kind())
        self._redraw()

    def _redraw(self) -> None:
        kind = self._kind()
        stairs = kind == "stairs"
        self.stairs_combo.setEnabled(stairs)
        self.stairs_label.setEnabled(stairs)
        self.round_list.setEnabled(not stairs)
        data = self.data
        if data is None:
            self.view.show_message(
                self.tr("Add facilitators and a round on the People page first.")
            )
            return
        rounds = {self.stairs_combo.currentData()} if stairs else self.chosen_rounds()
        if not data.rated_rounds(rounds):
            self.view.show_message(
                self.tr("{0} has not rated themselves as {1} in the chosen rounds yet.").format(
                    data.person.name, self.role_combo.currentText()
                )
            )
            return
        lang = i18n.language()
        min_px = PROGRESS_MIN_PX if kind == "progress" else (0, 0)
        stairs_round = self.stairs_combo.currentData()
        self.view.set_maker(
            lambda size: charting.draw_person(
                data, kind, lang, rounds=rounds, stairs_round=stairs_round, figsize=size
            ),
            min_px,
        )

    # --- rating changes -------------------------------------------------------------------

    def _rating_changed(self, person: str, round_id: str, role: str) -> None:
        data = self.data
        if data is None or person != data.person.id or role != data.role:
            return
        if not self.isVisible():
            self._pending.add(round_id)
            return
        self._apply_change(round_id)
        self._redraw()

    def _apply_pending(self) -> None:
        pending, self._pending = self._pending, set()
        for round_id in pending:
            self._apply_change(round_id)
        self._redraw()

    def _apply_change(self, round_id: str) -> None:
        """Read this person's ratings in one round again, not their whole history."""
        data = self.data
        with self.ctx.database.session() as session:
            ratings = repo.person_ratings(session, data.person.id, data.role, round_id)
            new = views.with_round_ratings(data, round_id, ratings)
            if new is None:  # a round this page has not seen yet
                new = views.person_slice(session, data.person, data.role)
        self.data = new

    # --- saving -------------------------------------------------------------------------

    def save_chart(self, path: str | Path) -> Path:
        """Write the chart shown as PNG (200 dpi) or SVG, as ``kmdesk chart`` draws it."""
        data = self.data
        if data is None:
            raise charting.NothingToChart(self.tr("There is no chart to save yet."))
        kind = self._kind()
        rounds = {self.stairs_combo.currentData()} if kind == "stairs" else self.chosen_rounds()
        chart = charting.draw_person(
            data, kind, i18n.language(), rounds=rounds, stairs_round=self.stairs_combo.currentData()
        )
        return charting.save_chart(chart.figure, path)

    def suggested_name(self) -> str:
        parts = [self._kind()]
        if self.data is not None:
            parts += [self.data.person.name, self.data.role]
        return safe_file_name("-".join(parts)) + ".png"

    def pdf_subject(self) -> PdfSubject | None:
        """The personal report for the person shown and the round their stairs are drawn for."""
        person, rnd = self.person_combo.currentData(), self.stairs_combo.currentData()
        if not person or not rnd:
            return None
        name = f"{self.person_combo.currentText()} - {self.stairs_combo.currentText()}"
        return PdfSubject("person", person, rnd, safe_file_name(name) + ".pdf")

    def export_pdf(self) -> None:
        self.reports.export(self.pdf_subject())
