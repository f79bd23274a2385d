"""Exporting every rating to the ratings file, in an order people can read."""

from __future__ import annotations

import os
from pathlib import Path

from kmdesk.exchange.ratings_file import write_rows
from kmdesk.store.rating_files import export_rows


def _level(level: int | None) -> int | str:
    return "?" if level is None else level


def export_ratings(database, path: str | os.PathLike) -> int:
    """Write all ratings to ``path`` (.csv or .xlsx); returns the number of rows."""
    with database.session() as session:
        rows = [
            (*row[:4], row.held_on.isoformat(), row.role, row.code, _level(row.level), row.evidence)
            for row in export_rows(session)
        ]
    return write_rows(Path(path), rows)
