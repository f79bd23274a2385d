"""ratings.json to records: each rating and its history checked, the usual one quickly."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from kmdesk.assess.notes import note_problem, tidy_note
from kmdesk.assess.scale import LEVELS
from kmdesk.exchange import bundle_check as c
from kmdesk.exchange.bundle_format import RATINGS
from kmdesk.store.bundle_records import EventRec, RatingRec, Records
from kmdesk.store.models import ROLE_CODES

MAX_RATINGS = 200_000  # as many as one ratings file may hold
MAX_EVENTS = 10_000  # changes in one rating's history (every click in the app is one)
MAX_TOTAL_EVENTS = 1_000_000


def read(node: dict, out: Records) -> None:
    """Append the entry's ratings to ``out``, whose people, rounds and versions are read."""
    where = RATINGS
    people = {p.uid for p in out.people}
    rounds = {r.uid: r.version for r in out.rounds}
    codes = {v.number: {i.code for i in v.indicators} for v in out.versions}
    total = 0
    for i, item in enumerate(c.items(c.field(node, "ratings", where), where, MAX_RATINGS)):
        rating = _fast_rating(item, people, rounds, codes) or _rating(
            item, f"{where} ratings[{i}]", people, rounds, codes
        )
        total += len(rating.events)
        if total > MAX_TOTAL_EVENTS:
            raise c.Damaged(f"{where} holds more than {MAX_TOTAL_EVENTS:,} changes")
        out.ratings.append(_kept_note(rating, item, f"{where} ratings[{i}]", out))
    c.unique([r.key for r in out.ratings], f"{where} ratings", "rating")


def _kept_note(rating: RatingRec, item: dict, at: str, out: Records) -> RatingRec:
    """The rating with its current note as the store keeps notes (tidied), or NoteBroken.

    Only the newest change is the rating's value, which kmdesk shows, exports and saves
    again; older changes are history and keep what they held, as the PC that made them did.
    """
    newest = rating.events[-1]
    if newest.deleted:
        return rating
    note = tidy_note(newest.evidence)
    problem = note_problem(note)
    if problem:
        n = next(
            n
            for n, node in enumerate(item["history"])
            if node.get("evidence") == newest.evidence and node.get("pc") == newest.pc
        )
        person, round_uid, role, code = rating.key
        name = next(p.name for p in out.people if p.uid == person)
        title = next(r.title for r in out.rounds if r.uid == round_uid)
        raise c.NoteBroken(
            f"{at} history[{n}] evidence", f"{name}, {title}, {role}, {code}", problem
        )
    if note == newest.evidence:
        return rating
    return replace(rating, events=(*rating.events[:-1], replace(newest, evidence=note)))


def _rating(item: object, at: str, people, rounds, codes) -> RatingRec:
    """A rating checked field by field; the message names what is wrong."""
    item = c.obj(item, at)
    person = c.uid(c.field(item, "person", at), f"{at} person")
    round_uid = c.uid(c.field(item, "round", at), f"{at} round")
    role = c.field(item, "role", at)
    indicator = c.text(c.field(item, "indicator", at), f"{at} indicator", 16)
    if person not in people or round_uid not in rounds:
        raise c.Damaged(f"{at} names a person or round the bundle does not hold")
    if role not in ROLE_CODES:
        raise c.Damaged(f"{at} role is not one of {', '.join(ROLE_CODES)}")
    if indicator not in codes[rounds[round_uid]]:
        raise c.Damaged(f"{at} indicator is not in its round's framework version")
    events = c.history(item, at, MAX_EVENTS, _event)
    return RatingRec(
        (person, round_uid, role, indicator),
        c.optional(c.field(item, "uid", at), c.uid, f"{at} uid"),
        tuple(sorted(events, key=lambda e: e.order)),
    )


def _event(node: object, where: str) -> EventRec:
    node = c.obj(node, where)
    level = c.field(node, "level", where)
    return EventRec(
        None if level is None else c.whole(level, f"{where} level", LEVELS[0], LEVELS[-1]),
        c.text(c.field(node, "evidence", where), f"{where} evidence"),
        c.flag(c.field(node, "deleted", where), f"{where} deleted"),
        c.time(c.field(node, "at", where), f"{where} at"),
        c.text(c.field(node, "pc", where), f"{where} pc", 36),
    )


# The usual rating, taken without building a message for every field: a hundred bundles
# hold 150,000 of them. Whatever this does not take as plainly sound goes to _rating,
# which accepts no more than this does, and says what is wrong.


def _fast_rating(item: object, people, rounds, codes) -> RatingRec | None:
    if type(item) is not dict:
        return None
    person, round_uid = item.get("person"), item.get("round")
    role, indicator, uid = item.get("role"), item.get("indicator"), item.get("uid")
    history = item.get("history")
    if not (
        type(person) is str
        and type(round_uid) is str
        and person in people
        and round_uid in rounds
        and role in ROLE_CODES
        and type(indicator) is str
        and indicator in codes[rounds[round_uid]]
        and "uid" in item
        and (uid is None or c.canonical_uid(uid))
        and type(history) is list
        and 0 < len(history) <= MAX_EVENTS
    ):
        return None
    events = []
    for node in history:
        event = _fast_event(node)
        if event is None:
            return None
        events.append(event)
    if len(events) > 1:
        events.sort(key=lambda e: e.order)
        if len({e.order for e in events}) != len(events):
            return None
    return RatingRec((person, round_uid, role, indicator), uid, tuple(events))


def _fast_event(node: object) -> EventRec | None:
    if type(node) is not dict:
        return None
    level, evidence, deleted = node.get("level"), node.get("evidence"), node.get("deleted")
    at, pc = node.get("at"), node.get("pc")
    if not (
        (level is None or (type(level) is int and LEVELS[0] <= level <= LEVELS[-1]))
        and type(evidence) is str
        and len(evidence) <= c.MAX_TEXT
        and type(deleted) is bool
        and type(pc) is str
        and len(pc) <= 36
        and "level" in node
    ):
        return None
    try:
        if type(at) is str and len(at) == 27 and at[26] == "Z" and at[19] == "." and _shaped(at):
            # as kmdesk writes it; fromisoformat reads ASCII digits only, as _TIME allows
            when = dt.datetime.fromisoformat(at[:26])
        else:
            when = c.time(at, "")
    except (c.Damaged, ValueError):
        return None
    return EventRec(level, evidence, deleted, when, pc)


def _shaped(at: str) -> bool:
    return at[4] == at[7] == "-" and at[10] == "T" and at[13] == at[16] == ":"
