"""Agreed levels and learning actions travel in team bundles with their history: a round
trip keeps them, two PCs' changes to different actions both arrive, a newer change wins,
and a bundle made before they travelled still reads."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import shutil
import zipfile
from dataclasses import replace

import pytest

from kmdesk.assess.cycle import Action, AgreedLevel, Review
from kmdesk.exchange.bundle import Selection, export_bundle, merge_bundles, read_bundle
from kmdesk.exchange.bundle_report import ADDED, UNCHANGED, UPDATED
from kmdesk.exchange.problems import FileRejected
from kmdesk.store import learning
from kmdesk.store.db import open_database
from tests.bundle_samples import PC_A, PC_B, dump, on_pc, person, round_named, team_named
from tests.conftest import new_database_file

THA_RAI = "ท่าไร่"
MALAI, PRASERT, KANCHANA = "มาลัย ศรีสุข", "ประเสริฐ บุญมา", "กาญจนา รักษ์ถิ่น"
LEARNING_TABLES = ("agreed_level", "agreed_level_event", "learning_action", "learning_action_event")


@contextlib.contextmanager
def pc(monkeypatch, which: str):
    with on_pc(monkeypatch, which), monkeypatch.context() as patch:
        patch.setattr("kmdesk.store.learning.pc_id", lambda: which)
        yield


def _team_bundle(db, path, team=THA_RAI):
    return export_bundle(db, path, Selection(team=team_named(db, team).id))


def _by_what(db) -> dict[str, Action]:
    return {a.what: a for a in learning.actions(db)}


def test_a_team_bundle_carries_the_plan_with_its_history(demo_file, tmp_path):
    db = open_database(str(demo_file))
    done = _team_bundle(db, tmp_path / "team.kmdesk")
    db.dispose()
    # The demo's one agreed level (set once) and one action (added, then done and reviewed).
    assert (done.counts["agreed_levels"], done.counts["actions"]) == (1, 1)
    assert done.counts["learning_events"] == 1 + 2
    target = new_database_file(tmp_path / "new.db")
    into = open_database(str(target))
    report = merge_bundles(into, [tmp_path / "team.kmdesk"])
    into.dispose()
    assert report.learning["agreed"][ADDED] == report.learning["action"][ADDED] == 1
    original, copy = dump(demo_file), dump(target)
    for table in LEARNING_TABLES:
        assert copy[table] == original[table], table
    # Merged again: nothing new.
    into = open_database(str(target))
    again = merge_bundles(into, [tmp_path / "team.kmdesk"])
    into.dispose()
    assert again.learning["action"] == {ADDED: 0, UPDATED: 0, UNCHANGED: 1}
    assert dump(target) == copy


def test_a_person_bundle_carries_the_actions_they_learn_in_or_teach(demo_file, tmp_path):
    db = open_database(str(demo_file))
    export_bundle(db, tmp_path / "p.kmdesk", Selection(person=person(db, PRASERT).id))
    export_bundle(db, tmp_path / "m.kmdesk", Selection(person=person(db, MALAI).id))
    db.dispose()
    teaching = read_bundle(tmp_path / "p.kmdesk").records
    assert [r.kind for r in teaching.learning].count("action") == 1
    # The learner comes along, so the bundle is whole.
    assert KANCHANA in {p.name for p in teaching.people}
    bystander = read_bundle(tmp_path / "m.kmdesk").records
    assert [r.kind for r in bystander.learning] == ["agreed"]


def _second_action(db) -> Action:
    r3, team = round_named(db, "รอบที่ 3"), team_named(db, THA_RAI)
    return learning.add_action(
        db,
        Action(
            "", team.id, r3.id, "recorder", "S8", person(db, MALAI).id, "ฝึกสรุปประเด็น",
            supplier_id=person(db, PRASERT).id, due=dt.date(2025, 10, 31),
        ),
    )  # fmt: skip


def test_two_pcs_each_changing_a_different_action_both_arrive(demo_template, tmp_path, monkeypatch):
    base = tmp_path / "base.db"
    shutil.copy(demo_template, base)
    db = open_database(str(base))
    _second_action(db)
    db.dispose()
    for name, which in (("a", PC_A), ("b", PC_B)):
        shutil.copy(base, tmp_path / f"{name}.db")
        db = open_database(str(tmp_path / f"{name}.db"))
        with pc(monkeypatch, which):
            actions = _by_what(db)
            if name == "a":  # A closes the demo's action's twin: the second one, done
                second = actions["ฝึกสรุปประเด็น"]
                learning.save_action(db, replace(second, status="done", asset="สรุปเวที.docx"))
            else:  # B rewrites the demo's action's review and sets an agreed level
                first = next(a for a in actions.values() if a.competency == "K3")
                learning.save_action(db, replace(first, review=Review(next_time="ชวนทีมฝึก")))
                r3, team = round_named(db, "รอบที่ 3"), team_named(db, THA_RAI)
                learning.set_agreed_level(db, AgreedLevel(team.id, r3.id, "recorder", "S8", 4))
            _team_bundle(db, tmp_path / f"{name}.kmdesk")
        db.dispose()
    merged = {}
    for order in (("a", "b"), ("b", "a")):
        path = tmp_path / f"merged_{''.join(order)}.db"
        shutil.copy(base, path)
        db = open_database(str(path))
        report = merge_bundles(db, [tmp_path / f"{name}.kmdesk" for name in order])
        actions = _by_what(db)
        r3, team = round_named(db, "รอบที่ 3"), team_named(db, THA_RAI)
        agreed = learning.agreed_levels(db, team.id, r3.id, "recorder")
        db.dispose()
        assert report.learning["action"] == {ADDED: 0, UPDATED: 2, UNCHANGED: 0}
        assert report.learning["agreed"][ADDED] == 1
        second = actions["ฝึกสรุปประเด็น"]
        first = next(a for a in actions.values() if a.competency == "K3")
        assert (second.status, second.asset) == ("done", "สรุปเวที.docx")
        assert first.review.next_time == "ชวนทีมฝึก" and first.status == "done"
        assert agreed["S8"].level == 4
        merged[order] = {t: dump(path)[t] for t in LEARNING_TABLES}
    assert merged[("a", "b")] == merged[("b", "a")]


def test_the_newer_change_to_one_action_wins_and_the_older_stays_in_its_history(
    demo_template, tmp_path, monkeypatch
):
    for name, which, status in (("a", PC_A, "dropped"), ("b", PC_B, "planned")):
        shutil.copy(demo_template, tmp_path / f"{name}.db")
        db = open_database(str(tmp_path / f"{name}.db"))
        with pc(monkeypatch, which):
            (only,) = learning.actions(db)
            learning.save_action(db, replace(only, status=status))  # A first, then B
            _team_bundle(db, tmp_path / f"{name}.kmdesk")
        db.dispose()
    target = tmp_path / "target.db"
    shutil.copy(demo_template, target)
    db = open_database(str(target))
    merge_bundles(db, [tmp_path / "b.kmdesk", tmp_path / "a.kmdesk"])
    (only,) = learning.actions(db)
    past = learning.learning_history(db, only.id)
    db.dispose()
    assert only.status == "planned"  # B's, the later change
    assert [e.values["status"] for e in past][-2:] == ["dropped", "planned"]
    assert {e.pc for e in past[-2:]} == {PC_A, PC_B}


def test_a_bundle_made_before_the_plan_travelled_still_reads(demo_file, tmp_path):
    db = open_database(str(demo_file))
    _team_bundle(db, tmp_path / "new.kmdesk")
    db.dispose()
    with zipfile.ZipFile(tmp_path / "new.kmdesk") as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    # As the previous kmdesk wrote it: no learning.json, and no count of what it holds.
    del parts["learning.json"]
    manifest = json.loads(parts["manifest.json"])
    del manifest["entries"]["learning.json"]
    for key in ("agreed_levels", "actions", "learning_events"):
        del manifest["counts"][key]
    parts["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    old = tmp_path / "old.kmdesk"
    with zipfile.ZipFile(old, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    bundle = read_bundle(old)
    assert bundle.records.learning == [] and bundle.records.ratings
    target = new_database_file(tmp_path / "target.db")
    db = open_database(str(target))
    report = merge_bundles(db, [old])
    db.dispose()
    assert report.counts[ADDED] == len(bundle.records.ratings)
    assert report.learning["action"][ADDED] == 0


def test_a_plan_naming_someone_the_bundle_lacks_is_refused_whole(demo_file, tmp_path):
    db = open_database(str(demo_file))
    _team_bundle(db, tmp_path / "team.kmdesk")
    db.dispose()
    with zipfile.ZipFile(tmp_path / "team.kmdesk") as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    plan = json.loads(parts["learning.json"])
    plan["actions"][0]["history"][0]["learner"] = "00000000-0000-4000-8000-000000000000"
    parts["learning.json"] = json.dumps(plan, ensure_ascii=False).encode()
    manifest = json.loads(parts["manifest.json"])
    manifest["entries"]["learning.json"] = {
        "bytes": len(parts["learning.json"]),
        "sha256": hashlib.sha256(parts["learning.json"]).hexdigest(),
    }
    parts["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    bad = tmp_path / "bad.kmdesk"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    target = new_database_file(tmp_path / "target.db")
    before = dump(target)
    db = open_database(str(target))
    with pytest.raises(FileRejected, match=r"learning.json actions\[0\] history\[0\] learner"):
        merge_bundles(db, [bad])
    db.dispose()
    assert dump(target) == before
