"""Planning a merge: match the bundles' records to this database, decide, and report."""

# Matching is by UUID, through the aliases remembered from earlier merges. A team or round
# of the same name under another UUID is the same one (an alias remembers it); a person of
# the same name and team under another UUID is "probably the same person", merged only when
# the user confirms. Ratings are unions of histories (kmdesk.store.ratings_log): the later
# change (rated_at, then PC id) wins, and nothing is lost. Bundles are taken in the order of
# their export time, so the same files in any order give the same plan.

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kmdesk.assess.people import name_key
from kmdesk.exchange import bundle_framework
from kmdesk.exchange.bundle_deletions import Deletions
from kmdesk.exchange.bundle_format import Manifest
from kmdesk.exchange.bundle_learning_plan import plan_learning
from kmdesk.exchange.bundle_report import (
    ADDED,
    CONFLICT,
    HERE,
    UNCHANGED,
    UPDATED,
    Deleted,
    MergeReport,
    RatingLine,
    SamePerson,
    Side,
    why_later,
)
from kmdesk.exchange.problems import rejected
from kmdesk.store import bundle_read
from kmdesk.store.bundle_records import (
    AliasRec,
    Changes,
    DeletionRec,
    EventRec,
    PersonRec,
    RatingKey,
    RatingRec,
    Records,
    RoundRec,
    TeamRec,
)


@dataclass(frozen=True)
class Bundle:
    """A bundle read and checked: its file's name, manifest and records."""

    file: str
    manifest: Manifest
    records: Records
    digest: str  # the manifest's checksums, to order bundles exported at the same moment

    @property
    def order(self) -> tuple:
        return (self.manifest.exported_at, self.manifest.pc, self.digest, self.file)


@dataclass
class Plan:
    changes: Changes
    report: MergeReport


class _Planner(Deletions):
    def __init__(self, session: Session, bundles: Sequence[Bundle], merge_people: bool):
        self.session = session
        self.bundles = sorted(bundles, key=lambda b: b.order)
        self.merge_people = merge_people
        self.state = bundle_read.read_state(session)
        self.changes = Changes()
        self.report = MergeReport([b.file for b in bundles], merged_people=merge_people)
        s = self.state
        self.teams = {t.uid: t for t in s.teams}
        self.people = {p.uid: p for p in s.people}
        self.rounds = {r.uid: r for r in s.rounds}
        self.origin: dict[str, str] = {}  # uid -> the file that brings it (not here)
        self.team_named = {name_key(t.name): t.uid for t in s.teams}
        self.round_named = {name_key(r.title): r.uid for r in s.rounds}
        self.person_named = {(p.team, name_key(p.name)): p.uid for p in s.people}
        self.alias = {a.uid: a.target for a in s.aliases}
        # (file, uid in the file) -> uid here
        self.mapped: dict[tuple[str, str], str] = {}
        # deleted UUIDs (here, or on a PC a bundle came from) -> the deletion
        self.dead: dict[str, DeletionRec] = {}
        # (file, uid in the file) of a deleted record -> its line in the report
        self.left_out: dict[tuple[str, str], Deleted] = {}

    # --- identities ------------------------------------------------------------------------

    def _known(self, kind: str) -> dict:
        return {"team": self.teams, "round": self.rounds, "facilitator": self.people}[kind]

    def resolve(self, uid: str) -> str:
        seen = set()
        while uid in self.alias and uid not in seen:
            seen.add(uid)
            uid = self.alias[uid]
        return uid

    def remember(self, uid: str, kind: str, target: str) -> None:
        if uid == target or uid in self.alias or uid in self._known(kind):
            return
        self.alias[uid] = target
        self.changes.aliases.append(AliasRec(uid, kind, target))

    def _where(self, uid: str) -> str:
        return self.origin.get(uid, HERE)

    def _aliases(self) -> None:
        """Mappings other PCs remembered: each side of one that is known here maps the other."""
        for b in self.bundles:
            for a in b.records.aliases:
                known = self._known(a.kind)
                here, there = self.resolve(a.uid), self.resolve(a.target)
                if there in known and here not in known:
                    self.remember(a.uid, a.kind, there)
                elif here in known and there not in known:
                    self.remember(a.target, a.kind, here)

    def _teams(self) -> None:
        for b in self.bundles:
            for t in b.records.teams:
                if self._is_dead(t.uid):
                    self._leave_out(b.file, "team", t.uid, t.name)
                    continue
                uid = self.resolve(t.uid)
                if uid in self.teams:
                    here = self.teams[uid]
                    if here.name != t.name:
                        self.report.notes.append(
                            f"team {here.name!r} is named {t.name!r} in {b.file}"
                        )
                elif name_key(t.name) in self.team_named:
                    uid = self.team_named[name_key(t.name)]
                    self.remember(t.uid, "team", uid)
                    self.report.matched.append(f"team {t.name} in {b.file}")
                else:
                    self._add_team(t, b.file)
                self.mapped[(b.file, t.uid)] = uid

    def _add_team(self, t: TeamRec, file: str) -> None:
        self.teams[t.uid] = t
        self.team_named[name_key(t.name)] = t.uid
        self.origin[t.uid] = file
        self.changes.teams.append(t)
        self.report.new_teams.append(t.name)

    def _rounds(self) -> None:
        for b in self.bundles:
            for r in b.records.rounds:
                if self._is_dead(r.uid):
                    self._leave_out(b.file, "round", r.uid, r.title)
                    continue
                uid = self.resolve(r.uid)
                if uid in self.rounds:
                    self._same_round(b.file, self.rounds[uid], r, by_name=False)
                elif name_key(r.title) in self.round_named:
                    uid = self.round_named[name_key(r.title)]
                    self._same_round(b.file, self.rounds[uid], r, by_name=True)
                    self.remember(r.uid, "round", uid)
                    self.report.matched.append(f"round {r.title} in {b.file}")
                else:
                    self.rounds[r.uid] = r
                    self.round_named[name_key(r.title)] = r.uid
                    self.origin[r.uid] = b.file
                    self.changes.rounds.append(r)
                    self.report.new_rounds.append(r.title)
                self.mapped[(b.file, r.uid)] = uid

    def _same_round(self, file: str, here: RoundRec, there: RoundRec, by_name: bool) -> None:
        where = self._where(here.uid)
        if here.version != there.version:
            raise rejected(
                file,
                f"round {there.title!r} is on framework version {there.version} in this file "
                f"and on version {here.version} in {where}",
            )
        if here.held_on != there.held_on and by_name:
            raise rejected(
                file,
                f"round {there.title!r} is dated {there.held_on.isoformat()} in this file and "
                f"{here.held_on.isoformat()} in {where}; correct the date on one PC, then send "
                "the bundle again",
            )
        if (here.title, here.held_on) != (there.title, there.held_on):
            self.report.notes.append(
                f"round {here.title!r} ({here.held_on.isoformat()}) is {there.title!r} "
                f"({there.held_on.isoformat()}) in {file}"
            )

    def _people(self) -> None:
        for b in self.bundles:
            for p in b.records.people:
                if self._is_dead(p.uid):
                    self._leave_out(b.file, "facilitator", p.uid, p.name)
                    continue
                team = self.mapped.get((b.file, p.team)) if p.team is not None else None
                uid = self.resolve(p.uid)
                named = (team, name_key(p.name))
                if uid in self.people:
                    self._same_person(b.file, self.people[uid], p, team)
                elif named in self.person_named:
                    uid = self.person_named[named]
                    self.report.same_people.append(
                        SamePerson(
                            p.name, self._team_name(team), b.file, p.uid, uid, self._where(uid)
                        )
                    )
                    if self.merge_people:
                        self.remember(p.uid, "facilitator", uid)
                else:
                    added = PersonRec(p.uid, p.name, p.agency, team, p.active)
                    self.people[p.uid] = added
                    self.person_named[named] = p.uid
                    self.origin[p.uid] = b.file
                    self.changes.people.append(added)
                    self.report.new_people.append(f"{p.name} ({self._team_name(team)})")
                self.mapped[(b.file, p.uid)] = uid

    def _same_person(self, file: str, here: PersonRec, there: PersonRec, team: str | None):
        differs = [
            what
            for what, mine, theirs in (
                ("name", here.name, there.name),
                ("agency", here.agency, there.agency),
                ("team", self._team_name(here.team), self._team_name(team)),
                ("active", here.active, there.active),
            )
            if mine != theirs
        ]
        if differs:
            self.report.notes.append(
                f"{here.name} ({self._team_name(here.team)}): {', '.join(differs)} differ in {file}"
            )

    def _team_name(self, uid: str | None) -> str:
        return self.teams[uid].name if uid in self.teams else "no team"

    # --- ratings ---------------------------------------------------------------------------

    def _ratings(self) -> None:
        incoming: dict[RatingKey, list[tuple[str, RatingRec]]] = defaultdict(list)
        for b in self.bundles:
            for r in b.records.ratings:
                person, round_uid, role, code = r.key
                if self._deleted_in(b.file, (person, round_uid), "ratings"):
                    self._left_out_line(b, r)
                    continue
                key = (self.mapped[(b.file, person)], self.mapped[(b.file, round_uid)], role, code)
                incoming[key].append((b.file, r))
        local_people = {key[0] for key in incoming if key[0] not in self.origin}
        here = {
            r.key: r
            for r in bundle_read.read_ratings(self.session, local_people)
            if r.key in incoming
        }
        for key in sorted(incoming):
            self._rating(key, here.get(key), incoming[key])

    def _line(self, key: RatingKey, status: str, before, after, winner: str, sides=(), why=""):
        person, round_uid, role, code = key
        p = self.people[person]
        where = (p.name, self._team_name(p.team), self.rounds[round_uid].title, role, code)
        self.report.ratings.append(RatingLine(*where, status, before, after, winner, sides, why))

    def _rating(self, key: RatingKey, here: RatingRec | None, sources) -> None:
        if here is None and len(sources) == 1:
            # new here, from one file: the usual case, taken whole
            file, r = sources[0]
            self.changes.fresh.add(key)
            self._line(key, ADDED, None, r.events[-1], file)
            self.changes.events.extend((key, e) for e in r.events)
            if r.uid and not r.events[-1].deleted:
                self.changes.rating_uids[key] = r.uid
            return
        known = {e.order: e for e in here.events} if here else {}
        if here is None:
            self.changes.fresh.add(key)
        places = ([(HERE, here)] if here else []) + sources
        new: dict[tuple, EventRec] = {}
        for _file, r in sources:
            for e in r.events:
                if e.order not in known:
                    new.setdefault(e.order, e)
        latest = [(source, r.events[-1], {e.order for e in r.events}) for source, r in places]
        winner = max((e for _, e, _ in latest), key=lambda e: e.order)
        holders = [orders for _, e, orders in latest if e.order == winner.order]
        losers = [
            Side(source, e)
            for source, e, orders in latest
            if e.value != winner.value
            and winner.order not in orders
            and not any(e.order in held for held in holders)
        ]
        before = here.events[-1] if here else None
        if losers:
            status = CONFLICT
        elif here is None:
            status = ADDED
        elif new and before.value != winner.value:
            status = UPDATED
        else:
            status = UNCHANGED
        won_by = next(source for source, e, _ in latest if e.order == winner.order)
        reason = ""
        if losers:
            reason = why_later(Side(won_by, winner), max(losers, key=lambda s: s.event.order))
        sides = (Side(won_by, winner), *losers) if losers else ()
        self._line(key, status, before, winner, won_by, sides, reason)
        self.changes.events.extend((key, e) for e in new.values())
        if not winner.deleted:
            # The same rating made on two PCs has two ids: the smallest is kept, so any
            # order of merges (A then B, B then A, both at once) leaves the same row.
            uids = [r.uid for _, r in places if r.uid]
            mine = here.uid if here else None
            if uids and (new or mine) and min(uids) != mine:
                self.changes.rating_uids[key] = min(uids)

    def plan(self) -> Plan:
        used = bundle_read.versions_with_rounds(self.session)
        bundle_framework.plan_framework(self.state, self.bundles, used, self.changes, self.report)
        bundle_framework.plan_settings(
            self.state,
            self.bundles,
            bundle_read.has_ratings(self.session),
            self.changes,
            self.report,
        )
        self._aliases()
        self._deletions()
        self._teams()
        self._rounds()
        self._people()
        self._aliases()  # again: mappings to what the bundles just added
        self._ratings()
        self.report.learning = plan_learning(
            self.session, self._learning_alive(), self.mapped, self.changes
        )
        self.report.deleted += sorted(
            self.left_out.values(), key=lambda d: (d.file, d.kind, d.name)
        )
        self.report.ratings.sort(key=lambda x: (x.team, x.person, x.round, x.role, x.indicator))
        self.report.history_added = len(self.changes.events)
        return Plan(self.changes, self.report)


def plan_merge(session: Session, bundles: Sequence[Bundle], merge_people: bool) -> Plan:
    """What merging ``bundles`` into the database of ``session`` writes, and its report.

    Raises FileRejected for a bundle that cannot be merged (a framework version or round
    that differs); nothing is written here either way.
    """
    return _Planner(session, bundles, merge_people).plan()
