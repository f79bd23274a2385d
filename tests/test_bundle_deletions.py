"""A deleted round stays deleted: an older bundle never brings it back, and the deletion
travels in bundles to the other PCs, whatever order the files are merged in."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import zipfile
from contextlib import closing

import pytest

from kmdesk.exchange.bundle import Selection, export_bundle, merge_bundles, preview_merge
from kmdesk.exchange.merge_words import merge_lines
from kmdesk.exchange.problems import FileRejected
from kmdesk.store import deletions, repo, rounds
from kmdesk.store.db import open_database
from tests.bundle_samples import dump, round_named
from tests.conftest import new_database_file

DEMO_RATINGS = 9 * 3 * 3 * 18  # people x rounds x roles x indicators
ROUND_RATINGS = DEMO_RATINGS // 3


def _titles(path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return sorted(r[0] for r in conn.execute("SELECT title FROM round"))


def _count(path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def before_and_after(demo_file, tmp_path):
    """The demo's bundle made before round 1 was deleted, the database after, and its bundle."""
    old = tmp_path / "before.kmdesk"
    db = open_database(str(demo_file))
    export_bundle(db, old, Selection(everything=True))
    rounds.delete_round(db, round_named(db, "รอบที่ 1").id)
    new = tmp_path / "after.kmdesk"
    export_bundle(db, new, Selection(everything=True))
    db.dispose()
    return old, demo_file, new


def test_an_older_bundle_does_not_bring_a_deleted_round_back(before_and_after):
    old, lead, _ = before_and_after
    before = dump(lead)
    db = open_database(str(lead))
    report = merge_bundles(db, [old])
    db.dispose()
    assert dump(lead) == before  # nothing written at all
    assert _titles(lead) == ["รอบที่ 2", "รอบที่ 3"]
    # every rating of the file accounted for: two rounds unchanged, one round left out
    assert report.counts == {
        "added": 0,
        "updated": 0,
        "unchanged": 2 * ROUND_RATINGS,
        "conflict": 0,
    }
    (gone,) = report.deleted
    assert (gone.kind, gone.name, gone.file, gone.ratings) == (
        "round",
        "รอบที่ 1",
        "before.kmdesk",
        ROUND_RATINGS,
    )
    (line,) = [x for x in report.lines() if x.startswith("deleted here, kept deleted")]
    assert "round รอบที่ 1 in before.kmdesk" in line and f"its {ROUND_RATINGS} ratings" in line


def test_the_deletion_travels_and_the_round_goes_on_the_other_pc_too(before_and_after, tmp_path):
    old, _, new = before_and_after
    other = new_database_file(tmp_path / "other.db")
    db = open_database(str(other))
    merge_bundles(db, [old])
    assert _titles(other) == ["รอบที่ 1", "รอบที่ 2", "รอบที่ 3"]
    preview = preview_merge(db, [new])
    assert _count(other, "rating") == DEMO_RATINGS  # the preview wrote nothing
    (gone,) = preview.deleted
    assert (gone.file, gone.name, gone.ratings) == ("this database", "รอบที่ 1", ROUND_RATINGS)
    assert any(x.startswith("deleted on another PC, would be deleted") for x in preview.lines())
    report = merge_bundles(db, [new])
    again = merge_bundles(db, [new, old])  # and the old file once more: still gone
    db.dispose()
    assert any(x.startswith("deleted on another PC, deleted here too") for x in report.lines())
    assert _titles(other) == ["รอบที่ 2", "รอบที่ 3"]
    assert _count(other, "rating") == _count(other, "rating_event") == 2 * ROUND_RATINGS
    assert _count(other, "deleted_record") == 1
    assert again.history_added == 0 and not again.new_rounds


@pytest.mark.parametrize("order", ["old first", "new first", "one merge", "one merge reversed"])
def test_any_order_of_the_files_gives_the_same_database(before_and_after, tmp_path, order):
    old, lead, new = before_and_after
    target = new_database_file(tmp_path / "target.db")
    db = open_database(str(target))
    if order == "old first":
        merge_bundles(db, [old])
        merge_bundles(db, [new])
    elif order == "new first":
        merge_bundles(db, [new])
        merge_bundles(db, [old])
    else:
        merge_bundles(db, [old, new] if order == "one merge" else [new, old])
    db.dispose()
    got, want = dump(target), dump(lead)
    for table in want:
        if table != "setting":  # the lead's backup count and such stay on the lead's PC
            assert got[table] == want[table], table
    assert _titles(target) == ["รอบที่ 2", "รอบที่ 3"]


def test_the_thai_report_says_it_was_kept_deleted(before_and_after):
    old, lead, _ = before_and_after
    db = open_database(str(lead))
    report = preview_merge(db, [old])
    db.dispose()
    lines = merge_lines(report, "th")
    kept = next(x for x in lines if "รอบที่ 1" in x and "before.kmdesk" in x)
    # when it was deleted: this PC's local time, in the Buddhist Era (it said "2026-… UTC")
    year = dt.date.today().year
    assert str(year + 543) in kept and str(year) not in kept and "UTC" not in kept


def test_the_aliases_of_a_deleted_round_are_deleted_with_it(demo_file):
    """A round known on another PC by another id: that id is listed as deleted too."""
    import uuid

    from kmdesk.store import models as m

    db = open_database(str(demo_file))
    r1 = round_named(db, "รอบที่ 1")
    other = uuid.UUID("2" * 32)
    with db.write() as session:
        session.add(m.UidAlias(uid=other, kind="round", target=uuid.UUID(r1.id)))
    rounds.delete_round(db, r1.id)
    with db.session() as session:
        found = {(d.uid, d.kind) for d in deletions.read_deletions(session)}
        assert [r.title for r in repo.list_rounds(session)] == ["รอบที่ 2", "รอบที่ 3"]
    db.dispose()
    assert found == {(r1.id, "round"), (str(other), "round")}


def _rewrite(path, entry: str, data: bytes, out) -> None:
    """``path`` with ``entry`` replaced, the manifest's checksum and count made to match."""
    import hashlib

    with zipfile.ZipFile(path) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    head = json.loads(entries["manifest.json"])
    entries[entry] = data
    head["entries"][entry] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    head["counts"]["deletions"] = len(json.loads(data)["deleted"])
    entries["manifest.json"] = json.dumps(head).encode()
    with zipfile.ZipFile(out, "w") as archive:
        for name, value in entries.items():
            archive.writestr(name, value)


@pytest.mark.parametrize(
    "item, expected",
    [
        ({"uid": "x", "kind": "round", "at": "2026-01-01T00:00:00Z", "pc": ""}, "uid"),
        (
            {"uid": "2" * 32, "kind": "indicator", "at": "2026-01-01T00:00:00Z", "pc": ""},
            "kind is not one of",
        ),
        ({"uid": "22222222-2222-2222-2222-222222222222", "kind": "round", "pc": ""}, "at"),
    ],
)
def test_a_damaged_list_of_deletions_is_refused(before_and_after, tmp_path, item, expected):
    _, lead, new = before_and_after
    bad = tmp_path / "bad.kmdesk"
    _rewrite(new, "deletions.json", json.dumps({"deleted": [item]}).encode(), bad)
    before = dump(lead)
    db = open_database(str(lead))
    with pytest.raises(FileRejected, match=expected):
        merge_bundles(db, [bad])
    db.dispose()
    assert dump(lead) == before


def test_a_bundle_from_before_deletions_were_sent_still_merges(before_and_after, tmp_path):
    """Format 1 without deletions.json (kmdesk before 0005) reads as one with none."""
    _, lead, new = before_and_after
    plain = tmp_path / "plain.kmdesk"
    with zipfile.ZipFile(new) as archive:
        entries = {n: archive.read(n) for n in archive.namelist() if n != "deletions.json"}
    head = json.loads(entries["manifest.json"])
    del head["entries"]["deletions.json"], head["counts"]["deletions"]
    entries["manifest.json"] = json.dumps(head).encode()
    with zipfile.ZipFile(plain, "w") as archive:
        for name, value in entries.items():
            archive.writestr(name, value)
    target = new_database_file(tmp_path / "t.db")
    shutil.copy(lead, target)
    db = open_database(str(target))
    report = merge_bundles(db, [plain])
    db.dispose()
    assert report.counts["unchanged"] == 2 * ROUND_RATINGS and not report.deleted


def test_the_command_keeps_a_deleted_round_deleted(run_kmdesk, before_and_after, tmp_path):
    import csv
    from collections import Counter

    old, lead, _ = before_and_after
    rows = tmp_path / "outcome.csv"
    done = run_kmdesk("--lang", "en", "bundle", "import", str(old), "--report", str(rows), db=lead)
    assert done.returncode == 0, done.stderr
    assert "deleted here, kept deleted: round รอบที่ 1 in before.kmdesk" in done.stdout
    assert _titles(lead) == ["รอบที่ 2", "รอบที่ 3"]
    # every rating of the file has its row, those of the deleted round too
    with rows.open(encoding="utf-8-sig") as fh:
        report = list(csv.DictReader(fh))
    keys = {(r["person"], r["round"], r["role"], r["indicator"]) for r in report}
    assert len(keys) == len(report) == DEMO_RATINGS
    assert Counter(r["status"] for r in report) == {
        "unchanged": 2 * ROUND_RATINGS,
        "kept deleted": ROUND_RATINGS,
    }
    assert {r["round"] for r in report if r["status"] == "kept deleted"} == {"รอบที่ 1"}
    assert all("left out" in r["reason"] for r in report if r["status"] == "kept deleted")


def test_a_round_made_again_under_the_same_title_replaces_the_deleted_one(
    before_and_after, tmp_path
):
    import datetime as dt

    old, lead, _ = before_and_after
    db = open_database(str(lead))
    again = repo.add_round(db, "รอบที่ 1", dt.date(2024, 8, 9))
    new = tmp_path / "again.kmdesk"
    export_bundle(db, new, Selection(everything=True))
    db.dispose()
    other = new_database_file(tmp_path / "other.db")
    db = open_database(str(other))
    merge_bundles(db, [old])
    report = merge_bundles(db, [new])
    with db.session() as session:
        found = {r.title: r.id for r in repo.list_rounds(session)}
    db.dispose()
    assert found["รอบที่ 1"] == again.id  # the new one, not the one deleted
    assert report.new_rounds == ["รอบที่ 1"]
    assert [(d.file, d.name) for d in report.deleted] == [("this database", "รอบที่ 1")]
