"""Exporting every rating to the ratings file, in an order people can read.

What is exported must import again: a database holding more ratings than a file may, or a
note longer than a file's, is refused here with the same limits, before anything is written.
"""

from __future__ import annotations

import os
from pathlib import Path

from kmdesk.assess.notes import MAX_NOTE
from kmdesk.exchange.limits import MAX_ROWS
from kmdesk.exchange.problems import FileRejected, Problem
from kmdesk.exchange.ratings_file import MAX_PROBLEMS, write_rows
from kmdesk.store.rating_files import export_rows


def _level(level: int | None) -> int | str:
    return "?" if level is None else level


def export_ratings(database, path: str | os.PathLike) -> int:
    """Write all ratings to ``path`` (.csv or .xlsx); returns the number of rows."""
    path = Path(path)
    with database.session() as session:
        rows = [
            (*row[:4], row.held_on.isoformat(), row.role, row.code, _level(row.level), row.evidence)
            for row in export_rows(session)
        ]
    _refuse_what_would_not_import(path, rows)
    return write_rows(path, rows)


def _refuse_what_would_not_import(path: Path, rows: list[tuple]) -> None:
    if len(rows) > MAX_ROWS:
        message = (
            f"would hold {len(rows):,} ratings; a ratings file holds at most {MAX_ROWS:,}, "
            "so it could not be imported again. Nothing was written (for a copy of everything "
            "use kmdesk bundle export --all, or kmdesk db backup)"
        )
        raise FileRejected([Problem(path.name, message)])
    problems = []
    for number, row in enumerate(rows, start=2):  # as the file would number it
        note = row[8] or ""
        if len(note) > MAX_NOTE:
            who = " / ".join(str(part) for part in (row[0], row[3], row[5], row[6]))
            message = (
                f"the note of {who} is {len(note):,} characters long; a ratings file holds "
                f"notes of up to {MAX_NOTE:,}, so it could not be imported again. Shorten "
                "the note in the app, then export again. Nothing was written"
            )
            problems.append(Problem(path.name, message, number, "evidence"))
            if len(problems) == MAX_PROBLEMS:
                break
    if problems:
        raise FileRejected(problems)
