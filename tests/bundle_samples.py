"""Databases for the bundle tests: a full dump to compare, a rich database, two PCs' edits."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from sqlalchemy import select

from kmdesk.assess.framework import Indicator, Text
from kmdesk.assess.pairs import PairSettings
from kmdesk.store import framework_edits, frameworks, repo, rounds
from kmdesk.store import models as m
from kmdesk.store import ratings_log as log

PC_A = "aaaaaaaa-0000-4000-8000-00000000000a"
PC_B = "bbbbbbbb-0000-4000-8000-00000000000b"

_ACTION = (
    "SELECT x.uid, t.uid, r.uid, x.role, x.competency_code, l.uid, s.uid, x.source, x.what, "
    "x.due, x.status, x.expected, x.happened, x.why, x.next_time, x.asset, x.changed_at, x.pc "
    "FROM {table} x JOIN team t ON t.id = x.team_id JOIN round r ON r.id = x.round_id "
    "JOIN facilitator l ON l.id = x.learner_id LEFT JOIN facilitator s ON s.id = x.supplier_id"
)
# Every table of the schema, each with the columns that identify its rows by UUID, number
# or code instead of autoincrement ids. A table added to the schema fails
# test_every_table_is_compared until it is listed here (and carried by bundles).
DUMPS = {
    "team": "SELECT uid, name FROM team",
    "facilitator": "SELECT f.uid, f.name, f.agency, t.uid, f.active FROM facilitator f "
    "LEFT JOIN team t ON t.id = f.team_id",
    "round": "SELECT r.uid, r.title, r.held_on, v.number FROM round r "
    "JOIN framework_version v ON v.id = r.framework_version_id",
    "rating": "SELECT f.uid, r.uid, x.role, i.code, x.uid, x.level, x.evidence, x.rated_at, x.pc "
    "FROM rating x JOIN facilitator f ON f.id = x.facilitator_id "
    "JOIN round r ON r.id = x.round_id JOIN indicator i ON i.id = x.indicator_id",
    "rating_event": "SELECT f.uid, r.uid, x.role, i.code, x.level, x.evidence, x.deleted, "
    "x.rated_at, x.pc FROM rating_event x JOIN facilitator f ON f.id = x.facilitator_id "
    "JOIN round r ON r.id = x.round_id JOIN indicator i ON i.id = x.indicator_id",
    "framework_version": "SELECT number, created_at, note, meta FROM framework_version",
    "competency": "SELECT code, domain, name_th, name_en, position FROM competency",
    "indicator": "SELECT v.number, i.code, i.competency_code, i.position, i.text_th, i.text_en, "
    "i.retired FROM indicator i JOIN framework_version v ON v.id = i.version_id",
    "level_descriptor": "SELECT v.number, i.code, d.level, d.text_th, d.text_en "
    "FROM level_descriptor d JOIN indicator i ON i.id = d.indicator_id "
    "JOIN framework_version v ON v.id = i.version_id",
    "target": "SELECT role, competency_code, level FROM target",
    # The PIN and the number of backups kept belong to one PC; bundles leave them out.
    "setting": "SELECT key, value FROM setting WHERE key IN "
    "('supplier_min', 'learner_max', 'gap_min')",
    "uid_alias": "SELECT uid, kind, target FROM uid_alias",
    # Deleted records (tombstones), so an older bundle never brings them back.
    "deleted_record": "SELECT uid, kind, deleted_at, pc FROM deleted_record",
    # The learning cycle (issue 14): agreed levels and actions with their histories.
    "agreed_level": "SELECT x.uid, t.uid, r.uid, x.role, x.competency_code, x.level, x.reason, "
    "x.changed_at, x.pc FROM agreed_level x JOIN team t ON t.id = x.team_id "
    "JOIN round r ON r.id = x.round_id",
    "agreed_level_event": "SELECT x.uid, t.uid, r.uid, x.role, x.competency_code, x.level, "
    "x.reason, x.deleted, x.changed_at, x.pc FROM agreed_level_event x "
    "JOIN team t ON t.id = x.team_id JOIN round r ON r.id = x.round_id",
    "learning_action": _ACTION.format(table="learning_action"),
    "learning_action_event": _ACTION.format(table="learning_action_event"),
    # A shared server's logins belong to that server (and rating.version, left out of the
    # rating dump, is the database's own counter); bundles carry neither.
    "server_login": "SELECT login, kind FROM server_login",
    "alembic_version": "SELECT version_num FROM alembic_version",
}


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, named by UUID, number or code, sorted: two equal dumps are the
    same data whatever the autoincrement ids."""
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == set(DUMPS), f"tables not compared: {tables - set(DUMPS)}"
        return {name: sorted(conn.execute(sql).fetchall(), key=repr) for name, sql in DUMPS.items()}


def ratings_by_name(path: Path) -> dict[tuple, tuple]:
    """(team, person, round, role, indicator) -> (level, evidence): what people see."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT t.name, f.name, r.title, x.role, i.code, x.level, x.evidence FROM rating x "
            "JOIN facilitator f ON f.id = x.facilitator_id LEFT JOIN team t ON t.id = f.team_id "
            "JOIN round r ON r.id = x.round_id JOIN indicator i ON i.id = x.indicator_id"
        ).fetchall()
    return {row[:5]: row[5:] for row in rows}


def history_by_name(path: Path) -> dict[tuple, list[tuple]]:
    """(team, person, round, role, indicator) -> every change, oldest first."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT t.name, f.name, r.title, x.role, i.code, x.level, x.evidence, x.deleted, "
            "x.rated_at, x.pc FROM rating_event x "
            "JOIN facilitator f ON f.id = x.facilitator_id LEFT JOIN team t ON t.id = f.team_id "
            "JOIN round r ON r.id = x.round_id JOIN indicator i ON i.id = x.indicator_id "
            "ORDER BY x.rated_at, x.pc"
        ).fetchall()
    out: dict[tuple, list[tuple]] = {}
    for row in rows:
        out.setdefault(row[:5], []).append(row[5:])
    return out


@contextlib.contextmanager
def on_pc(monkeypatch, pc: str):
    """Changes made inside are made on the PC ``pc`` (and bundles say they come from it)."""
    with monkeypatch.context() as patch:
        patch.setattr(log, "pc_id", lambda: pc)
        patch.setattr("kmdesk.exchange.bundle_export.pc_id", lambda: pc)
        yield


def person(db, name: str):
    with db.session() as session:
        return next(f for f in repo.list_facilitators(session) if f.name == name)


def round_named(db, title: str):
    with db.session() as session:
        return next(r for r in repo.list_rounds(session) if r.title == title)


def team_named(db, name: str):
    with db.session() as session:
        return repo.team_named(session, name)


def new_indicator(code: str, competency: str) -> Indicator:
    return Indicator(
        code,
        competency,
        Text(f"ตัวชี้วัดใหม่ {code}", f"new indicator {code}"),
        tuple(Text(f"ระดับ {n}", f"level {n}") for n in range(1, 6)),
    )


def enrich(db) -> None:
    """Add to a demo database everything a whole-database bundle must carry across.

    An inactive person, an empty team, a person without a team, a person and a round
    without ratings, a rating cleared, histories from other PCs (one at the same moment on
    two PCs), a second framework version with a round on it, a changed target, pair
    thresholds, an alias remembered from an earlier merge, and a round deleted.
    """
    repo.add_team(db, "ทีมว่าง")
    quiet = repo.add_facilitator(db, "ยังไม่ ประเมิน", "อบต.", team_named(db, "ท่าไร่").id)
    repo.set_facilitator_active(db, quiet.id, False)
    repo.add_facilitator(db, "ไร้ ทีม", "กศน.", None)
    repo.add_round(db, "รอบว่าง", dt.date(2025, 12, 1))
    rounds.delete_round(db, repo.add_round(db, "รอบที่ลบแล้ว", dt.date(2025, 11, 1)).id)
    malai, r3 = person(db, "มาลัย ศรีสุข"), round_named(db, "รอบที่ 3")
    repo.clear_rating(db, malai.id, r3.id, "coordinator", "K1.1")
    repo.set_rating(db, malai.id, r3.id, "recorder", "S8.1", 5, "  จดบันทึก\nสองบรรทัด  ")
    with db.write() as session:
        key = _key(session, malai.id, r3.id, "recorder", "S8.1")
        at = dt.datetime(2025, 8, 9, 1, 2, 3, 456789, tzinfo=dt.UTC)
        log.record(
            session,
            [
                log.Change(key, 3, "จากเครื่องอื่น", at, PC_A),
                log.Change(key, 4, "", at, PC_B),
                log.Change(key, None, "ไม่แน่ใจ", at - dt.timedelta(days=1), ""),
            ],
        )
    framework_edits.save_checked_indicator(db, new_indicator("S8.2", "S8"))
    r4 = repo.add_round(db, "รอบที่ 4", dt.date(2026, 2, 14))
    repo.set_rating(db, malai.id, r4.id, "recorder", "S8.2", 4, "ใหม่")
    frameworks.set_target(db, "recorder", "S8", 5)
    frameworks.save_pair_settings(db, PairSettings(supplier_min=3.5, learner_max=1.5))
    with db.write() as session:
        remembered = m.UidAlias(uid=uuid.UUID("1" * 32), kind="facilitator")
        remembered.target = uuid.UUID(malai.id)
        session.add(remembered)


def _key(session, person_id: str, round_id: str, role: str, code: str) -> log.Key:
    fac = session.scalar(select(m.Facilitator.id).where(m.Facilitator.uid == uuid.UUID(person_id)))
    rnd, version = session.execute(
        select(m.Round.id, m.Round.framework_version_id).where(m.Round.uid == uuid.UUID(round_id))
    ).one()
    ind = session.scalar(
        select(m.Indicator.id).where(m.Indicator.version_id == version, m.Indicator.code == code)
    )
    return (fac, rnd, role, ind)
