"""learning.json to records: agreed levels and learning actions, every field checked."""

from __future__ import annotations

from kmdesk.assess.cycle import MAX_TEXT, STATUSES
from kmdesk.assess.scale import LEVELS
from kmdesk.exchange import bundle_check as c
from kmdesk.exchange.bundle_format import LEARNING
from kmdesk.store.bundle_records import LearningEventRec, LearningRec, Records
from kmdesk.store.models import ROLE_CODES

MAX_RECORDS = 100_000  # agreed levels or actions in one bundle
MAX_EVENTS = 10_000  # changes in one record's history
KEY = ("team", "round", "role", "competency")  # what an agreed level is about, for good
ACTION_TEXTS = ("source", "what", "expected", "happened", "why", "next_time", "asset")


def read(node: dict, out: Records) -> None:
    """Append the entry's records to ``out``, whose teams, people and rounds are read."""
    known = {
        "team": {t.uid for t in out.teams},
        "round": {r.uid for r in out.rounds},
        "person": {p.uid for p in out.people},
        "competency": {x.code for x in out.competencies},
    }
    for key, kind in (("agreed_levels", "agreed"), ("actions", "action")):
        where = f"{LEARNING} {key}"
        for i, item in enumerate(c.items(c.field(node, key, LEARNING), where, MAX_RECORDS)):
            at = f"{where}[{i}]"
            item = c.obj(item, at)
            events = c.history(
                item, at, MAX_EVENTS, lambda e, w, kind=kind: _event(kind, c.obj(e, w), w, known)
            )
            keys = {tuple(e.values[k] for k in KEY) for e in events}
            if kind == "agreed" and len(keys) > 1:
                raise c.Damaged(f"{at} history names more than one team, round, role or competency")
            uid = c.uid(c.field(item, "uid", at), f"{at} uid")
            out.learning.append(LearningRec(kind, uid, tuple(sorted(events, key=_order))))
        c.unique([r.uid for r in out.learning if r.kind == kind], where, "uid")


def _order(e: LearningEventRec):
    return e.order


def _ref(node: dict, key: str, where: str, known: set[str], optional=False) -> str | None:
    value = c.field(node, key, where)
    if optional and value is None:
        return None
    value = c.uid(value, f"{where} {key}")
    if value not in known:
        raise c.Damaged(f"{where} {key} is not among the bundle's records")
    return value


def _event(kind: str, node: dict, where: str, known: dict) -> LearningEventRec:
    role = c.field(node, "role", where)
    if role not in ROLE_CODES:
        raise c.Damaged(f"{where} role is not one of {', '.join(ROLE_CODES)}")
    competency = c.text(c.field(node, "competency", where), f"{where} competency", 8)
    if competency not in known["competency"]:
        raise c.Damaged(f"{where} competency is not in the bundle's framework")
    deleted = c.flag(c.field(node, "deleted", where), f"{where} deleted")
    values = {
        "team": _ref(node, "team", where, known["team"]),
        "round": _ref(node, "round", where, known["round"]),
        "role": role,
        "competency": competency,
    }
    if kind == "agreed":
        level = c.field(node, "level", where)
        if level is None and not deleted:
            raise c.Damaged(f"{where} level is missing")
        values["level"] = (
            None if level is None else c.whole(level, f"{where} level", LEVELS[0], LEVELS[-1])
        )
        values["reason"] = c.text(c.field(node, "reason", where), f"{where} reason", MAX_TEXT)
    else:
        if deleted:
            raise c.Damaged(f"{where} deleted: an action is never deleted")
        values["learner"] = _ref(node, "learner", where, known["person"])
        values["supplier"] = _ref(node, "supplier", where, known["person"], optional=True)
        for key in ACTION_TEXTS:
            values[key] = c.text(c.field(node, key, where), f"{where} {key}", MAX_TEXT)
        values["due"] = c.optional(c.field(node, "due", where), c.date, f"{where} due")
        status = c.field(node, "status", where)
        if status not in STATUSES:
            raise c.Damaged(f"{where} status is not one of {', '.join(STATUSES)}")
        values["status"] = status
    return LearningEventRec(
        values,
        deleted,
        c.time(c.field(node, "at", where), f"{where} at"),
        c.text(c.field(node, "pc", where), f"{where} pc", 36),
    )
