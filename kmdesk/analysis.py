"""Team analysis: gathers plain data from the store and runs the domain sums over it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kmdesk.assess.framework import Framework
from kmdesk.assess.pairs import CompetencyPairs, PairSettings, learning_pairs, needs_outside_help
from kmdesk.assess.people import Facilitator, Round, Team, name_key
from kmdesk.assess.profile import Profile, profiles_from_levels
from kmdesk.assess.river import RiverRow, river
from kmdesk.assess.stairs import Step, stairs
from kmdesk.assess.thaidate import DateError, parse_date
from kmdesk.store import frameworks, repo


class NotFoundByName(LookupError):
    """No team, round or person matches what the user typed; the message lists the choices."""


@dataclass(frozen=True)
class TeamAnalysis:
    """Everything the team views, the analyze command and the team report need."""

    team: Team
    round: Round
    role: str
    framework: Framework
    members: list[Facilitator]
    profiles: dict[str, Profile]
    targets: dict[str, int]
    settings: PairSettings
    river: list[RiverRow]
    stairs: dict[str, list[Step]]
    pairs: list[CompetencyPairs]
    outside_help: list[str]


def find_team(session: Session, name: str) -> Team:
    exact = repo.team_named(session, name)
    if exact is not None:
        return exact
    teams = repo.list_teams(session)
    found = next((t for t in teams if name_key(t.name) == name_key(name)), None)
    if found is None:
        raise NotFoundByName(
            f"no team named {name!r}; teams: {', '.join(t.name for t in teams) or '(none)'}"
        )
    return found


def find_round(session: Session, spec: str) -> Round:
    """A round by its title, its date (ISO or Buddhist Era), or its number in date order."""
    rounds = repo.list_rounds(session)
    found = next((r for r in rounds if name_key(r.title) == name_key(spec)), None)
    if found is None:
        try:
            day = parse_date(spec)
            found = next((r for r in rounds if r.date == day), None)
        except DateError:
            if spec.strip().isdigit() and 1 <= int(spec) <= len(rounds):
                found = rounds[int(spec) - 1]
    if found is None:
        listed = ", ".join(f"{r.title} ({r.date.isoformat()})" for r in rounds) or "(none)"
        raise NotFoundByName(f"no round {spec!r}; rounds: {listed}")
    return found


def analyze_team(session: Session, team: Team, rnd: Round, role: str) -> TeamAnalysis:
    framework = frameworks.load_framework(session, rnd.framework_version)
    if role not in framework.role_codes:
        raise NotFoundByName(f"no role {role!r}; roles: {', '.join(framework.role_codes)}")
    targets = frameworks.load_targets(session)[role]
    settings = frameworks.load_pair_settings(session)
    scored = profiles_from_levels(repo.team_levels(session, team.id, rnd.id, role))
    members = [f for f in repo.list_facilitators(session, team.id) if f.active or f.id in scored]
    ids = [f.id for f in members]
    profiles = {f.id: scored.get(f.id, {}) for f in members}
    codes = framework.codes
    per_competency = learning_pairs(codes, ids, profiles, targets, settings)
    return TeamAnalysis(
        team=team,
        round=rnd,
        role=role,
        framework=framework,
        members=members,
        profiles=profiles,
        targets=targets,
        settings=settings,
        river=river(codes, ids, profiles),
        stairs={f.id: stairs(codes, profiles[f.id], targets) for f in members},
        pairs=per_competency,
        outside_help=needs_outside_help(per_competency),
    )


def _num(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def analysis_json(a: TeamAnalysis) -> dict:
    """The stable JSON shape documented in the README (``kmdesk analyze --json``)."""
    name = {f.id: f.name for f in a.members}
    return {
        "team": a.team.name,
        "round": {
            "title": a.round.title,
            "date": a.round.date.isoformat(),
            "framework_version": a.round.framework_version,
        },
        "role": a.role,
        "settings": {
            "supplier_min": a.settings.supplier_min,
            "learner_max": a.settings.learner_max,
            "gap_min": a.settings.gap_min,
        },
        "members": [
            {"id": f.id, "name": f.name, "agency": f.agency, "active": f.active} for f in a.members
        ],
        "competencies": [
            {
                "code": c.code,
                "domain": c.domain,
                "name_th": c.name.th,
                "name_en": c.name.en,
                "target": a.targets[c.code],
            }
            for c in a.framework.competencies
        ],
        "river": [
            {
                "competency": r.competency,
                "min": _num(r.min),
                "mean": _num(r.mean),
                "max": _num(r.max),
                "scores": [{"name": name[m], "score": _num(s)} for m, s in r.scores.items()],
            }
            for r in a.river
        ],
        "stairs": [
            {
                "name": f.name,
                "steps": [
                    {
                        "competency": s.competency,
                        "current": _num(s.current),
                        "target": s.target,
                        "gap": _num(s.gap),
                    }
                    for s in a.stairs[f.id]
                ],
            }
            for f in a.members
        ],
        "pairs": [
            {
                "competency": p.competency,
                "suppliers": [{"name": name[m], "score": _num(s)} for m, s in p.suppliers],
                "learners": [
                    {"name": name[lr.member], "score": _num(lr.score), "gap": _num(lr.gap)}
                    for lr in p.learners
                ],
                "pairs": [
                    {
                        "learner": name[q.learner],
                        "supplier": name[q.supplier] if q.supplier else None,
                    }
                    for q in p.pairs
                ],
            }
            for p in a.pairs
        ],
        "needs_outside_help": list(a.outside_help),
    }
