"""The river (ธารปัญญา): the team's band from lowest to highest score per competency."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean

from kmdesk.assess.profile import Profile


@dataclass(frozen=True)
class RiverRow:
    """One competency of the river; min/max/mean are None when no member has a score."""

    competency: str
    min: float | None
    max: float | None
    mean: float | None
    scores: dict[str, float]  # member id -> score, only members with a score


def river(
    codes: Sequence[str], members: Sequence[str], profiles: Mapping[str, Profile]
) -> list[RiverRow]:
    """Per competency (in framework order) the min, max, mean and each member's score."""
    rows = []
    for code in codes:
        scores = {m: profiles[m][code] for m in members if code in profiles.get(m, {})}
        values = list(scores.values())
        rows.append(
            RiverRow(
                competency=code,
                min=min(values) if values else None,
                max=max(values) if values else None,
                mean=fmean(values) if values else None,
                scores=scores,
            )
        )
    return rows
