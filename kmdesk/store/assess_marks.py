"""Which of a person's ratings now hold a value saved on another PC (read only, for a mark)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from kmdesk.store import models as m


def from_other_pcs(
    session: Session, facilitator_id: str, round_id: str, role: str, this_pc: str
) -> set[str]:
    """Indicator codes whose current value came from a PC other than ``this_pc``.

    A rating made before PCs were recorded (``pc`` empty) counts as this PC's.
    """
    person = select(m.Facilitator.id).where(m.Facilitator.uid == uuid.UUID(str(facilitator_id)))
    chosen = select(m.Round.id).where(m.Round.uid == uuid.UUID(str(round_id)))
    query = (
        select(m.Indicator.code)
        .join(m.Rating, m.Rating.indicator_id == m.Indicator.id)
        .where(m.Rating.facilitator_id == person.scalar_subquery())
        .where(m.Rating.round_id == chosen.scalar_subquery(), m.Rating.role == role)
        .where(m.Rating.pc.not_in(("", this_pc)))
    )
    return set(session.scalars(query))
