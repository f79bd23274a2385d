"""Choosing what a bundle carries: one person, a team, a round, or the whole database."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from kmdesk import __version__
from kmdesk.exchange import bundle_format, bundle_zip
from kmdesk.exchange.bundle_format import FORMAT_VERSION, Manifest
from kmdesk.exchange.bundle_report import naive_now
from kmdesk.store import bundle_read, deletions, learning_bundle
from kmdesk.store.bundle_records import Records
from kmdesk.store.pc import pc_id


@dataclass(frozen=True)
class Selection:
    """What to send, by id: everything, or a person, a team and/or a round.

    ``labels`` are the names as the user chose them, written into the manifest so the
    receiving PC can say what the bundle is.
    """

    everything: bool = False
    person: str | None = None
    team: str | None = None
    round: str | None = None
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Exported:
    path: Path
    size: int
    counts: dict[str, int]


def chosen_records(session: Session, selection: Selection) -> Records:
    """The records ``selection`` names, with the framework versions and aliases they need."""
    state = bundle_read.read_state(session)
    if selection.everything:
        state.ratings = bundle_read.read_ratings(session)
        state.learning = learning_bundle.read_learning(session)
        return state
    rounds = {selection.round} if selection.round else None
    if selection.person:
        people = {selection.person}
    elif selection.team:
        people = {p.uid for p in state.people if p.team == selection.team}
    elif rounds:
        people = bundle_read.people_who_rated(session, rounds)
    else:
        people = set()
    ratings = bundle_read.read_ratings(session, people, rounds)
    round_uids = set(rounds or ()) | {r.key[1] for r in ratings}
    chosen_people = [p for p in state.people if p.uid in people]
    team_uids = {p.team for p in chosen_people if p.team} | (
        {selection.team} if selection.team else set()
    )
    chosen_rounds = [r for r in state.rounds if r.uid in round_uids]
    numbers = {r.version for r in chosen_rounds}
    uids = people | team_uids | round_uids
    records = Records(
        competencies=state.competencies,
        versions=[v for v in state.versions if v.number in numbers],
        targets=state.targets,
        pair_values=state.pair_values,
        teams=[t for t in state.teams if t.uid in team_uids],
        people=chosen_people,
        rounds=chosen_rounds,
        ratings=ratings,
        aliases=[a for a in state.aliases if a.target in uids],
    )
    only = {selection.person} if selection.person else None
    records.learning = learning_bundle.read_learning(session, team_uids, rounds, only)
    return _with_references(records, state)


def _with_references(records: Records, state: Records) -> Records:
    """``records`` with the people, teams, rounds and versions its learning records name
    (a member of another team to learn from, say), so the bundle is whole."""
    values = [e.values for r in records.learning for e in r.events]
    people = {v[k] for v in values for k in ("learner", "supplier") if v.get(k)}
    have = {p.uid for p in records.people}
    records.people += [p for p in state.people if p.uid in people - have]
    teams = {v["team"] for v in values} | {p.team for p in records.people if p.team}
    have = {t.uid for t in records.teams}
    records.teams += [t for t in state.teams if t.uid in teams - have]
    rounds = {v["round"] for v in values}
    have = {r.uid for r in records.rounds}
    records.rounds += [r for r in state.rounds if r.uid in rounds - have]
    numbers = {r.version for r in records.rounds}
    have = {v.number for v in records.versions}
    records.versions += [v for v in state.versions if v.number in numbers - have]
    uids = {p.uid for p in records.people} | {t.uid for t in records.teams} | rounds
    have = {a.uid for a in records.aliases}
    records.aliases += [a for a in state.aliases if a.target in uids and a.uid not in have]
    return records


def export_bundle(database, path: str | os.PathLike, selection: Selection) -> Exported:
    """Write the bundle of ``selection`` to ``path`` (a .kmdesk file); FileRejected if the
    path is refused (another kind of file is never replaced)."""
    with database.session() as session:
        records = chosen_records(session, selection)
        # Every bundle carries every deletion known here: it is how they reach each PC.
        records.deletions = deletions.read_deletions(session)
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        app_version=__version__,
        pc=pc_id(),
        exported_at=naive_now(),
        everything=selection.everything,
        selection=dict(selection.labels),
    )
    size = bundle_zip.write_entries(path, bundle_format.encode(records, manifest))
    return Exported(Path(path), size, bundle_format.counts_of(records))
