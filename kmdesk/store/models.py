"""SQLAlchemy 2.0 typed models; nothing SQLite-only, so a shared PostgreSQL works the same."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ROLE_CODES = ("coordinator", "process_lead", "recorder")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class FrameworkVersion(Base):
    """A version of the framework's wording; ratings point at the version they were made on."""

    __tablename__ = "framework_version"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    # purpose, goals, domains, roles and scale names, in the JSON shape of the framework file
    meta: Mapped[dict] = mapped_column(JSON)


class Competency(Base):
    """A competency; its code is stable across versions so progress lines up."""

    __tablename__ = "competency"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    domain: Mapped[str] = mapped_column(String(4))
    name_th: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class Indicator(Base):
    """An indicator as worded in one framework version."""

    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("version_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("framework_version.id"), index=True)
    code: Mapped[str] = mapped_column(String(16))
    competency_code: Mapped[str] = mapped_column(ForeignKey("competency.code"))
    position: Mapped[int] = mapped_column(Integer)
    text_th: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class LevelDescriptor(Base):
    """The sentence describing one level of one indicator."""

    __tablename__ = "level_descriptor"
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id"), primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    text_th: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)


class Target(Base):
    """The level a role is expected to reach in a competency (editable by the team)."""

    __tablename__ = "target"
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    competency_code: Mapped[str] = mapped_column(ForeignKey("competency.code"), primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger)


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120), unique=True)


class Facilitator(Base):
    __tablename__ = "facilitator"
    __table_args__ = (UniqueConstraint("team_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120))
    agency: Mapped[str] = mapped_column(String(120), default="")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Round(Base):
    __tablename__ = "round"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    title: Mapped[str] = mapped_column(String(120), unique=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    framework_version_id: Mapped[int] = mapped_column(ForeignKey("framework_version.id"))


class Rating(Base):
    """One self-rating. Level NULL means "not sure what this means".

    The natural key is the primary key, clustered in SQLite (WITHOUT ROWID), so a
    person's ratings sit together on disk and no second index is needed.
    """

    __tablename__ = "rating"
    __table_args__ = (
        CheckConstraint("level IS NULL OR (level >= 1 AND level <= 5)", name="level_range"),
        CheckConstraint(f"role IN {ROLE_CODES!r}", name="role_code"),
        {"sqlite_with_rowid": False},
    )
    facilitator_id: Mapped[int] = mapped_column(ForeignKey("facilitator.id"), primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id"), primary_key=True)
    # Identity for merging files from other PCs; not indexed, since merges match on the
    # natural key and an index here would double the bytes per rating.
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4)
    level: Mapped[int | None] = mapped_column(SmallInteger)
    evidence: Mapped[str] = mapped_column(Text, default="")
    rated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # The PC whose change this is ("" before history was kept): the app marks a value
    # that came from another PC, and merges order changes by (rated_at, pc).
    pc: Mapped[str] = mapped_column(String(36), default="", server_default="")
    # Set by the database on every change (triggers from migration 0003), never by kmdesk:
    # a save names the version it was based on, so two people editing at once lose nothing.
    version: Mapped[int] = mapped_column(BigInteger, server_default="1")


class RatingEvent(Base):
    """One value a rating held, when and on which PC: the append-only history.

    The rating row always shows its latest event (by ``rated_at``, then ``pc``). Merging
    files from other PCs is a union of events, so it is idempotent and order-independent,
    and a value that lost to a later change is still here.
    """

    __tablename__ = "rating_event"
    __table_args__ = (
        UniqueConstraint("facilitator_id", "round_id", "role", "indicator_id", "rated_at", "pc"),
        CheckConstraint("level IS NULL OR (level >= 1 AND level <= 5)", name="level_range"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    facilitator_id: Mapped[int] = mapped_column(ForeignKey("facilitator.id"), index=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id"))
    role: Mapped[str] = mapped_column(String(16))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id"))
    level: Mapped[int | None] = mapped_column(SmallInteger)
    evidence: Mapped[str] = mapped_column(Text, default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)  # the rating was cleared
    rated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    pc: Mapped[str] = mapped_column(String(36), default="")


class UidAlias(Base):
    """A UUID from another PC that means a record here (a person merged on confirmation)."""

    __tablename__ = "uid_alias"
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "facilitator", "team" or "round"
    target: Mapped[uuid.UUID] = mapped_column(Uuid)


class Deletion(Base):
    """A record deleted here or on another PC, kept by UUID so no bundle brings it back."""

    __tablename__ = "deleted_record"
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "facilitator", "team" or "round"
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    pc: Mapped[str] = mapped_column(String(36), default="")


class Setting(Base):
    """Team-wide settings kept with the data, e.g. the learning-pair thresholds."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


LOGIN_KINDS = ("facilitator", "lead", "admin")


class ServerLogin(Base):
    """A PostgreSQL login and who it is here: the server's policies read this (migration 0003).

    A facilitator is one person (and reads that person's team); a lead manages one team;
    an admin everything, the framework included. Unused on SQLite.
    """

    __tablename__ = "server_login"
    __table_args__ = (
        CheckConstraint(f"kind IN {LOGIN_KINDS!r}", name="kind_code"),
        CheckConstraint(
            "kind <> 'facilitator' OR facilitator_id IS NOT NULL", name="facilitator_is_a_person"
        ),
        CheckConstraint("kind <> 'lead' OR team_id IS NOT NULL", name="lead_has_a_team"),
    )
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("facilitator.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))


# --- the learning cycle (migration 0004): shown rows, each with its append-only history ---


class AgreedLevel(Base):
    """The level a team agreed for a competency in a round and role (never averaged in).

    Its ``uid`` is made from the team, round, role and competency, so the same agreed level
    has the same id on every PC; the row shows its latest event, like a rating.
    """

    __tablename__ = "agreed_level"
    __table_args__ = (
        UniqueConstraint("team_id", "round_id", "role", "competency_code"),
        CheckConstraint("level >= 1 AND level <= 5", name="level_range"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id"))
    role: Mapped[str] = mapped_column(String(16))
    competency_code: Mapped[str] = mapped_column(ForeignKey("competency.code"))
    level: Mapped[int] = mapped_column(SmallInteger)
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    pc: Mapped[str] = mapped_column(String(36), default="")


class AgreedLevelEvent(Base):
    """One value an agreed level held (or its clearing), when and on which PC."""

    __tablename__ = "agreed_level_event"
    __table_args__ = (
        UniqueConstraint("uid", "changed_at", "pc"),
        CheckConstraint("level IS NULL OR (level >= 1 AND level <= 5)", name="level_range"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id"))
    role: Mapped[str] = mapped_column(String(16))
    competency_code: Mapped[str] = mapped_column(ForeignKey("competency.code"))
    level: Mapped[int | None] = mapped_column(SmallInteger)
    reason: Mapped[str] = mapped_column(Text, default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    pc: Mapped[str] = mapped_column(String(36), default="")


class _LearningActionFields:
    """The fields a learning action and each of its events both hold (one state of it)."""

    round_id: Mapped[int] = mapped_column(ForeignKey("round.id"))
    role: Mapped[str] = mapped_column(String(16))
    competency_code: Mapped[str] = mapped_column(ForeignKey("competency.code"))
    learner_id: Mapped[int] = mapped_column(ForeignKey("facilitator.id"))
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("facilitator.id"))
    source: Mapped[str] = mapped_column(Text, default="")
    what: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    expected: Mapped[str] = mapped_column(Text, default="")
    happened: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    next_time: Mapped[str] = mapped_column(Text, default="")
    asset: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    pc: Mapped[str] = mapped_column(String(36), default="")


class LearningAction(_LearningActionFields, Base):
    """An agreed learning action with its after-action review; shows its latest event."""

    __tablename__ = "learning_action"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'done', 'dropped')", name="status_code"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"), index=True)


class LearningActionEvent(_LearningActionFields, Base):
    """One state of a learning action, every field, when and on which PC."""

    __tablename__ = "learning_action_event"
    __table_args__ = (UniqueConstraint("uid", "changed_at", "pc"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
