"""A team in one round and role: its members, profiles and the domain sums over them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kmdesk.assess.completeness import Completeness, completeness
from kmdesk.assess.framework import Framework
from kmdesk.assess.pairs import CompetencyPairs, PairSettings, learning_pairs, needs_outside_help
from kmdesk.assess.people import Facilitator, Round, Team
from kmdesk.assess.profile import Profile, profile, profiles_from_levels
from kmdesk.assess.ratings import Rating
from kmdesk.assess.river import RiverRow, river
from kmdesk.assess.stairs import Step, stairs
from kmdesk.store import frameworks, repo, team_queries
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
    # member id -> their answers against the round's active indicators ("5 of 18"), for
    # everyone in the team, those left out of the sums too
    completeness: dict[str, Completeness] = field(default_factory=dict)
    # False: members who have not answered every indicator are left out of the sums
    include_incomplete: bool = True
    left_out: list[Facilitator] = field(default_factory=list)  # incomplete, left out

    def completeness_of(self, member_id: str) -> Completeness:
        """How much of this round's framework the member answered in this role."""
        found = self.completeness.get(member_id)
        return found if found is not None else completeness(self.framework, ())

    def complete(self, member_id: str) -> bool:
        return self.completeness_of(member_id).complete

    @property
    def incomplete(self) -> list[Facilitator]:
        """Members in the sums who have not answered every indicator, in the team's order."""
        return [f for f in self.members if not self.complete(f.id)]


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


def _summed(
    base: TeamAnalysis,
    members: Sequence[Facilitator],
    profiles,
    answers: dict[str, Completeness] | None = None,
    include_incomplete: bool | None = None,
) -> TeamAnalysis:
    """``base``'s team, round and settings, summed over ``members`` with ``profiles``.

    ``answers`` (default: ``base``'s) gives each member's completeness; incomplete members
    are left out when ``include_incomplete`` (default: ``base``'s choice) is False. A member
    supplies a learning pair only in a competency they rated in full, whatever the choice.
    """
    answers = base.completeness if answers is None else answers
    include = base.include_incomplete if include_incomplete is None else include_incomplete
    left_out = [] if include else [f for f in members if not _done(answers, f.id)]
    out = {f.id for f in left_out}
    counted = [f for f in members if f.id not in out]
    ids = [f.id for f in counted]
    held = {i: profiles.get(i, {}) for i in ids}
    codes = base.framework.codes
    full = {i: answers[i].full if i in answers else frozenset() for i in ids}
    per_competency = learning_pairs(codes, ids, held, base.targets, base.settings, full)
    return TeamAnalysis(
        team=base.team,
        round=base.round,
        role=base.role,
        framework=base.framework,
        members=counted,
        profiles=held,
        targets=base.targets,
        settings=base.settings,
        river=river(codes, ids, held),
        stairs={i: stairs(codes, held[i], base.targets) for i in ids},
        pairs=per_competency,
        outside_help=needs_outside_help(per_competency),
        completeness=dict(answers),
        include_incomplete=include,
        left_out=left_out,
    )


def _done(answers: dict[str, Completeness], member_id: str) -> bool:
    found = answers.get(member_id)
    return found is not None and found.complete


def _counted(roster: Sequence[Facilitator], profiles) -> list[Facilitator]:
    """Who a team's sums count: the active members and anyone with a score."""
    return [f for f in roster if f.active or profiles.get(f.id)]


def _read(
    session: Session, team: Team, rnd: Round, role: str, everyone: Sequence[Facilitator]
) -> tuple[TeamAnalysis, dict[str, list[Rating]]]:
    """An empty analysis of the team's round and role, and each member's ratings in it."""
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
    # every member's ratings in one query: completeness needs the indicators answered,
    # not only the competencies' levels
    ratings = team_queries.team_ratings(session, [f.id for f in everyone], rnd.id, role)
    return base, ratings


def _analysis(
    base: TeamAnalysis,
    everyone: Sequence[Facilitator],
    ratings: dict[str, list[Rating]],
    include_incomplete: bool,
) -> TeamAnalysis:
    scored = {i: prof for i, rs in ratings.items() if (prof := profile(rs))}
    answers = {
        i: completeness(base.framework, (r.indicator for r in rs)) for i, rs in ratings.items()
    }
    return _summed(base, _counted(everyone, scored), scored, answers, include_incomplete)


def analyze_team(
    session: Session,
    team: Team,
    rnd: Round,
    role: str,
    members: Sequence[Facilitator] = (),
    *,
    include_incomplete: bool = True,
) -> TeamAnalysis:
    """The team's sums in a round and role (``members``: the roster, if the caller holds it
    already). ``include_incomplete=False`` leaves out members who have not answered every
    indicator (they are listed in ``left_out``)."""
    everyone = members or roster(session, team)
    base, ratings = _read(session, team, rnd, role, everyone)
    return _analysis(base, everyone, ratings, include_incomplete)


def every_role(
    session: Session,
    team: Team,
    rnd: Round,
    members: Sequence[Facilitator] = (),
    *,
    include_incomplete: bool = True,
) -> list[TeamAnalysis]:
    """The team's analysis in each role of the round's framework, in the framework's order
    (``members``: the roster, if the caller holds it already)."""
    everyone = members or roster(session, team)
    roles = frameworks.load_framework(session, rnd.framework_version).roles
    return [
        analyze_team(session, team, rnd, role.code, everyone, include_incomplete=include_incomplete)
        for role in roles
    ]


def team_slice(
    session: Session, team: Team, rnd: Round, role: str, *, with_ratings: bool = True
) -> TeamSlice:
    """Everything the team's views need, with each member's ratings for the hover texts.

    The slice's analysis includes incomplete members; ``selected`` leaves them out.
    """
    everyone = roster(session, team)
    base, ratings = _read(session, team, rnd, role, everyone)
    analysis = _analysis(base, everyone, ratings, True)
    held = {i: ratings[i] for i in analysis.profiles} if with_ratings else {}
    return TeamSlice(analysis, everyone, held)


def with_member_ratings(data: TeamSlice, member_id: str, ratings: list[Rating]) -> TeamSlice | None:
    """The same slice after one member's ratings changed; None if they are not in this team.

    Only that member's ratings are read again; the river, stairs and pairs are sums over
    the profiles already held.
    """
    if member_id not in {f.id for f in data.roster}:
        return None
    a = data.analysis
    profiles = {**a.profiles, member_id: profile(ratings)}
    answers = {
        **a.completeness,
        member_id: completeness(a.framework, (r.indicator for r in ratings)),
    }
    analysis = _summed(a, _counted(data.roster, profiles), profiles, answers)
    kept = {**data.ratings, member_id: list(ratings)}
    return TeamSlice(analysis, data.roster, {i: kept[i] for i in analysis.profiles if i in kept})


def selected(
    data: TeamSlice, members: Collection[str] | None, include_incomplete: bool = True
) -> TeamAnalysis:
    """The analysis over the chosen members only (all when ``members`` is None), without
    the incomplete ones when ``include_incomplete`` is False.

    The river's band, the matrix rows and the learning pairs are then those of the people
    at the table, not of the whole team.
    """
    a = data.analysis
    everyone = members is None or set(members) >= set(data.member_ids)
    if everyone and include_incomplete == a.include_incomplete:
        return a
    chosen = [f for f in data.roster if (members is None or f.id in members) and f.id in a.profiles]
    return _summed(a, chosen, a.profiles, include_incomplete=include_incomplete)


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
            levels = team_queries.team_levels(session, analysis.team.id, rnd.id, analysis.role)
            rows = river(codes, ids, profiles_from_levels(levels))
        if any(row.mean is not None for row in rows):
            out[rnd.id] = rows
    return out
