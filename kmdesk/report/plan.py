"""The learning cycle in the reports: agreed levels beside the self-ratings, what is worth a
conversation, and the learning actions with their reviews and the learner's change."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from kmdesk.assess.scale import score_text
from kmdesk.assess.thaidate import format_date
from kmdesk.report.markup import change, esc, heading, none_line, table
from kmdesk.report.words import w
from kmdesk.views import learning as plans
from kmdesk.wording import QT_TRANSLATE_NOOP, Words

WORDS = Words(
    "ReportWords",
    {
        "agreed_title": QT_TRANSLATE_NOOP("ReportWords", "Agreed levels and spreads"),
        "agreed_note": QT_TRANSLATE_NOOP(
            "ReportWords",
            "The level the team agreed in conversation sits beside the self-ratings and is "
            "never averaged into them. ● worth a conversation: spread ≥ {0}",
        ),
        "agreed_none": QT_TRANSLATE_NOOP(
            "ReportWords", "no agreed level, nothing worth a conversation"
        ),
        "self_ratings": QT_TRANSLATE_NOOP("ReportWords", "Self-ratings"),
        "spread": QT_TRANSLATE_NOOP("ReportWords", "Spread"),
        "agreed": QT_TRANSLATE_NOOP("ReportWords", "Agreed"),
        "reason": QT_TRANSLATE_NOOP("ReportWords", "Reason"),
        "actions_title": QT_TRANSLATE_NOOP("ReportWords", "Learning actions in this round"),
        "my_actions": QT_TRANSLATE_NOOP("ReportWords", "My learning actions"),
        "learner": QT_TRANSLATE_NOOP("ReportWords", "Learner"),
        "from": QT_TRANSLATE_NOOP("ReportWords", "Learns from"),
        "what": QT_TRANSLATE_NOOP("ReportWords", "What, by when"),
        "status": QT_TRANSLATE_NOOP("ReportWords", "Status"),
        "change_next": QT_TRANSLATE_NOOP("ReportWords", "Change next round"),
        "no_score": QT_TRANSLATE_NOOP("ReportWords", "no score yet"),
        "by": QT_TRANSLATE_NOOP("ReportWords", "by {0}"),
        "planned": QT_TRANSLATE_NOOP("ReportWords", "planned"),
        "done": QT_TRANSLATE_NOOP("ReportWords", "done"),
        "dropped": QT_TRANSLATE_NOOP("ReportWords", "dropped"),
        "expected": QT_TRANSLATE_NOOP("ReportWords", "Supposed to happen"),
        "happened": QT_TRANSLATE_NOOP("ReportWords", "Actually happened"),
        "why": QT_TRANSLATE_NOOP("ReportWords", "Why the difference"),
        "next_time": QT_TRANSLATE_NOOP("ReportWords", "Next time"),
        "asset": QT_TRANSLATE_NOOP("ReportWords", "Knowledge asset"),
        "round_of": QT_TRANSLATE_NOOP("ReportWords", "Round"),
    },
)


def pw(key: str, lang: str) -> str:
    return WORDS(key, lang)


# --- gathering (a database, not a session: the views open their own) ----------------------


def with_team_plans(database, data, lang: str):
    """The team report's data with each role's plan (agreed levels, spreads, actions)."""
    found = {
        role.analysis.role: plans.team_plan(
            database,
            data.team.id,
            data.round.id,
            role.analysis.role,
            lang,
            data.include_incomplete,
        )
        for role in data.roles
    }
    return dataclasses.replace(data, plans=found)


def with_person_actions(database, data, lang: str):
    """The personal report's data with the person's actions up to the report's round."""
    so_far = {r.id for r in data.rounds}
    found = plans.person_actions(database, data.person.id, None, lang)
    roles = {role.role.code for role in data.roles}
    mine = tuple(v for v in found if v.action.round_id in so_far and v.action.role in roles)
    return dataclasses.replace(data, actions=mine)


# --- the team report --------------------------------------------------------------------------


def team_plan_parts(
    plan: plans.TeamPlan | None,
    codes: Sequence[str],
    names: Mapping[str, str],
    scores: Mapping[str, Sequence[float]],
    labels: Mapping[str, str],
    lang: str,
) -> list[str]:
    """A role's agreed levels beside the self-ratings, and the round's actions; HTML parts."""
    if plan is None:
        return []
    parts: list[str] = []
    marked = [c for c in codes if c in plan.agreed or c in plan.worth]
    if not marked:
        parts.append(none_line(pw("agreed_title", lang), pw("agreed_none", lang)))
    else:
        rows = []
        for code in marked:
            held = sorted(scores.get(code, ()))
            agreed = plan.agreed.get(code)
            spread = plan.spreads.get(code)
            spread_text = "–" if spread is None else score_text(spread)
            rows.append(
                [
                    f"<b>{esc(code)}</b> {esc(names.get(code, ''))}",
                    esc(" · ".join(score_text(s) for s in held) or "–"),
                    ("● " if code in plan.worth else "") + spread_text,
                    f"<b>{agreed.level}</b>" if agreed else "–",
                    esc(agreed.reason) if agreed else "",
                ]
            )
        heads = [esc(w("competency", lang))]
        heads += [esc(pw(k, lang)) for k in ("self_ratings", "spread", "agreed", "reason")]
        parts.append(heading(pw("agreed_title", lang), 3))
        note = pw("agreed_note", lang).format(score_text(plan.spread_min))
        parts.append(f'<p class="note">{esc(note)}</p>')
        parts.append(
            table(
                heads,
                rows,
                widths=[33, 14, 9, 11, 33],
                align=["left", "center", "center", "center", "left"],
                cls="small",
                pad=2,
            )
        )
    parts += actions_parts(plan.actions, labels, lang, pw("actions_title", lang), learner=True)
    return parts


# --- both reports -----------------------------------------------------------------------------


def change_cell(view: plans.ActionView, lang: str) -> str:
    """ "+1.0 (รอบที่ 3)", or "no score yet": the change, never a verdict."""
    if view.change is None or view.next_round is None:
        return f'<span class="muted">{esc(pw("no_score", lang))}</span>'
    return f"<b>{change(view.change)}</b><br>{esc(view.next_round)}"


def actions_parts(
    actions: Sequence[plans.ActionView],
    labels: Mapping[str, str],
    lang: str,
    title: str,
    *,
    learner: bool,
    rounds: Mapping[str, str] | None = None,
    level: int = 3,
) -> list[str]:
    """The actions as a table under ``title`` (one line when there are none).

    ``labels`` (member id -> name or letter) names the members; ``learner`` adds the
    learner's column (the team report); ``rounds`` (round id -> title) adds each action's
    round (the personal report, which lists earlier rounds' actions too).
    """
    if not actions:
        return [none_line(title, w("none", lang))]
    rows = []
    for view in actions:
        a = view.action
        supplier = labels.get(a.supplier_id, view.supplier) if a.supplier_id else view.supplier
        what = esc(a.what)
        if a.due is not None:
            what += f" · {esc(pw('by', lang).format(format_date(a.due, lang)))}"
        for key, text in (
            ("expected", a.review.expected),
            ("happened", a.review.happened),
            ("why", a.review.why),
            ("next_time", a.review.next_time),
            ("asset", a.asset),
        ):
            if text:
                what += (
                    f'<br><span class="evidence">▸ <b>{esc(pw(key, lang))}:</b> {esc(text)}</span>'
                )
        row = [f"<b>{esc(a.competency)}</b> {esc(view.competency_name)}", esc(supplier), what]
        if learner:
            row.insert(0, esc(labels.get(a.learner_id, view.learner)))
        if rounds is not None:
            row.insert(0, esc(rounds.get(a.round_id, "")))
        row += [esc(pw(a.status, lang)), change_cell(view, lang)]
        rows.append(row)
    heads = [esc(pw(k, lang)) for k in ("from", "what", "status", "change_next")]
    heads.insert(0, esc(w("competency", lang)))
    widths = [22, 14, 40, 10, 14]
    if learner:
        heads.insert(0, esc(pw("learner", lang)))
        widths = [14, 18, 13, 33, 10, 12]
    if rounds is not None:
        heads.insert(0, esc(pw("round_of", lang)))
        widths = [10, 18, 12, 36, 10, 14]
    align = ["left"] * (len(heads) - 2) + ["center", "center"]
    listed = table(heads, rows, widths=widths, align=align, cls="small", pad=2)
    return [heading(title, level), listed]


# --- the hooks the two reports call -----------------------------------------------------------


def team_role_parts(data, role, lang: str) -> list[str]:
    """A team report role's plan, from its data (``data.plans`` filled by with_team_plans)."""
    a = role.analysis
    found = getattr(data, "plans", {}).get(a.role)
    if found is None or not role.rated:
        return []
    fw = data.framework
    names = {c.code: c.name.get(lang) for c in fw.competencies}
    scores = {code: [p[code] for p in a.profiles.values() if code in p] for code in fw.codes}
    return team_plan_parts(found, fw.codes, names, scores, data.labels, lang)


def person_parts(data, lang: str) -> list[str]:
    """The personal report's "my learning actions", earlier rounds' with their round."""
    actions = getattr(data, "actions", ())
    rounds = {r.id: r.title for r in data.rounds}
    several = any(v.action.round_id != data.round.id for v in actions)
    return actions_parts(
        actions,
        {},
        lang,
        pw("my_actions", lang),
        learner=False,
        rounds=rounds if several else None,
        level=2,  # a section of its own, as the progress after it
    )


def chart_marks(data, role) -> dict:
    """The river's and the matrix's keyword arguments for a role's agreed levels and the
    competencies worth a conversation (nothing when the report has no plan for it)."""
    found = getattr(data, "plans", {}).get(role.analysis.role)
    if found is None:
        return {}
    return {
        "agreed": {code: a.level for code, a in found.agreed.items()},
        "worth": {code: found.spreads[code] for code in found.worth if code in found.spreads},
        "spread_min": found.spread_min,
    }
