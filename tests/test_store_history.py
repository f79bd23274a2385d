"""The rating history: every change kept, the row equal to the latest, merges order-free."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from kmdesk.store import ratings_log as log
from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.store.pc import pc_id

SCHEMAS = Path(__file__).parent / "schemas"


def _setup(db):
    team = repo.add_team(db, "ทีมประวัติ")
    person = repo.add_facilitator(db, "จำได้ หมดทุกครั้ง", "พช.", team.id)
    rnd = repo.add_round(db, "รอบจดจำ", dt.date(2026, 8, 8))
    return person, rnd


def _key(db, person, rnd, code="S8.1", role="recorder"):
    conn = sqlite3.connect(db.path)
    try:
        fac = conn.execute("SELECT id FROM facilitator WHERE name = ?", (person.name,)).fetchone()
        rid = conn.execute("SELECT id FROM round WHERE title = ?", (rnd.title,)).fetchone()
        ind = conn.execute(
            "SELECT i.id FROM indicator i JOIN round r ON r.framework_version_id = i.version_id "
            "WHERE r.title = ? AND i.code = ?",
            (rnd.title, code),
        ).fetchone()
    finally:
        conn.close()
    return (fac[0], rid[0], role, ind[0])


def test_every_change_is_kept_and_the_rating_shows_the_latest(db):
    person, rnd = _setup(db)
    repo.set_rating(db, person.id, rnd.id, "recorder", "S8.1", 2, "ครั้งแรก")
    repo.set_rating(db, person.id, rnd.id, "recorder", "S8.1", 4, "ครั้งที่สอง")
    repo.clear_rating(db, person.id, rnd.id, "recorder", "S8.1")
    key = _key(db, person, rnd)
    with db.session() as session:
        past = log.history(session, key)
        assert repo.person_ratings(session, person.id, "recorder", rnd.id) == []
    assert [(c.level, c.evidence, c.deleted) for c in past] == [
        (2, "ครั้งแรก", False),
        (4, "ครั้งที่สอง", False),
        (None, "", True),
    ]
    assert {c.pc for c in past} == {pc_id()}


def _changes(key, stamps):
    return [
        log.Change(key, level, note, dt.datetime(2026, 9, day, 10, 0), pc)
        for day, level, note, pc in stamps
    ]


def _rows(path: Path) -> list:
    ratings = (
        "SELECT facilitator_id, round_id, role, indicator_id, level, evidence, pc "
        "FROM rating ORDER BY 1, 2, 3, 4"
    )
    events = "SELECT level, evidence, rated_at, pc, deleted FROM rating_event ORDER BY 3, 4"
    conn = sqlite3.connect(path)
    try:
        return conn.execute(ratings).fetchall() + conn.execute(events).fetchall()
    finally:
        conn.close()


def test_merging_is_idempotent_and_order_independent(db, tmp_path):
    person, rnd = _setup(db)
    key = _key(db, person, rnd)
    db.dispose()
    # PC A changed it on the 1st and 5th; PC B on the 3rd. The 5th is the latest: it wins.
    from_a = _changes(key, [(1, 2, "A แรก", "pc-a"), (5, 4, "A หลัง", "pc-a")])
    from_b = _changes(key, [(3, 3, "B", "pc-b")])
    results = []
    for order in ((from_a, from_b), (from_b, from_a), (from_a, from_b, from_a, from_b)):
        path = tmp_path / f"merge{len(results)}.db"
        shutil.copy(db.path, path)
        database = open_database(str(path))
        for batch in order:
            with database.write() as session:
                log.record(session, batch)
        database.dispose()
        results.append(_rows(path))
    assert results[0] == results[1] == results[2]
    rating = results[0][0]
    assert rating[4:] == (4, "A หลัง", "pc-a")
    # All three values are in the history, the one that lost included.
    assert {r[1] for r in results[0][1:]} == {"A แรก", "A หลัง", "B"}


def test_the_first_schema_gets_its_ratings_as_the_start_of_their_history(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(SCHEMAS / "0001_first_schema.db", path)
    database = open_database(str(path))
    database.dispose()
    conn = sqlite3.connect(path)
    ratings = conn.execute("SELECT count(*) FROM rating").fetchone()[0]
    events = conn.execute("SELECT count(*) FROM rating_event WHERE pc = ''").fetchone()[0]
    conn.close()
    assert ratings == events == 4  # 3 of ใจดี and 1 of ขยัน in the saved file
