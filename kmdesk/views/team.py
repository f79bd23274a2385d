"""A team in one round and role: its members, profiles and the domain sums over them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kmdesk.assess.framework import Framework
from kmdesk.assess.pairs import CompetencyPairs, PairSettings, learning_pairs, needs_outside_help
from kmdesk.assess.people import Facilitator, Round, Team
from kmdesk.assess.profile import Profile, profile, profiles_from_levels
from kmdesk.assess.ratings import Rating
from kmdesk.assess.river import RiverRow, river
from kmdesk.assess.stairs import Step, stairs
from kmdesk.store import frameworks, repo
from kmdesk.views.letters import labels, team_order
from kmdesk.views.lookup import NotFoundByName


@dataclass(frozen=True)
class TeamAnalysis:
    """The river, stairs and learning pairs of a team's members in one round and role."""

    team: Team
    round: Round
    role: str
    framework: Framework
    members: list[Facilitator]  # in the team's order: the active and those with scores
    profiles: dict[str, Profile]  # member id -> mean per competency
    targets: dict[str, int]
    settings: PairSettings
    river: list[RiverRow]
    stairs: dict[str, list[Step]]
    pairs: list[CompetencyPairs]
    outside_help: list[str]


@dataclass(frozen=True)
class TeamSlice:
    """One team, round and role for the views: the analysis, the whole team, their ratings."""

    analysis: TeamAnalysis
    # Every member of the team in the team's order, inactive ones too, so that a person's
    # letter and colour stay the same whoever is shown.
    roster: list[Facilitator]
    # member id -> ratings with evidence notes; empty when read without them
    ratings: dict[str, list[Rating]] = field(default_factory=dict)

    @property
    def member_ids(self) -> list[str]:
        return [f.id for f in self.analysis.members]

    @property
    def has_scores(self) -> bool:
        return any(self.analysis.profiles.values())

    def labels(self, anonymous: bool) -> dict[str, str]:
        """Member id -> name, or letter (A, B, C… in the team's order) when anonymous."""
        return labels(self.roster, anonymous)


def roster(session: Session, team: Team) -> list[Facilitator]:
    """Everyone in ``team``, inactive members too, in the team's order."""
    return team_order(repo.list_facilitators(session, team.id))


def _summed(base: TeamAnalysis, members: Sequence[Facilitator], profiles) -> TeamAnalysis:
    """``base``'s team, round and settings, summed over ``members`` with ``profiles``."""
    ids = [f.id for f in members]
    held = {i: profiles.get(i, {}) for i in ids}
    codes = base.framework.codes
    per_competency = learning_pairs(codes, ids, held, base.targets, base.settings)
    return TeamAnalysis(
        team=base.team,
        round=base.round,
        role=base.role,
        framework=base.framework,
        members=list(members),
        profiles=held,
        targets=base.targets,
        settings=base.settings,
        river=river(codes, ids, held),
        stairs={i: stairs(codes, held[i], base.targets) for i in ids},
        pairs=per_competency,
        outside_help=needs_outside_help(per_competency),
    )


def _counted(roster: Sequence[Facilitator], profiles) -> list[Facilitator]:
    """Who a team's sums count: the active members and anyone with a score."""
    return [f for f in roster if f.active or profiles.get(f.id)]


def analyze_team(
    session: Session, team: Team, rnd: Round, role: str, members: Sequence[Facilitator] = ()
) -> TeamAnalysis:
    """The team's sums in a round and role, read in one query (``members``: the roster, if
    the caller holds it already)."""
    framework = frameworks.load_framework(session, rnd.framework_version)
    if role not in framework.role_codes:
        raise NotFoundByName(f"no role {role!r}; roles: {', '.join(framework.role_codes)}")
    base = TeamAnalysis(
        team=team,
        round=rnd,
        role=role,
        framework=framework,
        members=[],
        profiles={},
        targets=frameworks.load_targets(session)[role],
        settings=frameworks.load_pair_settings(session),
        river=[],
        stairs={},
        pairs=[],
        outside_help=[],
    )
    scored = profiles_from_levels(repo.team_levels(session, team.id, rnd.id, role))
    return _summed(base, _counted(members or roster(session, team), scored), scored)


def every_role(
    session: Session, team: Team, rnd: Round, members: Sequence[Facilitator] = ()
) -> list[TeamAnalysis]:
    """The team's analysis in each role of the round's framework, in the framework's order
    (``members``: the roster, if the caller holds it already)."""
    everyone = members or roster(session, team)
    roles = frameworks.load_framework(session, rnd.framework_version).roles
    return [analyze_team(session, team, rnd, role.code, everyone) for role in roles]


def team_slice(
    session: Session, team: Team, rnd: Round, role: str, *, with_ratings: bool = True
) -> TeamSlice:
    """Everything the team's views need, with each member's ratings for the hover texts."""
    everyone = roster(session, team)
    analysis = analyze_team(session, team, rnd, role, everyone)
    ratings = (
        {f.id: repo.person_ratings(session, f.id, role, rnd.id) for f in analysis.members}
        if with_ratings
        else {}
    )
    return TeamSlice(analysis, everyone, ratings)


def with_member_ratings(data: TeamSlice, member_id: str, ratings: list[Rating]) -> TeamSlice | None:
    """The same slice after one member's ratings changed; None if they are not in this team.

    Only that member's ratings are read again; the river, stairs and pairs are sums over
    the profiles already held.
    """
    if member_id not in {f.id for f in data.roster}:
        return None
    profiles = {**data.analysis.profiles, member_id: profile(ratings)}
    analysis = _summed(data.analysis, _counted(data.roster, profiles), profiles)
    kept = {**data.ratings, member_id: list(ratings)}
    return TeamSlice(analysis, data.roster, {i: kept[i] for i in analysis.profiles if i in kept})


def selected(data: TeamSlice, members: Collection[str] | None) -> TeamAnalysis:
    """The analysis over the chosen members only (all when ``members`` is None).

    The river's band, the matrix rows and the learning pairs are then those of the people
    at the table, not of the whole team.
    """
    a = data.analysis
    if members is None or set(members) >= set(data.member_ids):
        return a
    chosen = [f for f in data.roster if f.id in members and f.id in a.profiles]
    return _summed(a, chosen, a.profiles)


def team_rivers(
    session: Session, analysis: TeamAnalysis, rounds: Sequence[Round]
) -> dict[str, list[RiverRow]]:
    """Round id -> the river of ``analysis``'s members in each of ``rounds`` with a score,
    in its role and competencies: how the same people stood then."""
    ids = [f.id for f in analysis.members]
    codes = analysis.framework.codes
    out = {}
    for rnd in rounds:
        if rnd.id == analysis.round.id:
            rows = analysis.river
        else:
            levels = repo.team_levels(session, analysis.team.id, rnd.id, analysis.role)
            rows = river(codes, ids, profiles_from_levels(levels))
        if any(row.mean is not None for row in rows):
            out[rnd.id] = rows
    return out
