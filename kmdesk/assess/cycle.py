"""The learning cycle after the river: agreed levels, learning actions and their reviews.

The self-ratings stay the person's own: an agreed level sits beside them and is never
averaged in. A review shows the learner's change, not a verdict, because self-ratings
often drop as people learn what good looks like.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

STATUSES = ("planned", "done", "dropped")
SPREAD_MIN = 2.0  # highest − lowest at or above this is worth a conversation
MAX_TEXT = 2000  # a reason, a plan or a review answer, like a rating's note


class CycleError(ValueError):
    """A level, status or text that the learning cycle does not take; the message says which."""


@dataclass(frozen=True)
class AgreedLevel:
    """The level a team agreed for one competency in one round and role, and why."""

    team_id: str
    round_id: str
    role: str
    competency: str
    level: int
    reason: str = ""


@dataclass(frozen=True)
class Review:
    """An after-action review: the four questions (การทบทวนหลังการปฏิบัติ)."""

    expected: str = ""  # what was supposed to happen
    happened: str = ""  # what actually happened
    why: str = ""  # why there was a difference
    next_time: str = ""  # what we will do next time

    @property
    def written(self) -> bool:
        return any((self.expected, self.happened, self.why, self.next_time))


@dataclass(frozen=True)
class Action:
    """An agreed learning action: who learns what, from whom, by when, and how it went."""

    id: str
    team_id: str
    round_id: str
    role: str
    competency: str
    learner_id: str
    what: str
    supplier_id: str | None = None  # a team member to learn from ...
    source: str = ""  # ... or an outside source, named in words
    due: dt.date | None = None
    status: str = "planned"
    review: Review = field(default_factory=Review)
    asset: str = ""  # what it produced: a note or a file path (ขุมความรู้)


def spread(scores: Mapping[str, float]) -> float | None:
    """Highest minus lowest score; None when fewer than two people have a score."""
    values = list(scores.values())
    if len(values) < 2:
        return None
    return max(values) - min(values)


def worth_a_conversation(scores: Mapping[str, float], spread_min: float = SPREAD_MIN) -> bool:
    """Whether the team's scores in a competency are far enough apart to talk about."""
    gap = spread(scores)
    return gap is not None and gap >= spread_min - 1e-9


def check_level(level: int) -> int:
    if level not in (1, 2, 3, 4, 5):
        raise CycleError(f"{level!r} is not a level (1–5)")
    return level


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise CycleError(f"{status!r} is not a status ({', '.join(STATUSES)})")
    return status


def check_text(text: str, what: str) -> str:
    cleaned = (text or "").strip()
    if len(cleaned) > MAX_TEXT:
        raise CycleError(f"the {what} is {len(cleaned):,} characters; at most {MAX_TEXT:,}")
    return cleaned


def change_after(
    action: Action, before: Mapping[str, float], after: Mapping[str, float]
) -> float | None:
    """The learner's change in the action's competency: the later round's score minus the
    action's round's; None when either round has no score for it."""
    code = action.competency
    if code not in before or code not in after:
        return None
    return after[code] - before[code]
