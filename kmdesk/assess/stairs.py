"""Learning stairs (บันไดแห่งการเรียนรู้): a person's steps from where they are to the target."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kmdesk.assess.profile import Profile


@dataclass(frozen=True)
class Step:
    """One competency: current score, target level and the gap (target minus current)."""

    competency: str
    current: float | None
    target: int
    gap: float | None  # None when the person has no score here yet


def stairs(codes: Sequence[str], prof: Profile, targets: Mapping[str, int]) -> list[Step]:
    """Steps ordered by gap, biggest first; ties keep framework order; unscored ones last.

    A negative gap (already above target) is kept as it is, so it sorts to the bottom.
    """
    steps = []
    for code in codes:
        current = prof.get(code)
        target = targets[code]
        steps.append(Step(code, current, target, None if current is None else target - current))
    order = {code: i for i, code in enumerate(codes)}
    return sorted(
        steps,
        key=lambda s: (s.gap is None, -(s.gap or 0.0), order[s.competency]),
    )
