"""The store's side of framework editing: the PIN, the learning-pair thresholds, exact undo."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kmdesk.assess.framework import Text
from kmdesk.assess.pairs import PairSettings
from kmdesk.store import framework_edits as edits
from kmdesk.store import frameworks as store_fw
from kmdesk.store import models as m
from kmdesk.store import repo
from kmdesk.store import settings as pins

# RFC 7914, section 12, second vector: scrypt("password", "NaCl", N=1024, r=8, p=16, 64 bytes).
RFC_7914 = (
    "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
    "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"
)


# --- the PIN: pure functions -----------------------------------------------------------


def test_a_pin_matches_a_hash_made_elsewhere_with_the_same_rule():
    # Worked out by the RFC's authors, not by our code: the checking reads N, r, p, the
    # salt and the length from the stored text and runs scrypt as the standard says.
    stored = f"scrypt$1024$8$16${b'NaCl'.hex()}${RFC_7914}"
    assert pins.pin_matches("password", stored)
    assert not pins.pin_matches("passwort", stored)


def test_hashing_is_salted_and_never_keeps_the_pin():
    first, second = pins.hash_pin("2568"), pins.hash_pin("2568")
    assert first != second  # a new salt each time
    assert "2568" not in first
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert pins.pin_matches("2568", first) and pins.pin_matches("2568", second)
    assert not pins.pin_matches("2569", first)
    assert not pins.pin_matches("", first)


def test_the_same_salt_gives_the_same_hash():
    salt = bytes(range(16))
    assert pins.hash_pin("1234", salt) == pins.hash_pin("1234", salt)
    assert pins.hash_pin("1234", salt) != pins.hash_pin("1235", salt)


def test_thai_digits_are_the_same_pin():
    stored = pins.hash_pin("1234")
    assert pins.pin_matches("๑๒๓๔", stored)
    assert pins.valid_pin("๑๒๓๔")


@pytest.mark.parametrize(
    "stored",
    ["", "1234", "scrypt$16384$8$1$zz$00", "md5$x$y$z$a$b", "scrypt$16384$8$1$00$", "a$b$c"],
)
def test_a_malformed_stored_value_opens_nothing(stored):
    assert not pins.pin_matches("1234", stored)


@pytest.mark.parametrize(
    ("pin", "ok"),
    [("1234", True), ("123", False), ("123456789012", True), ("1234567890123", False),
     ("12a4", False), ("12 34", False), ("", False)],
)  # fmt: skip
def test_a_pin_is_four_to_twelve_digits(pin, ok):
    assert pins.valid_pin(pin) is ok


# --- the PIN in the database -----------------------------------------------------------


def test_setting_changing_and_removing_the_pin(db):
    with db.session() as session:
        assert not pins.has_pin(session)
        assert pins.check_pin(session, "anything")  # no PIN: nothing is locked
    pins.set_pin(db, "1234")
    with db.session() as session:
        stored = session.get(m.Setting, pins.PIN_KEY).value
        assert stored.startswith("scrypt$") and "1234" not in stored
        assert pins.check_pin(session, "1234") and not pins.check_pin(session, "4321")
    with pytest.raises(pins.WrongPin):
        pins.set_pin(db, "5678", current="0000")
    with pytest.raises(pins.WrongPin):
        pins.set_pin(db, None)  # removing needs the PIN too
    pins.set_pin(db, "5678", current="1234")
    with db.session() as session:
        assert pins.check_pin(session, "5678") and not pins.check_pin(session, "1234")
    pins.set_pin(db, None, current="5678")
    with db.session() as session:
        assert session.get(m.Setting, pins.PIN_KEY) is None


def test_a_bad_new_pin_is_refused_before_anything_is_written(db):
    with pytest.raises(pins.BadPin):
        pins.set_pin(db, "12")
    with db.session() as session:
        assert not pins.has_pin(session)


# --- learning-pair thresholds ----------------------------------------------------------


@pytest.mark.parametrize(
    ("supplier", "learner", "gap", "problem"),
    [
        (4.0, 2.0, 2.0, None),  # the defaults
        (5.0, 1.0, 5.0, None),  # the ends of the scale are allowed
        (1.5, 1.0, 1.0, None),
        (3.0, 3.0, 2.0, store_fw.LEARNER_NOT_BELOW_SUPPLIER),  # equal: one person both
        (3.0, 3.5, 2.0, store_fw.LEARNER_NOT_BELOW_SUPPLIER),
        (5.5, 2.0, 2.0, store_fw.OUT_OF_RANGE),
        (4.0, 0.5, 2.0, store_fw.OUT_OF_RANGE),
        (4.0, 2.0, 0.0, store_fw.OUT_OF_RANGE),
    ],
)
def test_the_threshold_rule(supplier, learner, gap, problem):
    assert store_fw.pair_settings_problem(PairSettings(supplier, learner, gap)) == problem


def test_thresholds_saved_are_read_back_and_what_was_there_can_be_put_back(db):
    with db.session() as session:
        assert store_fw.stored_pair_values(session) == dict.fromkeys(store_fw.PAIR_KEYS)
    before = store_fw.save_pair_settings(db, PairSettings(3.5, 2.5, 1.5))
    assert before == dict.fromkeys(store_fw.PAIR_KEYS)  # nothing stored: the defaults held
    with db.session() as session:
        assert store_fw.load_pair_settings(session) == PairSettings(3.5, 2.5, 1.5)
    with pytest.raises(store_fw.BadPairSettings) as refused:
        store_fw.save_pair_settings(db, PairSettings(3.0, 3.0, 2.0))
    assert refused.value.problem == store_fw.LEARNER_NOT_BELOW_SUPPLIER
    store_fw.restore_pair_values(db, before)
    with db.session() as session:
        assert store_fw.stored_pair_values(session) == dict.fromkeys(store_fw.PAIR_KEYS)
        assert store_fw.load_pair_settings(session) == PairSettings()


# --- indicators: exact undo -------------------------------------------------------------


def _framework(db, number=None):
    with db.session() as session:
        return store_fw.load_framework(session, number)


def _latest(db):
    with db.session() as session:
        return store_fw.latest_version(session)


def _rated(db, indicator="K1.1", title="รอบที่ 1", when=dt.date(2025, 8, 8)):
    with db.session() as session:
        team = repo.team_named(session, "บางจาก")
    team = team or repo.add_team(db, "บางจาก")
    person = repo.add_facilitator(db, f"คนที่ {title}", "พช.", team.id)
    rnd = repo.add_round(db, title, when)
    repo.set_rating(db, person.id, rnd.id, "coordinator", indicator, 3)
    return rnd


def test_an_edit_in_place_is_undone_and_redone_exactly(db):
    old = _framework(db).indicator("S7.1")
    edited = replace(old, text=Text("  ถ้อยคำใหม่ ", old.text.en))
    change = edits.save_checked_indicator(db, edited)
    assert (change.version_before, change.version_after) == (1, 1)
    assert change.before == old and change.after.text.th == "ถ้อยคำใหม่"  # stored cleaned
    edits.undo_indicator(db, change)
    assert _framework(db) == _framework(db, 1) and _framework(db).indicator("S7.1") == old
    again = edits.redo_indicator(db, change)
    assert again == change
    assert _framework(db).indicator("S7.1").text.th == "ถ้อยคำใหม่"


def test_an_added_indicator_is_removed_by_undo(db):
    before = _framework(db)
    template = before.indicator("S9.1")
    code = before.next_indicator_code("S9")
    change = edits.save_checked_indicator(db, replace(template, code=code))
    assert change.before is None and _framework(db).indicator(code) is not None
    edits.undo_indicator(db, change)
    assert _framework(db) == before


def test_a_new_version_is_deleted_by_undo_unless_it_is_used_since(db):
    _rated(db)
    v1 = _framework(db, 1)
    change = edits.set_retired(db, "K1.2", True)
    assert (change.version_before, change.version_after) == (1, 2)
    edits.undo_indicator(db, change)
    assert _latest(db) == 1 and _framework(db) == v1
    change = edits.redo_indicator(db, change)
    assert _latest(db) == 2 and _framework(db).indicator("K1.2").retired
    # A round set up on version 2 now: taking version 2 away would strand it.
    _rated(db, "K1.1", "รอบที่ 2", dt.date(2025, 12, 1))
    with pytest.raises(edits.FrameworkMovedOn):
        edits.undo_indicator(db, change)
    assert _latest(db) == 2 and _framework(db).indicator("K1.2").retired


def test_an_in_place_edit_is_not_undone_once_ratings_use_the_version(db):
    old = _framework(db).indicator("S7.1")
    change = edits.save_checked_indicator(db, replace(old, text=Text("ใหม่", "New")))
    _rated(db, "S7.1")
    with pytest.raises(edits.FrameworkMovedOn):
        edits.undo_indicator(db, change)
    assert _framework(db).indicator("S7.1").text == Text("ใหม่", "New")


def test_undo_refuses_when_the_indicator_was_changed_elsewhere(db):
    old = _framework(db).indicator("S7.1")
    change = edits.save_checked_indicator(db, replace(old, text=Text("ใหม่", "New")))
    store_fw.save_indicator(db, replace(old, text=Text("อื่น", "Other")))
    with pytest.raises(edits.FrameworkMovedOn):
        edits.undo_indicator(db, change)
    assert _framework(db).indicator("S7.1").text == Text("อื่น", "Other")


def test_set_target_returns_what_was_stored(db):
    with db.session() as session:
        was = store_fw.load_targets(session)["recorder"]["S7"]
    assert store_fw.set_target(db, "recorder", "S7", 5) == was
    assert store_fw.set_target(db, "recorder", "S7", was) == 5


def test_a_forgotten_pin_can_be_removed_by_whoever_holds_the_file(db):
    assert not pins.forget_pin(db)
    pins.set_pin(db, "2568")
    assert pins.forget_pin(db)
    with db.session() as session:
        assert not pins.has_pin(session)
