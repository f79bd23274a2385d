"""Agreed levels and learning actions: read and written by their string ids, with history.

Ids are the same strings as everywhere in the store: the UUIDs of teams, rounds and people
(kmdesk.store.repo). Every change goes through learning_log, which keeps each one with its
time and PC so a merge of bundles can tell newer from older.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kmdesk.assess import cycle
from kmdesk.assess.cycle import Action, AgreedLevel, CycleError, Review
from kmdesk.store import learning_log as log
from kmdesk.store import models as m
from kmdesk.store.errors import StoreError
from kmdesk.store.pc import pc_id

SPREAD_KEY = "learning_spread_min"
# Agreed levels have the same id on every PC: made from what they are about.
AGREED_NAMESPACE = uuid.UUID("6b2f3c9e-4a1d-5e7b-9c08-3f1a2d4e5b6c")


class LearningProblem(StoreError, CycleError):
    """An agreed level or action the store does not take (a bad value or an unknown id)."""


class LearningNotFound(LearningProblem, LookupError):
    """No action (or team, round, person, competency) with that id."""


@dataclass(frozen=True)
class HistoryEntry:
    """One state an agreed level or action held, when and on which PC (for tests, diagnosis)."""

    changed_at: object
    pc: str
    deleted: bool
    values: dict


def _uid(value: str, what: str) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise LearningNotFound(f"no {what} with id {value!r}") from None


def _pk(session: Session, model, ident: str, what: str) -> int:
    pk = session.scalar(select(model.id).where(model.uid == _uid(ident, what)))
    if pk is None:
        raise LearningNotFound(f"no {what} with id {ident}")
    return pk


def _check_key(session: Session, role: str, competency: str) -> None:
    if role not in m.ROLE_CODES:
        raise LearningProblem(f"no role {role!r}; roles: {', '.join(m.ROLE_CODES)}")
    if session.get(m.Competency, competency) is None:
        raise LearningNotFound(f"no competency {competency!r}")


def agreed_uid(team_id: str, round_id: str, role: str, competency: str) -> uuid.UUID:
    """The id of the agreed level about this team, round, role and competency (every PC)."""
    return uuid.uuid5(AGREED_NAMESPACE, f"{team_id}/{round_id}/{role}/{competency}".lower())


# --- agreed levels ---------------------------------------------------------------------


def set_agreed_level(db, agreed: AgreedLevel) -> None:
    """Record the level the team agreed (replacing any for the same key), with its reason."""
    try:
        level = cycle.check_level(agreed.level)
        reason = cycle.check_text(agreed.reason, "reason")
    except CycleError as exc:
        raise LearningProblem(str(exc)) from None
    with db.write() as session:
        _check_key(session, agreed.role, agreed.competency)
        values = {
            "team_id": _pk(session, m.Team, agreed.team_id, "team"),
            "round_id": _pk(session, m.Round, agreed.round_id, "round"),
            "role": agreed.role,
            "competency_code": agreed.competency,
            "level": level,
            "reason": reason,
        }
        uid = agreed_uid(agreed.team_id, agreed.round_id, agreed.role, agreed.competency)
        at = log.stamp(session, log.AGREED, uid)
        log.record(session, [log.Event(log.AGREED, uid, values, at, pc_id())])


def clear_agreed_level(db, team_id: str, round_id: str, role: str, competency: str) -> None:
    """Take back the agreed level (kept in the history as a clearing); nothing if none."""
    uid = agreed_uid(team_id, round_id, role, competency)
    with db.write() as session:
        if session.scalar(select(m.AgreedLevel.id).where(m.AgreedLevel.uid == uid)) is None:
            return
        values = {
            "team_id": _pk(session, m.Team, team_id, "team"),
            "round_id": _pk(session, m.Round, round_id, "round"),
            "role": role,
            "competency_code": competency,
            "level": None,
            "reason": "",
        }
        at = log.stamp(session, log.AGREED, uid)
        event = log.Event(log.AGREED, uid, values, at, pc_id(), deleted=True)
        log.record(session, [event])


def agreed_levels(db, team_id: str, round_id: str, role: str) -> dict[str, AgreedLevel]:
    """Competency code -> the team's agreed level in that round and role."""
    with db.session() as session:
        query = (
            select(m.AgreedLevel)
            .join(m.Team, m.Team.id == m.AgreedLevel.team_id)
            .join(m.Round, m.Round.id == m.AgreedLevel.round_id)
            .where(m.Team.uid == _uid(team_id, "team"), m.Round.uid == _uid(round_id, "round"))
            .where(m.AgreedLevel.role == role)
        )
        return {
            row.competency_code: AgreedLevel(
                team_id, round_id, role, row.competency_code, row.level, row.reason
            )
            for row in session.scalars(query)
        }


# --- learning actions ------------------------------------------------------------------


def _checked(action: Action) -> Action:
    try:
        status = cycle.check_status(action.status)
        what = cycle.check_text(action.what, "plan")
        source = cycle.check_text(action.source, "source")
        asset = cycle.check_text(action.asset, "knowledge asset")
        r = action.review
        review = Review(
            cycle.check_text(r.expected, "answer to what was supposed to happen"),
            cycle.check_text(r.happened, "answer to what actually happened"),
            cycle.check_text(r.why, "answer to why there was a difference"),
            cycle.check_text(r.next_time, "answer to what we will do next time"),
        )
    except CycleError as exc:
        raise LearningProblem(str(exc)) from None
    if not what:
        raise LearningProblem("an action needs a plan: what the learner will learn")
    supplier = action.supplier_id or None
    if supplier is None and not source:
        raise LearningProblem("an action needs someone to learn from: a member or a source")
    if supplier is not None and supplier == action.learner_id:
        raise LearningProblem("the learner cannot learn from themselves")
    return replace(
        action,
        status=status,
        what=what,
        source=source,
        asset=asset,
        review=review,
        supplier_id=supplier,
    )


def _values(session: Session, a: Action) -> dict:
    _check_key(session, a.role, a.competency)
    return {
        "team_id": _pk(session, m.Team, a.team_id, "team"),
        "round_id": _pk(session, m.Round, a.round_id, "round"),
        "role": a.role,
        "competency_code": a.competency,
        "learner_id": _pk(session, m.Facilitator, a.learner_id, "learner"),
        "supplier_id": (
            _pk(session, m.Facilitator, a.supplier_id, "member to learn from")
            if a.supplier_id
            else None
        ),
        "source": a.source,
        "what": a.what,
        "due": a.due,
        "status": a.status,
        "expected": a.review.expected,
        "happened": a.review.happened,
        "why": a.review.why,
        "next_time": a.review.next_time,
        "asset": a.asset,
    }


def add_action(db, action: Action) -> Action:
    """Store a new action (``id == ""``: the store gives it a UUID); returns what was stored."""
    action = _checked(action)
    if not action.id:
        action = replace(action, id=str(uuid.uuid4()))
    uid = _uid(action.id, "action")
    with db.write() as session:
        if session.scalar(select(m.LearningAction.id).where(m.LearningAction.uid == uid)):
            raise LearningProblem(f"an action with id {action.id} already exists")
        return _record_action(session, uid, action)


def save_action(db, action: Action) -> Action:
    """Replace every field of a stored action; returns what was stored."""
    action = _checked(action)
    uid = _uid(action.id, "action")
    with db.write() as session:
        if session.scalar(select(m.LearningAction.id).where(m.LearningAction.uid == uid)) is None:
            raise LearningNotFound(f"no action with id {action.id}")
        return _record_action(session, uid, action)


def _record_action(session, uid: uuid.UUID, action: Action) -> Action:
    """Log every field of the action as its latest event; what is stored now."""
    at = log.stamp(session, log.ACTION, uid)
    log.record(session, [log.Event(log.ACTION, uid, _values(session, action), at, pc_id())])
    return _read_one(session, uid)


def action(db, action_id: str) -> Action:
    with db.session() as session:
        return _read_one(session, _uid(action_id, "action"))


def _read_one(session: Session, uid: uuid.UUID) -> Action:
    found = _read(session, select(m.LearningAction).where(m.LearningAction.uid == uid))
    if not found:
        raise LearningNotFound(f"no action with id {uid}")
    return found[0][0]


def _read(session: Session, query) -> list[tuple[Action, str]]:
    """(action, learner's name) for each row of ``query``."""
    rows = list(session.scalars(query))
    teams = _uids(session, m.Team, {r.team_id for r in rows})
    rounds = _uids(session, m.Round, {r.round_id for r in rows})
    people = {r.learner_id for r in rows} | {r.supplier_id for r in rows if r.supplier_id}
    names = {}
    uids = {}
    if people:
        for pk, uid, name in session.execute(
            select(m.Facilitator.id, m.Facilitator.uid, m.Facilitator.name).where(
                m.Facilitator.id.in_(people)
            )
        ):
            uids[pk], names[pk] = str(uid), name
    return [
        (
            Action(
                id=str(r.uid),
                team_id=teams[r.team_id],
                round_id=rounds[r.round_id],
                role=r.role,
                competency=r.competency_code,
                # A person the login may not read (another team's, on a server) stays unnamed.
                learner_id=uids.get(r.learner_id, ""),
                what=r.what,
                supplier_id=uids.get(r.supplier_id) if r.supplier_id else None,
                source=r.source,
                due=r.due,
                status=r.status,
                review=Review(r.expected, r.happened, r.why, r.next_time),
                asset=r.asset,
            ),
            names.get(r.learner_id, ""),
        )
        for r in rows
    ]


def _uids(session: Session, model, pks: Iterable[int]) -> dict[int, str]:
    pks = set(pks)
    if not pks:
        return {}
    rows = session.execute(select(model.id, model.uid).where(model.id.in_(pks)))
    return {pk: str(uid) for pk, uid in rows}


def actions(
    db,
    *,
    team_id: str | None = None,
    round_id: str | None = None,
    role: str | None = None,
    learner_id: str | None = None,
) -> list[Action]:
    """The actions matching every filter given, by due date (none last), then learner name."""
    query = select(m.LearningAction)
    with db.session() as session:
        if team_id is not None:
            query = query.where(m.LearningAction.team_id == _pk(session, m.Team, team_id, "team"))
        if round_id is not None:
            rnd = _pk(session, m.Round, round_id, "round")
            query = query.where(m.LearningAction.round_id == rnd)
        if role is not None:
            query = query.where(m.LearningAction.role == role)
        if learner_id is not None:
            person = _pk(session, m.Facilitator, learner_id, "learner")
            query = query.where(m.LearningAction.learner_id == person)
        found = _read(session, query)
    found.sort(key=lambda pair: (pair[0].due is None, pair[0].due or 0, pair[1], pair[0].what))
    return [a for a, _ in found]


# --- settings and history --------------------------------------------------------------


def spread_min(db) -> float:
    """The spread (highest − lowest) at which a competency is worth a conversation."""
    with db.session() as session:
        row = session.get(m.Setting, SPREAD_KEY)
    try:
        return float(row.value) if row is not None else cycle.SPREAD_MIN
    except ValueError:
        return cycle.SPREAD_MIN


def set_spread_min(db, value: float) -> None:
    value = float(value)
    if not 0 < value <= 4:
        raise LearningProblem(
            f"{value:g} is not a spread on the 1–5 scale (more than 0, at most 4)"
        )
    with db.write() as session:
        row = session.get(m.Setting, SPREAD_KEY)
        if row is None:
            session.add(m.Setting(key=SPREAD_KEY, value=repr(value)))
        else:
            row.value = repr(value)


def learning_history(db, uid: str) -> list[HistoryEntry]:
    """Every state of the action or agreed level with this id, oldest first."""
    key = _uid(uid, "action or agreed level")
    with db.session() as session:
        found = log.history(session, log.ACTION, key) or log.history(session, log.AGREED, key)
    return [HistoryEntry(e.changed_at, e.pc, e.deleted, dict(e.values)) for e in found]
