"""What a merge did, or would do: every rating accounted for, conflicts explained."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kmdesk.store.bundle_records import EventRec

ADDED, UPDATED, UNCHANGED, CONFLICT = "added", "updated", "unchanged", "conflict"
STATUSES = (ADDED, UPDATED, UNCHANGED, CONFLICT)
KEPT_DELETED = "kept deleted"  # the report file's status of a rating left out (see LeftOut)
HERE = "this database"
CSV_HEADER = (
    "person",
    "team",
    "round",
    "role",
    "indicator",
    "status",
    "before",
    "after",
    "kept_from",
    "reason",
)
NOTE_SHOWN = 40  # characters of a note shown beside a level


def value_text(event: EventRec | None) -> str:
    """A rating's value as the report shows it: a level, ? (not sure) or cleared, and its note."""
    if event is None:
        return "(none)"
    if event.deleted:
        return "cleared"
    level = "?" if event.level is None else str(event.level)
    note = " ".join(event.evidence.split())
    if len(note) > NOTE_SHOWN:
        note = note[: NOTE_SHOWN - 1] + "…"
    return f'{level} "{note}"' if note else level


def when_text(event: EventRec) -> str:
    return f"{event.at:%Y-%m-%d %H:%M:%S} UTC, PC {event.pc[:8] or '(before history)'}"


@dataclass(frozen=True)
class Side:
    """One place's latest change to a rating: this database or a file."""

    source: str
    event: EventRec


@dataclass(frozen=True)
class RatingLine:
    """One rating the bundles carry and what became of it."""

    person: str
    team: str
    round: str
    role: str
    indicator: str
    status: str
    before: EventRec | None  # latest change here before the merge (None: none)
    after: EventRec  # latest change after it
    winner: str = ""  # where the value kept came from
    sides: tuple[Side, ...] = ()  # conflicts: each place's latest value
    reason: str = ""

    @property
    def label(self) -> str:
        return f"{self.person} ({self.team}) / {self.round} / {self.role} / {self.indicator}"


@dataclass(frozen=True)
class SamePerson:
    """A person from a file with the same name and team as one here, under another UUID."""

    name: str
    team: str
    file: str
    file_uid: str
    here_uid: str
    here_from: str  # HERE, or the file that brought the person


@dataclass(frozen=True)
class Deleted:
    """A round (or person, team) deleted on some PC, and what a merge did about it.

    ``file`` is HERE for a round here that another PC deleted (the merge deletes it too,
    with ``ratings`` and ``plans`` its ratings and agreed levels and actions); else the file
    that still holds a deleted record, kept deleted, its ratings and plans left out.
    """

    kind: str  # "round", "facilitator" or "team"
    name: str
    file: str
    at: dt.datetime  # when it was deleted (naive UTC)
    pc: str
    ratings: int = 0
    plans: int = 0


@dataclass(frozen=True)
class LeftOut:
    """A rating in a file that was left out, as it names something deleted."""

    person: str
    team: str
    round: str
    role: str
    indicator: str
    file: str
    deleted: Deleted


@dataclass
class MergeReport:
    """Everything a merge added, kept, matched or found in conflict."""

    files: list[str]
    dry_run: bool = False
    ratings: list[RatingLine] = field(default_factory=list)
    new_teams: list[str] = field(default_factory=list)
    new_people: list[str] = field(default_factory=list)
    new_rounds: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)  # same name, other UUID: now one
    same_people: list[SamePerson] = field(default_factory=list)
    merged_people: bool = False  # same_people were merged as the user confirmed
    framework: list[str] = field(default_factory=list)  # versions and competencies added
    notes: list[str] = field(default_factory=list)  # differences kept as they are here
    history_added: int = 0  # changes added to rating histories
    # "agreed" (levels) and "action" -> how many were added, updated, unchanged
    learning: dict[str, dict[str, int]] = field(default_factory=dict)
    deleted: list[Deleted] = field(default_factory=list)  # deletions met, see Deleted
    left_out: list[LeftOut] = field(default_factory=list)  # each rating of a deleted record

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(line.status for line in self.ratings)
        return {status: found.get(status, 0) for status in STATUSES}

    @property
    def conflicts(self) -> list[RatingLine]:
        return [line for line in self.ratings if line.status == CONFLICT]

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.same_people) and not self.merged_people

    def lines(self) -> list[str]:
        """The report as the command prints it."""
        counts = self.counts
        verb = "would be" if self.dry_run else "were"
        out = [
            # the count after its word: "1 conflicts" read wrong, and a number never needs a plural
            f"Ratings in {', '.join(self.files)}: added {counts[ADDED]}, updated "
            f"{counts[UPDATED]}, unchanged {counts[UNCHANGED]}, conflicts {counts[CONFLICT]}"
            + (" (dry run: nothing was written)" if self.dry_run else "")
        ]
        for kind, label in (("agreed", "Agreed levels"), ("action", "Learning actions")):
            found = self.learning.get(kind, {})
            if any(found.values()):
                out.append(
                    f"{label}: added {found.get(ADDED, 0)}, updated {found.get(UPDATED, 0)}, "
                    f"unchanged {found.get(UNCHANGED, 0)}"
                )
        for label, names in (
            ("new teams", self.new_teams),
            ("new people", self.new_people),
            ("new rounds", self.new_rounds),
        ):
            if names:
                out.append(f"{label} {verb} added: {', '.join(sorted(names))}")
        out += [deleted_text(d, self.dry_run) for d in self.deleted]
        out += [f"framework: {line}" for line in self.framework]
        out += [f"matched by name: {line}" for line in self.matched]
        for same in self.same_people:
            merged = "would be merged as one" if self.dry_run else "merged as one"
            done = merged if self.merged_people else "not merged"
            out.append(
                f"probably the same person: {same.name} ({same.team}) in {same.file} and in "
                f"{same.here_from} have different ids ({done})"
            )
        out += [f"kept as it is here: {line}" for line in self.notes]
        for line in self.conflicts:
            out.append(f"conflict: {line.label}")
            out += [f"    {side.source}: {value_text(side.event)}" for side in line.sides]
            out.append(f"    kept: {value_text(line.after)} from {line.winner}; {line.reason}")
        return out

    def write_csv(self, path: str | os.PathLike) -> None:
        """Every rating of the report, one row each (UTF-8 with BOM, as Excel reads Thai)."""
        with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_HEADER)
            for line in self.ratings:
                writer.writerow(
                    [
                        line.person,
                        line.team,
                        line.round,
                        line.role,
                        line.indicator,
                        line.status,
                        value_text(line.before),
                        value_text(line.after),
                        line.winner,
                        line.reason,
                    ]
                )
            for out in self.left_out:
                d = out.deleted
                writer.writerow(
                    [
                        out.person,
                        out.team,
                        out.round,
                        out.role,
                        out.indicator,
                        KEPT_DELETED,
                        "",
                        "",
                        "",
                        f"{KIND_WORD[d.kind]} {d.name} was deleted ({d.at:%Y-%m-%d %H:%M} UTC, "
                        f"PC {d.pc[:8]}); the rating in {out.file} was left out",
                    ]
                )


KIND_WORD = {"round": "round", "facilitator": "person", "team": "team"}


def deleted_text(d: Deleted, dry_run: bool) -> str:
    """One deletion's line of the report, in English."""
    when = f"{d.at:%Y-%m-%d %H:%M} UTC, PC {d.pc[:8]}"
    if d.file == HERE:
        verb = "would be deleted here too" if dry_run else "deleted here too"
        return (
            f"deleted on another PC, {verb}: {KIND_WORD[d.kind]} {d.name} ({when}), with its "
            f"{d.ratings} ratings and {d.plans} agreed levels and actions"
        )
    return (
        f"deleted here, kept deleted: {KIND_WORD[d.kind]} {d.name} in {d.file} (deleted "
        f"{when}); its {d.ratings} ratings and {d.plans} agreed levels and actions in the "
        "file were left out"
    )


def why_later(winner: Side, loser: Side) -> str:
    """Why ``winner``'s change is kept over ``loser``'s."""
    if winner.event.at == loser.event.at:
        return (
            f"both changed at {winner.event.at:%Y-%m-%d %H:%M:%S} UTC; the PC id decides "
            f"({winner.event.pc[:8]} comes after {loser.event.pc[:8]})"
        )
    return (
        f"the later change wins: {when_text(winner.event)} is after {when_text(loser.event)}; "
        f"{value_text(loser.event)} stays in the rating's history"
    )


def naive_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
