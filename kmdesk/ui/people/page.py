"""The people page: teams, facilitators (added, edited, deactivated) and assessment rounds."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kmdesk.logs import refused
from kmdesk.store import people_queries as pq
from kmdesk.store import repo
from kmdesk.store.errors import StoreError
from kmdesk.store.framework_edits import version_numbers
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.errors import plain_message
from kmdesk.ui.common.page import AppContext, Page
from kmdesk.ui.people.dialogs import FacilitatorDialog, RoundDialog, TeamDialog
from kmdesk.ui.people.models import (
    FacilitatorModel,
    PeopleFilter,
    RoundModel,
    TeamModel,
)
from kmdesk.ui.people.rounds import RoundDeletion
from kmdesk.ui.people.tables import make_table, run_modal, select_id, selected_id, sorter


class PeoplePage(Page):
    """Who is in which team, and the rounds they rate themselves in; all edits go to the store."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("people")
        # True while this page itself announces a change, so it does not reload twice.
        self._announcing = False
        self._teams: list = []
        self._agencies: list[str] = []
        self._versions: list[int] = []
        # Replaceable, so tests can fill in and accept a dialog without a modal loop.
        self.run_dialog = run_modal

        self.team_model = TeamModel(self)
        self.people_model = FacilitatorModel(self)
        self.people_filter = PeopleFilter(self)
        self.people_filter.setSourceModel(self.people_model)
        self.round_model = RoundModel(self)
        # Sorting happens in proxies: the plain table models have no sort() of their own.
        self.team_sorter = sorter(self.team_model, self)
        self.round_sorter = sorter(self.round_model, self)

        self.teams_box = QGroupBox()
        self.team_view = make_table(self.team_sorter, TeamModel.NAME)
        self.team_view.sortByColumn(TeamModel.NAME, Qt.SortOrder.AscendingOrder)
        self.add_team_button = QPushButton()
        self.rename_team_button = QPushButton()
        self.teams_box.setLayout(
            self._stack(self.team_view, self.add_team_button, self.rename_team_button)
        )

        self.rounds_box = QGroupBox()
        self.round_view = make_table(self.round_sorter, RoundModel.TITLE)
        self.round_view.sortByColumn(RoundModel.DATE, Qt.SortOrder.AscendingOrder)
        self.add_round_button = QPushButton()
        self.edit_round_button = QPushButton()
        self.delete_round_button = QPushButton()
        self.rounds_box.setLayout(
            self._stack(
                self.round_view,
                self.add_round_button,
                self.edit_round_button,
                self.delete_round_button,
            )
        )

        self.people_box = QGroupBox()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.people_filter.set_search)
        self.show_inactive_check = QCheckBox()
        self.people_view = make_table(self.people_filter, FacilitatorModel.NAME)
        self.people_view.setColumnHidden(FacilitatorModel.STATUS, True)
        self.show_inactive_check.toggled.connect(self._show_inactive)
        self.people_view.sortByColumn(FacilitatorModel.TEAM, Qt.SortOrder.AscendingOrder)
        self.add_person_button = QPushButton()
        self.edit_person_button = QPushButton()
        self.active_button = QPushButton()
        # What the last action did, the full width of the page (a backup's path is long);
        # selectable, so that path can be copied.
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.show_inactive_check)
        people_layout = self._stack(
            self.people_view, self.add_person_button, self.edit_person_button, self.active_button
        )
        people_layout.insertLayout(0, search_row)
        self.people_box.setLayout(people_layout)

        self.left_split = QSplitter(Qt.Orientation.Vertical)
        self.left_split.addWidget(self.teams_box)
        self.left_split.addWidget(self.rounds_box)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.people_box)
        self.split.addWidget(self.left_split)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        self.left_split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.note)
        self._restore_splitters()

        self.add_team_button.clicked.connect(self.add_team)
        self.rename_team_button.clicked.connect(self.rename_team)
        self.team_view.doubleClicked.connect(self.rename_team)
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.people_view.doubleClicked.connect(self.edit_person)
        self.active_button.clicked.connect(self.toggle_active)
        self.add_round_button.clicked.connect(self.add_round)
        self.edit_round_button.clicked.connect(self.edit_round)
        self.round_view.doubleClicked.connect(self.edit_round)
        self.delete_round_button.clicked.connect(self.delete_round)
        for view in (self.team_view, self.people_view, self.round_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        # A model reset drops the selection without a selectionChanged signal.
        for model in (self.team_sorter, self.people_filter, self.round_sorter):
            model.modelReset.connect(self._update_buttons)

        self.follow_data_changes(self._changed_elsewhere)

        self.refresh()
        self.retranslate()

    @staticmethod
    def _stack(view: QTableView, *buttons: QPushButton) -> QVBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout()
        layout.addWidget(view, 1)
        layout.addLayout(row)
        return layout

    def nav_title(self) -> str:
        return self.tr("People and rounds")

    def retranslate(self) -> None:
        self.teams_box.setTitle(self.tr("Teams"))
        self.add_team_button.setText(self.tr("Add &team…"))
        self.rename_team_button.setText(self.tr("Re&name…"))
        self.rounds_box.setTitle(self.tr("Assessment rounds"))
        self.add_round_button.setText(self.tr("Add r&ound…"))
        self.edit_round_button.setText(self.tr("Edit &round…"))
        self.edit_round_button.setToolTip(self.tr("Change the round's title or date"))
        self.delete_round_button.setText(self.tr("&Delete…"))
        self.delete_round_button.setToolTip(
            self.tr("Delete the round and its ratings, after a backup")
        )
        self.people_box.setTitle(self.tr("Facilitators"))
        self.search_edit.setPlaceholderText(self.tr("Search by name, agency or team"))
        self.show_inactive_check.setText(self.tr("Show &inactive"))
        self.show_inactive_check.setToolTip(
            self.tr("Inactive people are not offered for new ratings; their ratings are kept.")
        )
        self.add_person_button.setText(self.tr("&Add facilitator…"))
        self.edit_person_button.setText(self.tr("&Edit…"))
        self.edit_person_button.setToolTip(self.tr("Change the name, agency or team"))
        for model in (self.team_model, self.people_model, self.round_model):
            model.retranslate()
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        keep = (
            selected_id(self.team_view),
            selected_id(self.people_view),
            selected_id(self.round_view),
        )
        database = self.ctx.database
        with database.session() as session:
            self._teams = repo.list_teams(session)
            people = repo.list_facilitators(session)
            rounds = repo.list_rounds(session)
            person_counts = pq.ratings_per_facilitator(session)
            round_counts = pq.ratings_per_round(session)
            self._agencies = pq.agencies_in_use(session)
            self._versions = version_numbers(session)
        self.team_model.set_teams(self._teams, people)
        self.people_model.set_people(people, self._teams, person_counts)
        self.round_model.set_rounds(rounds, round_counts)
        # Like the status column: shown only when it tells rounds apart (most databases
        # have one framework version), so the date and ratings fit without scrolling.
        versions_used = {r.framework_version for r in rounds}
        self.round_view.setColumnHidden(RoundModel.VERSION, len(versions_used) < 2)
        select_id(self.team_view, keep[0])
        select_id(self.people_view, keep[1])
        select_id(self.round_view, keep[2])
        self._update_buttons()

    def _changed_elsewhere(self) -> None:
        if not self._announcing:
            self.refresh()

    def _announce(self, *signals) -> None:
        self._announcing = True
        try:
            for signal in signals:
                signal.emit()
        finally:
            self._announcing = False

    # --- state -------------------------------------------------------------------------

    def _selected_person(self):
        person_id = selected_id(self.people_view)
        row = self.people_model.row_of(person_id) if person_id else -1
        return self.people_model.record(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        # A read-only database (the banner says so): no button opens a form it would refuse.
        writable = not self.ctx.database.read_only
        for button in (self.add_team_button, self.add_round_button, self.add_person_button):
            button.setEnabled(writable)
        team, round_ = selected_id(self.team_view), selected_id(self.round_view)
        self.rename_team_button.setEnabled(writable and team is not None)
        self.edit_round_button.setEnabled(writable and round_ is not None)
        self.delete_round_button.setEnabled(writable and round_ is not None)
        person = self._selected_person()
        self.edit_person_button.setEnabled(writable and person is not None)
        self.active_button.setEnabled(writable and person is not None)
        if person is not None and not person.active:
            self.active_button.setText(self.tr("Reacti&vate"))
            self.active_button.setToolTip(
                self.tr("Offer {0} for new ratings again").format(person.name)
            )
        else:
            self.active_button.setText(self.tr("Deacti&vate"))
            self.active_button.setToolTip(
                self.tr(
                    "For someone who has left: not offered for new ratings; their ratings are kept"
                )
            )

    def _show_inactive(self, show: bool) -> None:
        self.people_filter.set_show_inactive(show)
        # The status column only ever says "Inactive": without inactive rows it is empty.
        self.people_view.setColumnHidden(FacilitatorModel.STATUS, not show)
        self._update_buttons()

    def _ask(self, dialog):
        self.note.clear()
        try:
            return self.run_dialog(dialog)
        finally:
            # Parented to the page for centring; deleted after, so dialogs do not pile up.
            dialog.deleteLater()

    # --- actions -------------------------------------------------------------------------

    def add_team(self) -> None:
        team = self._ask(TeamDialog(self.ctx.database, parent=self))
        if team is not None:
            self.refresh()
            select_id(self.team_view, team.id)
            self._announce(self.ctx.events.people_changed)

    def rename_team(self, _index: QModelIndex | None = None) -> None:
        team_id = selected_id(self.team_view)
        if team_id is None:
            return
        row = self.team_model.record(self.team_model.row_of(team_id))
        if self._ask(TeamDialog(self.ctx.database, row, parent=self)) is not None:
            self.refresh()
            self._announce(self.ctx.events.people_changed)

    def add_person(self) -> None:
        dialog = FacilitatorDialog(
            self.ctx.database,
            self._teams,
            self._agencies,
            team_id=selected_id(self.team_view),
            parent=self,
        )
        person = self._ask(dialog)
        if person is not None:
            self.refresh()
            self.search_edit.clear()
            select_id(self.people_view, person.id)
            self.note.setText(self.tr("Added {0}.").format(person.name))
            self._announce(self.ctx.events.people_changed)

    def edit_person(self, _index: QModelIndex | None = None) -> None:
        person = self._selected_person()
        if person is None:
            return
        dialog = FacilitatorDialog(
            self.ctx.database, self._teams, self._agencies, person=person, parent=self
        )
        if self._ask(dialog) is not None:
            self.refresh()
            self._announce(self.ctx.events.people_changed)

    def toggle_active(self) -> None:
        """Deactivate the selected person (their ratings stay) or bring them back."""
        person = self._selected_person()
        if person is None:
            return
        try:
            repo.set_facilitator_active(self.ctx.database, person.id, not person.active)
        except StoreError as exc:
            refused("set facilitator active", exc)
            self.note.setText(plain_message(exc))
            self.refresh()
            return
        if person.active:
            self.note.setText(
                self.tr(
                    "{0} is now inactive and will not be offered for new ratings. "
                    "Nothing was deleted: their {1} ratings are kept. To bring them back, "
                    "tick “Show inactive”, select them and press Reactivate."
                ).format(person.name, person.ratings)
            )
        else:
            self.note.setText(self.tr("{0} is active again.").format(person.name))
        self.refresh()
        self._announce(self.ctx.events.people_changed)

    def add_round(self) -> None:
        dialog = RoundDialog(self.ctx.database, self._versions, parent=self)
        added = self._ask(dialog)
        if added is not None:
            self.refresh()
            select_id(self.round_view, added.id)
            self._announce(self.ctx.events.rounds_changed)

    def edit_round(self, _index: QModelIndex | None = None) -> None:
        round_id = selected_id(self.round_view)
        if round_id is None:
            return
        row = self.round_model.record(self.round_model.row_of(round_id))
        if self._ask(RoundDialog(self.ctx.database, self._versions, row, parent=self)):
            self.refresh()
            self._announce(self.ctx.events.rounds_changed)

    def delete_round(self) -> None:
        """Delete the selected round and its ratings, once confirmed, after a backup."""
        round_id = selected_id(self.round_view)
        if round_id is None:
            return
        self.note.clear()
        row = self.round_model.record(self.round_model.row_of(round_id))
        outcome = RoundDeletion(self.ctx.database, self).run(round_id, row.date)
        if outcome is None:
            return
        self.note.setText(outcome.note)
        self.refresh()
        if outcome.deleted:
            self._announce(self.ctx.events.rounds_changed)

    # --- splitters -----------------------------------------------------------------------

    def _restore_splitters(self) -> None:
        for name, splitter in (("people", self.split), ("people_left", self.left_split)):
            state = self.ctx.settings.blob(keys.SPLITTER_PREFIX + name)
            if state is not None:
                splitter.restoreState(state)
            splitter.splitterMoved.connect(
                lambda *_, n=name, s=splitter: self.ctx.settings.set_blob(
                    keys.SPLITTER_PREFIX + n, s.saveState()
                )
            )
