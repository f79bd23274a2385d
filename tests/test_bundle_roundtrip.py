"""A whole database as a bundle: into an empty database it comes back exactly, table by table."""

from __future__ import annotations

import shutil
import zipfile

from kmdesk.exchange.bundle import Selection, export_bundle, merge_bundles, read_bundle
from kmdesk.exchange.bundle_format import MANIFEST
from kmdesk.store.db import open_database
from tests.bundle_samples import dump, enrich, person, round_named, team_named
from tests.conftest import new_database_file


def _rich(demo_file):
    db = open_database(str(demo_file))
    enrich(db)
    return db


def test_export_all_into_an_empty_database_reproduces_every_table(demo_file, tmp_path):
    db = _rich(demo_file)
    bundle = tmp_path / "all.kmdesk"
    export_bundle(db, bundle, Selection(everything=True))
    db.dispose()
    copy = new_database_file(tmp_path / "copy.db")
    target = open_database(str(copy))
    report = merge_bundles(target, [bundle])
    target.dispose()
    assert report.counts["conflict"] == 0
    original, copied = dump(demo_file), dump(copy)
    for table in original:
        assert copied[table] == original[table], table
    # what the comparison covers, so that it cannot pass on empty tables
    assert len(original["rating_event"]) > len(original["rating"]) > 1400
    assert any(row[4] == 0 for row in original["facilitator"])  # someone inactive
    assert len(original["framework_version"]) == 2
    assert original["uid_alias"] and original["setting"] and original["deleted_record"]


def test_a_whole_database_bundle_is_small_and_says_what_it_holds(demo_file, tmp_path):
    db = open_database(str(demo_file))
    done = export_bundle(db, tmp_path / "demo.kmdesk", Selection(everything=True))
    db.dispose()
    # 9 people x 3 rounds x 3 roles, every indicator rated
    assert done.counts["ratings"] == 9 * 3 * 3 * 18
    assert done.size < 200_000
    bundle = read_bundle(tmp_path / "demo.kmdesk")
    assert bundle.manifest.everything
    assert bundle.manifest.counts == done.counts
    with zipfile.ZipFile(tmp_path / "demo.kmdesk") as archive:
        assert sorted(archive.namelist()) == sorted(
            [
                MANIFEST,
                "framework.json",
                "people.json",
                "ratings.json",
                "learning.json",
                "deletions.json",
            ]
        )


def test_a_person_bundle_holds_that_person_their_team_and_rounds_only(demo_file, tmp_path):
    db = open_database(str(demo_file))
    malai, r3 = person(db, "มาลัย ศรีสุข"), round_named(db, "รอบที่ 3")
    selection = Selection(person=malai.id, round=r3.id, labels={"person": malai.name})
    export_bundle(db, tmp_path / "malai.kmdesk", selection)
    db.dispose()
    records = read_bundle(tmp_path / "malai.kmdesk").records
    assert [p.name for p in records.people] == ["มาลัย ศรีสุข"]
    assert [t.name for t in records.teams] == ["ท่าไร่"]
    assert [r.title for r in records.rounds] == ["รอบที่ 3"]
    assert len(records.ratings) == 3 * 18
    assert {r.key[0] for r in records.ratings} == {malai.id}


def test_a_team_bundle_carries_an_empty_team_and_inactive_members(demo_file, tmp_path):
    db = _rich(demo_file)
    team = team_named(db, "ท่าไร่")
    export_bundle(db, tmp_path / "team.kmdesk", Selection(team=team.id))
    empty = team_named(db, "ทีมว่าง")
    export_bundle(db, tmp_path / "empty.kmdesk", Selection(team=empty.id))
    db.dispose()
    records = read_bundle(tmp_path / "team.kmdesk").records
    assert {p.name for p in records.people} == {
        "มาลัย ศรีสุข",
        "ประเสริฐ บุญมา",
        "กาญจนา รักษ์ถิ่น",
        "ยังไม่ ประเมิน",
    }
    assert {r.title for r in records.rounds} == {"รอบที่ 1", "รอบที่ 2", "รอบที่ 3", "รอบที่ 4"}
    assert {v.number for v in records.versions} == {1, 2}
    assert [a.kind for a in records.aliases] == ["facilitator"]  # it names มาลัย
    empty_records = read_bundle(tmp_path / "empty.kmdesk").records
    assert [t.name for t in empty_records.teams] == ["ทีมว่าง"]
    assert not empty_records.people and not empty_records.ratings


def test_a_bundle_merged_twice_changes_nothing_the_second_time(demo_file, tmp_path):
    db = _rich(demo_file)
    export_bundle(db, tmp_path / "all.kmdesk", Selection(everything=True))
    db.dispose()
    copy = new_database_file(tmp_path / "copy.db")
    target = open_database(str(copy))
    merge_bundles(target, [tmp_path / "all.kmdesk"])
    target.dispose()
    once = copy.read_bytes()
    backups = sorted((tmp_path / "copy.db-backups").iterdir())
    target = open_database(str(copy))
    again = merge_bundles(target, [tmp_path / "all.kmdesk"])
    target.dispose()
    assert again.counts["added"] == again.counts["updated"] == again.counts["conflict"] == 0
    assert again.history_added == 0
    assert copy.read_bytes() == once
    # nothing to write, so no backup either
    assert sorted((tmp_path / "copy.db-backups").iterdir()) == backups


def test_the_original_database_merging_its_own_bundle_changes_nothing(demo_file, tmp_path):
    db = _rich(demo_file)
    export_bundle(db, tmp_path / "all.kmdesk", Selection(everything=True))
    db.dispose()
    shutil.copy(demo_file, tmp_path / "before.db")
    before = dump(tmp_path / "before.db")
    db = open_database(str(demo_file))
    report = merge_bundles(db, [tmp_path / "all.kmdesk"])
    db.dispose()
    assert report.counts["unchanged"] == len(report.ratings)
    assert dump(demo_file) == before


def test_a_whole_database_comes_back_the_same_through_postgresql(pg_url, demo_file, tmp_path):
    db = _rich(demo_file)
    export_bundle(db, tmp_path / "sqlite.kmdesk", Selection(everything=True))
    db.dispose()
    server = open_database(pg_url)
    report = merge_bundles(server, [tmp_path / "sqlite.kmdesk"])
    assert report.counts["added"] == len(report.ratings)
    export_bundle(server, tmp_path / "server.kmdesk", Selection(everything=True))
    again = merge_bundles(server, [tmp_path / "sqlite.kmdesk"])
    server.dispose()
    assert again.history_added == 0
    # the same records, times to the microsecond and ids included, both ways through
    assert (
        read_bundle(tmp_path / "server.kmdesk").records
        == read_bundle(tmp_path / "sqlite.kmdesk").records
    )
