"""Repository functions for teams, facilitators, rounds and ratings; they return plain objects."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kmdesk.assess import people as pp
from kmdesk.assess.ratings import Rating
from kmdesk.assess.scale import LEVELS
from kmdesk.store import models as m
from kmdesk.store import ratings_log as log
from kmdesk.store import server_conflicts as conflicts
from kmdesk.store.frameworks import latest_version
from kmdesk.store.server_errors import ConcurrentEdit


class DuplicateError(ValueError):
    """Adding this would duplicate an existing record; the message names the existing one."""


class NotFound(LookupError):
    """No record with that id or name."""


def _uid(value: str | uuid.UUID) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _by_uid(session: Session, model, ident: str, what: str):
    """The row of ``model`` with this UUID, or NotFound naming what was looked for."""
    row = session.scalars(select(model).where(model.uid == _uid(ident))).one_or_none()
    if row is None:
        raise NotFound(f"no {what} with id {ident}")
    return row


def _facilitator_row(session: Session, facilitator_id: str) -> m.Facilitator:
    return _by_uid(session, m.Facilitator, facilitator_id, "facilitator")


def team_of(row: m.Team) -> pp.Team:
    return pp.Team(str(row.uid), row.name)


def facilitator_of(row: m.Facilitator, team_uid: uuid.UUID | None) -> pp.Facilitator:
    return pp.Facilitator(
        str(row.uid), row.name, row.agency, str(team_uid) if team_uid else None, row.active
    )


def round_of(row: m.Round, version_number: int) -> pp.Round:
    return pp.Round(str(row.uid), row.title, row.held_on, version_number)


# --- reading -------------------------------------------------------------------------------


def list_teams(session: Session) -> list[pp.Team]:
    return [team_of(t) for t in session.scalars(select(m.Team).order_by(m.Team.name))]


def team_named(session: Session, name: str) -> pp.Team | None:
    """The team stored under exactly this (cleaned) name; an indexed look-up."""
    try:
        cleaned = pp.clean_name(name)
    except pp.InvalidName:
        return None
    row = session.scalars(select(m.Team).where(m.Team.name == cleaned)).one_or_none()
    return team_of(row) if row else None


def list_facilitators(
    session: Session, team_id: str | None = None, active_only: bool = False
) -> list[pp.Facilitator]:
    query = (
        select(m.Facilitator, m.Team.uid)
        .outerjoin(m.Team, m.Team.id == m.Facilitator.team_id)
        .order_by(m.Facilitator.name)
    )
    if team_id is not None:
        query = query.where(m.Team.uid == _uid(team_id))
    if active_only:
        query = query.where(m.Facilitator.active.is_(True))
    return [facilitator_of(f, tuid) for f, tuid in session.execute(query)]


def list_rounds(session: Session) -> list[pp.Round]:
    query = (
        select(m.Round, m.FrameworkVersion.number)
        .join(m.FrameworkVersion, m.FrameworkVersion.id == m.Round.framework_version_id)
        .order_by(m.Round.held_on, m.Round.title)
    )
    return [round_of(r, n) for r, n in session.execute(query)]


def _ratings_query():
    return (
        select(
            m.Facilitator.uid,
            m.Round.uid,
            m.Rating.role,
            m.Indicator.code,
            m.Indicator.competency_code,
            m.Rating.level,
            m.Rating.evidence,
            m.Rating.rated_at,
        )
        .select_from(m.Rating)
        .join(m.Facilitator, m.Facilitator.id == m.Rating.facilitator_id)
        .join(m.Round, m.Round.id == m.Rating.round_id)
        .join(m.Indicator, m.Indicator.id == m.Rating.indicator_id)
    )


def _as_ratings(rows: Iterable) -> list[Rating]:
    return [
        Rating(str(fu), str(ru), role, code, comp, level, evidence, rated_at)
        for fu, ru, role, code, comp, level, evidence, rated_at in rows
    ]


def person_ratings(
    session: Session, facilitator_id: str, role: str | None = None, round_id: str | None = None
) -> list[Rating]:
    """A person's ratings, optionally for one role and/or one round."""
    query = _ratings_query().where(m.Facilitator.uid == _uid(facilitator_id))
    if role is not None:
        query = query.where(m.Rating.role == role)
    if round_id is not None:
        query = query.where(m.Round.uid == _uid(round_id))
    return _as_ratings(session.execute(query))


def rating_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(m.Rating)) or 0


# --- writing -------------------------------------------------------------------------------


def _refuse_taken(session: Session, name: str, names, what: str, where: str = "") -> None:
    """DuplicateError if ``name`` is one of those ``names`` selects, by the people rule."""
    taken = pp.find_same_name(name, session.scalars(names))
    if taken:
        raise DuplicateError(f"{what} {taken!r} already exists{where}")


def _team_free_for(session: Session, name: str, team_id: str | None, row_id: int | None = None):
    """A person's team row (None for none); DuplicateError if another there has the name."""
    team = _by_uid(session, m.Team, team_id, "team") if team_id is not None else None
    names = select(m.Facilitator.name).where(
        m.Facilitator.team_id == team.id if team else m.Facilitator.team_id.is_(None)
    )
    if row_id is not None:
        names = names.where(m.Facilitator.id != row_id)
    where = f" in team {team.name!r}" if team else ""
    _refuse_taken(session, name, names, "a facilitator named", where)
    return team


def add_team(database, name: str) -> pp.Team:
    name = pp.clean_name(name, "team name")
    with database.write() as session:
        _refuse_taken(session, name, select(m.Team.name), "a team named")
        row = m.Team(name=name)
        session.add(row)
        session.flush()
        return team_of(row)


def add_facilitator(database, name: str, agency: str, team_id: str | None) -> pp.Facilitator:
    name = pp.clean_name(name)
    agency = " ".join(str(agency or "").split())
    with database.write() as session:
        team = _team_free_for(session, name, team_id)
        row = m.Facilitator(name=name, agency=agency, team_id=team.id if team else None)
        session.add(row)
        session.flush()
        return facilitator_of(row, team.uid if team else None)


def set_facilitator_active(database, facilitator_id: str, active: bool) -> None:
    with database.write() as session:
        _facilitator_row(session, facilitator_id).active = active


def add_round(database, title: str, date: dt.date, version: int | None = None) -> pp.Round:
    title = pp.clean_name(title, "round title")
    with database.write() as session:
        _refuse_taken(session, title, select(m.Round.title), "a round titled")
        number = version or latest_version(session)
        version_pk = session.scalars(
            select(m.FrameworkVersion.id).where(m.FrameworkVersion.number == number)
        ).one()
        row = m.Round(title=title, held_on=date, framework_version_id=version_pk)
        session.add(row)
        session.flush()
        return round_of(row, number)


def person_round_keys(session: Session, facilitator_id: str, round_id: str) -> tuple[int, int, int]:
    """The row ids of a person, a round and the round's framework version; NotFound if not."""
    fac = session.scalar(select(m.Facilitator.id).where(m.Facilitator.uid == _uid(facilitator_id)))
    rnd = session.execute(
        select(m.Round.id, m.Round.framework_version_id).where(m.Round.uid == _uid(round_id))
    ).one_or_none()
    if fac is None or rnd is None:
        raise NotFound("no such facilitator or round")
    return fac, rnd.id, rnd.framework_version_id


def _rating_key(session: Session, facilitator_id: str, round_id: str, indicator: str):
    fac, rnd, version = person_round_keys(session, facilitator_id, round_id)
    ind = session.scalar(
        select(m.Indicator.id).where(
            m.Indicator.version_id == version, m.Indicator.code == indicator
        )
    )
    if ind is None:
        raise NotFound(f"indicator {indicator} is not in this round's framework version")
    return fac, rnd, ind


def set_rating(
    database,
    facilitator_id: str,
    round_id: str,
    role: str,
    indicator: str,
    level: int | None,
    evidence: str | None = None,
    *,
    expected_version: int | None = None,
) -> int:
    """Record one rating in its own transaction, committed at once (there is no Save).

    ``expected_version`` is the version the person saw (``server_conflicts.rating_versions``;
    0 for none yet). If someone else saved the rating since, nothing is saved and
    ``Conflict`` carries both values. Returns the rating's new version.
    """
    if level is not None and level not in LEVELS:
        raise ValueError(f"{level!r} is not a level (1–5, or None for not sure)")
    key = None
    try:
        with database.write() as session:
            fac, rnd, ind = _rating_key(session, facilitator_id, round_id, indicator)
            key = (fac, rnd, role, ind)
            # Locked on a server, so no other save slips in between the check and the write.
            row = session.get(m.Rating, key, with_for_update=expected_version is not None)
            if evidence is None:
                evidence = row.evidence if row is not None else ""
            else:
                evidence = log.kept_note(evidence)
            if expected_version is not None and conflicts.version_of(row) != expected_version:
                raise conflicts.conflict(row, level, evidence)
            log.record_local(session, [log.change(key, level, evidence)], [key] if row else [])
            return conflicts.stored_version(session, key)
    except ConcurrentEdit:
        if expected_version is None or key is None:
            raise
        # Two people made the same new rating at once and the other one was first.
        with database.session() as session:
            raise conflicts.conflict(session.get(m.Rating, key), level, evidence or "") from None


def clear_rating(
    database,
    facilitator_id: str,
    round_id: str,
    role: str,
    indicator: str,
    *,
    expected_version: int | None = None,
) -> None:
    """Remove a rating (not the same as "not sure", which is an answer).

    With ``expected_version`` (as for ``set_rating``) someone else's newer rating is not
    removed: ``Conflict``, nothing changed.
    """
    with database.write() as session:
        fac, rnd, ind = _rating_key(session, facilitator_id, round_id, indicator)
        key = (fac, rnd, role, ind)
        if expected_version is not None:
            conflicts.check_versions(
                session, {indicator: key}, {indicator: expected_version}, {indicator: None}
            )
        row = session.get(m.Rating, key)
        if row is not None:
            cleared = log.change(key, None, "", deleted=True)
            log.record_local(session, [cleared], [key])


def update_facilitator(
    database, facilitator_id: str, name: str, agency: str, team_id: str | None
) -> pp.Facilitator:
    """Rename a person, change their agency or move them to another team."""
    name = pp.clean_name(name)
    agency = " ".join(str(agency or "").split())
    with database.write() as session:
        row = _facilitator_row(session, facilitator_id)
        team = _team_free_for(session, name, team_id, row.id)
        row.name, row.agency, row.team_id = name, agency, team.id if team else None
        session.flush()
        return facilitator_of(row, team.uid if team else None)


def rename_team(database, team_id: str, name: str) -> pp.Team:
    name = pp.clean_name(name, "team name")
    with database.write() as session:
        row = _by_uid(session, m.Team, team_id, "team")
        _refuse_taken(session, name, select(m.Team.name).where(m.Team.id != row.id), "a team named")
        row.name = name
        return team_of(row)


def update_round(database, round_id: str, title: str, date: dt.date) -> pp.Round:
    """Change a round's title or date (its framework version stays: ratings depend on it)."""
    title = pp.clean_name(title, "round title")
    with database.write() as session:
        row = _by_uid(session, m.Round, round_id, "round")
        others = select(m.Round.title).where(m.Round.id != row.id)
        _refuse_taken(session, title, others, "a round titled")
        row.title, row.held_on = title, date
        number = session.scalar(
            select(m.FrameworkVersion.number).where(
                m.FrameworkVersion.id == row.framework_version_id
            )
        )
        return round_of(row, number)


def copy_ratings(
    database,
    facilitator_id: str,
    from_round: str,
    to_round: str,
    role: str,
    *,
    expected: Mapping[str, int] | None = None,
) -> list[str]:
    """Copy a person's ratings in one role from an earlier round as a starting point.

    Only indicators that exist (by code) in the target round's framework version and are
    not yet rated there are copied, in one transaction. Returns the indicator codes copied.
    With ``expected`` (code -> the version the person saw, as for ``set_rating``) only the
    indicators the person saw unanswered are filled, and if someone else answered one of
    them meanwhile nothing is copied: ``Conflicts`` names each.
    """
    with database.write() as session:
        source = person_ratings(session, facilitator_id, role, from_round)
        done = {r.indicator for r in person_ratings(session, facilitator_id, role, to_round)}
        fac = _facilitator_row(session, facilitator_id).id
        rnd = session.execute(
            select(m.Round.id, m.Round.framework_version_id).where(m.Round.uid == _uid(to_round))
        ).one()
        indicators = dict(
            session.execute(
                select(m.Indicator.code, m.Indicator.id).where(
                    m.Indicator.version_id == rnd.framework_version_id,
                    m.Indicator.retired.is_(False),
                )
            ).all()
        )
        if expected is None:
            copied = [r for r in source if r.indicator in indicators and r.indicator not in done]
        else:
            # What the person asked to fill: what they saw unanswered (an answer someone
            # else removed meanwhile stays removed).
            copied = [
                r
                for r in source
                if r.indicator in indicators
                and expected.get(r.indicator, conflicts.NO_RATING) == conflicts.NO_RATING
            ]
            conflicts.check_versions(
                session,
                {r.indicator: (fac, rnd.id, role, indicators[r.indicator]) for r in copied},
                expected,
                {r.indicator: conflicts.Value(r.level, r.evidence) for r in copied},
                many=True,
            )
            # (one answered meanwhile with just what the copy brings is no clash: it stays)
            copied = [r for r in copied if r.indicator not in done]
        log.record_local(
            session,
            [
                log.change((fac, rnd.id, role, indicators[r.indicator]), r.level, r.evidence)
                for r in copied
            ],
            [],
        )
        return [r.indicator for r in copied]
