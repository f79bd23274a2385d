"""Read-only look-ups the people screen needs: rating counts, agencies, which name clashes."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kmdesk.assess import people as pp
from kmdesk.store import models as m


def _uid(value: str) -> uuid.UUID:
    return uuid.UUID(str(value))


def ratings_per_facilitator(session: Session) -> dict[str, int]:
    """How many ratings each person has (kept when they are deactivated)."""
    return _ratings_per(session, m.Facilitator, m.Rating.facilitator_id)


def ratings_per_round(session: Session) -> dict[str, int]:
    return _ratings_per(session, m.Round, m.Rating.round_id)


def _ratings_per(session: Session, model, rating_column) -> dict[str, int]:
    """Ratings counted per row of ``model`` (by uid), joined on ``rating_column``."""
    rows = session.execute(
        select(model.uid, func.count())
        .join(m.Rating, rating_column == model.id)
        .group_by(model.uid)
    )
    return {str(uid): count for uid, count in rows}


def agencies_in_use(session: Session) -> list[str]:
    """Agencies typed so far, so the next person's can be picked rather than retyped."""
    rows = session.scalars(
        select(m.Facilitator.agency).where(m.Facilitator.agency != "").distinct()
    )
    return sorted(set(rows))


def clashing_team(session: Session, name: str, team_id: str | None = None) -> str | None:
    """The existing team name that ``name`` duplicates (leaving out team ``team_id``)."""
    query = select(m.Team.name)
    if team_id is not None:
        query = query.where(m.Team.uid != _uid(team_id))
    return pp.find_same_name(name, session.scalars(query))


def clashing_facilitator(
    session: Session, name: str, team_id: str | None, facilitator_id: str | None = None
) -> tuple[str, bool] | None:
    """The existing person in the same team that ``name`` duplicates, as (name, active)."""
    query = select(m.Facilitator.name, m.Facilitator.active).outerjoin(
        m.Team, m.Team.id == m.Facilitator.team_id
    )
    query = query.where(m.Team.uid == _uid(team_id) if team_id else m.Facilitator.team_id.is_(None))
    if facilitator_id is not None:
        query = query.where(m.Facilitator.uid != _uid(facilitator_id))
    rows = dict(session.execute(query).all())
    taken = pp.find_same_name(name, rows)
    return (taken, rows[taken]) if taken is not None else None


def clashing_round(session: Session, title: str, round_id: str | None = None) -> str | None:
    """The existing round title that ``title`` duplicates (leaving out round ``round_id``)."""
    query = select(m.Round.title)
    if round_id is not None:
        query = query.where(m.Round.uid != _uid(round_id))
    return pp.find_same_name(title, session.scalars(query))
