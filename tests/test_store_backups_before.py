"""A backup is made before every import, merge and restore, and it holds the database as it
was just before: through the real command, the backup's counts and rows checked."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from kmdesk.store.backup import list_backups
from tests.conftest import new_database_file
from tests.ratings_samples import write_csv

ROW = "ลำดวน ทดลอง,ทีมใหม่,กศน.,รอบพิเศษ,2568-08-08,recorder,S8.1,4,ก่อนนำเข้า"


def _newest(db, reason: str):
    backups = list_backups(db)
    assert backups and backups[0].reason == reason, [b.reason for b in backups]
    return backups[0]


def _people(path) -> set[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return {name for (name,) in conn.execute("SELECT name FROM facilitator")}


def test_import_merge_and_restore_each_back_up_the_state_before_them(
    run_kmdesk, demo_file, tmp_path
):
    demo_people = _people(demo_file)
    assert len(demo_people) == 9

    done = run_kmdesk("import", str(write_csv(tmp_path, ROW)), db=demo_file)
    assert done.returncode == 0, done.stderr
    before_import = _newest(demo_file, "import")
    assert (before_import.people, before_import.ratings) == (9, 1458)
    assert _people(before_import.path) == demo_people

    other = new_database_file(tmp_path / "other.db")
    row = ROW.replace("ลำดวน ทดลอง", "บุญมี ส่งมา").replace("ทีมใหม่", "ทีมส่งมา")
    assert (
        run_kmdesk("import", str(write_csv(tmp_path, row, name="o.csv")), db=other).returncode == 0
    )
    bundle = tmp_path / "team.kmdesk"
    done = run_kmdesk("bundle", "export", "--team", "ทีมส่งมา", "-o", str(bundle), db=other)
    assert done.returncode == 0, done.stderr
    done = run_kmdesk("bundle", "import", str(bundle), db=demo_file)
    assert done.returncode == 0, done.stderr
    before_merge = _newest(demo_file, "merge")
    assert (before_merge.people, before_merge.ratings) == (10, 1459)
    assert _people(before_merge.path) == demo_people | {"ลำดวน ทดลอง"}

    done = run_kmdesk("db", "restore", str(before_import.path), db=demo_file)
    assert done.returncode == 0, done.stderr
    before_restore = _newest(demo_file, "restore")
    assert (before_restore.people, before_restore.ratings) == (11, 1460)
    assert _people(demo_file) == demo_people
