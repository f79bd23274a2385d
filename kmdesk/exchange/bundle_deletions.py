"""Deleted records in a merge: what was deleted stays deleted, and travels to other PCs."""

# A mixin of the merge planner (bundle_plan._Planner), whose state it shares: a UUID
# deleted here or on a bundle's PC ("tombstones", kmdesk.store.deletions) is never added
# again; a round here that another PC deleted is deleted here too. What a file still holds
# of a deleted record is left out, counted on the report's line for it, row by row in the
# report file.

from __future__ import annotations

from dataclasses import replace

from kmdesk.assess.people import name_key
from kmdesk.exchange.bundle_learning_plan import REFERENCES
from kmdesk.exchange.bundle_report import HERE, Deleted, LeftOut
from kmdesk.store import deletions, rounds
from kmdesk.store.bundle_records import DeletionRec, RatingRec


class Deletions:
    """The planner's handling of deletions (see the module's comment)."""

    def _deletions(self) -> None:
        """What was deleted, here or on the bundles' PCs; what another PC deleted goes here too.

        A UUID deleted anywhere is never added again (sync tools' "tombstones"), whichever
        order the bundles come in. kmdesk deletes only rounds; a person or team listed as
        deleted but still here is kept, with a note.
        """
        here = {d.uid: d for d in deletions.read_deletions(self.session)}
        theirs: dict[str, DeletionRec] = {}
        for b in self.bundles:
            for d in b.records.deletions:
                if d.uid not in here and (d.uid not in theirs or d.at < theirs[d.uid].at):
                    theirs[d.uid] = d
        self.changes.deletions = sorted(theirs.values(), key=lambda d: (d.at, d.uid))
        self.dead = here | theirs
        for uid in sorted(self.dead):
            target = self.resolve(uid)
            d = self.dead[uid]
            if target in self.rounds:
                r = self.rounds.pop(target)
                del self.round_named[name_key(r.title)]
                self.changes.removed_rounds.append(target)
                contents = rounds.round_contents(self.session, target)
                self.report.deleted.append(
                    Deleted("round", r.title, HERE, d.at, d.pc, contents.ratings, contents.plans)
                )
                self.dead.setdefault(target, d)
            elif target in self.people or target in self.teams:
                del self.dead[uid]
                here_rec = self.people.get(target) or self.teams[target]
                self.report.notes.append(
                    f"{here_rec.name} is deleted on another PC; kmdesk deletes only rounds, "
                    "so it stays here"
                )

    def _is_dead(self, uid: str) -> bool:
        return uid in self.dead or self.resolve(uid) in self.dead

    def _leave_out(self, file: str, kind: str, uid: str, name: str) -> None:
        d = self.dead.get(uid) or self.dead[self.resolve(uid)]
        self.left_out[(file, uid)] = Deleted(kind, name, file, d.at, d.pc)

    def _deleted_in(self, file: str, uids, what: str) -> bool:
        """Whether a record naming ``uids`` in ``file`` is left out, as it names something
        deleted; counted on that deletion's line of the report."""
        if not self.left_out:
            return False
        for uid in uids:
            if (file, uid) in self.left_out:
                line = self.left_out[(file, uid)]
                self.left_out[(file, uid)] = replace(line, **{what: getattr(line, what) + 1})
                return True
        return False

    def _left_out_line(self, b, r: RatingRec) -> None:
        """A rating of something deleted, named as the file names it, for the row-by-row
        report (``--report``): every rating a bundle carries has its row."""
        person, round_uid, role, code = r.key
        p = next(x for x in b.records.people if x.uid == person)
        team = next((t.name for t in b.records.teams if t.uid == p.team), "no team")
        title = next(x.title for x in b.records.rounds if x.uid == round_uid)
        gone = self.left_out.get((b.file, round_uid)) or self.left_out[(b.file, person)]
        self.report.left_out.append(LeftOut(p.name, team, title, role, code, b.file, gone))

    def _learning_alive(self) -> list:
        """The bundles without the agreed levels and actions of what was deleted."""
        kept = []
        for b in self.bundles:
            alive = [
                r
                for r in b.records.learning
                if not self._deleted_in(
                    b.file,
                    {e.values.get(k) for e in r.events for k in REFERENCES} - {None},
                    "plans",
                )
            ]
            kept.append(replace(b, records=replace(b.records, learning=alive)))
        return kept
