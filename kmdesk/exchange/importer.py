"""Importing a ratings file: check every row first, then write all of it in one transaction."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy.orm import Session

from kmdesk.assess.framework import Framework, parse_role
from kmdesk.assess.notes import note_problem, tidy_note
from kmdesk.assess.people import MAX_NAME, InvalidName, clean_name, name_key, tidy
from kmdesk.assess.scale import LevelError, format_level, parse_level
from kmdesk.assess.thaidate import DateError, parse_date
from kmdesk.exchange.problems import Cancelled, FileRejected, Problem
from kmdesk.exchange.ratings_file import MAX_PROBLEMS, Formula, RawRow, RowStream
from kmdesk.store import ratings_log
from kmdesk.store.frameworks import latest_version, load_framework
from kmdesk.store.rating_files import Records, known_rounds

# (done, total) -> False to cancel
Progress = Callable[[int, int], bool | None]

# What each column takes, for the message about a formula found in it.
TAKES = {
    "facilitator": "a name",
    "team": "a name",
    "agency": "a name",
    "round": "a title",
    "round_date": "a date such as 2568-08-08",
    "role": "a role such as recorder",
    "indicator": "a code such as S8.1",
    "level": "1–5 or ?",
    "evidence": "text",
}


@dataclass
class ImportResult:
    """What an import did; all zero but ``unchanged`` when the same file comes twice."""

    file: str
    rows: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    new_teams: list[str] = field(default_factory=list)
    new_facilitators: list[str] = field(default_factory=list)
    new_rounds: list[str] = field(default_factory=list)


class _Row(NamedTuple):  # a tuple, not a dataclass: one is made for every row of a file
    row: int
    facilitator: str
    team: str
    agency: str
    round: str
    round_date: dt.date
    role: str
    indicator: str
    competency: str
    level: int | None
    evidence: str


class _Checker:
    """Turns raw rows into checked rows, collecting a problem per bad cell."""

    def __init__(self, session: Session, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.frameworks: dict[int, Framework] = {}
        self.latest = latest_version(session)
        self.session = session
        self.rounds = known_rounds(session)
        self.file_rounds: dict[str, tuple[dt.date, int]] = {}
        self.roles: dict[tuple[str, int], str | None] = {}
        # A file repeats a few hundred names, dates and codes in every row: each distinct
        # cell is cleaned or parsed once (keyed with its type, for 1 == 1.0 == True).
        self.cells: dict[tuple, object] = {}

    def framework(self, number: int) -> Framework:
        if number not in self.frameworks:
            self.frameworks[number] = load_framework(self.session, number)
        return self.frameworks[number]

    def role(self, text: str, framework: Framework) -> str | None:
        # A file repeats a handful of role spellings thousands of times.
        key = (text, framework.version)
        if key not in self.roles:
            self.roles[key] = parse_role(text, framework.roles)
        return self.roles[key]

    def problem(self, row: int, column: str, message: str) -> None:
        self.problems.append(Problem(self.file, message, row, column))

    def parsed(self, column: str, value: object, parse: Callable[[object], object]) -> object:
        """``parse(value)``, remembered for the next row with the same cell; errors are raised."""
        key = (column, type(value), value)
        try:
            return self.cells[key]
        except KeyError:
            pass
        except TypeError:  # a cell value that cannot be a key
            return parse(value)
        result = self.cells[key] = parse(value)
        return result

    def text(self, raw: RawRow, column: str, what: str) -> str | None:
        try:
            return self.parsed(
                column, raw.cells.get(column), lambda v: clean_name(_cell_text(v), what)
            )
        except InvalidName as exc:
            self.problem(raw.row, column, f"{exc}; expected the {what}")
            return None

    def formulas(self, raw: RawRow) -> bool:
        """Whether the row holds formulas, each a problem: the file has only their results."""
        found = [column for column, value in raw.cells.items() if isinstance(value, Formula)]
        for column in found:
            self.problem(
                raw.row,
                column,
                f"holds a formula; kmdesk reads only typed values (expected {TAKES[column]})",
            )
        return bool(found)

    def notes(self, raw: RawRow) -> tuple[str, str]:
        """The agency and the evidence, each within its limit."""
        agency = self.parsed("agency", raw.cells.get("agency"), lambda v: tidy(_cell_text(v)))
        if len(agency) > MAX_NAME:
            self.problem(raw.row, "agency", f"the agency is longer than {MAX_NAME} characters")
        # The app's own rules for a note (assess/notes): what it keeps is what it exports.
        evidence = tidy_note(_cell_text(raw.cells.get("evidence")))
        problem = note_problem(evidence)
        if problem:
            self.problem(raw.row, "evidence", problem)
        return agency, evidence

    def check(self, raw: RawRow) -> _Row | None:
        if self.formulas(raw):
            return None
        before = len(self.problems)
        cells = raw.cells
        person = self.text(raw, "facilitator", "facilitator's name")
        team = self.text(raw, "team", "team's name")
        title = self.text(raw, "round", "round's title")
        agency, evidence = self.notes(raw)
        day = None
        try:
            day = self.parsed("round_date", cells.get("round_date"), parse_date)
        except DateError:
            self.problem(
                raw.row,
                "round_date",
                f"{_shown(cells.get('round_date'))} is not a date "
                "(expected YYYY-MM-DD, e.g. 2025-08-08 or the Buddhist-Era 2568-08-08)",
            )
        version = self.latest
        if title and day:
            version = self._round_version(raw.row, title, day)
        framework = self.framework(version)
        role = self.role(_cell_text(cells.get("role")), framework)
        if role is None:
            names = ", ".join(r.code for r in framework.roles)
            thai = ", ".join(r.name.th for r in framework.roles)
            self.problem(
                raw.row, "role", f"{_shown(cells.get('role'))} is not a role ({names}, or {thai})"
            )
        indicator = self.parsed(
            ("indicator", version),
            cells.get("indicator"),
            lambda v: framework.resolve_indicator(_cell_text(v)),
        )
        if indicator is None:
            self.problem(
                raw.row,
                "indicator",
                f"{_shown(cells.get('indicator'))} is not an indicator or competency code of "
                f"framework version {version} (e.g. S7.1, or S7 for its first indicator)",
            )
        level = None
        try:
            level = self.parsed("level", cells.get("level"), parse_level)
        except LevelError:
            self.problem(
                raw.row,
                "level",
                f"{_shown(cells.get('level'))} is not a level (1–5, or ? for not sure)",
            )
        if len(self.problems) > before:
            return None
        return _Row(
            raw.row,
            person,
            team,
            agency,
            title,
            day,
            role,
            indicator.code,
            indicator.competency,
            level,
            evidence,
        )

    def _round_version(self, row: int, title: str, day: dt.date) -> int:
        key = self.parsed("round key", title, name_key)
        if key in self.rounds:
            stored_title, held_on, number = self.rounds[key]
            if held_on != day:
                self.problem(
                    row,
                    "round_date",
                    f"{day.isoformat()} differs from the date of the existing round "
                    f"{stored_title!r} ({held_on.isoformat()})",
                )
            return number
        first = self.file_rounds.setdefault(key, (day, row))
        if first[0] != day:
            self.problem(
                row,
                "round_date",
                f"{day.isoformat()} differs from row {first[1]}, which dates round {title!r} "
                f"{first[0].isoformat()}",
            )
        return self.latest

    def conflict(self, row: _Row, first: tuple[int, int | None, str]) -> None:
        """A problem if ``row`` gives another value than the first row for the same rating."""
        if first[1] != row.level:
            self.problem(
                row.row,
                "level",
                f"gives level {format_level(row.level)} for {row.facilitator} / {row.round} / "
                f"{row.role} / {row.indicator}, but row {first[0]} gives {format_level(first[1])}",
            )
        elif first[2] != row.evidence:
            self.problem(
                row.row,
                "evidence",
                f"gives other evidence for {row.facilitator} / {row.round} / {row.role} / "
                f"{row.indicator} than row {first[0]}",
            )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value)


def _shown(value: object) -> str:
    text = _cell_text(value).strip()
    return f'"{text}"' if text else "an empty cell"


def import_ratings(
    database, path: str | os.PathLike, progress: Progress | None = None
) -> ImportResult:
    """All or nothing: one bad row and nothing is written. The same file twice changes nothing.

    The file is read a row at a time, each row checked and written as it comes, in one
    transaction that is rolled back if any row is wrong: memory stays flat whatever its size.
    """
    rows = RowStream(path)
    return import_rows(database, rows, rows.path.name, progress, expected=lambda: rows.expected)


def import_rows(
    database,
    raw_rows: Iterable[RawRow],
    file: str,
    progress: Progress | None = None,
    *,
    backup: bool = True,
    expected: Callable[[], int] | None = None,
) -> ImportResult:
    """Check and write rows (read from a file, or made by the demo) in one transaction."""
    if expected is None:
        raw_rows = list(raw_rows)
        count = len(raw_rows)
        expected = lambda: count  # noqa: E731
    result = ImportResult(file)
    with database.write() as session:
        checker = _Checker(session, file)
        writer = _Writer(session, result)
        rows = iter(raw_rows)
        for i, raw in enumerate(rows, start=1):
            row = checker.check(raw)
            if row is not None:
                first = writer.add(row, sound=not checker.problems)
                if first is not None:
                    checker.conflict(row, first)
            if len(checker.problems) >= MAX_PROBLEMS:
                break
            if progress and i % 2000 == 0 and progress(i, max(expected(), i)) is False:
                raise Cancelled()
        if checker.problems:
            for _ in rows:
                pass  # read to the end: a damaged or too long file is said before its rows
            # Leaving the transaction with an error rolls back whatever was written.
            raise FileRejected(checker.problems[:MAX_PROBLEMS])
        writer.finish()
        changed = result.added or result.changed or result.new_teams or result.new_facilitators
        if backup and changed:
            # The backup reads through its own connection, so it holds the database as it
            # was before this transaction: the state to go back to if the import was wrong.
            database.backup("import")
    return result


class _Writer:
    """Makes unknown teams, people and rounds, then records the ratings that changed.

    Ratings are written a batch at a time; what stays in memory for the whole file is one
    small entry per rating (its first row, level and note), to find a row that contradicts
    an earlier one.
    """

    BATCH = 5000

    def __init__(self, session: Session, result: ImportResult):
        self.records = Records(session)
        self.result = result
        self.first: dict[ratings_log.Key, tuple[int, int | None, str]] = {}
        self.pending: list[tuple[ratings_log.Key, int | None, str]] = []
        # The same names in row after row: their ids by the cleaned text, without name_key.
        self.teams: dict[str, int] = {}
        self.people: dict[tuple[int, str], int] = {}
        self.rounds: dict[str, tuple[int, int]] = {}

    def add(self, row: _Row, *, sound: bool) -> tuple[int, int | None, str] | None:
        """Queue ``row``; returns the first row's value if this rating came before."""
        self.result.rows += 1
        records = self.records
        team = self.teams.get(row.team)
        if team is None:
            team = self.teams[row.team] = records.team(row.team)
        person = self.people.get((team, row.facilitator))
        if person is None:
            person = records.person(row.facilitator, row.agency, team)
            self.people[(team, row.facilitator)] = person
        found = self.rounds.get(row.round)
        if found is None:
            found = self.rounds[row.round] = records.round(row.round, row.round_date)
        round_id, version_id = found
        key = (person, round_id, row.role, records.indicator(version_id, row.indicator))
        first = self.first.get(key)
        if first is not None:
            return first
        self.first[key] = (row.row, row.level, row.evidence)
        if sound:
            self.pending.append((key, row.level, row.evidence))
            if len(self.pending) >= self.BATCH:
                self._flush()
        else:
            self.pending.clear()  # the file is refused: nothing more need be written
        return None

    def _flush(self) -> None:
        records, result = self.records, self.result
        existing = records.stored(key for key, _, _ in self.pending)
        changes = []
        for key, level, evidence in self.pending:
            if key not in existing:
                result.added += 1
            if existing.get(key) != (level, evidence):
                changes.append((key, level, evidence))
        result.changed += len(changes) - (len(self.pending) - len(existing))
        result.unchanged += len(self.pending) - len(changes)
        self.pending = []
        records.save(changes, existing)

    def finish(self) -> None:
        self._flush()
        records, result = self.records, self.result
        result.new_teams = records.new_teams
        result.new_facilitators = records.new_people
        result.new_rounds = records.new_rounds
