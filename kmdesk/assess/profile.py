"""Profiles (a mean per competency) and progress across rounds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean

from kmdesk.assess.people import Round
from kmdesk.assess.ratings import Rating

# competency code -> mean level; competencies with no level (unrated or all not-sure) are absent
Profile = dict[str, float]


def profile(ratings: Iterable[Rating]) -> Profile:
    """Mean of each competency's indicator levels for one person, role and round.

    Not-sure answers are left out of the mean; a competency answered only with
    not-sure has no score at all rather than a zero.
    """
    return profiles_from_levels(("", r.competency, r.level) for r in ratings).get("", {})


def profiles_from_levels(rows: Iterable[tuple[str, str, int | None]]) -> dict[str, Profile]:
    """Profiles of several people from bare (person, competency, level) rows, by the same rule."""
    levels: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for person, competency, level in rows:
        if level is not None:
            levels[person][competency].append(level)
    return {
        person: {code: fmean(values) for code, values in per_code.items()}
        for person, per_code in levels.items()
    }


def domain_means(prof: Mapping[str, float], domain_of: Mapping[str, str]) -> dict[str, float]:
    """Mean of the competency scores within each domain (Knowledge, Skill)."""
    grouped: dict[str, list[float]] = defaultdict(list)
    for code, score in prof.items():
        grouped[domain_of[code]].append(score)
    return {domain: fmean(scores) for domain, scores in grouped.items()}


@dataclass(frozen=True)
class ProgressPoint:
    """One round of a person's progress, with the change from the round before."""

    round: Round
    profile: Profile
    # competency -> score minus the previous round's score; negative when the person now
    # rates themselves lower, which is kept as it is (people learn what good looks like).
    change: dict[str, float]


def progress(rounds: Sequence[Round], profiles: Mapping[str, Profile]) -> list[ProgressPoint]:
    """Profiles across rounds in date order; ``profiles`` maps round id to that round's profile.

    A round the person has no rating in is skipped, and the change is taken against the
    last round that had a score for that competency.
    """
    points: list[ProgressPoint] = []
    last: dict[str, float] = {}
    for rnd in sorted(rounds, key=lambda r: (r.date, r.title)):
        prof = profiles.get(rnd.id)
        if not prof:
            continue
        change = {code: score - last[code] for code, score in prof.items() if code in last}
        points.append(ProgressPoint(rnd, dict(prof), change))
        last.update(prof)
    return points
