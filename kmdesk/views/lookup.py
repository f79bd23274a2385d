"""Finding teams, people, rounds and roles by what someone typed: one rule and one set of errors."""

# A name is compared with spacing and case aside. A person is found by their full name or by
# one whole word of it (a first name); a team by its full name; a round by its title, its date
# (ISO or Buddhist Era) or its number in date order; a role by its code or its Thai or English
# name. When nothing or several things match, the message names the closest ones.

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy.orm import Session

from kmdesk.assess.framework import parse_role
from kmdesk.assess.people import Facilitator, Round, Team, name_key, rounds_in_order
from kmdesk.assess.thaidate import DateError, parse_date
from kmdesk.store import frameworks, repo

T = TypeVar("T")
CLOSE = 5  # close matches named in a message
LISTED = 12  # everything listed when nothing is close, up to this many
CUTOFF = 0.5  # difflib's similarity from which a name counts as close


class NotFoundByName(LookupError):
    """Nothing matches what the user typed; the message names the closest, or the choices.

    The parts of the message are kept too, so a caller can word it in the user's language:
    ``kind`` (team, facilitator, round, role or several), ``typed``, ``where`` (the team
    searched in, or None), ``choices`` (the things named: tuples of plain values, per kind
    (name,), (name, team), (title, date), (code, Thai label)), ``near`` (True: close matches;
    False: the choices) and ``more`` (True: more choices than named).
    """

    kind: str = ""
    typed: str = ""
    where: str | None = None
    choices: tuple[tuple, ...] = ()
    near: bool = False
    more: bool = False

    def with_parts(self, kind: str, typed: str, where: str | None = None, **parts):
        self.kind, self.typed, self.where = kind, typed, where
        for name, value in parts.items():
            setattr(self, name, value)
        return self


class AmbiguousName(NotFoundByName):
    """Several people match what the user typed; the message lists them."""


def closest(typed: str, names: Sequence[str], n: int = CLOSE) -> list[int]:
    """Places in ``names`` of those nearest ``typed``: a shared whole word first (the more
    the nearer), then the most alike; at most ``n``."""
    key = name_key(typed)
    words = set(key.split())
    ranked = []
    for i, name in enumerate(names):
        other = name_key(name)
        shared = len(words & set(other.split()))
        alike = difflib.SequenceMatcher(None, key, other).ratio()
        if shared or (key and key in other) or alike >= CUTOFF:
            ranked.append((-shared, -alike, i))
    return [i for *_, i in sorted(ranked)[:n]]


def _missing(
    missing: str,
    typed: str,
    items: Sequence[T],
    name: Callable[[T], str],
    shown: Callable[[T], str],
    plural: str,
    parts: Callable[[T], tuple] = lambda x: (x,),
) -> NotFoundByName:
    """``missing`` ("no team named 'x'"), then the close matches, or else the choices."""
    near = closest(typed, [name(x) for x in items])
    if near:
        hint = "did you mean: " + ", ".join(shown(items[i]) for i in near) + "?"
        named = [items[i] for i in near]
    else:
        listed = ", ".join(shown(x) for x in items[:LISTED]) or "(none)"
        hint = f"{plural}: {listed}" + (" …" if len(items) > LISTED else "")
        named = list(items[:LISTED])
    found = NotFoundByName(f"{missing}; {hint}")
    found.choices = tuple(parts(x) for x in named)
    found.near, found.more = bool(near), not near and len(items) > LISTED
    return found


def match(typed: str, items: Sequence[T], name: Callable[[T], str], words: bool) -> list[T]:
    """Those whose name is ``typed`` (spacing and case aside); failing that, with ``words``,
    those of whose name ``typed`` is one whole word."""
    key = name_key(typed)
    found = [x for x in items if name_key(name(x)) == key]
    if not found and words and key and " " not in key:
        found = [x for x in items if key in name_key(name(x)).split()]
    return found


# --- teams and people ----------------------------------------------------------------------


def find_team(session: Session, name: str) -> Team:
    """A team by its full name."""
    exact = repo.team_named(session, name)  # the indexed look-up first: the usual case
    if exact is not None:
        return exact
    teams = repo.list_teams(session)
    found = match(name, teams, lambda t: t.name, words=False)
    if found:
        return found[0]  # team names are unique, spacing and case aside
    raise _missing(
        f"no team named {name!r}", name, teams, _name, _name, "teams", lambda t: (t.name,)
    ).with_parts("team", name)


def find_person(session: Session, name: str, team: Team | None = None) -> Facilitator:
    """A facilitator by their full name or one whole word of it, in ``team`` if given."""
    people = repo.list_facilitators(session, team.id if team else None)
    teams = {t.id: t.name for t in repo.list_teams(session)}
    return _person(name, people, teams, f" in team {team.name}" if team else "")


def find_member(roster: Sequence[Facilitator], wanted: str, team: Team) -> Facilitator:
    """A member of ``team`` (its ``roster``) by id, full name or one whole word of the name."""
    by_id = next((f for f in roster if f.id == wanted), None)
    if by_id is not None:
        return by_id
    return _person(wanted, roster, {team.id: team.name}, f" in team {team.name}")


def _person(
    name: str, people: Sequence[Facilitator], teams: dict[str, str], where: str
) -> Facilitator:
    def shown(p: Facilitator) -> str:
        return f"{p.name} ({teams.get(p.team_id or '', 'no team')})"

    found = match(name, people, _name, words=True)
    if len(found) == 1:
        return found[0]

    def parts(p: Facilitator) -> tuple:
        return (p.name, teams.get(p.team_id or ""))

    team = where.removeprefix(" in team ") or None
    if found:
        listed = ", ".join(shown(p) for p in found)
        raise AmbiguousName(
            f"{name!r} matches several facilitators{where}: {listed}; "
            "give the full name, or the team (--team)"
        ).with_parts("several", name, team, choices=tuple(parts(p) for p in found))
    raise _missing(
        f"no facilitator named {name!r}{where}", name, people, _name, shown, "facilitators", parts
    ).with_parts("facilitator", name, team)


def _name(x) -> str:
    return x.name


# --- rounds and roles ----------------------------------------------------------------------


def ordered_rounds(session: Session) -> list[Round]:
    """Every round in date order (kmdesk.assess.people.rounds_in_order)."""
    return rounds_in_order(repo.list_rounds(session))


def rounds_until(rounds: Sequence[Round], last: Round) -> list[Round]:
    """Those of ``rounds`` that come no later than ``last``, in date order."""
    ordered = rounds_in_order({r.id: r for r in (*rounds, last)}.values())
    cut = [r.id for r in ordered].index(last.id)
    held = {r.id for r in rounds}
    return [r for r in ordered[: cut + 1] if r.id in held]


def find_round(session: Session, spec: str) -> Round:
    """A round by its title, its date (ISO or Buddhist Era), or its number in date order."""
    rounds = ordered_rounds(session)
    found = match(spec, rounds, lambda r: r.title, words=False)
    if found:
        return found[0]
    try:
        day = parse_date(spec)
    except DateError:
        if spec.strip().isdigit() and 1 <= int(spec) <= len(rounds):
            return rounds[int(spec) - 1]
    else:
        on_day = [r for r in rounds if r.date == day]
        if on_day:
            return on_day[0]
    raise _missing(
        f"no round {spec!r}",
        spec,
        rounds,
        lambda r: r.title,
        lambda r: f"{r.title} ({r.date.isoformat()})",
        "rounds",
        lambda r: (r.title, r.date),
    ).with_parts("round", spec)


def latest_round(session: Session) -> Round | None:
    """The last round in date order; None before the first round."""
    rounds = ordered_rounds(session)
    return rounds[-1] if rounds else None


def find_role(session: Session, role: str) -> str:
    """A role's code from its code or its Thai or English name."""
    roles = frameworks.load_framework(session).roles
    found = parse_role(role, roles)
    if found is None:
        raise _missing(
            f"no role {role!r}",
            role,
            roles,
            lambda r: r.code,
            lambda r: f"{r.name.th} ({r.code})",
            "roles",
            lambda r: (r.code, r.name.th),
        ).with_parts("role", role)
    return found


# --- by id (the app and the report pass ids) -----------------------------------------------


def team_by_id(session: Session, team_id: str | None) -> Team | None:
    return next((t for t in repo.list_teams(session) if t.id == team_id), None)


def person_by_id(session: Session, person_id: str) -> Facilitator | None:
    return next((f for f in repo.list_facilitators(session) if f.id == person_id), None)


def round_by_id(session: Session, round_id: str) -> Round | None:
    return next((r for r in repo.list_rounds(session) if r.id == round_id), None)
