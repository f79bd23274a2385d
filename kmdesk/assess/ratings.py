"""A self-rating of one indicator by one facilitator, in one role and round."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Rating:
    """Level 1–5, or None for "not sure what this means"; evidence is the person's own note."""

    facilitator_id: str
    round_id: str
    role: str
    indicator: str
    competency: str
    level: int | None
    evidence: str = ""
    rated_at: dt.datetime | None = None

    @property
    def not_sure(self) -> bool:
        return self.level is None
