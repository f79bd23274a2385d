"""A team's ratings in one round and role, read in one query each: what its sums need."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import String, bindparam, select, type_coerce
from sqlalchemy.orm import Session

from kmdesk.assess.ratings import Rating
from kmdesk.store import models as m
from kmdesk.store.repo import _as_ratings, _ratings_query, _uid


def _team_levels_statement():
    """Built once: the statement is the same on every call, only its parameters change."""
    rating, person = m.Rating.__table__, m.Facilitator.__table__
    indicator = m.Indicator.__table__
    team_pk = select(m.Team.__table__.c.id).where(m.Team.__table__.c.uid == bindparam("team"))
    round_pk = select(m.Round.__table__.c.id).where(m.Round.__table__.c.uid == bindparam("round"))
    return (
        # the id as stored (hex text on SQLite): turned into a UUID once per person below
        select(type_coerce(person.c.uid, String), indicator.c.competency_code, rating.c.level)
        .select_from(rating)
        .join(person, person.c.id == rating.c.facilitator_id)
        .join(indicator, indicator.c.id == rating.c.indicator_id)
        .where(person.c.team_id == team_pk.scalar_subquery())
        .where(rating.c.round_id == round_pk.scalar_subquery())
        .where(rating.c.role == bindparam("role"))
    )


_TEAM_LEVELS = _team_levels_statement()


def team_levels(
    session: Session, team_id: str, round_id: str, role: str
) -> list[tuple[str, str, int | None]]:
    """(person id, competency, level) for a team, round and role: only what the sums need.

    The analysis runs on every filter change and rating, so it skips the columns
    (evidence, timestamps) that the river, stairs and pairs never read, and runs one
    prepared Core statement (no ORM rows).
    """
    params = {"team": _uid(team_id), "round": _uid(round_id), "role": role}
    rows = session.connection().execute(_TEAM_LEVELS, params).all()
    ids: dict[object, str] = {}  # each person's id made once, not once per rating
    return [
        (ids.get(uid) or ids.setdefault(uid, str(uuid.UUID(str(uid)))), code, level)
        for uid, code, level in rows
    ]


def team_ratings(
    session: Session, facilitator_ids: Iterable[str], round_id: str, role: str
) -> dict[str, list[Rating]]:
    """Each person's ratings in one round and role, in one query (person id -> ratings)."""
    asked = {str(_uid(i)): i for i in facilitator_ids}  # the ids as the caller wrote them
    found: dict[str, list[Rating]] = {i: [] for i in asked.values()}
    if not asked:
        return found
    query = _ratings_query().where(
        m.Facilitator.uid.in_([_uid(i) for i in asked]),
        m.Round.uid == _uid(round_id),
        m.Rating.role == role,
    )
    for rating in _as_ratings(session.execute(query)):
        found[asked[rating.facilitator_id]].append(rating)
    return found
