"""``kmdesk analyze`` and ``kmdesk framework``: a team's sums and the framework, as text or JSON."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from kmdesk.cli.common import UserError, open_db
from kmdesk.cli.explain import explain
from kmdesk.cli.plan import analysis_learning

if TYPE_CHECKING:
    from kmdesk.views import TeamAnalysis


def cmd_analyze(args) -> int:
    from kmdesk import views

    database = open_db(args)
    try:
        with database.session() as session:
            role = views.find_role(session, args.role)
            team = views.find_team(session, args.team)
            rnd = views.find_round(session, args.round)
            result = views.analyze_team(session, team, rnd, role)
        learning = analysis_learning(database, result) if args.json else {}
    except views.NotFoundByName as exc:
        raise UserError(explain(exc)) from None
    finally:
        database.dispose()
    if args.json:
        json.dump({**analysis_json(result), **learning}, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        from kmdesk.cli.text import analysis_text

        print(analysis_text(result, args.lang))
    return 0


def cmd_framework(args) -> int:
    from kmdesk.cli.text import framework_text
    from kmdesk.store.frameworks import load_framework, load_targets

    database = open_db(args)
    try:
        with database.session() as session:
            text = framework_text(load_framework(session), load_targets(session), args.lang)
    finally:
        database.dispose()
    print(text)
    return 0


def _num(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _member(a: TeamAnalysis, f) -> dict:
    answers = a.completeness_of(f.id)
    return {
        "id": f.id,
        "name": f.name,
        "agency": f.agency,
        "active": f.active,
        # answered (not-sure included) of the round's active indicators, in this role
        "complete": answers.complete,
        "rated": answers.rated,
        "of": answers.of,
    }


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
        "members": [_member(a, f) for f in a.members],
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
