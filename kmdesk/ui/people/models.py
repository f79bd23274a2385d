"""Item models for teams, facilitators and rounds, and the filter behind the people search box."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from kmdesk.assess import people as pp
from kmdesk.assess.thaidate import is_far
from kmdesk.ui.common import i18n
from kmdesk.ui.common.colours import inactive_colour

# Roles every model here answers, so views and tests ask by meaning, not by column.
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (str)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers, ISO dates)
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 3  # False for a deactivated facilitator
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # the text the search box matches against

AnyIndex = QModelIndex | QPersistentModelIndex


class _TableModel(QAbstractTableModel):
    """A read-only flat table of plain records; subclasses say what each column shows."""

    COLUMNS = 0

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def record(self, row: int):
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        """The row holding ``record_id``, or -1."""
        return next((i for i, rec in enumerate(self._rows) if rec.id == record_id), -1)

    def retranslate(self) -> None:
        """Tell views that headers and texts changed with the language."""
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _replace(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _header(self, section: int) -> str:
        raise NotImplementedError

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return self._header(section)
        return None


@dataclass(frozen=True)
class TeamRow:
    """A team with how many active members it has."""

    id: str
    name: str
    members: int


class TeamModel(_TableModel):
    """Teams: name and number of active members."""

    NAME, MEMBERS = range(2)
    COLUMNS = 2

    def set_teams(self, teams: list[pp.Team], people: list[pp.Facilitator]) -> None:
        counts = {t.id: 0 for t in teams}
        for person in people:
            if person.active and person.team_id in counts:
                counts[person.team_id] += 1
        self._replace([TeamRow(t.id, t.name, counts[t.id]) for t in teams])

    def _header(self, section: int) -> str:
        return (self.tr("Team"), self.tr("Active members"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        team: TeamRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return team.name if col == self.NAME else str(team.members)
        if role == SORT_ROLE:
            return name_sort_key(team.name) if col == self.NAME else team.members
        if role == ID_ROLE:
            return team.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.MEMBERS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


@dataclass(frozen=True)
class PersonRow:
    """A facilitator with their team's name and how many ratings they have made."""

    id: str
    name: str
    agency: str
    team_id: str | None
    team: str
    active: bool
    ratings: int


class FacilitatorModel(_TableModel):
    """Facilitators: name, agency, team, ratings kept, active or not (inactive rows greyed)."""

    NAME, AGENCY, TEAM, RATINGS, STATUS = range(5)
    COLUMNS = 5

    def set_people(
        self, people: list[pp.Facilitator], teams: list[pp.Team], ratings: dict[str, int]
    ) -> None:
        team_names = {t.id: t.name for t in teams}
        self._replace(
            [
                PersonRow(
                    p.id,
                    p.name,
                    p.agency,
                    p.team_id,
                    team_names.get(p.team_id, ""),
                    p.active,
                    ratings.get(p.id, 0),
                )
                for p in people
            ]
        )

    def _header(self, section: int) -> str:
        return (
            self.tr("Name"),
            self.tr("Agency"),
            self.tr("Team"),
            self.tr("Ratings"),
            self.tr("Status"),
        )[section]

    def _display(self, person: PersonRow, col: int) -> str:
        if col == self.NAME:
            return person.name
        if col == self.AGENCY:
            return person.agency
        if col == self.TEAM:
            return person.team or self.tr("(no team)")
        if col == self.RATINGS:
            return str(person.ratings)
        # Only the exception is written out, so an inactive person stands out in the list.
        return "" if person.active else self.tr("Inactive")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person: PersonRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, col)
        if role == SORT_ROLE:
            if col == self.RATINGS:
                return person.ratings
            if col == self.STATUS:
                return int(not person.active)
            return name_sort_key(self._display(person, col))
        if role == ID_ROLE:
            return person.id
        if role == ACTIVE_ROLE:
            return person.active
        if role == SEARCH_ROLE:
            return " ".join((person.name, person.agency, person.team)).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return inactive_colour()
        if role == Qt.ItemDataRole.ToolTipRole and not person.active:
            return self.tr(
                "{0} is inactive: not offered for new ratings. Ratings kept: {1}."
            ).format(person.name, person.ratings)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.RATINGS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class RoundRow:
    """A round with how many ratings were made in it."""

    id: str
    title: str
    date: object
    version: int
    ratings: int


class RoundModel(_TableModel):
    """Assessment rounds: title, date (Buddhist Era in Thai), framework version, ratings."""

    TITLE, DATE, VERSION, RATINGS = range(4)
    COLUMNS = 4

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # Replaceable, so tests can fix the day "far ahead" is measured from.
        self.today = dt.date.today

    def far_ahead(self, rnd: RoundRow) -> bool:
        """A date far in the future is a slip of the year (3112), and would count as the
        latest round everywhere: it is marked so that someone corrects or deletes it."""
        today = self.today()
        return rnd.date > today and is_far(rnd.date, today)

    def set_rounds(self, rounds: list[pp.Round], ratings: dict[str, int]) -> None:
        self._replace(
            [
                RoundRow(r.id, r.title, r.date, r.framework_version, ratings.get(r.id, 0))
                for r in pp.rounds_in_order(rounds)
            ]
        )

    def _header(self, section: int) -> str:
        return (
            self.tr("Round"),
            self.tr("Date"),
            self.tr("Framework version"),
            self.tr("Ratings"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rnd: RoundRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return rnd.title
            if col == self.DATE:
                return i18n.date_text(rnd.date)
            if col == self.VERSION:
                return str(rnd.version)
            return str(rnd.ratings)
        if role == SORT_ROLE:
            # Rounds sort by date, then title, as every progress view orders them.
            return (
                name_sort_key(rnd.title),
                f"{rnd.date.isoformat()} {rnd.title}",
                rnd.version,
                rnd.ratings,
            )[col]
        if role == ID_ROLE:
            return rnd.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.VERSION, self.RATINGS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if col == self.DATE and role == Qt.ItemDataRole.ForegroundRole and self.far_ahead(rnd):
            return QColor("#b3261e")
        if col == self.DATE and role == Qt.ItemDataRole.ToolTipRole and self.far_ahead(rnd):
            return self.tr(
                "This date is more than a year ahead, so the round counts as the latest. "
                "If the year is wrong, press Edit… to correct it."
            )
        return None


def name_sort_key(text: str) -> str:
    # casefold so "Somchai" and "somchai" sit together; Thai sorts by code point, which
    # puts names in dictionary order except for leading vowels — good enough for a list.
    return text.casefold()


class PeopleFilter(QSortFilterProxyModel):
    """Shows the facilitators matching the search words, and the inactive ones only on request."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._show_inactive = False
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        if not self._show_inactive and source.data(index, ACTIVE_ROLE) is False:
            return False
        haystack = source.data(index, SEARCH_ROLE) or ""
        # Every word must appear somewhere, so "กศน บางจาก" finds that agency in that team.
        return all(word in haystack for word in self._words)
