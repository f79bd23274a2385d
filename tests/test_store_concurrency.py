"""Many kmdesk processes on one file: kills, two writers, imports at once. Real processes."""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kmdesk.store import repo
from kmdesk.store.db import open_database
from tests.store_worker import keys, level_of

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    """The environment of this test (its own settings folder, set per test by conftest), in
    English whatever this machine's locale: read when a process starts, not at import."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    for name in ("LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    return env


def _worker(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store_worker", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
        **kwargs,
    )


def _kill_rounds(demo_file: Path, rounds: int) -> None:
    database = open_database(str(demo_file))
    for i in range(rounds):
        repo.add_round(database, f"kill {i:02d}", dt.date(2027, 1, 1) + dt.timedelta(days=i))
    database.dispose()


def _stored(path: Path) -> dict[int, int | None]:
    """Rating number -> stored level, for every test rating found in the file."""
    database = open_database(str(path))
    order = {key: n for n, key in enumerate(keys(database))}
    found = {}
    with database.session() as session:
        rounds = [r for r in repo.list_rounds(session) if r.title.startswith("kill")]
        for person in repo.list_facilitators(session):
            for rnd in rounds:
                for r in repo.person_ratings(session, person.id, round_id=rnd.id):
                    key = (person.id, rnd.id, r.role, r.indicator)
                    if key in order:
                        found[order[key]] = r.level
    database.dispose()
    return found


def test_no_committed_rating_is_lost_across_fifty_kills(demo_file):
    """SIGKILL the saving process 50 times while another kmdesk process reads all along."""
    _kill_rounds(demo_file, 12)
    reader = _worker("read", str(demo_file))
    rng = random.Random(8)
    start, kills, committed = 0, 0, -1
    try:
        while kills < 50:
            saver = _worker("save", str(demo_file), str(start))
            assert saver.stdout.readline().strip() == "ready", saver.stderr.read()
            time.sleep(rng.uniform(0.02, 0.25))
            saver.send_signal(signal.SIGKILL)
            out, _ = saver.communicate()
            printed = [int(line) for line in out.split() if line.isdigit()]
            # Every rating found stored after an earlier kill was committed too, printed or
            # not: a saver killed before it printed its first one leaves that one unprinted,
            # and the next saver starts after it (two such kills in a row failed the count).
            committed = max([*printed, committed, start - 1])
            kills += 1
            stored = _stored(demo_file)
            missing = [n for n in range(committed + 1) if stored.get(n) != level_of(n)]
            assert not missing, f"after kill {kills}: committed ratings lost: {missing[:5]}"
            # The process may have committed one more before it could print it.
            assert len(stored) in (committed + 1, committed + 2)
            start = len(stored)
        assert reader.poll() is None, reader.stderr.read()
    finally:
        reader.kill()
        reader.wait()
    assert committed > 50  # the kills really came between saves


def _ratings_csv(path: Path, people: int, rounds: int = 3) -> int:
    """A ratings file of ``people`` × rounds × 3 roles × 18 indicators, invented names."""
    from kmdesk.store.frameworks import default_framework_data

    codes = [i["code"] for c in default_framework_data()["competencies"] for i in c["indicators"]]
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["facilitator", "team", "round", "round_date", "role", "indicator", "level"])
        for p in range(people):
            for r in range(rounds):
                for role in ("coordinator", "process_lead", "recorder"):
                    for n, code in enumerate(codes):
                        level = 1 + (p + r + n) % 5
                        out.writerow(
                            [
                                f"คนที่ {p}",
                                f"ทีม {p // 9}",
                                f"รอบนำเข้า {r}",
                                f"2569-0{r + 1}-01",
                                role,
                                code,
                                level,
                            ]
                        )
                        rows += 1
    return rows


def test_two_imports_of_one_file_at_once_both_succeed(run_kmdesk, demo_file, tmp_path):
    source = tmp_path / "big.csv"
    _ratings_csv(source, 60)
    cmd = [sys.executable, "-m", "kmdesk", "import", str(source), "--db", str(demo_file)]
    env = {**_env(), "KMDESK_DATA_DIR": str(tmp_path / "data")}
    first = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    second = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    results = [(*p.communicate(), p.returncode) for p in (first, second)]
    for _out, err, code in results:
        assert code == 0, err.decode()
    outs = sorted(out.decode() for out, _, _ in results)
    # One added everything, the other found it all there already.
    assert "ratings added: 9720," in outs[0] or "ratings added: 9720," in outs[1]
    assert any("ratings added: 0, changed: 0, unchanged: 9720" in o for o in outs)


def test_a_save_during_a_large_import_waits_instead_of_failing(demo_file, tmp_path):
    source = tmp_path / "100k.csv"
    rows = _ratings_csv(source, 620)
    assert rows > 100_000
    env = {**_env(), "KMDESK_DATA_DIR": str(tmp_path / "data")}
    importer = subprocess.Popen(
        [sys.executable, "-m", "kmdesk", "import", str(source), "--db", str(demo_file)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    database = open_database(str(demo_file))
    with database.session() as session:
        person = repo.list_facilitators(session)[0]
        rnd = repo.list_rounds(session)[-1]
    time.sleep(1.5)  # the import is checking rows or writing by now
    saved_while_running = importer.poll() is None
    repo.set_rating(database, person.id, rnd.id, "recorder", "S8.1", 5, "ระหว่างนำเข้า")
    _out, err = importer.communicate()
    assert importer.returncode == 0, err.decode()
    with database.session() as session:
        (mine,) = [
            r
            for r in repo.person_ratings(session, person.id, "recorder", rnd.id)
            if r.indicator == "S8.1"
        ]
        assert repo.rating_count(session) == 1458 + rows
    database.dispose()
    assert (mine.level, mine.evidence) == (5, "ระหว่างนำเข้า")
    assert saved_while_running


def test_two_processes_saving_the_same_person_refuse_nothing(demo_file):
    writers = [_worker("same", str(demo_file), "300") for _ in range(2)]
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert out.strip() == "refused 0", err
