"""Deleting an assessment round: what goes with it, a backup first, then one transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kmdesk.store import deletions
from kmdesk.store import models as m
from kmdesk.store.repo import NotFound


@dataclass(frozen=True)
class RoundContents:
    """What a round holds: its ratings, how many people made them, and its learning plan."""

    title: str
    ratings: int
    people: int
    plans: int = 0  # agreed levels and learning actions recorded in the round


@dataclass(frozen=True)
class DeletedRound:
    """A round that is gone, how many ratings went with it, and the backup made just before
    (None for a server database, which kmdesk does not back up)."""

    title: str
    ratings: int
    backup: Path | None


def _round_row(session: Session, round_id: str) -> m.Round:
    row = session.scalars(select(m.Round).where(m.Round.uid == uuid.UUID(str(round_id)))).first()
    if row is None:
        raise NotFound(f"no round with id {round_id}")
    return row


def round_contents(session: Session, round_id: str) -> RoundContents:
    """The round's title, its number of ratings and of people who rated in it, and how many
    agreed levels and learning actions were recorded in it (they go with the round)."""
    row = _round_row(session, round_id)
    ratings, people = session.execute(
        select(func.count(), func.count(func.distinct(m.Rating.facilitator_id))).where(
            m.Rating.round_id == row.id
        )
    ).one()
    plans = sum(
        session.scalar(select(func.count()).where(model.round_id == row.id))
        for model in (m.AgreedLevel, m.LearningAction)
    )
    return RoundContents(row.title, ratings, people, plans)


def _tables_recorded_in_rounds():
    # Every table whose rows belong to a round (ratings, and their history where it is
    # kept): found from the foreign keys, so a table added later goes with its round too.
    round_table = m.Round.__table__
    for table in reversed(m.Base.metadata.sorted_tables):
        for key in table.foreign_keys:
            if key.column.table is round_table:
                yield table, key.parent


def remove_round_in(session: Session, row: m.Round) -> None:
    """Delete ``row`` and all that was recorded in it, and remember it stays deleted (a
    bundle made before still holds it), inside the caller's write transaction."""
    for table, column in _tables_recorded_in_rounds():
        session.execute(delete(table).where(column == row.id))
    deletions.deleted_now(session, "round", row.uid)
    session.delete(row)


def delete_round(database, round_id: str) -> DeletedRound:
    """Back the database up, then delete the round and all that was recorded in it.

    Nothing is deleted unless the backup was made (a full disk or a read-only database is
    refused with the store's own error); the deletion is one transaction.
    """
    with database.session() as session:
        _round_row(session, round_id)  # a round already gone is not worth a backup
    saved = database.backup("manual")
    with database.write() as session:
        row = _round_row(session, round_id)
        contents = round_contents(session, round_id)
        remove_round_in(session, row)
    return DeletedRound(contents.title, contents.ratings, saved)
