"""Two PCs edit copies of the demo; a third merges both, in either order, losing nothing."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from kmdesk.exchange.bundle import (
    SamePeopleUnconfirmed,
    Selection,
    export_bundle,
    merge_bundles,
    preview_merge,
    read_bundle,
)
from kmdesk.exchange.bundle_report import ADDED, CONFLICT, UNCHANGED, UPDATED
from kmdesk.exchange.problems import FileRejected
from kmdesk.store import framework_edits, repo
from kmdesk.store.db import open_database
from tests.bundle_samples import (
    PC_A,
    PC_B,
    dump,
    history_by_name,
    new_indicator,
    on_pc,
    person,
    ratings_by_name,
    round_named,
    team_named,
)
from tests.conftest import new_database_file

THA_RAI = "ท่าไร่"
MALAI, PRASERT, KANCHANA = "มาลัย ศรีสุข", "ประเสริฐ บุญมา", "กาญจนา รักษ์ถิ่น"
NEWCOMER = "สมศรี มาใหม่"
R3, R4 = "รอบที่ 3", "รอบที่ 4"


def _key(name, rnd, role, code, team=THA_RAI):
    return (team, name, rnd, role, code)


# the ratings each PC changed, and what the merge must make of them
BOTH = _key(MALAI, R3, "recorder", "S8.1")  # A first, then B: B's later change wins
A_ONLY = _key(PRASERT, R3, "coordinator", "K1.1")  # B still has the demo's value
B_CLEARED = _key(KANCHANA, R3, "process_lead", "S2.1")  # cleared on B
NEW_BOTH = _key(NEWCOMER, R3, "recorder", "S8.1")  # the newcomer, rated on both PCs
NEW_B_ONLY = _key(NEWCOMER, R3, "coordinator", "K1.1")
NEW_INDICATOR = _key(MALAI, R4, "recorder", "S8.2")  # in framework version 2, made on A


def _edit_pc_a(db, monkeypatch):
    with on_pc(monkeypatch, PC_A):
        malai, prasert, r3 = person(db, MALAI), person(db, PRASERT), round_named(db, R3)
        repo.set_rating(db, malai.id, r3.id, "recorder", "S8.1", 5, "แก้บนเครื่อง A")
        repo.set_rating(db, prasert.id, r3.id, "coordinator", "K1.1", 1, "")
        newcomer = repo.add_facilitator(db, NEWCOMER, "พช.", team_named(db, THA_RAI).id)
        repo.set_rating(db, newcomer.id, r3.id, "recorder", "S8.1", 3, "A")
        framework_edits.save_checked_indicator(db, new_indicator("S8.2", "S8"))
        r4 = repo.add_round(db, R4, dt.date(2026, 2, 14))
        repo.set_rating(db, malai.id, r4.id, "recorder", "S8.2", 4, "ตัวชี้วัดใหม่")


def _edit_pc_b(db, monkeypatch):
    with on_pc(monkeypatch, PC_B):
        malai, kanchana, r3 = person(db, MALAI), person(db, KANCHANA), round_named(db, R3)
        repo.set_rating(db, malai.id, r3.id, "recorder", "S8.1", 2, "แก้บนเครื่อง B")
        repo.clear_rating(db, kanchana.id, r3.id, "process_lead", "S2.1")
        newcomer = repo.add_facilitator(db, NEWCOMER, "พช.", team_named(db, THA_RAI).id)
        repo.set_rating(db, newcomer.id, r3.id, "recorder", "S8.1", 4, "B")
        repo.set_rating(db, newcomer.id, r3.id, "coordinator", "K1.1", 2, "")


@pytest.fixture
def two_pcs(demo_template, tmp_path, monkeypatch):
    """Bundles of two copies of the demo, each edited on its own PC (A first, then B)."""
    bundles = {}
    for name, edit, pc in (("a", _edit_pc_a, PC_A), ("b", _edit_pc_b, PC_B)):
        path = tmp_path / f"{name}.db"
        shutil.copy(demo_template, path)
        db = open_database(str(path))
        edit(db, monkeypatch)
        with on_pc(monkeypatch, pc):
            export_bundle(db, tmp_path / f"{name}.kmdesk", Selection(everything=True))
        db.dispose()
        bundles[name] = (path, tmp_path / f"{name}.kmdesk")
    return bundles


def _merge_into_new(tmp_path, name, *groups, merge_people=True):
    path = new_database_file(tmp_path / name)
    db = open_database(str(path))
    reports = [merge_bundles(db, group, merge_people=merge_people) for group in groups]
    db.dispose()
    return path, reports


def _by_key(report):
    lines = {}
    for line in report.ratings:
        key = (line.team, line.person, line.round, line.role, line.indicator)
        assert key not in lines, f"{key} reported twice"
        lines[key] = line
    return lines


def _expected_after(path_a, path_b):
    """Every rating as the merge must leave it: the later change of the two PCs."""
    a, b = history_by_name(path_a), history_by_name(path_b)
    out = {}
    for key in set(a) | set(b):
        latest = max(a.get(key, []) + b.get(key, []), key=lambda e: (e[3], e[4]))
        if not latest[2]:  # not cleared
            out[key] = (latest[0], latest[1])
    return out


def test_two_pcs_merged_in_either_order_give_the_same_ratings(two_pcs, tmp_path):
    (db_a, file_a), (db_b, file_b) = two_pcs["a"], two_pcs["b"]
    ab, (first_a, then_b) = _merge_into_new(tmp_path, "ab.db", [file_a], [file_b])
    ba, (first_b, then_a) = _merge_into_new(tmp_path, "ba.db", [file_b], [file_a])
    expected = _expected_after(db_a, db_b)
    assert ratings_by_name(ab) == expected
    assert ratings_by_name(ba) == expected
    assert history_by_name(ab) == history_by_name(ba)
    # nothing lost: every change of either PC is in the merged history
    merged = history_by_name(ab)
    for source in (db_a, db_b):
        for key, events in history_by_name(source).items():
            assert set(events) <= set(merged[key]), key
    # the same people, teams and rounds by name; only the newcomer's id depends on the order
    for table in ("team", "round", "framework_version", "indicator", "target", "setting"):
        assert dump(ab)[table] == dump(ba)[table], table
    assert expected[BOTH] == (2, "แก้บนเครื่อง B")
    assert expected[A_ONLY] == (1, "")
    assert B_CLEARED not in expected
    assert expected[NEW_BOTH] == (4, "B")
    assert expected[NEW_INDICATOR] == (4, "ตัวชี้วัดใหม่")
    # both orders report the same two conflicts, and the same rating keeps B's value
    for first, then in ((first_a, then_b), (first_b, then_a)):
        assert {line.status for line in first.ratings} == {ADDED}
        assert [line.label for line in then.conflicts] == [
            f"{MALAI} ({THA_RAI}) / {R3} / recorder / S8.1",
            f"{NEWCOMER} ({THA_RAI}) / {R3} / recorder / S8.1",
        ]
        assert [line.after.level for line in then.conflicts] == [2, 4]


def _rows_by_one_id(path) -> dict[str, list[tuple]]:
    """Every table's rows, each person's two ids (one per PC, confirmed as one) written as
    the smaller: the order of the merges decides which id the person keeps here."""
    tables = dump(path)
    one = {}
    for uid, _kind, target in tables.pop("uid_alias"):
        one[uid] = one[target] = min(uid, target)
    return {
        table: sorted((tuple(one.get(v, v) for v in row) for row in rows), key=repr)
        for table, rows in tables.items()
    }


def test_either_order_and_one_merge_leave_the_same_rows_in_every_table(two_pcs, tmp_path):
    (_db_a, file_a), (_db_b, file_b) = two_pcs["a"], two_pcs["b"]
    ab, _ = _merge_into_new(tmp_path, "ab.db", [file_a], [file_b])
    ba, _ = _merge_into_new(tmp_path, "ba.db", [file_b], [file_a])
    both, _ = _merge_into_new(tmp_path, "both.db", [file_a, file_b])
    rows = _rows_by_one_id(ab)
    assert _rows_by_one_id(ba) == rows
    assert _rows_by_one_id(both) == rows
    # the newcomer's S8.1, rated on both PCs under two rating ids, keeps the same one
    assert len(rows["rating"]) == len({row[:4] for row in rows["rating"]}) > 1400


def test_every_rating_of_the_second_pc_is_accounted_for_row_by_row(two_pcs, tmp_path):
    (db_a, file_a), (db_b, file_b) = two_pcs["a"], two_pcs["b"]
    _path, (first, second) = _merge_into_new(tmp_path, "ab.db", [file_a], [file_b])
    in_a, in_b = history_by_name(db_a), history_by_name(db_b)
    # into an empty database, every rating of A is added
    assert set(_by_key(first)) == set(in_a)
    assert {line.status for line in first.ratings} == {ADDED}
    # then B: one line for each of B's ratings, with the status the rules give
    lines = _by_key(second)
    assert set(lines) == set(in_b)
    special = {BOTH: CONFLICT, B_CLEARED: UPDATED, NEW_BOTH: CONFLICT, NEW_B_ONLY: ADDED}
    for key, line in lines.items():
        assert line.status == special.get(key, UNCHANGED), key
    assert A_ONLY in lines and lines[A_ONLY].status == UNCHANGED  # B's value is in A's history
    conflict = lines[BOTH]
    assert [s.source for s in conflict.sides] == ["b.kmdesk", "this database"]
    assert [s.event.level for s in conflict.sides] == [2, 5]
    assert conflict.after.level == 2 and conflict.winner == "b.kmdesk"
    assert "later change wins" in conflict.reason
    assert second.counts == {ADDED: 1, UPDATED: 1, UNCHANGED: len(lines) - 4, CONFLICT: 2}
    text = "\n".join(second.lines())
    assert f"conflict: {MALAI} ({THA_RAI}) / {R3} / recorder / S8.1" in text
    assert f"probably the same person: {NEWCOMER} ({THA_RAI})" in text


def test_both_files_in_one_merge_report_their_conflicts_too(two_pcs, tmp_path):
    (db_a, file_a), (db_b, file_b) = two_pcs["a"], two_pcs["b"]
    path, (report,) = _merge_into_new(tmp_path, "both.db", [file_b, file_a])
    assert ratings_by_name(path) == _expected_after(db_a, db_b)
    lines = _by_key(report)
    assert set(lines) == set(history_by_name(db_a)) | set(history_by_name(db_b))
    assert lines[BOTH].status == CONFLICT
    assert {s.source for s in lines[BOTH].sides} == {"a.kmdesk", "b.kmdesk"}
    assert lines[A_ONLY].status == ADDED  # A changed what B still had: no conflict
    # the same files the other way round give the same report
    _path, (other,) = _merge_into_new(tmp_path, "both2.db", [file_a, file_b])
    assert [(line.label, line.status) for line in other.ratings] == [
        (line.label, line.status) for line in report.ratings
    ]


def test_the_same_person_on_two_pcs_is_merged_only_when_confirmed(two_pcs, tmp_path):
    (_db_a, file_a), (_db_b, file_b) = two_pcs["a"], two_pcs["b"]
    path = new_database_file(tmp_path / "third.db")
    db = open_database(str(path))
    merge_bundles(db, [file_a])
    before = dump(path)
    with pytest.raises(SamePeopleUnconfirmed) as refused:
        merge_bundles(db, [file_b])
    assert [(s.name, s.team) for s in refused.value.report.same_people] == [(NEWCOMER, THA_RAI)]
    assert "Nothing was merged" in str(refused.value)
    assert dump(path) == before
    preview = preview_merge(db, [file_b])
    assert preview.needs_confirmation and preview.dry_run
    assert dump(path) == before
    # the app's preview shows what merging them as one would do: nobody is merged yet
    confirming = preview_merge(db, [file_b], merge_people=True)
    (same,) = [line for line in confirming.lines() if line.startswith("probably the same")]
    assert same.endswith("(would be merged as one)")
    merge_bundles(db, [file_b], merge_people=True)
    # remembered: B's id for the newcomer now means the one here, without asking again
    newcomer_b = next(p.uid for p in read_bundle(file_b).records.people if p.name == NEWCOMER)
    aliases = dump(path)["uid_alias"]
    assert [row[0] for row in aliases] == [newcomer_b.replace("-", "")]
    again = merge_bundles(db, [file_b])
    assert not again.same_people and again.history_added == 0
    db.dispose()


def test_a_framework_version_edited_apart_is_refused_and_nothing_is_written(
    demo_template, tmp_path, monkeypatch
):
    for name, code in (("a", "S8.2"), ("b", "S8.3")):
        shutil.copy(demo_template, tmp_path / f"{name}.db")
        db = open_database(str(tmp_path / f"{name}.db"))
        framework_edits.save_checked_indicator(db, new_indicator(code, "S8"))
        repo.add_round(db, f"รอบของ {name}", dt.date(2026, 3, 1))
        export_bundle(db, tmp_path / f"{name}.kmdesk", Selection(everything=True))
        db.dispose()
    db = open_database(str(tmp_path / "a.db"))
    before = dump(tmp_path / "a.db")
    with pytest.raises(FileRejected) as refused:
        merge_bundles(db, [tmp_path / "b.kmdesk"])
    db.dispose()
    message = str(refused.value)
    assert "framework version 2 differs from version 2 here" in message
    assert "S8.2" in message
    assert dump(tmp_path / "a.db") == before


def test_an_unused_local_version_is_replaced_by_the_bundles(demo_template, tmp_path):
    shutil.copy(demo_template, tmp_path / "a.db")
    db = open_database(str(tmp_path / "a.db"))
    framework_edits.save_checked_indicator(db, new_indicator("S8.2", "S8"))
    repo.add_round(db, "รอบใหม่", dt.date(2026, 3, 1))
    export_bundle(db, tmp_path / "a.kmdesk", Selection(everything=True))
    db.dispose()
    shutil.copy(demo_template, tmp_path / "b.db")
    db = open_database(str(tmp_path / "b.db"))
    framework_edits.save_checked_indicator(db, new_indicator("S8.3", "S8"))  # no round on it
    report = merge_bundles(db, [tmp_path / "a.kmdesk"])
    db.dispose()
    assert any("replaced" in line for line in report.framework)
    codes = {row[1] for row in dump(tmp_path / "b.db")["indicator"] if row[0] == 2}
    assert "S8.2" in codes and "S8.3" not in codes


def test_a_round_of_the_same_title_on_another_date_is_refused(demo_template, tmp_path):
    shutil.copy(demo_template, tmp_path / "a.db")
    db = open_database(str(tmp_path / "a.db"))
    repo.add_round(db, "รอบพิเศษ", dt.date(2026, 3, 1))
    export_bundle(db, tmp_path / "a.kmdesk", Selection(everything=True))
    db.dispose()
    shutil.copy(demo_template, tmp_path / "b.db")
    db = open_database(str(tmp_path / "b.db"))
    repo.add_round(db, "รอบพิเศษ", dt.date(2026, 3, 2))
    before = dump(tmp_path / "b.db")
    with pytest.raises(FileRejected, match="dated 2026-03-01 in this file and 2026-03-02"):
        merge_bundles(db, [tmp_path / "a.kmdesk"])
    db.dispose()
    assert dump(tmp_path / "b.db") == before


def test_a_same_named_team_and_round_under_other_ids_become_the_ones_here(demo_template, tmp_path):
    # two PCs each set up the same team and round from scratch, and rate in them
    for name, level in (("a", 2), ("b", 3)):
        path = new_database_file(tmp_path / f"{name}.db")
        db = open_database(str(path))
        team = repo.add_team(db, "ทีมใหม่")
        rnd = repo.add_round(db, "รอบแรก", dt.date(2026, 1, 10))
        someone = repo.add_facilitator(db, f"คน {name}", "", team.id)
        repo.set_rating(db, someone.id, rnd.id, "recorder", "S1.1", level)
        export_bundle(db, tmp_path / f"{name}.kmdesk", Selection(everything=True))
        db.dispose()
    db = open_database(str(tmp_path / "a.db"))
    report = merge_bundles(db, [tmp_path / "b.kmdesk"])
    db.dispose()
    assert sorted(report.matched) == ["round รอบแรก in b.kmdesk", "team ทีมใหม่ in b.kmdesk"]
    tables = dump(tmp_path / "a.db")
    assert len(tables["team"]) == 1 and len(tables["round"]) == 1
    assert {row[1] for row in tables["facilitator"]} == {"คน a", "คน b"}
    assert sorted(row[1] for row in tables["uid_alias"]) == ["round", "team"]


def test_targets_come_from_the_bundle_only_into_a_database_without_ratings(demo_template, tmp_path):
    from kmdesk.store import frameworks

    shutil.copy(demo_template, tmp_path / "a.db")
    db = open_database(str(tmp_path / "a.db"))
    frameworks.set_target(db, "recorder", "S8", 5)
    export_bundle(db, tmp_path / "a.kmdesk", Selection(everything=True))
    db.dispose()
    empty, (taken,) = _merge_into_new(tmp_path, "empty.db", [tmp_path / "a.kmdesk"])
    assert ("recorder", "S8", 5) in dump(empty)["target"]
    assert "targets taken from a.kmdesk" in taken.framework
    shutil.copy(demo_template, tmp_path / "b.db")
    db = open_database(str(tmp_path / "b.db"))
    kept = merge_bundles(db, [tmp_path / "a.kmdesk"])
    db.dispose()
    assert ("recorder", "S8", 4) in dump(tmp_path / "b.db")["target"]
    assert any("recorder S8 4 kept, 5 in a.kmdesk" in note for note in kept.notes)
