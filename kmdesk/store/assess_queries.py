"""Exact rating rows for the Assess page's undo: read them as stored, put them back as they were."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kmdesk.assess.scale import LEVELS
from kmdesk.store import models as m
from kmdesk.store import ratings_log as log
from kmdesk.store import server_conflicts as conflicts
from kmdesk.store.repo import NotFound, person_round_keys


@dataclass(frozen=True)
class StoredRating:
    """One rating row as stored, down to its time and merge identity, so undo is exact."""

    level: int | None
    evidence: str
    rated_at: dt.datetime | None
    uid: str


def _uid(value: str) -> uuid.UUID:
    return uuid.UUID(str(value))


def stored_ratings(
    session: Session,
    facilitator_id: str,
    round_id: str,
    role: str,
    codes: Iterable[str] | None = None,
) -> dict[str, StoredRating | None]:
    """The stored rows of one person, round and role by indicator code.

    With ``codes`` every asked-for code is in the answer, None meaning "no rating".
    """
    fac, rnd, _ = person_round_keys(session, facilitator_id, round_id)
    rows = session.execute(
        select(m.Indicator.code, m.Rating.level, m.Rating.evidence, m.Rating.rated_at, m.Rating.uid)
        .join(m.Indicator, m.Indicator.id == m.Rating.indicator_id)
        .where(m.Rating.facilitator_id == fac, m.Rating.round_id == rnd, m.Rating.role == role)
    )
    found = {
        code: StoredRating(level, evidence or "", rated_at, str(uid))
        for code, level, evidence, rated_at, uid in rows
    }
    if codes is None:
        return dict(found)
    return {code: found.get(code) for code in codes}


def restore_ratings(
    database,
    facilitator_id: str,
    round_id: str,
    role: str,
    states: Mapping[str, StoredRating | None],
    *,
    expected: Mapping[str, int] | None = None,
) -> None:
    """Put each indicator back exactly as ``states`` says (None: no rating), in one transaction.

    With ``expected`` (code -> the version the person saw) nothing is written if someone
    else changed one of them meanwhile: ``Conflict`` for one rating, ``Conflicts`` for more.
    """
    with database.write() as session:
        fac, rnd, version = person_round_keys(session, facilitator_id, round_id)
        indicator_ids = dict(
            session.execute(
                select(m.Indicator.code, m.Indicator.id).where(
                    m.Indicator.version_id == version, m.Indicator.code.in_(list(states))
                )
            ).all()
        )
        if expected is not None and set(states) <= set(indicator_ids):
            conflicts.check_versions(
                session,
                {code: (fac, rnd, role, indicator_ids[code]) for code in states},
                expected,
                {
                    code: None if state is None else conflicts.Value(state.level, state.evidence)
                    for code, state in states.items()
                },
            )
        changes, existing = [], []
        for code, state in states.items():
            ind = indicator_ids.get(code)
            if ind is None:
                raise NotFound(f"indicator {code} is not in this round's framework version")
            key = (fac, rnd, role, ind)
            row = session.get(m.Rating, key)
            if state is None:
                if row is not None:
                    changes.append(log.change(key, None, "", deleted=True))
                    existing.append(key)
                continue
            if state.level is not None and state.level not in LEVELS:
                raise ValueError(f"{state.level!r} is not a level")
            if state.rated_at is None:
                changes.append(log.change(key, state.level, state.evidence))
                existing += [key] if row is not None else []
            else:
                log.put_back(session, key, state.level, state.evidence, state.rated_at)
        log.record_local(session, changes, existing)
        for code, state in states.items():
            if state is not None:
                row = session.get(m.Rating, (fac, rnd, role, indicator_ids[code]))
                row.uid = _uid(state.uid)
