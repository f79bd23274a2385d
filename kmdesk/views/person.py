"""One facilitator in a role across every round: their ratings, frameworks, targets and letter."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from kmdesk.assess.completeness import Completeness, completeness
from kmdesk.assess.framework import Framework
from kmdesk.assess.people import Facilitator, Round, Team
from kmdesk.assess.profile import Profile, profile
from kmdesk.assess.ratings import Rating
from kmdesk.store import frameworks, repo
from kmdesk.views.letters import letters
from kmdesk.views.lookup import ordered_rounds, rounds_until, team_by_id
from kmdesk.views.team import roster


@dataclass(frozen=True)
class PersonSlice:
    """One facilitator in one role across every round."""

    person: Facilitator
    team: Team | None
    role: str
    rounds: list[Round]  # every round, in date order
    ratings: dict[str, list[Rating]]  # round id -> this person's ratings in the role
    frameworks: dict[int, Framework]  # version number -> framework, for the rounds held
    targets: dict[str, int]
    letter: str  # the person's letter in their team, for views shown without names

    @property
    def profiles(self) -> dict[str, Profile]:
        return {rid: profile(rs) for rid, rs in self.ratings.items()}

    def rated_rounds(self, chosen: Collection[str] | None = None) -> list[Round]:
        """Rounds (date order) with at least one score, limited to ``chosen`` ids if given."""
        profiles = self.profiles
        return [r for r in self.rounds if profiles.get(r.id) and (chosen is None or r.id in chosen)]

    def rated_until(self, last: Round) -> list[Round]:
        """Rounds with a score up to and including ``last``, in date order."""
        return rounds_until(self.rated_rounds(), last)

    def completeness(self, rnd: Round) -> Completeness:
        """How much of ``rnd``'s framework version the person answered in this role."""
        answered = (r.indicator for r in self.ratings.get(rnd.id, ()))
        return completeness(self.framework(rnd), answered)

    def framework(self, rnd: Round | None = None) -> Framework:
        if rnd is not None and rnd.framework_version in self.frameworks:
            return self.frameworks[rnd.framework_version]
        return self.frameworks[max(self.frameworks)]


def person_slices(
    session: Session, person: Facilitator, roles: Iterable[str] | None = None
) -> dict[str, PersonSlice]:
    """Role -> the person in that role (every role if None), their ratings read in one query."""
    targets = frameworks.load_targets(session)
    wanted = list(targets) if roles is None else list(roles)
    only = wanted[0] if len(wanted) == 1 else None
    rounds = ordered_rounds(session)
    by_role: dict[str, dict[str, list[Rating]]] = defaultdict(lambda: defaultdict(list))
    for rating in repo.person_ratings(session, person.id, only):
        by_role[rating.role][rating.round_id].append(rating)
    held = {rid for role in wanted for rid in by_role[role]}
    versions = {r.framework_version for r in rounds if r.id in held}
    versions.add(frameworks.latest_version(session))
    loaded = {v: frameworks.load_framework(session, v) for v in sorted(versions)}
    team = team_by_id(session, person.team_id)
    letter = letters(roster(session, team) if team else [person])[person.id]
    return {
        role: PersonSlice(
            person=person,
            team=team,
            role=role,
            rounds=rounds,
            ratings={rid: list(rs) for rid, rs in by_role[role].items()},
            frameworks=loaded,
            targets=targets[role],
            letter=letter,
        )
        for role in wanted
    }


def person_slice(session: Session, person: Facilitator, role: str) -> PersonSlice:
    """The person's ratings in ``role`` for every round, read in one query."""
    return person_slices(session, person, [role])[role]


def with_round_ratings(
    data: PersonSlice, round_id: str, ratings: list[Rating]
) -> PersonSlice | None:
    """The same person after their ratings in one round changed; None for an unknown round."""
    rnd = next((r for r in data.rounds if r.id == round_id), None)
    if rnd is None or rnd.framework_version not in data.frameworks:
        return None
    by_round = dict(data.ratings)
    if ratings:
        by_round[round_id] = list(ratings)
    else:
        by_round.pop(round_id, None)
    return replace(data, ratings=by_round)
