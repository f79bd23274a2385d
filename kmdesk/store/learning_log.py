"""The one way an agreed level or a learning action changes: append an event, show the latest.

Like ratings_log: local saves and merges of bundles from other PCs both append events to
the history (a change already there is not added twice) and then make each shown row equal
its latest event, ordered by (changed_at, pc). So a merge is idempotent and the newer
change wins whichever file comes first.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from kmdesk.store import models as m
from kmdesk.store.ratings_log import naive

AGREED, ACTION = "agreed", "action"
MODELS = {
    AGREED: (m.AgreedLevel, m.AgreedLevelEvent),
    ACTION: (m.LearningAction, m.LearningActionEvent),
}
AGREED_FIELDS = ("team_id", "round_id", "role", "competency_code", "level", "reason")
ACTION_FIELDS = (
    "team_id",
    "round_id",
    "role",
    "competency_code",
    "learner_id",
    "supplier_id",
    "source",
    "what",
    "due",
    "status",
    "expected",
    "happened",
    "why",
    "next_time",
    "asset",
)
FIELDS = {AGREED: AGREED_FIELDS, ACTION: ACTION_FIELDS}


@dataclass(frozen=True)
class Event:
    """One state of an agreed level or action (local primary keys in ``values``)."""

    kind: str  # AGREED or ACTION
    uid: uuid.UUID
    values: dict = field(hash=False)
    changed_at: dt.datetime
    pc: str
    deleted: bool = False  # an agreed level cleared (actions are never deleted)

    @property
    def order(self) -> tuple:
        return (naive(self.changed_at), self.pc)


def _event_of(kind: str, row) -> Event:
    values = {name: getattr(row, name) for name in FIELDS[kind]}
    deleted = bool(getattr(row, "deleted", False))
    return Event(kind, row.uid, values, row.changed_at, row.pc, deleted)


def _event_row(e: Event) -> dict:
    row = {"uid": e.uid, **e.values, "changed_at": e.changed_at, "pc": e.pc}
    if e.kind == AGREED:
        row["deleted"] = e.deleted
    return row


def stamp(session: Session, kind: str, uid: uuid.UUID) -> dt.datetime:
    """Now, or just after the record's latest change if the clock has not moved past it:
    two saves within one tick of a coarse clock must not look like one change."""
    _, event_model = MODELS[kind]
    latest = session.scalar(select(func.max(event_model.changed_at)).where(event_model.uid == uid))
    now = m.utcnow()
    if latest is not None and naive(latest) >= naive(now):
        now = (naive(latest) + dt.timedelta(microseconds=1)).replace(tzinfo=dt.UTC)
    return now


def history(session: Session, kind: str, uid: uuid.UUID) -> list[Event]:
    """Every state the record held, oldest first."""
    _, event_model = MODELS[kind]
    rows = session.scalars(select(event_model).where(event_model.uid == uid))
    return sorted((_event_of(kind, r) for r in rows), key=lambda e: e.order)


def events(session: Session, kind: str, team_pks: Iterable[int] | None = None) -> list[Event]:
    """Every event of ``kind`` (for these teams only, if given), oldest first."""
    _, event_model = MODELS[kind]
    query = select(event_model)
    if team_pks is not None:
        query = query.where(event_model.team_id.in_(list(team_pks)))
    return sorted((_event_of(kind, r) for r in session.scalars(query)), key=lambda e: e.order)


def record(session: Session, changes: Iterable[Event]) -> int:
    """Append the changes not yet in the history; bring each touched row up to date.

    Returns the number of events added (0 for a bundle merged twice).
    """
    added = 0
    by_kind: dict[str, dict[tuple, Event]] = {AGREED: {}, ACTION: {}}
    for e in changes:
        by_kind[e.kind][(e.uid, naive(e.changed_at), e.pc)] = e
    for kind, wanted in by_kind.items():
        if not wanted:
            continue
        _, event_model = MODELS[kind]
        uids = sorted({e.uid for e in wanted.values()}, key=str)
        known = set()
        for start in range(0, len(uids), 300):
            rows = session.execute(
                select(event_model.uid, event_model.changed_at, event_model.pc).where(
                    event_model.uid.in_(uids[start : start + 300])
                )
            )
            known.update((u, naive(at), pc) for u, at, pc in rows)
        new = [e for k, e in wanted.items() if k not in known]
        if new:
            session.execute(insert(event_model), [_event_row(e) for e in new])
        _refresh(session, kind, {e.uid for e in new})
        added += len(new)
    return added


def _refresh(session: Session, kind: str, uids: set[uuid.UUID]) -> None:
    """Make each shown row equal its record's latest event (removed if that was a clearing)."""
    if not uids:
        return
    model, _ = MODELS[kind]
    session.expire_all()  # the bulk statements below bypass the identity map
    for uid in sorted(uids, key=str):
        latest = history(session, kind, uid)[-1]
        current = session.scalars(select(model.id).where(model.uid == uid)).one_or_none()
        values = {**latest.values, "changed_at": latest.changed_at, "pc": latest.pc}
        if latest.deleted:
            if current is not None:
                session.execute(delete(model).where(model.id == current))
        elif current is None:
            if kind == AGREED:
                # The same team, round, role and competency under another id (made before
                # the ids were shared): the newer one takes its place.
                key = [getattr(model, c) == latest.values[c] for c in AGREED_FIELDS[:4]]
                session.execute(delete(model).where(*key))
            session.execute(insert(model), [{"uid": uid, **values}])
        else:
            session.execute(update(model).where(model.id == current).values(**values))
