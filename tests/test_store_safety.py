"""Data safety of the store: the kept WAL, damaged files, failed upgrades, backups, the log."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.store.errors import DamagedDatabase, NoSuchDatabase, ReadOnlyDatabase, UpgradeFailed


def _dump(path: Path) -> list[str]:
    """Every row of every table, as SQL text: two files with the same dump hold the same data."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [line for line in conn.iterdump() if not line.startswith("PRAGMA")]
    finally:
        conn.close()


def _first(database):
    with database.session() as session:
        team = repo.list_teams(session)[0]
        person = repo.list_facilitators(session, team.id)[0]
        rnd = repo.list_rounds(session)[-1]
    return person, rnd


READER = textwrap.dedent(
    """
    import sys
    from kmdesk.store.db import open_database
    from kmdesk.store import repo
    database = open_database(sys.argv[1])
    with database.session() as session:
        print(repo.rating_count(session))
    database.dispose()
    """
)


def test_a_second_kmdesk_closing_never_deletes_the_wal_under_the_app(demo_file):
    """POSIX drops this process's SQLite locks when any other handle on the file closes.

    The next kmdesk process then thinks it is alone; before the fix it checkpointed and
    deleted the WAL, and a rating saved afterwards lived only in a deleted file.
    """
    app = open_database(str(demo_file))
    person, rnd = _first(app)
    repo.set_rating(app, person.id, rnd.id, "recorder", "S8.1", 1, "ก่อน")
    with open(demo_file, "rb") as fh:  # what Qt's file dialog does to every file it lists
        fh.read(16)
    other = subprocess.run(
        [sys.executable, "-c", READER, str(demo_file)], capture_output=True, text=True
    )
    assert other.returncode == 0, other.stderr
    wal = demo_file.with_name(demo_file.name + "-wal")
    assert wal.exists(), "another kmdesk process deleted the WAL while the app had it open"
    repo.set_rating(app, person.id, rnd.id, "recorder", "S8.1", 5, "หลัง")
    # A crash now (no dispose): a fresh process must still find the last save.
    check = sqlite3.connect(demo_file)
    row = check.execute(
        "SELECT level, evidence FROM rating r JOIN indicator i ON i.id = r.indicator_id "
        "WHERE i.code = 'S8.1' AND r.role = 'recorder' AND evidence IN ('ก่อน', 'หลัง')"
    ).fetchall()
    check.close()
    assert row == [(5, "หลัง")]
    app.engine.dispose()


def test_closing_the_app_folds_the_wal_into_the_file(demo_file):
    app = open_database(str(demo_file))
    person, rnd = _first(app)
    repo.set_rating(app, person.id, rnd.id, "recorder", "S8.1", 2, "พับเข้าแฟ้ม")
    app.dispose()
    wal = demo_file.with_name(demo_file.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # The .db alone, copied without its WAL, holds the rating.
    copy = demo_file.with_name("copy.db")
    shutil.copy(demo_file, copy)
    assert any("พับเข้าแฟ้ม" in line for line in _dump(copy))


def _flipped_copies(source: Path, folder: Path, count: int) -> list[Path]:
    data = source.read_bytes()
    rng = random.Random(20261130)
    copies = []
    for i in range(count):
        damaged = bytearray(data)
        at = rng.randrange(100, len(data) - 16)
        damaged[at : at + 16] = bytes(rng.randrange(256) for _ in range(16))
        path = folder / f"flip{i:02d}.db"
        path.write_bytes(bytes(damaged))
        copies.append(path)
    return copies


def _sqlite_says_damaged(path: Path, check: str = "integrity_check") -> bool:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f"PRAGMA {check}").fetchall() != [("ok",)]
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()


@pytest.mark.slow
def test_byte_flipped_copies_are_refused_and_never_written(demo_file, tmp_path, capsys):
    """Every copy SQLite calls damaged is refused (exit 2, plain words) and stays unchanged."""
    from kmdesk.cli.main import main
    from tests.ratings_samples import HEADER, ROWS

    ratings = tmp_path / "more.csv"
    ratings.write_text("\n".join([",".join(HEADER), *(",".join(r) for r in ROWS)]), "utf-8")
    copies = _flipped_copies(demo_file, tmp_path, 30)
    damaged = [p for p in copies if _sqlite_says_damaged(p)]
    assert len(damaged) >= 5  # the seed gives a fair mix of damaged and harmless flips
    for path in copies:
        before = path.read_bytes()
        for argv in (
            ["analyze", "--team", "ท่าไร่", "--round", "3", "--role", "recorder", "--json"],
            ["import", str(ratings)],
        ):
            code = main([*argv, "--db", str(path)])
            err = capsys.readouterr().err
            assert code != 70, f"{path.name} {argv[0]}: {err}"
            if path in damaged:
                assert code == 2 and "damaged" in err, f"{path.name} {argv[0]}: {err}"
                assert path.read_bytes() == before, f"{path.name} was written by {argv[0]}"


def test_check_passes_a_sound_database_and_names_the_damage_in_a_damaged_one(
    run_kmdesk, demo_file, tmp_path
):
    sound = run_kmdesk("db", "check", db=demo_file)
    assert sound.returncode == 0, sound.stderr
    assert "no problems found" in sound.stdout
    damaged = next(p for p in _flipped_copies(demo_file, tmp_path, 30) if _sqlite_says_damaged(p))
    before = damaged.read_bytes()
    done = run_kmdesk("db", "check", db=damaged)
    assert done.returncode == 2
    assert "failed the check" in done.stderr or "damaged" in done.stderr
    assert "Traceback" not in done.stderr
    assert damaged.read_bytes() == before


def test_check_finds_two_people_with_the_same_name_in_a_team(run_kmdesk, demo_file):
    conn = sqlite3.connect(demo_file)
    # Written behind kmdesk's back, as an old version or another tool might have.
    conn.execute(
        "INSERT INTO facilitator (uid, name, agency, team_id, active) "
        "SELECT 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', name || '\u200b', agency, team_id, 1 "
        "FROM facilitator LIMIT 1"
    )
    conn.commit()
    conn.close()
    done = run_kmdesk("db", "check", db=demo_file)
    assert done.returncode == 2
    assert "2 people with the same name" in done.stderr


def test_backup_then_restore_reproduces_the_database_exactly(run_kmdesk, demo_file, tmp_path):
    original = _dump(demo_file)
    saved = tmp_path / "saved.db"
    done = run_kmdesk("db", "backup", "-o", str(saved), db=demo_file)
    assert done.returncode == 0, done.stderr
    database = open_database(str(demo_file))
    person, rnd = _first(database)
    repo.set_rating(database, person.id, rnd.id, "recorder", "S8.1", 1, "เปลี่ยนทีหลัง")
    repo.set_facilitator_active(database, person.id, False)
    repo.add_team(database, "ทีมว่าง")
    database.dispose()
    assert _dump(demo_file) != original
    done = run_kmdesk("db", "restore", str(saved), db=demo_file)
    assert done.returncode == 0, done.stderr
    # The same rows, flags, UUIDs and times; what was replaced is kept as a backup.
    assert _dump(demo_file) == original
    replaced = Path(done.stdout.split("is kept in ")[1].strip())
    assert any("เปลี่ยนทีหลัง" in line for line in _dump(replaced))


def test_restore_refuses_a_file_that_is_not_a_kmdesk_backup(run_kmdesk, demo_file, tmp_path):
    before = demo_file.read_bytes()
    other = tmp_path / "notes.db"
    other.write_text("not a database", encoding="utf-8")
    done = run_kmdesk("db", "restore", str(other), db=demo_file)
    assert done.returncode == 2
    assert "nothing was restored" in done.stderr
    assert demo_file.read_bytes() == before


def test_opening_makes_a_daily_backup_once_and_keeps_the_newest_ten(demo_file):
    from kmdesk.store.backup import list_backups

    open_database(str(demo_file)).dispose()
    open_database(str(demo_file)).dispose()
    daily = [b for b in list_backups(demo_file) if b.reason == "daily"]
    assert len(daily) == 1
    assert (daily[0].people, daily[0].rounds, daily[0].ratings) == (9, 3, 1458)
    database = open_database(str(demo_file))
    for _ in range(12):
        database.backup("manual")
    database.dispose()
    assert len(list_backups(demo_file)) == 10


def test_a_damaged_database_names_its_newest_backup(demo_file):
    open_database(str(demo_file)).dispose()  # makes today's backup
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 3])
    # Today's backup exists, so opening runs only the cheap check; a cut file fails it
    # (damage it does not read: tests/test_store_open_check.py).
    with pytest.raises(DamagedDatabase, match=r"the newest backup is .*kmdesk-.*-daily\.db"):
        open_database(str(demo_file))


def test_a_path_in_a_missing_folder_is_no_such_database_and_makes_nothing(tmp_path):
    target = tmp_path / "share-not-mounted" / "kmdesk.db"
    with pytest.raises(NoSuchDatabase, match="does not exist"):
        open_database(str(target))
    assert not target.parent.exists()
    with pytest.raises(NoSuchDatabase, match="kmdesk db init"):
        open_database(str(tmp_path / "typo.db"))
    assert not (tmp_path / "typo.db").exists()


def test_sql_parameters_never_reach_an_error_message(db):
    """A bug's traceback goes to the log; the notes and names in its SQL must not."""
    person = repo.add_facilitator(db, "ลับเฉพาะ ชื่อจริง", "", None)
    with pytest.raises(Exception) as caught, db.write() as session:
        session.execute(
            __import__("sqlalchemy").text(
                "INSERT INTO rating (facilitator_id, round_id, role, indicator_id, uid, level, "
                "evidence, rated_at) VALUES (:f, 999, 'recorder', 999, 'x', 9, :note, 'now')"
            ),
            {"f": person.id, "note": "บันทึกส่วนตัวมาก"},
        )
    assert "บันทึกส่วนตัวมาก" not in str(caught.value)
    assert "ลับเฉพาะ" not in str(caught.value)


def _failing_migrations(tmp_path: Path) -> Path:
    from kmdesk.store.migrations_info import MIGRATIONS, known_revisions

    head = known_revisions()[1]
    copy = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / "9999_fails_half_way.py").write_text(
        textwrap.dedent(
            '''
            """A test-only migration that adds a column, then fails."""
            import sqlalchemy as sa
            from alembic import op

            revision = "9999"
            down_revision = "{head}"

            def upgrade():
                op.add_column("team", sa.Column("region", sa.Text()))
                raise RuntimeError("half-way")
            '''
        ).format(head=head),
        encoding="utf-8",
    )
    return copy


def test_a_migration_failing_half_way_leaves_the_database_as_it_was(
    demo_file, tmp_path, monkeypatch
):
    from kmdesk.store import migrations_info

    before = _dump(demo_file)
    monkeypatch.setattr(migrations_info, "MIGRATIONS", _failing_migrations(tmp_path))
    with pytest.raises(UpgradeFailed, match="Nothing was lost"):
        open_database(str(demo_file))
    assert _dump(demo_file) == before  # no "region" column, still at the head revision
    from kmdesk.store.backup import list_backups

    assert "upgrade" in {b.reason for b in list_backups(demo_file)}  # made before it began
    monkeypatch.undo()
    # The next start with working code opens it, instead of "duplicate column name".
    database = open_database(str(demo_file))
    with database.session() as session:
        assert repo.rating_count(session) == 1458
    database.dispose()


@pytest.mark.parametrize("schema", sorted((Path(__file__).parent / "schemas").glob("*.db")))
def test_every_released_schema_upgrades_and_keeps_its_ratings(schema, tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(schema, path)
    before = _dump(path)
    ratings_before = sum(line.startswith('INSERT INTO "rating"') for line in before)
    database = open_database(str(path))
    with database.session() as session:
        assert repo.rating_count(session) == ratings_before > 0
    database.dispose()


def test_a_read_only_database_opens_for_reading_and_refuses_writes(demo_file, read_only_folder):
    path = read_only_folder(demo_file)
    before = path.read_bytes()
    database = open_database(str(path))
    assert database.read_only
    with database.session() as session:
        assert repo.rating_count(session) == 1458
    person, rnd = _first(database)
    with pytest.raises(ReadOnlyDatabase, match="read-only"):
        repo.set_rating(database, person.id, rnd.id, "recorder", "S8.1", 3)
    database.dispose()
    assert path.read_bytes() == before


def test_a_file_name_with_spaces_hash_and_percent_is_kept_as_typed(tmp_path):
    path = tmp_path / "ทีม ก#1 100%20.db"
    open_database(str(path), create=True).dispose()
    assert path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == [path.name]


@pytest.fixture
def small_disk(tmp_path):
    """A folder on a nearly full disk: a 2 MB tmpfs as root, else a 2 MB file-size limit."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = os.geteuid() == 0 and (
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", folder]).returncode == 0
    )
    limit = None
    if not mounted:

        def limit():
            import resource
            import signal

            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails instead of killing
            resource.setrlimit(resource.RLIMIT_FSIZE, (2 << 20, 2 << 20))

    yield folder, limit
    if mounted:
        subprocess.run(["umount", folder], check=False)


def test_a_full_disk_says_so_and_keeps_the_database_as_it_was(demo_template, small_disk, tmp_path):
    from tests.test_store_concurrency import _ratings_csv

    folder, limit = small_disk
    path = folder / "kmdesk.db"
    shutil.copy(demo_template, path)
    before = _dump(path)
    source = tmp_path / "big.csv"
    _ratings_csv(source, 200)
    done = subprocess.run(
        [sys.executable, "-m", "kmdesk", "import", str(source), "--db", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "KMDESK_DATA_DIR": str(tmp_path / "data")},
        preexec_fn=limit,
    )
    assert done.returncode == 2, done.stderr
    assert "full" in done.stderr and "Traceback" not in done.stderr
    assert _dump(path) == before


def test_an_unexpected_error_exits_70_with_the_traceback_in_the_log_and_no_notes(
    run_kmdesk, demo_file, tmp_path
):
    """We are wrong: a short message naming the log; the log has the traceback, not the notes."""
    conn = sqlite3.connect(demo_file)
    # Content no SQLite check can see: the framework's stored JSON cut short.
    conn.execute("UPDATE framework_version SET meta = substr(meta, 1, 40)")
    conn.execute("UPDATE rating SET evidence = 'บันทึกลับของฉัน'")
    conn.commit()
    conn.close()
    done = run_kmdesk(
        "analyze", "--team", "ท่าไร่", "--round", "3", "--role", "recorder", db=demo_file
    )
    log = tmp_path / "userdata" / "kmdesk.log"
    assert done.returncode == 70
    assert str(log) in done.stderr and "Traceback" not in done.stderr
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "บันทึกลับของฉัน" not in text


def test_a_forgotten_pin_is_removed_by_whoever_holds_the_file(run_kmdesk, demo_file):
    from kmdesk.store.settings import check_pin, pin_hash, set_pin

    database = open_database(str(demo_file))
    set_pin(database, "2569")
    database.dispose()
    done = run_kmdesk("db", "forget-pin", db=demo_file)
    assert done.returncode == 0, done.stderr
    assert "removed" in done.stdout
    database = open_database(str(demo_file))
    with database.session() as session:
        assert pin_hash(session) is None
        assert check_pin(session, "1234")  # nothing locks editing now
    database.dispose()
