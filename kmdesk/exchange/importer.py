"""Importing a ratings file: check every row first, then write all of it in one transaction."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from kmdesk.assess.framework import Framework, parse_role
from kmdesk.assess.people import MAX_NAME, InvalidName, clean_name, name_key, tidy
from kmdesk.assess.scale import LevelError, format_level, parse_level
from kmdesk.assess.thaidate import DateError, parse_date
from kmdesk.exchange.limits import MAX_NOTE
from kmdesk.exchange.problems import Cancelled, FileRejected, Problem
from kmdesk.exchange.ratings_file import MAX_PROBLEMS, Formula, RawRow, read_rows
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


@dataclass(frozen=True)
class _Row:
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
        self.seen: dict[tuple, tuple[int, int | None, str]] = {}
        self.roles: dict[tuple[str, int], str | None] = {}

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

    def text(self, raw: RawRow, column: str, what: str) -> str | None:
        try:
            return clean_name(_cell_text(raw.cells.get(column)), what)
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
        agency = tidy(_cell_text(raw.cells.get("agency")))
        if len(agency) > MAX_NAME:
            self.problem(raw.row, "agency", f"the agency is longer than {MAX_NAME} characters")
        evidence = _cell_text(raw.cells.get("evidence")).strip()
        if len(evidence) > MAX_NOTE:
            self.problem(
                raw.row,
                "evidence",
                f"the note is {len(evidence):,} characters long; kmdesk keeps notes of up to "
                f"{MAX_NOTE:,} characters",
            )
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
            day = parse_date(cells.get("round_date"))
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
        indicator = framework.resolve_indicator(_cell_text(cells.get("indicator")))
        if indicator is None:
            self.problem(
                raw.row,
                "indicator",
                f"{_shown(cells.get('indicator'))} is not an indicator or competency code of "
                f"framework version {version} (e.g. S7.1, or S7 for its first indicator)",
            )
        level = None
        try:
            level = parse_level(cells.get("level"))
        except LevelError:
            self.problem(
                raw.row,
                "level",
                f"{_shown(cells.get('level'))} is not a level (1–5, or ? for not sure)",
            )
        if len(self.problems) > before:
            return None
        row = _Row(
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
        self._check_conflict(row)
        return row

    def _round_version(self, row: int, title: str, day: dt.date) -> int:
        key = name_key(title)
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

    def _check_conflict(self, row: _Row) -> None:
        key = (
            name_key(row.team),
            name_key(row.facilitator),
            name_key(row.round),
            row.role,
            row.indicator,
        )
        first = self.seen.setdefault(key, (row.row, row.level, row.evidence))
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


def check_rows(
    session: Session, raw_rows: list[RawRow], file: str, progress: Progress | None = None
) -> list[_Row]:
    """Every row checked against the database; raises FileRejected listing what is wrong."""
    checker = _Checker(session, file)
    rows = []
    for i, raw in enumerate(raw_rows, start=1):
        row = checker.check(raw)
        if row is not None:
            rows.append(row)
        if len(checker.problems) >= MAX_PROBLEMS:
            break
        if progress and i % 2000 == 0 and progress(i, len(raw_rows) * 2) is False:
            raise Cancelled()
    if checker.problems:
        raise FileRejected(checker.problems[:MAX_PROBLEMS])
    return rows


def import_ratings(
    database, path: str | os.PathLike, progress: Progress | None = None
) -> ImportResult:
    """All or nothing: one bad row and nothing is written. The same file twice changes nothing."""
    path = Path(path)
    return import_rows(database, read_rows(path), path.name, progress)


def import_rows(
    database,
    raw_rows: list[RawRow],
    file: str,
    progress: Progress | None = None,
    *,
    backup: bool = True,
) -> ImportResult:
    """Check and write rows already read (from a file, or made by the demo) in one transaction."""
    result = ImportResult(file)
    with database.write() as session:
        rows = check_rows(session, raw_rows, file, progress)
        result.rows = len(rows)
        writer = _Writer(session, result)
        writer.write(rows, progress)
        changed = result.added or result.changed or result.new_teams or result.new_facilitators
        if backup and changed:
            # The backup reads through its own connection, so it holds the database as it
            # was before this transaction: the state to go back to if the import was wrong.
            database.backup("import")
    return result


class _Writer:
    """Makes unknown teams, people and rounds, then records the ratings that changed."""

    def __init__(self, session: Session, result: ImportResult):
        self.records = Records(session)
        self.result = result

    def write(self, rows: list[_Row], progress: Progress | None) -> None:
        records = self.records
        wanted: dict[tuple, tuple[int | None, str]] = {}
        for row in rows:
            person = records.person(row.facilitator, row.agency, records.team(row.team))
            round_id, version_id = records.round(row.round, row.round_date)
            indicator = records.indicator(version_id, row.indicator)
            wanted[(person, round_id, row.role, indicator)] = (row.level, row.evidence)
        existing = records.stored(wanted)
        added, changes = 0, []
        for i, (key, (level, evidence)) in enumerate(wanted.items(), start=1):
            if key not in existing:
                added += 1
            if existing.get(key) != (level, evidence):
                changes.append(ratings_log.change(key, level, evidence))
            if progress and i % 5000 == 0 and progress(len(rows) + i, len(rows) * 2) is False:
                raise Cancelled()
        result = self.result
        result.added, result.changed = added, len(changes) - added
        result.unchanged = len(wanted) - len(changes)
        result.new_teams = records.new_teams
        result.new_facilitators = records.new_people
        result.new_rounds = records.new_rounds
        records.save(changes, existing)
