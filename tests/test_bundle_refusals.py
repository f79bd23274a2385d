"""Every bundle refused through the real command: a plain message, exit 2, nothing written."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from kmdesk.exchange.bundle import Selection, export_bundle
from kmdesk.store.db import open_database
from tests.ratings_samples import database_bytes, write_csv


@pytest.fixture(scope="module")
def demo_bundle(demo_template, tmp_path_factory) -> Path:
    """A whole-database bundle of the demo, made once."""
    folder = tmp_path_factory.mktemp("bundle")
    copy = folder / "demo.db"
    shutil.copy(demo_template, copy)
    db = open_database(str(copy))
    export_bundle(db, folder / "demo.kmdesk", Selection(everything=True))
    db.dispose()
    return folder / "demo.kmdesk"


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(path: Path, parts: dict[str, bytes], level: int = 9) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def refused(run_kmdesk, db: Path, *files: Path, expected: str, args=()) -> str:
    before = database_bytes(db)
    done = run_kmdesk("bundle", "import", *map(str, files), *args, db=db)
    assert done.returncode == 2, done.stdout + done.stderr
    assert expected in done.stderr, done.stderr
    assert "Nothing was merged" in done.stderr
    assert "Traceback" not in done.stderr
    assert database_bytes(db) == before
    return done.stderr


def test_a_bundle_from_a_newer_kmdesk_is_refused(run_kmdesk, demo_file, demo_bundle, tmp_path):
    parts = entries(demo_bundle)
    manifest = json.loads(parts["manifest.json"])
    manifest["format_version"] = 2
    parts["manifest.json"] = json.dumps(manifest).encode()
    newer = rezip(tmp_path / "newer.kmdesk", parts)
    refused(run_kmdesk, demo_file, newer, expected="was made by a newer kmdesk (bundle format 2")


def test_a_truncated_bundle_is_refused(run_kmdesk, demo_file, demo_bundle, tmp_path):
    data = demo_bundle.read_bytes()
    cut = tmp_path / "cut.kmdesk"
    cut.write_bytes(data[: len(data) // 2])
    refused(run_kmdesk, demo_file, cut, expected="is damaged or incomplete")


def test_a_bundle_changed_on_the_way_fails_its_checksum(
    run_kmdesk, demo_file, demo_bundle, tmp_path
):
    parts = entries(demo_bundle)
    parts["ratings.json"] = parts["ratings.json"].replace(b'"level":3', b'"level":5', 1)
    changed = rezip(tmp_path / "changed.kmdesk", parts)
    refused(
        run_kmdesk,
        demo_file,
        changed,
        expected="ratings.json does not match the checksum in its manifest",
    )


def test_a_damaged_byte_inside_the_zip_is_refused(run_kmdesk, demo_file, demo_bundle, tmp_path):
    data = bytearray(demo_bundle.read_bytes())
    data[len(data) // 3] ^= 0xFF
    flipped = tmp_path / "flipped.kmdesk"
    flipped.write_bytes(bytes(data))
    refused(run_kmdesk, demo_file, flipped, expected="is damaged or incomplete")


@pytest.mark.parametrize(
    "kind", ["csv", "workbook", "empty", "other manifest", "directory traversal"]
)
def test_files_that_are_not_bundles_are_refused(run_kmdesk, demo_file, demo_bundle, tmp_path, kind):
    path = tmp_path / "file.kmdesk"
    expected = "is not a kmdesk bundle"
    if kind == "csv":
        path = write_csv(tmp_path, "a,b,c", name="ratings.kmdesk")
    elif kind == "workbook":
        from openpyxl import Workbook

        Workbook().save(path)
        expected = "is not a kmdesk bundle (it has no manifest.json)"
    elif kind == "empty":
        path.write_bytes(b"")
        expected = "is not a kmdesk bundle (it is empty)"
    elif kind == "other manifest":
        rezip(path, {"manifest.json": b'{"format": "something-else"}'})
    else:
        rezip(path, {**entries(demo_bundle), "../../escape.json": b"{}"})
        expected = "holds an entry with a path outside the archive ('../../escape.json')"
    refused(run_kmdesk, demo_file, path, expected=expected)


@pytest.mark.parametrize("name", ["/etc/passwd", "C:/Windows/win.ini", "a\\..\\b.json"])
def test_absolute_and_windows_paths_in_the_zip_are_refused(
    run_kmdesk, demo_file, demo_bundle, tmp_path, name
):
    path = rezip(tmp_path / "evil.kmdesk", {name: b"{}", **entries(demo_bundle)})
    refused(run_kmdesk, demo_file, path, expected="a path outside the archive")


def test_zip_bombs_are_refused_before_they_are_unpacked(
    run_kmdesk, demo_file, demo_bundle, tmp_path
):
    parts = entries(demo_bundle)
    many = rezip(tmp_path / "many.kmdesk", {**parts, **{f"x{i}.json": b"{}" for i in range(20)}})
    dense = rezip(tmp_path / "dense.kmdesk", {**parts, "ratings.json": b" " * 5_000_000})
    huge = rezip(tmp_path / "huge.kmdesk", {**parts, "ratings.json": b"\0" * 160_000_000}, level=1)
    for path, expected in (
        (many, f"holds {len(parts) + 20} entries; a bundle holds at most 16"),
        (dense, "its entry ratings.json unpacks to"),
        (huge, "its entry ratings.json unpacks to"),
    ):
        text = refused(run_kmdesk, demo_file, path, expected=expected)
        assert "made to exhaust memory" in text


def test_all_or_nothing_one_bad_file_among_good_ones_stops_the_merge(
    run_kmdesk, demo_bundle, tmp_path
):
    from tests.conftest import new_database_file

    db = new_database_file(tmp_path / "fresh.db")
    bad = tmp_path / "bad.kmdesk"
    bad.write_bytes(b"not a zip at all")
    text = refused(run_kmdesk, db, demo_bundle, bad, expected="bad.kmdesk: is not a kmdesk bundle")
    assert "demo.kmdesk" not in text


def test_a_person_under_two_ids_stops_the_merge_until_confirmed(run_kmdesk, tmp_path):
    import datetime as dt

    from kmdesk.store import repo
    from tests.conftest import new_database_file

    for name in ("a", "b"):
        db = open_database(str(new_database_file(tmp_path / f"{name}.db")))
        team = repo.add_team(db, "ทีม")
        someone = repo.add_facilitator(db, "สมชาย  ใจดี", "", team.id)
        rnd = repo.add_round(db, "รอบ", dt.date(2026, 1, 1))
        repo.set_rating(db, someone.id, rnd.id, "recorder", "S1.1", 3 if name == "a" else 4)
        export_bundle(db, tmp_path / f"{name}.kmdesk", Selection(everything=True))
        db.dispose()
    text = refused(
        run_kmdesk,
        tmp_path / "a.db",
        tmp_path / "b.kmdesk",
        expected="probably the same person under two ids: สมชาย ใจดี (ทีม)",
    )
    assert "--merge-people" in text
    done = run_kmdesk(
        "bundle", "import", str(tmp_path / "b.kmdesk"), "--merge-people", db=tmp_path / "a.db"
    )
    assert done.returncode == 0, done.stderr
    assert "added 0, updated 0, unchanged 0, conflicts 1" in done.stdout
    assert "kept: 4 from b.kmdesk" in done.stdout


def test_the_command_exports_dry_runs_imports_and_reports_every_rating(
    run_kmdesk, demo_file, tmp_path
):
    from tests.conftest import new_database_file

    out = tmp_path / "malai.kmdesk"
    done = run_kmdesk(
        "bundle", "export", "--person", "มาลัย", "--round", "3", "-o", str(out), db=demo_file
    )
    assert done.returncode == 0, done.stderr
    # one of each is said in the singular (it said "1 people in 1 teams, 1 rounds")
    assert "1 person in 1 team, 1 round, 54 ratings with 54 changes in" in done.stdout
    fresh = new_database_file(tmp_path / "fresh.db")
    before = database_bytes(fresh)
    dry = run_kmdesk("bundle", "import", str(out), "--dry-run", db=fresh)
    assert dry.returncode == 0, dry.stderr
    assert "added 54," in dry.stdout and "dry run: nothing was written" in dry.stdout
    assert database_bytes(fresh) == before
    report = tmp_path / "report.csv"
    done = run_kmdesk("bundle", "import", str(out), "--report", str(report), db=fresh)
    assert done.returncode == 0, done.stderr
    assert "new people were added: มาลัย ศรีสุข (ท่าไร่)" in done.stdout
    rows = report.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 1 + 54 and all(",added," in row for row in rows[1:])
    missing = run_kmdesk("bundle", "export", "--person", "มาลี", "-o", str(out), db=demo_file)
    assert missing.returncode == 2 and "did you mean" in missing.stderr
    nothing = run_kmdesk("bundle", "export", "-o", str(out), db=demo_file)
    assert nothing.returncode == 2 and "say what to send" in nothing.stderr


def test_export_never_replaces_a_file_that_is_not_a_bundle(run_kmdesk, demo_file, tmp_path):
    other = tmp_path / "notes.kmdesk"
    other.write_text("my notes", encoding="utf-8")
    done = run_kmdesk("bundle", "export", "--all", "-o", str(other), db=demo_file)
    assert done.returncode == 2
    assert "exists and is not a kmdesk bundle; it was left untouched" in done.stderr
    assert other.read_text(encoding="utf-8") == "my notes"
    wrong = run_kmdesk("bundle", "export", "--all", "-o", str(tmp_path / "a.zip"), db=demo_file)
    assert wrong.returncode == 2 and "ends in .kmdesk" in wrong.stderr


def test_the_whole_demo_is_counted_in_the_plural(run_kmdesk, demo_file, tmp_path):
    done = run_kmdesk("bundle", "export", "--all", "-o", str(tmp_path / "all.kmdesk"), db=demo_file)
    assert done.returncode == 0, done.stderr
    # 9 people x 3 rounds x 3 roles x 18 indicators, each changed once
    assert "9 people in 3 teams, 3 rounds, 1,458 ratings with 1,458 changes in" in done.stdout
