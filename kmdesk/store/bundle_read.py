"""Reading a database as plain records by UUID: what a bundle sends and a merge compares with."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from kmdesk.store import models as m
from kmdesk.store.bundle_records import (
    AliasRec,
    CompetencyRec,
    EventRec,
    IndicatorRec,
    PersonRec,
    RatingKey,
    RatingRec,
    Records,
    RoundRec,
    TeamRec,
    VersionRec,
)
from kmdesk.store.frameworks import stored_pair_values

CHUNK = 500  # ids in one IN (...) list


def utc(when: dt.datetime) -> dt.datetime:
    """A stored time as a naive UTC datetime (SQLite gives naive UTC, PostgreSQL aware)."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def read_state(session: Session) -> Records:
    """Everything but the ratings: framework, targets, pair settings, teams, people, rounds,
    aliases."""
    teams = {t.id: t for t in session.scalars(select(m.Team).order_by(m.Team.name))}
    versions = read_versions(session)
    numbers = {v_id: number for v_id, number in _version_ids(session).items()}
    return Records(
        competencies=[
            CompetencyRec(c.code, c.domain, c.name_th, c.name_en, c.position)
            for c in session.scalars(select(m.Competency).order_by(m.Competency.position))
        ],
        versions=versions,
        targets=sorted(
            (t.role, t.competency_code, t.level) for t in session.scalars(select(m.Target))
        ),
        pair_values=stored_pair_values(session),
        teams=[TeamRec(str(t.uid), t.name) for t in teams.values()],
        people=[
            PersonRec(
                str(f.uid),
                f.name,
                f.agency,
                str(teams[f.team_id].uid) if f.team_id is not None else None,
                f.active,
            )
            for f in session.scalars(select(m.Facilitator).order_by(m.Facilitator.name))
        ],
        rounds=[
            RoundRec(str(r.uid), r.title, r.held_on, numbers[r.framework_version_id])
            for r in session.scalars(select(m.Round).order_by(m.Round.held_on, m.Round.title))
        ],
        aliases=[
            AliasRec(str(a.uid), a.kind, str(a.target))
            for a in session.scalars(select(m.UidAlias).order_by(m.UidAlias.uid))
        ],
    )


def _version_ids(session: Session) -> dict[int, int]:
    return dict(session.execute(select(m.FrameworkVersion.id, m.FrameworkVersion.number)).all())


def read_versions(session: Session) -> list[VersionRec]:
    """Every framework version with its indicators and level sentences, oldest first."""
    levels: dict[int, dict[int, tuple[str, str]]] = defaultdict(dict)
    for d in session.scalars(select(m.LevelDescriptor)):
        levels[d.indicator_id][d.level] = (d.text_th, d.text_en)
    indicators: dict[int, list[IndicatorRec]] = defaultdict(list)
    for i in session.scalars(select(m.Indicator).order_by(m.Indicator.competency_code)):
        indicators[i.version_id].append(
            IndicatorRec(
                i.code,
                i.competency_code,
                i.position,
                i.text_th,
                i.text_en,
                i.retired,
                tuple(levels[i.id][lv] for lv in sorted(levels[i.id])),
            )
        )
    return [
        VersionRec(
            v.number,
            utc(v.created_at),
            v.note,
            v.meta,
            tuple(sorted(indicators[v.id], key=lambda i: (i.competency, i.position, i.code))),
        )
        for v in session.scalars(select(m.FrameworkVersion).order_by(m.FrameworkVersion.number))
    ]


def versions_with_rounds(session: Session) -> set[int]:
    """The numbers of the framework versions some round uses (their wording is frozen)."""
    query = (
        select(m.FrameworkVersion.number)
        .where(exists().where(m.Round.framework_version_id == m.FrameworkVersion.id))
        .distinct()
    )
    return set(session.scalars(query))


def has_ratings(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(m.RatingEvent.id.is_not(None)))))


def people_who_rated(session: Session, round_uids: Collection[str]) -> set[str]:
    """The UUIDs of everyone with a change in the history of these rounds."""
    rounds = [uuid.UUID(u) for u in round_uids]
    query = (
        select(m.Facilitator.uid)
        .where(
            exists()
            .where(m.RatingEvent.facilitator_id == m.Facilitator.id)
            .where(m.RatingEvent.round_id == m.Round.id)
            .where(m.Round.uid.in_(rounds))
        )
        .distinct()
    )
    return {str(u) for u in session.scalars(query)}


def read_ratings(
    session: Session, people: Collection[str] | None = None, rounds: Collection[str] | None = None
) -> list[RatingRec]:
    """Every rating with its whole history, of ``people`` in ``rounds`` (None: all).

    A rating cleared by its latest change has no row, only a history; it is read too.
    """
    person_pk = {
        pk: str(uid) for pk, uid in session.execute(select(m.Facilitator.id, m.Facilitator.uid))
    }
    round_pk = {pk: str(uid) for pk, uid in session.execute(select(m.Round.id, m.Round.uid))}
    code_of = dict(session.execute(select(m.Indicator.id, m.Indicator.code)).all())
    chosen = None if people is None else set(people)
    wanted_people = sorted(pk for pk, uid in person_pk.items() if chosen is None or uid in chosen)
    wanted_rounds = None if rounds is None else set(rounds)
    events: dict[RatingKey, list[EventRec]] = defaultdict(list)
    uids: dict[RatingKey, str] = {}
    rows: dict[RatingKey, EventRec] = {}

    def key_of(fac: int, rnd: int, role: str, ind: int) -> RatingKey | None:
        round_uid = round_pk[rnd]
        if wanted_rounds is not None and round_uid not in wanted_rounds:
            return None
        return (person_pk[fac], round_uid, role, code_of[ind])

    for chunk in _people_chunks(wanted_people, people is None):
        event_query = select(m.RatingEvent)
        row_query = select(m.Rating)
        if chunk is not None:
            event_query = event_query.where(m.RatingEvent.facilitator_id.in_(chunk))
            row_query = row_query.where(m.Rating.facilitator_id.in_(chunk))
        for e in session.scalars(event_query):
            key = key_of(e.facilitator_id, e.round_id, e.role, e.indicator_id)
            if key is not None:
                events[key].append(EventRec(e.level, e.evidence, e.deleted, utc(e.rated_at), e.pc))
        for r in session.scalars(row_query):
            key = key_of(r.facilitator_id, r.round_id, r.role, r.indicator_id)
            if key is not None:
                uids[key] = str(r.uid)
                rows[key] = EventRec(r.level, r.evidence, False, utc(r.rated_at), r.pc)
    for key, row in rows.items():
        # A row from before history was kept, or written around it: its value is a change too.
        if not any(e.order == row.order for e in events[key]):
            events[key].append(row)
    return [
        RatingRec(key, uids.get(key), tuple(sorted(events[key], key=lambda e: e.order)))
        for key in sorted(events)
    ]


def _people_chunks(pks: list[int], everyone: bool) -> Iterable[list[int] | None]:
    if everyone:
        yield None
        return
    yield from _chunks(pks)
