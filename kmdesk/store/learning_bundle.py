"""Agreed levels and learning actions as bundle records (by UUID), read and merged in."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kmdesk.store import learning_log as log
from kmdesk.store import models as m
from kmdesk.store.bundle_records import LearningEventRec, LearningRec

# The columns that name another record: the bundle carries that record's UUID instead.
REFERENCES = {
    "team_id": ("team", m.Team),
    "round_id": ("round", m.Round),
    "learner_id": ("learner", m.Facilitator),
    "supplier_id": ("supplier", m.Facilitator),
}
RENAMED = {"competency_code": "competency"}


def _utc(when: dt.datetime) -> dt.datetime:
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when


def _maps(session: Session) -> dict[type, dict[int, str]]:
    return {
        model: {pk: str(uid) for pk, uid in session.execute(select(model.id, model.uid))}
        for model in (m.Team, m.Round, m.Facilitator)
    }


def read_learning(
    session: Session,
    teams: Collection[str] | None = None,
    rounds: Collection[str] | None = None,
    people: Collection[str] | None = None,
) -> list[LearningRec]:
    """Every agreed level and action with its history, in ``teams`` and ``rounds`` (None:
    all); with ``people``, only actions those people learn in or teach, and the agreed
    levels of ``teams``."""
    uids = _maps(session)
    out = []
    for kind in (log.AGREED, log.ACTION):
        by_uid: dict[uuid.UUID, list[LearningEventRec]] = defaultdict(list)
        for e in log.events(session, kind):
            values = _portable(e.values, uids)
            if not _wanted(kind, values, teams, rounds, people):
                continue
            by_uid[e.uid].append(LearningEventRec(values, e.deleted, _utc(e.changed_at), e.pc))
        out += [
            LearningRec(kind, str(uid), tuple(sorted(events, key=lambda e: e.order)))
            for uid, events in sorted(by_uid.items(), key=lambda pair: str(pair[0]))
        ]
    return out


def _wanted(kind: str, values: dict, teams, rounds, people) -> bool:
    if rounds is not None and values["round"] not in rounds:
        return False
    if people is not None and kind == log.ACTION:
        return _about(values, people)
    return teams is None or values["team"] in teams


def _about(values: dict, people: Collection[str]) -> bool:
    return values.get("learner") in people or values.get("supplier") in people


def _portable(values: dict, uids: dict[type, dict[int, str]]) -> dict:
    out = {}
    for name, value in values.items():
        if name in REFERENCES:
            label, model = REFERENCES[name]
            out[label] = uids[model][value] if value is not None else None
        else:
            out[RENAMED.get(name, name)] = value
    return out


def write_learning(session: Session, items: Iterable[tuple[str, str, LearningEventRec]]) -> int:
    """Add these events (UUIDs already those of this database) to the histories; returns
    how many were new. The caller holds the write transaction."""
    items = list(items)
    if not items:
        return 0
    pks = {
        model: {uid: pk for pk, uid in mapping.items()} for model, mapping in _maps(session).items()
    }
    back = {label: (column, model) for column, (label, model) in REFERENCES.items()}
    renamed = {v: k for k, v in RENAMED.items()}
    changes = []
    for kind, uid, e in items:
        values = {}
        for name, value in e.values.items():
            if name in back:
                column, model = back[name]
                values[column] = pks[model][value] if value is not None else None
            else:
                values[renamed.get(name, name)] = value
        at = e.at.replace(tzinfo=dt.UTC)
        changes.append(log.Event(kind, uuid.UUID(uid), values, at, e.pc, e.deleted))
    return log.record(session, changes)
