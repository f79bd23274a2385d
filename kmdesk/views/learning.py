"""The learning cycle for the views: a team's agreed levels, spreads and actions, and a
person's actions, each with the learner's change in the next round they rated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kmdesk.assess import cycle
from kmdesk.assess.cycle import Action, AgreedLevel
from kmdesk.assess.profile import profile
from kmdesk.assess.thaidate import format_date
from kmdesk.store import frameworks, learning, repo
from kmdesk.views.lookup import NotFoundByName, ordered_rounds, round_by_id, team_by_id
from kmdesk.views.team import TeamAnalysis, analyze_team
from kmdesk.wording import QT_TRANSLATE_NOOP, Words

WORDS = Words(
    "LearningPlan",
    {
        "title": QT_TRANSLATE_NOOP("LearningPlan", "Learning actions"),
        "none": QT_TRANSLATE_NOOP("LearningPlan", "No learning actions yet."),
        "line": QT_TRANSLATE_NOOP("LearningPlan", "{learner} learns {competency} from {supplier}"),
        "what": QT_TRANSLATE_NOOP("LearningPlan", "What: {what}"),
        "due": QT_TRANSLATE_NOOP("LearningPlan", "By: {date}"),
        "status": QT_TRANSLATE_NOOP("LearningPlan", "Status: {status}"),
        "planned": QT_TRANSLATE_NOOP("LearningPlan", "planned"),
        "done": QT_TRANSLATE_NOOP("LearningPlan", "done"),
        "dropped": QT_TRANSLATE_NOOP("LearningPlan", "dropped"),
        "expected": QT_TRANSLATE_NOOP("LearningPlan", "What was supposed to happen: {text}"),
        "happened": QT_TRANSLATE_NOOP("LearningPlan", "What actually happened: {text}"),
        "why": QT_TRANSLATE_NOOP("LearningPlan", "Why there was a difference: {text}"),
        "next_time": QT_TRANSLATE_NOOP("LearningPlan", "What we will do next time: {text}"),
        "asset": QT_TRANSLATE_NOOP("LearningPlan", "Knowledge asset: {text}"),
        "change": QT_TRANSLATE_NOOP("LearningPlan", "Change by {round}: {change}"),
    },
)
INDENT = "   "  # the lines under an action's number, as LINE shows them


@dataclass(frozen=True)
class ActionView:
    """An action with the names to show and the learner's scores before and after."""

    action: Action
    learner: str  # the learner's name
    supplier: str  # the member's name, or the outside source in words
    competency_name: str  # in the view's language
    before: float | None  # the learner's score in the action's round
    after: float | None  # ... in the next round of the same team and role they rated
    next_round: str | None  # that round's title
    change: float | None  # after − before (assess.cycle.change_after)


@dataclass(frozen=True)
class TeamPlan:
    """A team's agreed levels, spreads and actions in one round and role."""

    agreed: dict[str, AgreedLevel]
    spreads: dict[str, float]  # code -> highest − lowest of the members' means
    worth: tuple[str, ...]  # codes worth a conversation, in the framework's order
    spread_min: float
    actions: tuple[ActionView, ...]


def _views(db, found: Sequence[Action], lang: str) -> tuple[ActionView, ...]:
    """Each action with names and the learner's scores in its round and the next one."""
    if not found:
        return ()
    with db.session() as session:
        people = {f.id: f for f in repo.list_facilitators(session)}
        rounds = ordered_rounds(session)
        position = {r.id: i for i, r in enumerate(rounds)}
        names: dict[int, dict[str, str]] = {}
        scores: dict[tuple[str, str], dict[str, dict[str, float]]] = {}
        out = []
        for a in found:
            rnd = next(r for r in rounds if r.id == a.round_id)
            version = rnd.framework_version
            if version not in names:
                framework = frameworks.load_framework(session, version)
                names[version] = {c.code: c.name.get(lang) for c in framework.competencies}
            key = (a.learner_id, a.role)
            if key not in scores:
                by_round: dict[str, list] = {}
                for r in repo.person_ratings(session, a.learner_id, a.role):
                    by_round.setdefault(r.round_id, []).append(r)
                scores[key] = {rid: profile(rs) for rid, rs in by_round.items()}
            held = scores[key]
            before = held.get(a.round_id, {})
            later = [
                r for r in rounds[position[a.round_id] + 1 :] if a.competency in held.get(r.id, {})
            ]
            after_round = later[0] if later else None
            after = held.get(after_round.id, {}) if after_round else {}
            learner = people.get(a.learner_id)
            supplier = people.get(a.supplier_id) if a.supplier_id else None
            out.append(
                ActionView(
                    action=a,
                    learner=learner.name if learner else "",
                    supplier=supplier.name if supplier else a.source,
                    competency_name=names[version].get(a.competency, a.competency),
                    before=before.get(a.competency),
                    after=after.get(a.competency),
                    next_round=after_round.title if after_round else None,
                    change=cycle.change_after(a, before, after),
                )
            )
    return tuple(out)


def team_plan(
    db,
    team_id: str,
    round_id: str,
    role: str,
    lang: str = "th",
    include_incomplete: bool = True,
    analysis: TeamAnalysis | None = None,
) -> TeamPlan:
    """The team's agreed levels, spreads, competencies worth a conversation and actions
    (``analysis``: the team's sums in that round and role, if the caller made them already)."""
    threshold = learning.spread_min(db)
    if analysis is None:
        with db.session() as session:
            team = team_by_id(session, team_id)
            rnd = round_by_id(session, round_id)
            if team is None or rnd is None:
                raise NotFoundByName(f"no team {team_id!r} or round {round_id!r}")
            analysis = analyze_team(session, team, rnd, role, include_incomplete=include_incomplete)
    spreads, worth = {}, []
    for code in analysis.framework.codes:
        held = {i: p[code] for i, p in analysis.profiles.items() if code in p}
        gap = cycle.spread(held)
        if gap is None:
            continue
        spreads[code] = gap
        if cycle.worth_a_conversation(held, threshold):
            worth.append(code)
    found = learning.actions(db, team_id=team_id, round_id=round_id, role=role)
    return TeamPlan(
        agreed=learning.agreed_levels(db, team_id, round_id, role),
        spreads=spreads,
        worth=tuple(worth),
        spread_min=threshold,
        actions=_views(db, found, lang),
    )


def person_actions(
    db, person_id: str, round_id: str | None = None, lang: str = "th"
) -> tuple[ActionView, ...]:
    """The person's learning actions (in one round, if given), in the store's order."""
    return _views(db, learning.actions(db, learner_id=person_id, round_id=round_id), lang)


def _score(value: float) -> str:
    return f"{value:+.1f}"


def plan_text(plan: TeamPlan | Sequence[ActionView], lang: str) -> str:
    """The actions as plain text, ready to paste into a LINE message."""
    views = plan.actions if isinstance(plan, TeamPlan) else tuple(plan)
    lines = [WORDS("title", lang)]
    if not views:
        lines.append(WORDS("none", lang))
    for number, v in enumerate(views, 1):
        a = v.action
        if lines[-1]:
            lines.append("")
        head = WORDS(
            "line",
            lang,
            learner=v.learner,
            competency=f"{a.competency} {v.competency_name}",
            supplier=v.supplier,
        )
        lines.append(f"{number}. {head}")
        lines.append(INDENT + WORDS("what", lang, what=" ".join(a.what.split())))
        if a.due is not None:
            lines.append(INDENT + WORDS("due", lang, date=format_date(a.due, lang)))
        lines.append(INDENT + WORDS("status", lang, status=WORDS(a.status, lang)))
        r = a.review
        for key, text in (
            ("expected", r.expected),
            ("happened", r.happened),
            ("why", r.why),
            ("next_time", r.next_time),
            ("asset", a.asset),
        ):
            if text:
                lines.append(INDENT + WORDS(key, lang, text=" ".join(text.split())))
        if v.change is not None and v.next_round:
            change = WORDS("change", lang, round=v.next_round, change=_score(v.change))
            lines.append(INDENT + change)
    return "\n".join(lines) + "\n"
