"""Deleted records ("tombstones"): the UUIDs deleted here or on another PC, kept for good."""

# A bundle made before a round was deleted still holds the round; merging it would bring
# the round back. Like sync tools, kmdesk keeps each deleted UUID with when and where it
# was deleted, sends the list in every bundle, and a merge never adds a UUID listed here.

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kmdesk.store import models as m
from kmdesk.store.bundle_read import utc
from kmdesk.store.bundle_records import DeletionRec
from kmdesk.store.pc import pc_id


def read_deletions(session: Session) -> list[DeletionRec]:
    """Every deletion remembered here, oldest first."""
    rows = session.scalars(select(m.Deletion).order_by(m.Deletion.deleted_at, m.Deletion.uid))
    return [DeletionRec(str(r.uid), r.kind, utc(r.deleted_at), r.pc) for r in rows]


def remember(session: Session, records: Iterable[DeletionRec]) -> int:
    """Add the deletions not yet remembered here; returns how many were added."""
    known = {str(uid) for uid in session.scalars(select(m.Deletion.uid))}
    rows, seen = [], set()
    for rec in records:
        if rec.uid in known or rec.uid in seen:
            continue
        seen.add(rec.uid)
        rows.append(
            {
                "uid": uuid.UUID(rec.uid),
                "kind": rec.kind,
                "deleted_at": rec.at.replace(tzinfo=dt.UTC),
                "pc": rec.pc,
            }
        )
    if rows:
        session.execute(insert(m.Deletion), rows)
    return len(rows)


def deleted_now(session: Session, kind: str, uid: uuid.UUID) -> None:
    """Remember that ``uid`` (and every UUID from another PC meaning it) is deleted now."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    others = session.scalars(select(m.UidAlias.uid).where(m.UidAlias.target == uid))
    remember(session, (DeletionRec(str(u), kind, now, pc_id()) for u in (uid, *others)))
