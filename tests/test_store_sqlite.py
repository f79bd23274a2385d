"""The store on real SQLite files: opening, refusing foreign files, ratings, versioning."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid

import pytest
from sqlalchemy import text

from kmdesk.assess.framework import Indicator, Text
from kmdesk.store import frameworks, repo
from kmdesk.store.db import (
    DamagedDatabase,
    NewerDatabase,
    NotKmdeskDatabase,
    open_database,
    resolve_url,
)


def test_new_database_has_the_default_framework_with_wal_and_foreign_keys(db, db_path):
    with db.session() as session:
        framework = frameworks.load_framework(session)
        targets = frameworks.load_targets(session)
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert framework.version == 1
    assert framework.codes == (
        "K1",
        "K2",
        "K3",
        "S1",
        "S2",
        "S3",
        "S4",
        "S5",
        "S6",
        "S7",
        "S8",
        "S9",
    )
    assert all(len(c.indicators) >= 1 for c in framework.competencies)
    # the role expectations the issue names: recorder higher on S8 and S2, and so on
    assert targets["recorder"]["S8"] > targets["recorder"]["K1"]
    assert targets["recorder"]["S2"] > targets["recorder"]["K1"]
    assert targets["coordinator"]["S3"] > targets["coordinator"]["K1"]
    assert targets["coordinator"]["S5"] > targets["coordinator"]["K1"]
    assert targets["process_lead"]["S7"] > targets["process_lead"]["K1"]
    assert db_path.exists()


def test_reopening_writes_nothing(db, db_path):
    db.dispose()
    before = db_path.read_bytes()
    again = open_database(str(db_path))
    with again.session() as session:
        assert frameworks.latest_version(session) == 1
    again.dispose()
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my meeting notes, not a database\n")
    with pytest.raises(NotKmdeskDatabase, match="not a kmdesk database"):
        open_database(str(path))
    assert path.read_bytes() == b"these are my meeting notes, not a database\n"


def test_another_programs_sqlite_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('x')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotKmdeskDatabase):
        open_database(str(path))
    assert path.read_bytes() == before


def test_a_damaged_database_is_refused_and_left_alone(db, db_path):
    db.dispose()
    data = bytearray(db_path.read_bytes())
    # keep the SQLite header, wreck the pages behind it
    data[100 : 4096 * 3] = b"\xff" * (4096 * 3 - 100)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase, match="damaged"):
        open_database(str(db_path))
    assert db_path.read_bytes() == bytes(data)


def test_a_database_from_a_newer_kmdesk_is_refused_and_left_alone(db, db_path):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabase, match="newer version of kmdesk"):
        open_database(str(db_path))
    assert db_path.read_bytes() == before


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    database = open_database(str(path))
    with database.session() as session:
        assert frameworks.latest_version(session) == 1
    database.dispose()


def test_database_location_comes_from_flag_then_environment_then_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KMDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KMDESK_DATABASE_URL", raising=False)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'data' / 'kmdesk.db'}"
    monkeypatch.setenv("KMDESK_DATABASE_URL", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url(str(tmp_path / "flag.db")) == f"sqlite:///{tmp_path / 'flag.db'}"
    assert resolve_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"


def _person_and_round(db):
    team = repo.add_team(db, "  ท่าไร่ ")
    person = repo.add_facilitator(db, "สมหญิง  ทดสอบ", "กศน.", team.id)
    rnd = repo.add_round(db, "รอบทดลอง", dt.date(2025, 8, 8))
    return team, person, rnd


def test_people_and_rounds_carry_uuids_and_trimmed_names(db):
    team, person, rnd = _person_and_round(db)
    assert team.name == "ท่าไร่"
    assert person.name == "สมหญิง ทดสอบ"
    for ident in (team.id, person.id, rnd.id):
        assert uuid.UUID(ident).version == 4
    assert rnd.framework_version == 1


def test_duplicates_are_refused_naming_the_existing_one(db):
    _person_and_round(db)
    with pytest.raises(repo.DuplicateError, match="ท่าไร่"):
        repo.add_team(db, "ท่าไร่")
    with db.session() as session:
        team = repo.list_teams(session)[0]
    with pytest.raises(repo.DuplicateError, match="สมหญิง ทดสอบ"):
        repo.add_facilitator(db, "สมหญิง ทดสอบ ", "พช.", team.id)
    with pytest.raises(repo.DuplicateError, match="รอบทดลอง"):
        repo.add_round(db, "รอบทดลอง", dt.date(2025, 9, 1))


def test_each_rating_is_committed_at_once(db, db_path):
    _, person, rnd = _person_and_round(db)
    repo.set_rating(db, person.id, rnd.id, "recorder", "S8.1", 4, "  สรุปเวทีส่งทีม ")
    # a second, independent connection sees it: nothing waits for a Save
    other = sqlite3.connect(db_path)
    rows = other.execute("SELECT level, evidence FROM rating").fetchall()
    other.close()
    assert rows == [(4, "สรุปเวทีส่งทีม")]
    repo.set_rating(db, person.id, rnd.id, "recorder", "S8.1", None)
    with db.session() as session:
        (rating,) = repo.person_ratings(session, person.id, "recorder", rnd.id)
    assert rating.level is None and rating.not_sure
    assert rating.evidence == "สรุปเวทีส่งทีม"
    repo.clear_rating(db, person.id, rnd.id, "recorder", "S8.1")
    with db.session() as session:
        assert repo.person_ratings(session, person.id) == []


def test_a_level_outside_the_scale_is_refused_by_the_database_too(db):
    _, person, rnd = _person_and_round(db)
    with pytest.raises(ValueError, match="not a level"):
        repo.set_rating(db, person.id, rnd.id, "recorder", "S8.1", 6)
    with pytest.raises(Exception, match="CHECK constraint"), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO rating (facilitator_id, round_id, role, indicator_id, uid, level,"
                " evidence, rated_at) VALUES (1, 1, 'recorder', 1, 'x', 9, '', '2025-01-01')"
            )
        )


def _edited(indicator: Indicator, level_1_th: str) -> Indicator:
    levels = (Text(level_1_th, indicator.levels[0].en), *indicator.levels[1:])
    return Indicator(indicator.code, indicator.competency, indicator.text, levels)


def test_editing_an_unused_version_changes_it_in_place(db):
    with db.session() as session:
        s7 = frameworks.load_framework(session).indicator("S7.1")
    number, new = frameworks.save_indicator(db, _edited(s7, "ถ้อยคำใหม่"))
    assert (number, new) == (1, False)
    with db.session() as session:
        assert frameworks.load_framework(session, 1).indicator("S7.1").levels[0].th == "ถ้อยคำใหม่"


def test_editing_a_version_in_use_makes_a_new_one_and_old_ratings_keep_their_wording(db):
    _, person, rnd = _person_and_round(db)
    repo.set_rating(db, person.id, rnd.id, "process_lead", "S7.1", 1)
    with db.session() as session:
        s7 = frameworks.load_framework(session).indicator("S7.1")
    old_sentence = s7.levels[0].th
    number, new = frameworks.save_indicator(db, _edited(s7, "ถ้อยคำใหม่"))
    assert (number, new) == (2, True)
    later = repo.add_round(db, "รอบถัดไป", dt.date(2026, 2, 1))
    with db.session() as session:
        assert frameworks.load_framework(session, 1).indicator("S7.1").levels[0].th == old_sentence
        assert frameworks.load_framework(session, 2).indicator("S7.1").levels[0].th == "ถ้อยคำใหม่"
        # the old round still points at version 1; a new round gets version 2
        rounds = {r.title: r.framework_version for r in repo.list_rounds(session)}
        assert rounds == {"รอบทดลอง": 1, "รอบถัดไป": 2}
        # competency codes are stable, so ratings on both versions line up by code
        repo.set_rating(db, person.id, later.id, "process_lead", "S7.1", 3)
        comps = {r.round_id: r.competency for r in repo.person_ratings(session, person.id)}
    assert set(comps.values()) == {"S7"}


def test_adding_an_indicator_to_a_used_version_keeps_the_old_version_unchanged(db):
    _, person, rnd = _person_and_round(db)
    repo.set_rating(db, person.id, rnd.id, "recorder", "K1.1", 3)
    with db.session() as session:
        framework = frameworks.load_framework(session)
    code = framework.next_indicator_code("S9")
    template = framework.indicator("S9.1")
    added = Indicator(code, "S9", Text("ตัวชี้วัดใหม่", "New indicator"), template.levels)
    assert frameworks.save_indicator(db, added) == (2, True)
    with db.session() as session:
        assert frameworks.load_framework(session, 1).indicator(code) is None
        assert frameworks.load_framework(session, 2).indicator(code).text.th == "ตัวชี้วัดใหม่"


def test_a_person_deactivated_keeps_their_history(db):
    _, person, rnd = _person_and_round(db)
    repo.set_rating(db, person.id, rnd.id, "recorder", "K1.1", 3)
    repo.set_facilitator_active(db, person.id, False)
    with db.session() as session:
        assert repo.list_facilitators(session, active_only=True) == []
        (kept,) = repo.list_facilitators(session)
        assert kept.active is False
        assert len(repo.person_ratings(session, person.id)) == 1


def test_ratings_are_clustered_on_their_key_with_no_second_index(db):
    # bytes per rating matter at 4 million ratings: the key is the table (WITHOUT ROWID)
    with db.session() as session:
        sql = session.execute(text("SELECT sql FROM sqlite_master WHERE name = 'rating'")).scalar()
        indexes = (
            session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rating'")
            )
            .scalars()
            .all()
        )
    assert "WITHOUT ROWID" in sql
    assert indexes == []


def test_editing_people_teams_and_rounds_refuses_duplicates(db):
    team, _, rnd = _person_and_round(db)
    other_team = repo.add_team(db, "บางจาก")
    second = repo.add_facilitator(db, "สมศรี อีกคน", "พช.", team.id)
    with pytest.raises(repo.DuplicateError, match="สมหญิง ทดสอบ"):
        repo.update_facilitator(db, second.id, " สมหญิง ทดสอบ", "พช.", team.id)
    # the same name is fine in another team, and moving keeps the person's id
    moved = repo.update_facilitator(db, second.id, "สมหญิง ทดสอบ", "ธ.ก.ส.", other_team.id)
    assert (moved.id, moved.team_id, moved.agency) == (second.id, other_team.id, "ธ.ก.ส.")
    with pytest.raises(repo.DuplicateError, match="บางจาก"):
        repo.rename_team(db, team.id, "บางจาก")
    assert repo.rename_team(db, team.id, "ท่าไร่ ใหม่").name == "ท่าไร่ ใหม่"
    later = repo.add_round(db, "รอบสอง", dt.date(2026, 1, 1))
    with pytest.raises(repo.DuplicateError, match="รอบทดลอง"):
        repo.update_round(db, later.id, "รอบทดลอง", dt.date(2026, 1, 1))
    assert repo.update_round(db, rnd.id, "รอบแรก", dt.date(2025, 8, 9)).date == dt.date(2025, 8, 9)


def test_copying_the_previous_round_fills_only_what_is_not_rated_yet(db):
    _, person, first = _person_and_round(db)
    second = repo.add_round(db, "รอบสอง", dt.date(2026, 1, 1))
    repo.set_rating(db, person.id, first.id, "recorder", "S8.1", 3, "เดิม")
    repo.set_rating(db, person.id, first.id, "recorder", "S2.1", None)
    repo.set_rating(db, person.id, first.id, "coordinator", "S3.1", 5)
    repo.set_rating(db, person.id, second.id, "recorder", "S8.1", 4, "ใหม่")
    copied = repo.copy_ratings(db, person.id, first.id, second.id, "recorder")
    assert copied == ["S2.1"]
    with db.session() as session:
        now = {
            r.indicator: (r.level, r.evidence)
            for r in repo.person_ratings(session, person.id, "recorder", second.id)
        }
    assert now == {"S8.1": (4, "ใหม่"), "S2.1": (None, "")}
