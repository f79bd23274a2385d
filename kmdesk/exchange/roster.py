"""Importing a roster (name, team, agency, active) from CSV or XLSX: all of it, or nothing."""

# The same file rules as the ratings file (kmdesk.exchange.ratings_file): the endings,
# encodings, size limits and workbook checks, formulas refused, problems named by row and
# column, names cleaned as the app cleans them.

from __future__ import annotations

import os
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from kmdesk.assess.people import MAX_NAME, InvalidName, clean_name, name_key, tidy
from kmdesk.exchange import limits
from kmdesk.exchange import ratings_file as rf
from kmdesk.exchange.problems import FileRejected, Problem, rejected
from kmdesk.store.roster_write import RosterEntry, write_roster

COLUMNS = ("name", "team", "agency", "active")
REQUIRED = ("name", "team")
SAME_AS = {"facilitator": "name"}  # the ratings file's word for the same column
YES = {"1", "yes", "y", "true", "active", "ใช่", "ใช้งาน", "ปฏิบัติงาน", "✓", "x"}
NO = {"0", "no", "n", "false", "inactive", "ไม่", "ไม่ใช่", "ไม่ใช้งาน", "ออก", "พ้น"}


@dataclass
class RosterResult:
    file: str
    rows: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    new_teams: list[str] = field(default_factory=list)


def _header(path: Path, numbered) -> tuple[int, dict[str, int]]:
    for row, values in numbered:
        if all(map(rf._blank, values)):
            continue
        found: dict[str, list[int]] = {}
        for i, value in enumerate(values):
            key = name_key("" if value is None else str(value))
            found.setdefault(SAME_AS.get(key, key), []).append(i)
        problems = [
            Problem(path.name, f"the column is missing (expected {','.join(COLUMNS)})", row, col)
            for col in REQUIRED
            if col not in found
        ]
        problems += [
            Problem(path.name, "is in the header more than once; keep the one to read", row, col)
            for col in COLUMNS
            if len(found.get(col, ())) > 1
        ]
        if problems:
            raise FileRejected(problems)
        return row, {col: found[col][0] for col in COLUMNS if col in found}
    raise rejected(path, "is empty; expected a header row: " + ",".join(COLUMNS))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Rows:
    """Checks each row, collecting a problem per bad cell and the entries that pass."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.entries: dict[tuple[str, str], tuple[int, RosterEntry]] = {}

    def problem(self, row: int, column: str, message: str) -> None:
        self.problems.append(Problem(self.file, message, row, column))

    def name(self, row: int, cells: dict, column: str) -> str | None:
        try:
            what = "person's name" if column == "name" else "team name"
            return clean_name(_text(cells.get(column)), what)
        except InvalidName as exc:
            self.problem(row, column, str(exc))
            return None

    def check(self, row: int, cells: dict) -> None:
        formulas = [c for c, v in cells.items() if isinstance(v, rf.Formula)]
        for column in formulas:
            self.problem(row, column, "holds a formula; kmdesk reads only typed values")
        if formulas:
            return
        before = len(self.problems)
        person, team = self.name(row, cells, "name"), self.name(row, cells, "team")
        agency = None
        if "agency" in cells and not rf._blank(cells["agency"]):
            agency = tidy(_text(cells["agency"]))
            if len(agency) > MAX_NAME:
                self.problem(row, "agency", f"the agency is longer than {MAX_NAME} characters")
        active = None
        if "active" in cells and not rf._blank(cells["active"]):
            word = name_key(_text(cells["active"]))
            if word in YES:
                active = True
            elif word in NO:
                active = False
            else:
                self.problem(
                    row, "active", f'"{_text(cells["active"]).strip()}" is not yes or no (1 or 0)'
                )
        if len(self.problems) > before:
            return
        entry = RosterEntry(person, team, agency, active)
        key = (name_key(team), name_key(person))
        first = self.entries.setdefault(key, (row, entry))
        if first[1] != entry:
            self.problem(
                row, "name", f"gives {person} ({team}) again, otherwise than row {first[0]}"
            )


def read_roster(path: str | os.PathLike) -> list[RosterEntry]:
    """Every person of the roster file, checked; FileRejected listing what is wrong."""
    path = Path(path)
    if path.is_file() and path.stat().st_size == 0:
        raise rejected(path, "is empty; expected a header row: " + ",".join(COLUMNS))
    checked = _Rows(path.name)
    with closing(rf._table(path)) as table:
        numbered = enumerate(table, start=1)
        _row, columns = _header(path, numbered)
        for number, values in numbered:
            if all(map(rf._blank, values)):
                continue
            if len(checked.entries) + len(checked.problems) >= limits.MAX_ROWS:
                raise rejected(path, f"has more than {limits.MAX_ROWS:,} rows")
            cells = {c: values[i] if i < len(values) else None for c, i in columns.items()}
            checked.check(number, cells)
            if len(checked.problems) >= rf.MAX_PROBLEMS:
                break
    if checked.problems:
        raise FileRejected(checked.problems[: rf.MAX_PROBLEMS])
    if not checked.entries:
        raise rejected(path, "has a header but nobody in it")
    return [entry for _row, entry in checked.entries.values()]


def import_roster(database, path: str | os.PathLike) -> RosterResult:
    """Add or update everyone in the roster in one transaction; nothing if any row is wrong."""
    entries = read_roster(path)
    with database.write() as session:
        outcome = write_roster(session, entries)
    return RosterResult(
        Path(path).name,
        len(entries),
        outcome.added,
        outcome.updated,
        outcome.unchanged,
        outcome.new_teams,
    )
