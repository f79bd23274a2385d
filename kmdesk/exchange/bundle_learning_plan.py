"""Planning the merge of agreed levels and learning actions: unions of histories, newer wins.

Like ratings (bundle_plan): each record's history here and in every file is joined, the
latest change (time, then PC id) is what the record shows, and nothing is lost. The teams,
rounds and people the records name are mapped to this database's first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from kmdesk.exchange.bundle_report import ADDED, UNCHANGED, UPDATED
from kmdesk.store import learning_bundle
from kmdesk.store.bundle_records import Changes, LearningEventRec
from kmdesk.store.learning import agreed_uid

REFERENCES = ("team", "round", "learner", "supplier")
KINDS = ("agreed", "action")


def _here(event: LearningEventRec, file: str, mapped: Mapping[tuple[str, str], str]):
    values = dict(event.values)
    for key in REFERENCES:
        if values.get(key) is not None:
            values[key] = mapped[(file, values[key])]
    return LearningEventRec(values, event.deleted, event.at, event.pc)


def _shown(event: LearningEventRec | None) -> tuple | None:
    if event is None:
        return None
    return (tuple(sorted(event.values.items(), key=lambda kv: kv[0])), event.deleted)


def plan_learning(
    session: Session,
    bundles: Sequence,
    mapped: Mapping[tuple[str, str], str],
    changes: Changes,
) -> dict[str, dict[str, int]]:
    """Add the bundles' new learning events to ``changes``; return, per kind ("agreed",
    "action"), how many records are added, updated and unchanged."""
    incoming: dict[tuple[str, str], list[LearningEventRec]] = defaultdict(list)
    for b in bundles:
        for r in b.records.learning:
            events = [_here(e, b.file, mapped) for e in r.events]
            uid = r.uid
            if r.kind == "agreed":
                # Its id is made from what it is about, here: a team known here under
                # another id still meets its own agreed levels.
                v = events[-1].values
                uid = str(agreed_uid(v["team"], v["round"], v["role"], v["competency"]))
            incoming[(r.kind, uid)].extend(events)
    counts = {kind: {ADDED: 0, UPDATED: 0, UNCHANGED: 0} for kind in KINDS}
    if not incoming:
        return counts
    here = {(r.kind, r.uid): r for r in learning_bundle.read_learning(session)}
    for (kind, uid), events in sorted(incoming.items()):
        local = here.get((kind, uid))
        known = {e.order for e in local.events} if local else set()
        new: dict[tuple, LearningEventRec] = {}
        for e in events:
            if e.order not in known:
                new.setdefault(e.order, e)
        before = local.events[-1] if local else None
        after = max([*events, *(local.events if local else ())], key=lambda e: e.order)
        if local is None:
            status = ADDED
        elif new and _shown(before) != _shown(after):
            status = UPDATED
        else:
            status = UNCHANGED
        counts[kind][status] += 1
        changes.learning.extend((kind, uid, e) for e in sorted(new.values(), key=_order))
    return counts


def _order(e: LearningEventRec):
    return e.order
