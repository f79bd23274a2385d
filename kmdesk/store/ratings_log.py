"""The one way a rating changes: append an event to its history, then show the latest.

Every writer (a save in the app, undo, copying a round, an import, a merge of files from
other PCs) goes through here, so the history is whole and the rating row always equals
its latest event, ordered by (rated_at, pc).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, delete, insert, or_, select, tuple_, update
from sqlalchemy.orm import Session

from kmdesk.assess.notes import InvalidNote, clean_note
from kmdesk.store import models as m
from kmdesk.store.pc import pc_id
from kmdesk.store.server_errors import NoteRefused

Key = tuple[int, int, str, int]  # facilitator pk, round pk, role, indicator pk
BATCH = 5000  # rows a statement is given at a time, so what it copies stays small


@dataclass(frozen=True)
class Change:
    """One value for one rating: a level (None: not sure), a note, or a clearing."""

    key: Key
    level: int | None
    evidence: str
    rated_at: dt.datetime
    pc: str
    deleted: bool = False

    @property
    def order(self) -> tuple:
        return (naive(self.rated_at), self.pc)


def naive(when: dt.datetime) -> dt.datetime:
    # SQLite gives times back without their zone; compare every time in UTC, zone-less.
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when


def kept_note(text: str) -> str:
    """The note as saved, or NoteRefused: the ratings file's rules, so every kept note
    exports and comes back exactly."""
    try:
        return clean_note(text)
    except InvalidNote as exc:
        raise NoteRefused(f"{exc}; nothing was saved") from None


def change(key: Key, level, evidence: str, *, deleted: bool = False) -> Change:
    """A change made now, on this PC."""
    return Change(key, level, evidence, m.utcnow(), pc_id(), deleted)


def _event_row(c: Change) -> dict:
    fac, rnd, role, ind = c.key
    return {
        "facilitator_id": fac,
        "round_id": rnd,
        "role": role,
        "indicator_id": ind,
        "level": c.level,
        "evidence": c.evidence,
        "deleted": c.deleted,
        "rated_at": c.rated_at,
        "pc": c.pc,
    }


def _key_filter(model, keys: Iterable[Key]):
    keys = list(keys)
    columns = (model.facilitator_id, model.round_id, model.role, model.indicator_id)
    if len(keys) == 1:
        return and_(*(col == value for col, value in zip(columns, keys[0], strict=True)))
    if not keys:
        return or_(False)
    # SQLite 3.40 scans the whole index for a row-value IN; naming the people first lets it
    # seek, which keeps a merge of many bundles linear instead of quadratic.
    people = model.facilitator_id.in_(sorted({k[0] for k in keys}))
    return and_(people, tuple_(*columns).in_(keys))


def record(session: Session, changes: Iterable[Change]) -> int:
    """Append ``changes`` to the history and bring each rating row up to its latest event.

    A change already in the history (same rating, time and PC) is not added twice, so a
    file merged twice changes nothing. Returns the number of events added.
    """
    wanted: dict[tuple, Change] = {}
    for c in changes:
        wanted[(*c.key, naive(c.rated_at), c.pc)] = c
    if not wanted:
        return 0
    keys = {c.key for c in wanted.values()}
    stored = _latest_events(session, keys, known := set())
    new = [c for k, c in wanted.items() if k not in known]
    _insert_events(session, new)
    # The history read above plus what was just added is the whole history of these
    # ratings, so the rows are brought up to date without reading the events again.
    latest = {c.key: stored[c.key] for c in new if c.key in stored}
    for c in new:
        if c.key not in latest or c.order > latest[c.key].order:
            latest[c.key] = c
    _show_latest(session, latest)
    return len(new)


def _latest_events(session: Session, keys: set[Key], seen: set | None = None) -> dict[Key, Change]:
    """Each rating's latest event; ``seen`` is given every event's (key, time, PC)."""
    # Columns, not ORM objects: a merge of many files reads a six-figure number of events.
    e = m.RatingEvent
    latest: dict[Key, Change] = {}
    for chunk in _chunks(sorted(keys, key=str), 300):
        events = select(*_key_columns(e), e.level, e.evidence, e.rated_at, e.pc, e.deleted)
        for f, rnd, role, i, *value in session.execute(events.where(_key_filter(e, chunk))):
            c = Change((f, rnd, role, i), *value)
            if seen is not None:
                seen.add((*c.key, naive(c.rated_at), c.pc))
            if c.key not in latest or c.order > latest[c.key].order:
                latest[c.key] = c
    return latest


def record_fresh(session: Session, changes: Iterable[Change], uids: dict) -> int:
    """Ratings with no history here at all (a merge's new people and rounds): their events
    are added and each row shows its latest, with its id from ``uids`` (key -> UUID), with
    nothing read first. Each change comes once, its time in UTC (a merge's plan sees to
    both). Returns the number of events added."""
    # In key order: the rating table is kept in that order (WITHOUT ROWID) and the history
    # is indexed by person, so rows go in at the end rather than all over the tree (twice
    # as fast for a 100-bundle merge's rating rows).
    new = sorted(changes, key=_key_of)
    _insert_events(session, new)
    latest: dict[Key, Change] = {}
    for c in new:
        shown = latest.get(c.key)
        if shown is None or (c.rated_at, c.pc) > (shown.rated_at, shown.pc):
            latest[c.key] = c
    rows = [
        {
            **dict(zip(_KEY, c.key, strict=True)),
            "level": c.level,
            "evidence": c.evidence,
            "rated_at": c.rated_at,
            "pc": c.pc,
            "uid": uids.get(c.key) or uuid.uuid4(),
        }
        for c in latest.values()
        if not c.deleted
    ]
    session.expire_all()  # the bulk statements bypass the identity map
    for chunk in _chunks(rows, BATCH):
        insert_many(session, _RATINGS, chunk)
    return len(new)


def _key_of(c: Change) -> Key:
    return c.key


def record_local(session: Session, changes: Iterable[Change], existing: Iterable[Key]) -> None:
    """Changes made just now on this PC: newer than anything stored, so no merging is needed.

    ``existing`` names the ratings that already have a row (the caller has looked).
    """
    changes = list(changes)
    if not changes:
        return
    have = set(existing)
    _insert_events(session, changes)
    _show(session, changes, have, have)


def _insert_events(session: Session, changes: list[Change]) -> None:
    for chunk in _chunks(changes, BATCH):
        insert_many(session, m.RatingEvent.__table__, [_event_row(c) for c in chunk])


def insert_many(session: Session, table, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys) with one executemany.

    Not the ORM's bulk insert, which keeps a copy of every row it is given. On SQLite the
    rows go to the driver with SQLAlchemy's own conversion of each value (times, UUIDs),
    a quarter of the time Core takes per row; elsewhere through Core.
    """
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    names = list(rows[0])
    filled = [c for c in table.columns if c.name not in names and c.default is not None]
    if not all(c.default.is_scalar or c.default.is_callable for c in filled):
        conn.execute(insert(table), rows)  # a default made by SQL: Core knows how
        return
    columns = [table.c[name] for name in names] + filled
    dialect = conn.dialect
    convert = [
        (i, f)
        for i, c in enumerate(columns)
        if (f := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    sql = (
        f'INSERT INTO "{table.name}" ({", ".join(c.name for c in columns)}) '
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    made = [(c.default.arg, c.default.is_callable) for c in filled]
    seen: dict[tuple[int, object], object] = {}  # a batch repeats one time and one PC
    params = []
    for row in rows:
        values = [row[name] for name in names]
        values += [arg(None) if is_callable else arg for arg, is_callable in made]
        for i, f in convert:
            value = values[i]
            if value is not None:
                key = (i, value)
                converted = seen.get(key) if i < len(names) else None
                if converted is None:
                    converted = f(value)
                    if len(seen) < 64:
                        seen[key] = converted
                values[i] = converted
        params.append(tuple(values))
    conn.exec_driver_sql(sql, params)


def _show(session: Session, shown: Iterable[Change], present: set, stale: set) -> None:
    """Make the rating rows show ``shown``: insert where no row is ``present``, update the
    ``stale`` ones, remove a present row whose latest change was a clearing."""
    inserts, updates, gone = [], [], []
    for c in shown:
        pk = dict(zip(("facilitator_id", "round_id", "role", "indicator_id"), c.key, strict=True))
        values = {"level": c.level, "evidence": c.evidence, "rated_at": c.rated_at, "pc": c.pc}
        if c.deleted:
            if c.key in present:
                gone.append(c.key)
        elif c.key not in present:
            inserts.append({**pk, **values})
        elif c.key in stale:
            updates.append({**pk, **values})
    session.expire_all()  # the bulk statements below bypass the identity map
    conn = session.connection()
    for chunk in _chunks(inserts, BATCH):
        insert_many(session, _RATINGS, chunk)
    for chunk in _chunks(updates, BATCH):
        conn.execute(_UPDATE_BY_KEY, [_by_key(row) for row in chunk])
    for chunk in _chunks(gone, 300):
        session.execute(delete(m.Rating).where(_key_filter(m.Rating, chunk)))


_RATINGS = m.Rating.__table__
_KEY = ("facilitator_id", "round_id", "role", "indicator_id")
# One UPDATE for many rows (executemany), found by the natural key given as k_<column>.
_UPDATE_BY_KEY = update(_RATINGS).where(
    *(_RATINGS.c[name] == bindparam(f"k_{name}") for name in _KEY)
)


def _by_key(row: dict) -> dict:
    """A rating's values with its key renamed to the parameters of _UPDATE_BY_KEY."""
    return {(f"k_{name}" if name in _KEY else name): value for name, value in row.items()}


def _key_columns(model) -> tuple:
    return (model.facilitator_id, model.round_id, model.role, model.indicator_id)


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _refresh(session: Session, keys: set[Key]) -> None:
    """Make each rating row equal its latest event (or remove it if that was a clearing)."""
    if keys:
        _show_latest(session, _latest_events(session, keys))


def _show_latest(session: Session, latest: dict[Key, Change]) -> None:
    """Make each rating row of ``latest``'s keys show its change there."""
    if not latest:
        return
    r = m.Rating
    current = {}
    for chunk in _chunks(sorted(latest, key=str), 300):
        shown = select(*_key_columns(r), r.level, r.evidence, r.rated_at, r.pc)
        for f, rnd, role, i, level, evidence, at, pc in session.execute(
            shown.where(_key_filter(r, chunk))
        ):
            current[(f, rnd, role, i)] = (level, evidence, naive(at), pc)
    stale = {
        key
        for key, c in latest.items()
        if key in current and current[key] != (c.level, c.evidence, naive(c.rated_at), c.pc)
    }
    _show(session, latest.values(), set(current), stale)


def put_back(session: Session, key: Key, level, evidence: str, rated_at: dt.datetime) -> None:
    """Undo or redo: the rating exactly as it was at ``rated_at``, later changes taken back.

    Events after ``rated_at`` are this session's own changes being undone, so they are
    removed rather than outvoted; the value at ``rated_at`` is added back if it is gone
    (a redo). The row then shows it, time included.
    """
    at = naive(rated_at)
    later = [c for c in history(session, key) if naive(c.rated_at) > at]
    for c in later:
        session.execute(
            delete(m.RatingEvent).where(
                _key_filter(m.RatingEvent, [key]),
                m.RatingEvent.rated_at == c.rated_at,
                m.RatingEvent.pc == c.pc,
            )
        )
    same_time = [c for c in history(session, key) if naive(c.rated_at) == at]
    if not any((c.level, c.evidence, c.deleted) == (level, evidence, False) for c in same_time):
        session.execute(
            insert(m.RatingEvent),
            [_event_row(Change(key, level, evidence, rated_at, pc_id()))],
        )
    _refresh(session, {key})


def history(session: Session, key: Key) -> list[Change]:
    """Every value the rating held, oldest first."""
    events = session.scalars(select(m.RatingEvent).where(_key_filter(m.RatingEvent, [key])))
    changes = [Change(key, e.level, e.evidence, e.rated_at, e.pc, e.deleted) for e in events]
    return sorted(changes, key=lambda c: c.order)
