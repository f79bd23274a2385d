"""Plain records of a database by UUID, as bundles carry them between PCs."""

# Teams, people and rounds are known by UUID, framework versions by number, competencies and
# indicators by code. Times are naive datetimes in UTC, as SQLite gives them back; UUIDs are
# strings in their canonical form. Nothing here holds a session or an ORM object.

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

ALIAS_KINDS = ("facilitator", "team", "round")

# (facilitator uid, round uid, role, indicator code): a rating as every PC names it
RatingKey = tuple[str, str, str, str]


@dataclass(frozen=True)
class TeamRec:
    uid: str
    name: str


@dataclass(frozen=True)
class PersonRec:
    uid: str
    name: str
    agency: str
    team: str | None  # the team's uid
    active: bool


@dataclass(frozen=True)
class RoundRec:
    uid: str
    title: str
    held_on: dt.date
    version: int  # the framework version's number


@dataclass(frozen=True)
class CompetencyRec:
    code: str
    domain: str
    name_th: str
    name_en: str
    position: int


@dataclass(frozen=True)
class IndicatorRec:
    code: str
    competency: str
    position: int
    text_th: str
    text_en: str
    retired: bool
    levels: tuple[tuple[str, str], ...]  # (Thai, English) for levels 1–5


@dataclass(frozen=True)
class VersionRec:
    number: int
    created_at: dt.datetime
    note: str
    meta: dict = field(hash=False)
    indicators: tuple[IndicatorRec, ...] = ()

    def content(self) -> tuple:
        """What the version says: two versions with equal content are the same framework."""
        return (json.dumps(self.meta, sort_keys=True, ensure_ascii=False), self.indicators)


@dataclass(frozen=True)
class EventRec:
    """One value a rating held: level (None: not sure), note, cleared or not; when and where."""

    level: int | None
    evidence: str
    deleted: bool
    at: dt.datetime
    pc: str

    @property
    def order(self) -> tuple[dt.datetime, str]:
        """Later changes win: by time, then by PC id (the rule of kmdesk.store.ratings_log)."""
        return (self.at, self.pc)

    @property
    def value(self) -> tuple[int | None, str, bool]:
        return (self.level, self.evidence, self.deleted)


@dataclass(frozen=True)
class RatingRec:
    key: RatingKey
    uid: str | None  # the rating row's UUID; None when its latest change cleared it
    events: tuple[EventRec, ...]


@dataclass(frozen=True)
class LearningEventRec:
    """One state of an agreed level or learning action, everything named by UUID or code.

    ``values`` holds team, round, role, competency and (agreed) level, reason or (action)
    learner, supplier, source, what, due (a date or None), status, expected, happened, why,
    next_time, asset.
    """

    values: dict = field(hash=False, compare=True)
    deleted: bool
    at: dt.datetime
    pc: str

    @property
    def order(self) -> tuple[dt.datetime, str]:
        return (self.at, self.pc)


@dataclass(frozen=True)
class LearningRec:
    """An agreed level ("agreed") or learning action ("action") with its whole history."""

    kind: str
    uid: str
    events: tuple[LearningEventRec, ...]


@dataclass(frozen=True)
class DeletionRec:
    """A record deleted on some PC (a "tombstone"): its UUID and kind, when and where."""

    uid: str
    kind: str  # one of ALIAS_KINDS
    at: dt.datetime
    pc: str


@dataclass(frozen=True)
class AliasRec:
    uid: str
    kind: str
    target: str


@dataclass
class Records:
    """A database, or the part of one a bundle carries."""

    competencies: list[CompetencyRec] = field(default_factory=list)
    versions: list[VersionRec] = field(default_factory=list)
    targets: list[tuple[str, str, int]] = field(default_factory=list)  # role, code, level
    pair_values: dict[str, str | None] = field(default_factory=dict)
    teams: list[TeamRec] = field(default_factory=list)
    people: list[PersonRec] = field(default_factory=list)
    rounds: list[RoundRec] = field(default_factory=list)
    ratings: list[RatingRec] = field(default_factory=list)
    aliases: list[AliasRec] = field(default_factory=list)
    learning: list[LearningRec] = field(default_factory=list)
    deletions: list[DeletionRec] = field(default_factory=list)


@dataclass
class Changes:
    """What a merge writes, all in one transaction; everything named by UUID, number or code.

    Competencies and versions replace those of the same code or number; ``targets`` and
    ``pair_values`` (None: keep) replace the table's rows; ``events`` add to each rating's
    history (ratings named by their UUIDs here); ``rating_uids`` gives the rows those events
    create their UUID.
    """

    competencies: list[CompetencyRec] = field(default_factory=list)
    versions: list[VersionRec] = field(default_factory=list)
    targets: list[tuple[str, str, int]] | None = None
    pair_values: dict[str, str | None] | None = None
    teams: list[TeamRec] = field(default_factory=list)
    people: list[PersonRec] = field(default_factory=list)
    rounds: list[RoundRec] = field(default_factory=list)
    aliases: list[AliasRec] = field(default_factory=list)
    events: list[tuple[RatingKey, EventRec]] = field(default_factory=list)
    rating_uids: dict[RatingKey, str] = field(default_factory=dict)
    # ratings with no history here at all: written without reading what is here first
    fresh: set[RatingKey] = field(default_factory=set)
    # (kind, uid here, event with every UUID already mapped to this database's)
    learning: list[tuple[str, str, LearningEventRec]] = field(default_factory=list)
    # deletions to remember here, and rounds here another PC deleted (their UUIDs)
    deletions: list[DeletionRec] = field(default_factory=list)
    removed_rounds: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(
            self.competencies
            or self.versions
            or self.targets is not None
            or self.pair_values is not None
            or self.teams
            or self.people
            or self.rounds
            or self.aliases
            or self.events
            or self.rating_uids
            or self.learning
            or self.deletions
            or self.removed_rounds
        )
