"""What the reports show, built from kmdesk.views' slices in one session (no Qt, no matplotlib)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kmdesk import views
from kmdesk.assess.completeness import Completeness, completeness
from kmdesk.assess.framework import Framework, Role
from kmdesk.assess.people import Facilitator, Round, Team
from kmdesk.assess.profile import Profile, ProgressPoint, progress
from kmdesk.assess.ratings import Rating
from kmdesk.assess.river import RiverRow
from kmdesk.assess.stairs import Step, stairs
from kmdesk.views import TeamAnalysis


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
    answers: Completeness | None = None  # how much of the round's framework was answered


@dataclass(frozen=True)
class PersonReport:
    """Everything a personal report shows, as plain objects."""

    person: Facilitator
    team: Team | None
    round: Round
    framework: Framework
    roles: list[PersonRole]
    rounds: list[Round]  # this round and the ones before it, oldest first
    # the person's learning actions up to this round (kmdesk.views.learning.ActionView)
    actions: tuple = ()


@dataclass(frozen=True)
class TeamRole:
    """One role of a team report: the analysis, the round before's river and the team means."""

    analysis: TeamAnalysis
    rated: list[str]  # member ids with a score in this role and round
    previous: tuple[Round, list[RiverRow]] | None
    means: dict[str, Profile]  # round id -> the team's mean per competency


@dataclass(frozen=True)
class TeamReport:
    """Everything a team report shows; ``labels`` are names, or letters when anonymous."""

    team: Team
    round: Round
    framework: Framework
    members: list[Facilitator]  # in the team's order, the order of the letters
    labels: dict[str, str]  # every member of the team, in the team's order
    anonymous: bool
    roles: list[TeamRole]
    rounds: list[Round]
    roles_of: dict[str, list[str]] = field(default_factory=dict)  # member id -> roles answered
    # False: members who have not answered every indicator are left out of the sums
    include_incomplete: bool = True
    # role code -> the round's learning plan (kmdesk.views.learning.TeamPlan)
    plans: dict = field(default_factory=dict)


def _round(session: Session, round_id: str) -> Round:
    found = views.round_by_id(session, round_id)
    if found is None:
        raise NothingToReport(f"no round with id {round_id}")
    return found


def person_data(
    session: Session, facilitator_id: str, round_id: str, role: str | None = None
) -> PersonReport:
    """Gather a personal report's data: the roles rated in this round, each with its history.

    ``role`` (a role code) keeps that role only.
    """
    rnd = _round(session, round_id)
    person = views.person_by_id(session, facilitator_id)
    if person is None:
        raise NothingToReport(f"no facilitator with id {facilitator_id}")
    slices = views.person_slices(session, person)
    some = next(iter(slices.values()))
    framework = some.framework(rnd)
    so_far = views.rounds_until(some.rounds, rnd)
    roles = []
    for held_role in framework.roles:
        if role is not None and held_role.code != role:
            continue
        held = slices.get(held_role.code)
        this = held.ratings.get(rnd.id) if held else None
        if not this:
            continue
        profiles = held.profiles
        points = progress(so_far, profiles)
        earlier = [p for p in points if p.round.id != rnd.id]
        team = held.team
        analysis = views.analyze_team(session, team, rnd, held_role.code) if team else None
        roles.append(
            PersonRole(
                role=held_role,
                targets=dict(held.targets),
                ratings={r.indicator: r for r in this},
                profile=profiles[rnd.id],
                previous=(earlier[-1].round, earlier[-1].profile) if earlier else None,
                stairs=stairs(framework.codes, profiles[rnd.id], held.targets),
                learn=_learn(analysis, person.id) if analysis else None,
                shares=_shares(analysis, person.id) if analysis else [],
                progress=points,
                answers=completeness(framework, (r.indicator for r in this)),
            )
        )
    if not roles:
        what = f" as {role}" if role else ""
        raise NothingToReport(f"{person.name} has no ratings in {rnd.title}{what}")
    return PersonReport(person, some.team, rnd, framework, roles, so_far)


def _compared(
    session: Session,
    analysis: TeamAnalysis,
    so_far: list[Round],
    rivers: dict[str, list[RiverRow]],
    compare: Round | None,
) -> tuple[Round, list[RiverRow]] | None:
    """The round the river is compared with, and its river; None when there is none."""
    rnd = analysis.round
    if compare is None:
        # the latest round before this one in which the same members have scores
        earlier = [r for r in so_far if r.id in rivers and r.id != rnd.id]
        return (earlier[-1], rivers[earlier[-1].id]) if earlier else None
    if compare.id == rnd.id:
        return None
    rows = rivers.get(compare.id)
    if rows is None:  # a later round, or one the rounds so far do not hold
        rows = views.team_rivers(session, analysis, [compare]).get(compare.id)
    return (compare, rows) if rows is not None else None


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


def team_data(
    session: Session,
    team_id: str,
    round_id: str,
    anonymous: bool = False,
    *,
    role: str | None = None,
    compare_round_id: str | None = None,
    include_incomplete: bool = True,
) -> TeamReport:
    """Gather a team report's data: every role's analysis, the round compared and the means.

    ``role`` (a role code) keeps that role only. The river compares with
    ``compare_round_id``, by default the latest round before this one that has scores; the
    report's own round means no comparison. ``include_incomplete=False`` leaves members who
    have not answered every indicator out of the sums (they are still listed, and marked).
    """
    rnd = _round(session, round_id)
    team = views.team_by_id(session, team_id)
    if team is None:
        raise NothingToReport(f"no team with id {team_id}")
    compare = _round(session, compare_round_id) if compare_round_id else None
    so_far = views.rounds_until(views.ordered_rounds(session), rnd)
    roster = views.roster(session, team)
    analyses = views.every_role(session, team, rnd, roster, include_incomplete=include_incomplete)
    if role is not None:
        analyses = [a for a in analyses if a.role == role]
    roles = []
    roles_of: dict[str, list[str]] = defaultdict(list)
    for analysis in analyses:
        rated = [f.id for f in analysis.members if analysis.profiles.get(f.id)]
        answered = [*rated, *(f.id for f in analysis.left_out)]
        for member in answered:
            roles_of[member].append(analysis.role)
        rivers = views.team_rivers(session, analysis, so_far)
        means = {
            rid: {row.competency: row.mean for row in rows if row.mean is not None}
            for rid, rows in rivers.items()
        }
        previous = _compared(session, analysis, so_far, rivers, compare)
        roles.append(TeamRole(analysis, rated, previous, means))
    if not any(r.rated for r in roles):
        what = f" as {role}" if role else ""
        raise NothingToReport(f"nobody in {team.name} has ratings in {rnd.title}{what}")
    # everyone counted in any role, or left out of its sums, in the team's order: the order
    # of the letters
    counted = {f.id for a in analyses for f in (*a.members, *a.left_out)}
    members = [f for f in roster if f.id in counted]
    framework = analyses[0].framework
    labels = views.labels(roster, anonymous)
    return TeamReport(
        team,
        rnd,
        framework,
        members,
        labels,
        anonymous,
        roles,
        so_far,
        dict(roles_of),
        include_incomplete,
    )
