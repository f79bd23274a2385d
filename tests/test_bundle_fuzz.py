"""Hypothesis against the bundle reader: any damage is refused cleanly, or merges whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kmdesk.exchange.bundle import (
    SamePeopleUnconfirmed,
    Selection,
    export_bundle,
    merge_bundles,
    read_bundle,
)
from kmdesk.exchange.problems import FileRejected
from kmdesk.store import repo, rounds
from kmdesk.store.db import open_database
from tests.conftest import new_database_file
from tests.ratings_samples import database_bytes

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ODD = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        -1,
        6,
        10**30,
        1.5,
        float("inf"),
        "",
        " ",
        "x" * 300,
        "S8.1",
        "recorder",
        "2025-02-30",
        "2025-08-08T10:00:00Z",
        "2025-08-08T25:00:00Z",
        "00000000-0000-0000-0000-000000000000",
        "\x00",
        "../x",
        [],
        {},
    ]
)
JSON = st.recursive(
    st.one_of(ODD, st.text(max_size=8), st.integers(-10, 10)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> tuple[Path, dict[str, bytes], Path]:
    """A small bundle's entries, and an empty database to merge damaged copies into."""
    folder = tmp_path_factory.mktemp("fuzz")
    db = open_database(str(new_database_file(folder / "source.db")))
    team = repo.add_team(db, "ทีมทดลอง")
    rnd = repo.add_round(db, "รอบทดลอง", dt.date(2026, 1, 1))
    for name in ("หนึ่ง ทดลอง", "สอง ทดลอง"):
        someone = repo.add_facilitator(db, name, "พช.", team.id)
        repo.set_rating(db, someone.id, rnd.id, "recorder", "S8.1", 3, "บันทึก")
        repo.set_rating(db, someone.id, rnd.id, "coordinator", "K1.1", None)
    # a round deleted, so deletions.json has a record to damage too
    rounds.delete_round(db, repo.add_round(db, "รอบที่ลบ", dt.date(2025, 12, 1)).id)
    export_bundle(db, folder / "small.kmdesk", Selection(everything=True))
    db.dispose()
    with zipfile.ZipFile(folder / "small.kmdesk") as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    return folder, parts, new_database_file(folder / "empty.db")


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*prefix, i))


def _replace(node, path, value, delete):
    if not path:
        return value
    parent = node
    for step in path[:-1]:
        parent = parent[step]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    elif delete and isinstance(parent, list):
        parent.pop(path[-1])
    else:
        parent[path[-1]] = value
    return node


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@st.composite
def damaged_bundles(draw, parts: dict[str, bytes]) -> bytes:
    """The small bundle with one JSON value changed or removed, checksums made to match."""
    parts = dict(parts)
    entry = draw(st.sampled_from(sorted(parts)))
    tree = json.loads(parts[entry])
    path = draw(st.sampled_from(list(_paths(tree))))
    tree = _replace(tree, path, draw(JSON), draw(st.booleans()) and bool(path))
    parts[entry] = json.dumps(tree, ensure_ascii=False).encode()
    if entry != "manifest.json":
        manifest = json.loads(parts["manifest.json"])
        about = manifest["entries"][entry]
        about["bytes"] = len(parts[entry])
        about["sha256"] = hashlib.sha256(parts[entry]).hexdigest()
        parts["manifest.json"] = json.dumps(manifest).encode()
    return _zip(parts)


def _leaves(parts: dict[str, bytes]) -> list:
    """Every value the bundle holds: swapping one for another makes a plausible bundle."""
    found = []
    for data in parts.values():
        tree = json.loads(data)
        for path in _paths(tree):
            node = tree
            for step in path:
                node = node[step]
            if not isinstance(node, dict | list):
                found.append(node)
    return sorted(set(found), key=repr)


@st.composite
def plausible_bundles(draw, parts: dict[str, bytes]) -> bytes:
    """The small bundle with a few values swapped for others it holds (ids, names, levels,
    times), checksums and counts made to match: the merge sees what it has not planned for."""
    parts = dict(parts)
    pool = _leaves(parts)
    for _ in range(draw(st.integers(1, 3))):
        entry = draw(st.sampled_from(["framework.json", "people.json", "ratings.json"]))
        tree = json.loads(parts[entry])
        leaves = [p for p in _paths(tree) if p and not isinstance(_at(tree, p), dict | list)]
        path = draw(st.sampled_from(leaves))
        same_kind = [v for v in pool if type(v) is type(_at(tree, path))] or pool
        tree = _replace(tree, path, draw(st.sampled_from(same_kind)), False)
        parts[entry] = json.dumps(tree, ensure_ascii=False).encode()
    manifest = json.loads(parts["manifest.json"])
    for entry in ("framework.json", "people.json", "ratings.json"):
        manifest["entries"][entry] = {
            "bytes": len(parts[entry]),
            "sha256": hashlib.sha256(parts[entry]).hexdigest(),
        }
    parts["manifest.json"] = json.dumps(manifest).encode()
    return _zip(parts)


def _at(tree, path):
    for step in path:
        tree = tree[step]
    return tree


def _merge_whole_or_refuse(folder: Path, empty: Path, data: bytes) -> None:
    path = folder / "damaged.kmdesk"
    path.write_bytes(data)
    try:
        read_bundle(path)
    except FileRejected as exc:
        assert str(exc).startswith("damaged.kmdesk: ")
        return
    # The reader took it: then a merge takes it whole or refuses it, never half; into an
    # empty database (everything new) and into the one it came from (everything matched).
    for start in (empty, folder / "source.db"):
        target = folder / "target.db"
        shutil.copy(start, target)
        before = database_bytes(target)
        db = open_database(str(target))
        try:
            merge_bundles(db, [path], merge_people=True)
        except (FileRejected, SamePeopleUnconfirmed):
            db.dispose()
            assert database_bytes(target) == before
        else:
            db.dispose()


@pytest.mark.slow
@settings(FUZZ, max_examples=300)
@given(data=st.data())
def test_a_bundle_with_any_value_changed_is_refused_cleanly_or_merged_whole(small, data):
    folder, parts, empty = small
    _merge_whole_or_refuse(folder, empty, data.draw(damaged_bundles(parts)))


@pytest.mark.slow
@settings(FUZZ, max_examples=200)
@given(data=st.data())
def test_a_bundle_with_values_swapped_is_refused_cleanly_or_merged_whole(small, data):
    folder, parts, empty = small
    _merge_whole_or_refuse(folder, empty, data.draw(plausible_bundles(parts)))


@pytest.mark.slow
@settings(FUZZ, max_examples=200)
@given(cut=st.integers(0, 10_000), flips=st.lists(st.integers(0, 10_000), max_size=4))
def test_a_bundle_cut_short_or_with_bytes_flipped_is_refused_cleanly(small, cut, flips):
    folder, parts, empty = small
    data = bytearray(_zip(parts))
    for at in flips:
        data[at % len(data)] ^= 0x5A
    if cut:
        data = data[: len(data) - cut % len(data)]
    _merge_whole_or_refuse(folder, empty, bytes(data))


@pytest.mark.slow
@settings(FUZZ, max_examples=100)
@given(data=st.binary(max_size=2000))
def test_any_bytes_are_refused_cleanly(small, data):
    folder, _parts, empty = small
    _merge_whole_or_refuse(folder, empty, b"PK\x03\x04" + data if data[:1] == b"P" else data)


@pytest.mark.parametrize("value", [["a list"], {"an": "object"}, 3, None])
def test_a_rating_naming_its_person_with_anything_but_text_is_refused(small, value):
    # found by the fuzzing above with more examples: a list is not even hashable
    folder, parts, _empty = small
    tree = json.loads(parts["ratings.json"])
    tree["ratings"][0]["person"] = value
    changed = dict(parts, **{"ratings.json": json.dumps(tree).encode()})
    manifest = json.loads(changed["manifest.json"])
    manifest["entries"]["ratings.json"] = {
        "bytes": len(changed["ratings.json"]),
        "sha256": hashlib.sha256(changed["ratings.json"]).hexdigest(),
    }
    changed["manifest.json"] = json.dumps(manifest).encode()
    path = folder / "person.kmdesk"
    path.write_bytes(_zip(changed))
    with pytest.raises(FileRejected, match=r"ratings\.json ratings\[0\] person"):
        read_bundle(path)
