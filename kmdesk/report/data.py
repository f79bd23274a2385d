"""Plain data for the reports, gathered from the store in one session (no Qt, no matplotlib)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kmdesk.analysis import TeamAnalysis, analyze_team
from kmdesk.assess.framework import Framework, Role
from kmdesk.assess.people import Facilitator, Round, Team, rounds_in_order
from kmdesk.assess.profile import Profile, ProgressPoint, profile, profiles_from_levels, progress
from kmdesk.assess.ratings import Rating
from kmdesk.assess.river import RiverRow, river
from kmdesk.assess.stairs import Step, stairs
from kmdesk.charts.style import anonymous_labels
from kmdesk.store import frameworks, repo


class NothingToReport(LookupError):
    """The person, team or round has nothing to report (no ratings, unknown id)."""


@dataclass(frozen=True)
class LearnItem:
    """A competency this person is a learner in, and whom to learn it from (None: outside)."""

    competency: str
    score: float
    target: int
    supplier: str | None  # a name


@dataclass(frozen=True)
class PersonRole:
    """One role of a personal report."""

    role: Role
    targets: dict[str, int]
    ratings: dict[str, Rating]  # indicator code -> this round's rating
    profile: Profile
    previous: tuple[Round, Profile] | None
    stairs: list[Step]
    learn: list[LearnItem] | None  # None: the person is in no team
    shares: list[str]  # competencies in which a team-mate learns from this person
    progress: list[ProgressPoint]


@dataclass(frozen=True)
class PersonData:
    """Everything a personal report shows, as plain objects."""

    person: Facilitator
    team: Team | None
    round: Round
    framework: Framework
    roles: list[PersonRole]
    rounds: list[Round]  # this round and the ones before it, oldest first


@dataclass(frozen=True)
class TeamRole:
    """One role of a team report: the analysis, the round before's river and the team means."""

    analysis: TeamAnalysis
    rated: list[str]  # member ids with a score in this role and round
    previous: tuple[Round, list[RiverRow]] | None
    means: dict[str, Profile]  # round id -> the team's mean per competency


@dataclass(frozen=True)
class TeamData:
    """Everything a team report shows; ``labels`` are names, or letters when anonymous."""

    team: Team
    round: Round
    framework: Framework
    members: list[Facilitator]
    labels: dict[str, str]
    anonymous: bool
    roles: list[TeamRole]
    rounds: list[Round]
    roles_of: dict[str, list[str]] = field(default_factory=dict)  # member id -> roles rated


def _round(session: Session, round_id: str) -> Round:
    found = next((r for r in repo.list_rounds(session) if r.id == round_id), None)
    if found is None:
        raise NothingToReport(f"no round with id {round_id}")
    return found


def _rounds_so_far(session: Session, rnd: Round) -> list[Round]:
    return [
        r
        for r in rounds_in_order(repo.list_rounds(session))
        if (r.date, r.title)
        <= (
            rnd.date,
            rnd.title,
        )
    ]


def _facilitator(session: Session, facilitator_id: str) -> Facilitator:
    found = next((f for f in repo.list_facilitators(session) if f.id == facilitator_id), None)
    if found is None:
        raise NothingToReport(f"no facilitator with id {facilitator_id}")
    return found


def _team(session: Session, team_id: str | None) -> Team | None:
    if team_id is None:
        return None
    return next((t for t in repo.list_teams(session) if t.id == team_id), None)


def person_data(session: Session, facilitator_id: str, round_id: str) -> PersonData:
    """Gather a personal report's data: the roles rated in this round, each with its history."""
    rnd = _round(session, round_id)
    person = _facilitator(session, facilitator_id)
    team = _team(session, person.team_id)
    framework = frameworks.load_framework(session, rnd.framework_version)
    targets = frameworks.load_targets(session)
    so_far = _rounds_so_far(session, rnd)
    known = {r.id for r in so_far}
    by_role_round: dict[str, dict[str, list[Rating]]] = defaultdict(lambda: defaultdict(list))
    for rating in repo.person_ratings(session, facilitator_id):
        if rating.round_id in known:
            by_role_round[rating.role][rating.round_id].append(rating)
    roles = []
    for role in framework.roles:
        this = by_role_round[role.code].get(rnd.id)
        if not this:
            continue
        profiles = {rid: profile(rs) for rid, rs in by_role_round[role.code].items()}
        points = progress(so_far, profiles)
        earlier = [p for p in points if p.round.id != rnd.id]
        analysis = analyze_team(session, team, rnd, role.code) if team else None
        roles.append(
            PersonRole(
                role=role,
                targets=dict(targets[role.code]),
                ratings={r.indicator: r for r in this},
                profile=profiles[rnd.id],
                previous=(earlier[-1].round, earlier[-1].profile) if earlier else None,
                stairs=stairs(framework.codes, profiles[rnd.id], targets[role.code]),
                learn=_learn(analysis, person.id) if analysis else None,
                shares=_shares(analysis, person.id) if analysis else [],
                progress=points,
            )
        )
    if not roles:
        raise NothingToReport(f"{person.name} has no ratings in {rnd.title}")
    return PersonData(person, team, rnd, framework, roles, so_far)


def _learn(analysis: TeamAnalysis, person_id: str) -> list[LearnItem]:
    names = {f.id: f.name for f in analysis.members}
    out = []
    for cp in analysis.pairs:
        for pair in cp.pairs:
            if pair.learner != person_id:
                continue
            score = analysis.profiles[person_id][cp.competency]
            supplier = names.get(pair.supplier) if pair.supplier else None
            out.append(LearnItem(cp.competency, score, analysis.targets[cp.competency], supplier))
    return out


def _shares(analysis: TeamAnalysis, person_id: str) -> list[str]:
    return [
        cp.competency
        for cp in analysis.pairs
        if any(pair.supplier == person_id for pair in cp.pairs)
    ]


def team_data(session: Session, team_id: str, round_id: str, anonymous: bool = False) -> TeamData:
    """Gather a team report's data: every role's analysis, the round before and the means."""
    rnd = _round(session, round_id)
    team = _team(session, team_id)
    if team is None:
        raise NothingToReport(f"no team with id {team_id}")
    framework = frameworks.load_framework(session, rnd.framework_version)
    so_far = _rounds_so_far(session, rnd)
    roles = []
    roles_of: dict[str, list[str]] = defaultdict(list)
    members: list[Facilitator] = []
    for role in framework.roles:
        analysis = analyze_team(session, team, rnd, role.code)
        members = members or analysis.members
        rated = [f.id for f in analysis.members if analysis.profiles.get(f.id)]
        for member in rated:
            roles_of[member].append(role.code)
        ids = [f.id for f in analysis.members]
        means: dict[str, Profile] = {}
        rivers: dict[str, list[RiverRow]] = {}
        for r in so_far:
            if r.id == rnd.id:
                rows = analysis.river
            else:
                levels = repo.team_levels(session, team.id, r.id, role.code)
                profiles = profiles_from_levels(levels)
                rows = river(framework.codes, ids, {m: profiles.get(m, {}) for m in ids})
            if any(row.mean is not None for row in rows):
                rivers[r.id] = rows
                means[r.id] = {row.competency: row.mean for row in rows if row.mean is not None}
        earlier = [r for r in so_far if r.id in rivers and r.id != rnd.id]
        previous = (earlier[-1], rivers[earlier[-1].id]) if earlier else None
        roles.append(TeamRole(analysis, rated, previous, means))
    if not any(r.rated for r in roles):
        raise NothingToReport(f"nobody in {team.name} has ratings in {rnd.title}")
    if anonymous:
        # letters by the members' ids, not their names, so the order gives nobody away
        labels = anonymous_labels(sorted(f.id for f in members))
        members = sorted(members, key=lambda f: labels[f.id])
    else:
        labels = {f.id: f.name for f in members}
    return TeamData(team, rnd, framework, members, labels, anonymous, roles, so_far, dict(roles_of))
