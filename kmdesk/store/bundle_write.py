"""Writing what a merge decided, by UUID, inside the caller's one write transaction."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from kmdesk.store import deletions, learning_bundle, ratings_log
from kmdesk.store import models as m
from kmdesk.store.bundle_records import Changes, RatingKey, VersionRec
from kmdesk.store.frameworks import put_pair_values, remove_version_in
from kmdesk.store.rounds import remove_round_in


def write_changes(session: Session, changes: Changes) -> int:
    """Write ``changes`` (see Changes) in ``session``; returns the number of changes added
    to rating histories. The caller holds the transaction (``database.write()``)."""
    # Deletions first: what another PC deleted goes, and stays gone, before anything is added.
    deletions.remember(session, changes.deletions)
    for uid in changes.removed_rounds:
        row = session.scalars(select(m.Round).where(m.Round.uid == uuid.UUID(uid))).first()
        if row is not None:
            remove_round_in(session, row)
    _competencies(session, changes)
    for version in changes.versions:
        _version(session, version)
    if changes.targets is not None:
        session.execute(delete(m.Target))
        if changes.targets:
            session.execute(
                insert(m.Target),
                [{"role": r, "competency_code": c, "level": lv} for r, c, lv in changes.targets],
            )
    if changes.pair_values is not None:
        _pair_values(session, changes.pair_values)
    _entities(session, changes)
    if changes.aliases:
        session.execute(
            insert(m.UidAlias),
            [
                {"uid": uuid.UUID(a.uid), "kind": a.kind, "target": uuid.UUID(a.target)}
                for a in changes.aliases
            ],
        )
    added = _ratings(session, changes)
    return added + learning_bundle.write_learning(session, changes.learning)


def _competencies(session: Session, changes: Changes) -> None:
    for c in changes.competencies:
        row = session.get(m.Competency, c.code)
        if row is None:
            row = m.Competency(code=c.code)
            session.add(row)
        row.domain, row.name_th, row.name_en, row.position = (
            c.domain,
            c.name_th,
            c.name_en,
            c.position,
        )
    session.flush()


def _version(session: Session, version: VersionRec) -> None:
    """Add the version, or put it in place of the one of its number (no round uses that one)."""
    if session.scalar(
        select(m.FrameworkVersion.id).where(m.FrameworkVersion.number == version.number)
    ):
        remove_version_in(session, version.number)
    row = m.FrameworkVersion(
        number=version.number,
        created_at=version.created_at.replace(tzinfo=dt.UTC),
        note=version.note,
        meta=version.meta,
    )
    session.add(row)
    session.flush()
    for ind in version.indicators:
        indicator = m.Indicator(
            version_id=row.id,
            code=ind.code,
            competency_code=ind.competency,
            position=ind.position,
            text_th=ind.text_th,
            text_en=ind.text_en,
            retired=ind.retired,
        )
        session.add(indicator)
        session.flush()
        session.add_all(
            m.LevelDescriptor(indicator_id=indicator.id, level=level, text_th=th, text_en=en)
            for level, (th, en) in enumerate(ind.levels, start=1)
        )
    session.flush()


def _pair_values(session: Session, values: dict[str, str | None]) -> None:
    put_pair_values(session, values)
    session.flush()


def _entities(session: Session, changes: Changes) -> None:
    for t in changes.teams:
        session.add(m.Team(uid=uuid.UUID(t.uid), name=t.name))
    session.flush()
    if changes.people:
        team_pk = _pks(session, m.Team)
        session.add_all(
            m.Facilitator(
                uid=uuid.UUID(p.uid),
                name=p.name,
                agency=p.agency,
                team_id=team_pk[p.team] if p.team is not None else None,
                active=p.active,
            )
            for p in changes.people
        )
    if changes.rounds:
        version_pk = {
            number: pk
            for pk, number in session.execute(
                select(m.FrameworkVersion.id, m.FrameworkVersion.number)
            )
        }
        session.add_all(
            m.Round(
                uid=uuid.UUID(r.uid),
                title=r.title,
                held_on=r.held_on,
                framework_version_id=version_pk[r.version],
            )
            for r in changes.rounds
        )
    session.flush()


def _pks(session: Session, model) -> dict[str, int]:
    return {str(uid): pk for pk, uid in session.execute(select(model.id, model.uid))}


def _ratings(session: Session, changes: Changes) -> int:
    if not changes.events and not changes.rating_uids:
        return 0
    person_pk = _pks(session, m.Facilitator)
    rounds = {
        str(uid): (pk, version)
        for pk, uid, version in session.execute(
            select(m.Round.id, m.Round.uid, m.Round.framework_version_id)
        )
    }
    indicator_pk = {
        (version, code): pk
        for pk, version, code in session.execute(
            select(m.Indicator.id, m.Indicator.version_id, m.Indicator.code)
        )
    }
    keys: dict[RatingKey, ratings_log.Key] = {}

    def local(key: RatingKey) -> ratings_log.Key:
        if key not in keys:
            person, round_uid, role, code = key
            round_pk, version = rounds[round_uid]
            keys[key] = (person_pk[person], round_pk, role, indicator_pk[(version, code)])
        return keys[key]

    def change(key: RatingKey, e) -> ratings_log.Change:
        return ratings_log.Change(
            local(key), e.level, e.evidence, e.at.replace(tzinfo=dt.UTC), e.pc, e.deleted
        )

    # Ratings new here (most of a merge into a new database) are written straight away,
    # their ids with them; the others are joined to the history already here.
    fresh = changes.fresh
    added = ratings_log.record(
        session, (change(key, e) for key, e in changes.events if key not in fresh)
    )
    added += ratings_log.record_fresh(
        session,
        (change(key, e) for key, e in changes.events if key in fresh),
        {local(k): uuid.UUID(uid) for k, uid in changes.rating_uids.items() if k in fresh},
    )
    later = {k: uid for k, uid in changes.rating_uids.items() if k not in fresh}
    if later:
        table = m.Rating.__table__
        statement = (
            update(table)
            .where(table.c.facilitator_id == bindparam("f"))
            .where(table.c.round_id == bindparam("r"))
            .where(table.c.role == bindparam("o"))
            .where(table.c.indicator_id == bindparam("i"))
            .values(uid=bindparam("u"))
        )
        rows = []
        for key, uid in later.items():
            f, r, o, i = local(key)
            rows.append({"f": f, "r": r, "o": o, "i": i, "u": uuid.UUID(uid)})
        session.execute(statement, rows)
    return added
