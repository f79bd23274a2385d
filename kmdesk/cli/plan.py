"""``kmdesk plan``: agreed levels and learning actions from the command line (issue 14)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from kmdesk.cli.common import UserError, open_db
from kmdesk.cli.explain import explain
from kmdesk.cli.language import current as lang
from kmdesk.cli.language import translate
from kmdesk.wording import QT_TRANSLATE_NOOP, Words

WORDS = Words(
    "CliPlan",
    {
        "agreed": QT_TRANSLATE_NOOP("CliPlan", "Agreed levels"),
        "worth": QT_TRANSLATE_NOOP("CliPlan", "Worth a conversation (spread at least {0}):"),
        "ids": QT_TRANSLATE_NOOP("CliPlan", "Action ids:"),
    },
)
SHORT_ID = 8  # characters of an action's id that `plan list` shows and `done`/`review` take


def _team_options(parser, role_required: bool) -> None:
    parser.add_argument("--team", required=True, help=translate("CliHelp", "team name, e.g. ท่าไร่"))
    parser.add_argument(
        "--round",
        required=True,
        help=translate("CliHelp", "round title, date, or number in date order"),
    )
    parser.add_argument(
        "--role",
        required=role_required,
        default=None,
        help=translate("CliHelp", "coordinator, process_lead or recorder (or Thai)"),
    )


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Register ``plan list|add|done|review|agree`` on the main parser's sub-commands."""
    plan = sub.add_parser(
        "plan",
        parents=[common],
        help=translate(
            "CliHelp", "agreed levels and learning actions: list, add, done, review, agree"
        ),
        description=translate(
            "CliHelp",
            "The learning cycle after the river: the level the team agreed, who "
            "learns what from whom by when, and the after-action review.",
        ),
    )
    actions = plan.add_subparsers(dest="plan_action", metavar="ACTION", required=True)
    if not any("--lang" in a.option_strings for a in common._actions):
        # The shared options may carry --lang already (then main sets args.lang).
        lang = argparse.ArgumentParser(add_help=False)
        lang.add_argument("--lang", choices=("th", "en"), default=argparse.SUPPRESS)
        common = argparse.ArgumentParser(add_help=False, parents=[common, lang])
    listing = actions.add_parser(
        "list", parents=[common], help=translate("CliHelp", "a round's plan")
    )
    _team_options(listing, role_required=False)
    listing.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))

    add = actions.add_parser(
        "add", parents=[common], help=translate("CliHelp", "add a learning action")
    )
    _team_options(add, role_required=True)
    add.add_argument(
        "--competency", required=True, help=translate("CliHelp", "competency code, e.g. S3")
    )
    add.add_argument(
        "--learner", required=True, help=translate("CliHelp", "who learns (name or one word of it)")
    )
    source = add.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--from", dest="supplier", help=translate("CliHelp", "a team member to learn from")
    )
    source.add_argument("--source", help=translate("CliHelp", "an outside source, in words"))
    add.add_argument("--what", required=True, help=translate("CliHelp", "what the learner will do"))
    add.add_argument(
        "--due", help=translate("CliHelp", "by when: YYYY-MM-DD (2025 or Buddhist Era 2568)")
    )

    done = actions.add_parser(
        "done", parents=[common], help=translate("CliHelp", "mark an action done")
    )
    done.add_argument(
        "id", help=translate("CliHelp", "the action's id (its first 8 characters will do)")
    )
    done.add_argument(
        "--dropped", action="store_true", help=translate("CliHelp", "mark it dropped instead")
    )

    review = actions.add_parser(
        "review",
        parents=[common],
        help=translate("CliHelp", "write an action's after-action review"),
    )
    review.add_argument(
        "id", help=translate("CliHelp", "the action's id (its first 8 characters will do)")
    )
    review.add_argument(
        "--expected", required=True, help=translate("CliHelp", "what was supposed to happen")
    )
    review.add_argument(
        "--happened", required=True, help=translate("CliHelp", "what actually happened")
    )
    review.add_argument(
        "--why", required=True, help=translate("CliHelp", "why there was a difference")
    )
    review.add_argument(
        "--next", required=True, help=translate("CliHelp", "what we will do next time")
    )
    review.add_argument(
        "--asset", help=translate("CliHelp", "what it produced: a note or a file path")
    )

    agree = actions.add_parser(
        "agree", parents=[common], help=translate("CliHelp", "record the agreed level")
    )
    _team_options(agree, role_required=True)
    agree.add_argument(
        "--competency", required=True, help=translate("CliHelp", "competency code, e.g. S3")
    )
    agree.add_argument("--level", required=True, type=int, choices=range(1, 6))
    agree.add_argument(
        "--reason", required=True, help=translate("CliHelp", "why the team agreed on it")
    )


def run(args) -> int:
    """Run ``kmdesk plan ACTION``; the world's mistakes raise UserError."""
    from kmdesk.views import NotFoundByName

    args.lang = getattr(args, "lang", None) or "th"
    database = open_db(args)
    try:
        return {
            "list": _list,
            "add": _add,
            "done": _done,
            "review": _review,
            "agree": _agree,
        }[args.plan_action](database, args)
    except NotFoundByName as exc:
        raise UserError(explain(exc)) from None
    finally:
        database.dispose()


def _where(database, args):
    """(team, round, role or None) named by the options."""
    from kmdesk import views

    with database.session() as session:
        team = views.find_team(session, args.team)
        rnd = views.find_round(session, args.round)
        role = views.find_role(session, args.role) if args.role else None
    return team, rnd, role


def _competency(database, rnd, code: str) -> str:
    from kmdesk.store.frameworks import load_framework

    with database.session() as session:
        codes = load_framework(session, rnd.framework_version).codes
    wanted = code.strip().upper()
    if wanted not in codes:
        raise UserError(
            translate("Cli", "--competency: no competency {0}; competencies: {1}").format(
                repr(code), ", ".join(codes)
            )
        )
    return wanted


def _list(database, args) -> int:
    from kmdesk.views.learning import plan_text, team_plan

    team, rnd, role = _where(database, args)
    roles = [role] if role else _roles(database, rnd)
    plans = {r: team_plan(database, team.id, rnd.id, r, args.lang) for r in roles}
    if args.json:
        out = {
            "team": team.name,
            "round": rnd.title,
            "roles": {r: learning_json(p) for r, p in plans.items()},
        }
        if role:
            out = {
                "team": team.name,
                "round": rnd.title,
                "role": role,
                **learning_json(plans[role]),
            }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r, p in plans.items():
        if len(plans) > 1:
            print(f"== {r} ==")
        if p.agreed:
            print(WORDS("agreed", args.lang))
            for code, agreed in p.agreed.items():
                print(f"  {code}: {agreed.level}  {agreed.reason}")
        if p.worth:
            print(WORDS("worth", args.lang).format(f"{p.spread_min:g}"))
            print("  " + ", ".join(f"{c} ({p.spreads[c]:.1f})" for c in p.worth))
        print(plan_text(p, args.lang), end="")
        if p.actions:
            print(WORDS("ids", args.lang))
            for number, v in enumerate(p.actions, 1):
                print(f"  {number}. {v.action.id}")
    return 0


def _roles(database, rnd) -> list[str]:
    from kmdesk.store.frameworks import load_framework

    with database.session() as session:
        return list(load_framework(session, rnd.framework_version).role_codes)


def _person(database, name: str, team, option: str):
    from kmdesk import views

    with database.session() as session:
        try:
            return views.find_person(session, name, team)
        except views.NotFoundByName as exc:
            raise UserError(f"{option}: {explain(exc)}") from None


def _add(database, args) -> int:
    from kmdesk.assess.cycle import Action
    from kmdesk.assess.thaidate import DateError, parse_date
    from kmdesk.store import learning

    team, rnd, role = _where(database, args)
    code = _competency(database, rnd, args.competency)
    learner = _person(database, args.learner, team, "--learner")
    supplier = _person(database, args.supplier, team, "--from") if args.supplier else None
    due = None
    if args.due:
        try:
            due = parse_date(args.due)
        except DateError:
            raise UserError(
                translate(
                    "Cli",
                    "--due: {0} is not a date; write YYYY-MM-DD, e.g. 2568-03-31 or 2025-03-31",
                ).format(repr(args.due))
            ) from None
    added = learning.add_action(
        database,
        Action(
            id="",
            team_id=team.id,
            round_id=rnd.id,
            role=role,
            competency=code,
            learner_id=learner.id,
            what=args.what,
            supplier_id=supplier.id if supplier else None,
            source=args.source or "",
            due=due,
        ),
    )
    print(translate("Cli", "Action added: {0}").format(added.id))
    return 0


def find_action(database, wanted: str):
    """The action whose id is ``wanted`` or starts with it (at least SHORT_ID characters)."""
    from kmdesk.store import learning

    text = wanted.strip().lower()
    found = [a for a in learning.actions(database) if a.id == text]
    if not found and len(text) >= SHORT_ID:
        found = [a for a in learning.actions(database) if a.id.startswith(text)]
    if len(found) == 1:
        return found[0]
    if found:
        raise UserError(
            translate("Cli", "{0} is the start of several actions' ids; give more of it").format(
                repr(wanted)
            )
        )
    raise UserError(
        translate("Cli", "no action with id {0} (kmdesk plan list shows the ids)").format(
            repr(wanted)
        )
    )


def _done(database, args) -> int:
    from kmdesk.store import learning

    found = find_action(database, args.id)
    status = "dropped" if args.dropped else "done"
    learning.save_action(database, replace(found, status=status))
    from kmdesk.views.learning import WORDS as PLAN_WORDS

    print(translate("Cli", "Action {0} is now {1}").format(found.id, PLAN_WORDS(status, lang())))
    return 0


def _review(database, args) -> int:
    from kmdesk.assess.cycle import Review
    from kmdesk.store import learning

    found = find_action(database, args.id)
    review = Review(args.expected, args.happened, args.why, args.next)
    asset = found.asset if args.asset is None else args.asset
    learning.save_action(database, replace(found, review=review, asset=asset))
    print(translate("Cli", "Review saved for action {0}").format(found.id))
    return 0


def _agree(database, args) -> int:
    from kmdesk.assess.cycle import AgreedLevel
    from kmdesk.store import learning

    team, rnd, role = _where(database, args)
    code = _competency(database, rnd, args.competency)
    learning.set_agreed_level(
        database, AgreedLevel(team.id, rnd.id, role, code, args.level, args.reason)
    )
    print(translate("Cli", "Agreed level {0} for {1} saved").format(args.level, code))
    return 0


def _num(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def learning_json(plan) -> dict:
    """The keys ``kmdesk analyze --json`` and ``plan list --json`` add (README documents them)."""
    return {
        "agreed": {code: {"level": a.level, "reason": a.reason} for code, a in plan.agreed.items()},
        "worth_a_conversation": [
            {"competency": code, "spread": _num(plan.spreads[code]), "threshold": plan.spread_min}
            for code in plan.worth
        ],
        "actions": [_action_json(v) for v in plan.actions],
    }


def _action_json(v) -> dict:
    a = v.action
    return {
        "id": a.id,
        "competency": a.competency,
        "competency_name": v.competency_name,
        "learner": v.learner,
        "learner_id": a.learner_id,
        "supplier": v.supplier,
        "supplier_id": a.supplier_id,
        "source": a.source,
        "what": a.what,
        "due": a.due.isoformat() if a.due else None,
        "status": a.status,
        "review": {
            "expected": a.review.expected,
            "happened": a.review.happened,
            "why": a.review.why,
            "next_time": a.review.next_time,
        },
        "asset": a.asset,
        "before": _num(v.before),
        "after": _num(v.after),
        "next_round": v.next_round,
        "change": _num(v.change),
    }


def analysis_learning(database, analysis) -> dict:
    """The learning-cycle keys of ``kmdesk analyze --json`` for the analysed team and round."""
    from kmdesk.views.learning import team_plan

    a = analysis
    # the sums already made for the analysis, not made a second time (issue 13, goal 6)
    return learning_json(team_plan(database, a.team.id, a.round.id, a.role, analysis=a))
