"""Exporting every rating to the ratings file, in an order people can read."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import case, select

from kmdesk.exchange.ratings_file import write_rows
from kmdesk.store import models as m


def _level(level: int | None) -> int | str:
    return "?" if level is None else level


def export_ratings(database, path: str | os.PathLike) -> int:
    """Write all ratings to ``path`` (.csv or .xlsx); returns the number of rows."""
    role_order = case({code: i for i, code in enumerate(m.ROLE_CODES)}, value=m.Rating.role)
    query = (
        select(
            m.Facilitator.name,
            m.Team.name,
            m.Facilitator.agency,
            m.Round.title,
            m.Round.held_on,
            m.Rating.role,
            m.Indicator.code,
            m.Rating.level,
            m.Rating.evidence,
        )
        .select_from(m.Rating)
        .join(m.Facilitator, m.Facilitator.id == m.Rating.facilitator_id)
        .outerjoin(m.Team, m.Team.id == m.Facilitator.team_id)
        .join(m.Round, m.Round.id == m.Rating.round_id)
        .join(m.Indicator, m.Indicator.id == m.Rating.indicator_id)
        .join(m.Competency, m.Competency.code == m.Indicator.competency_code)
        .order_by(
            m.Team.name,
            m.Facilitator.name,
            m.Round.held_on,
            role_order,
            m.Competency.position,
            m.Indicator.position,
        )
    )
    with database.session() as session:
        rows = [
            (*row[:4], row.held_on.isoformat(), row.role, row.code, _level(row.level), row.evidence)
            for row in session.execute(query)
        ]
    return write_rows(Path(path), rows)
