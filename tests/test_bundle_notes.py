"""A merge takes in no note kmdesk would not keep: a rating's current note follows the rules."""

# A bundle from an older kmdesk (which kept notes of any length) may hold a note the store
# now refuses; merged as it was, `kmdesk export` would then refuse the merged database.
# Such a bundle is made here as that kmdesk made it: the note written into the database
# directly, then the bundle written by the real command.

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.bundle_samples import history_by_name, ratings_by_name
from tests.ratings_samples import database_bytes

# The demo's first rating: สุภาพร ใจงาม, round 1, coordinator, K1.1 (facilitator, round and
# indicator 1), made once, so its history is one change.
FIRST = "facilitator_id = 1 AND round_id = 1 AND role = 'coordinator' AND indicator_id = 1"
OLD_PC = "cccccccc-0000-4000-8000-00000000000c"
KEY = ("บางจาก", "สุภาพร ใจงาม", "รอบที่ 1", "coordinator", "K1.1")


def _old_note(db: Path, note: str, *, older: str | None = None) -> None:
    """Give the first rating ``note`` in a change made on another PC after the demo's, as
    an older kmdesk could; with ``older``, a change before it holds that note."""
    changes = [("2099-01-02 00:00:00.000000", note)]
    if older is not None:
        changes.insert(0, ("2099-01-01 00:00:00.000000", older))
    with closing(sqlite3.connect(db)) as conn, conn:
        for at, text in changes:
            conn.execute(
                "INSERT INTO rating_event (facilitator_id, round_id, role, indicator_id, level, "
                "evidence, rated_at, pc, deleted) SELECT facilitator_id, round_id, role, "
                f"indicator_id, level, ?, ?, ?, 0 FROM rating WHERE {FIRST}",
                (text, at, OLD_PC),
            )
        conn.execute(
            f"UPDATE rating SET evidence = ?, rated_at = ?, pc = ? WHERE {FIRST}",
            (note, changes[-1][0], OLD_PC),
        )


def _bundle(run_kmdesk, demo_file: Path, tmp_path: Path, note: str, **kw) -> tuple[Path, Path]:
    """(a bundle of everything on a PC whose first rating has ``note``, another PC's demo)."""
    sender = tmp_path / "sender.db"
    shutil.copy(demo_file, sender)
    _old_note(sender, note, **kw)
    out = tmp_path / "sent.kmdesk"
    done = run_kmdesk("bundle", "export", "--all", "-o", str(out), db=sender)
    assert done.returncode == 0, done.stderr
    return out, demo_file


def _refused(run_kmdesk, bundle: Path, db: Path, *args: str, lang: str = "en") -> str:
    before = database_bytes(db)
    done = run_kmdesk("--lang", lang, "bundle", "import", str(bundle), *args, db=db)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert database_bytes(db) == before
    return done.stderr


def test_a_current_note_longer_than_kmdesk_keeps_refuses_the_bundle(
    run_kmdesk, demo_file, tmp_path
):
    bundle, db = _bundle(run_kmdesk, demo_file, tmp_path, "x" * 2_500)
    text = _refused(run_kmdesk, bundle, db)
    assert "sent.kmdesk: the rating of สุภาพร ใจงาม, รอบที่ 1, coordinator, K1.1 (" in text
    assert "history[1] evidence): the note is 2,500 characters long; " in text
    assert "kmdesk keeps notes of up to 2,000 characters" in text
    assert "Change the note on the PC that sent the bundle" in text
    assert "Nothing was merged." in text
    # a dry run says the same
    assert "the note is 2,500 characters long" in _refused(run_kmdesk, bundle, db, "--dry-run")


def test_a_current_note_with_a_control_character_refuses_the_bundle(
    run_kmdesk, demo_file, tmp_path
):
    bundle, db = _bundle(run_kmdesk, demo_file, tmp_path, "ดี\x0bมาก")
    text = _refused(run_kmdesk, bundle, db)
    assert "the note holds the control character U+000B at character 3" in text
    assert "สุภาพร ใจงาม, รอบที่ 1, coordinator, K1.1" in text


def test_the_refusal_is_thai_in_a_thai_terminal(run_kmdesk, demo_file, tmp_path):
    bundle, db = _bundle(run_kmdesk, demo_file, tmp_path, "x" * 2_500)
    text = _refused(run_kmdesk, bundle, db, lang="th")
    assert "คะแนนของ สุภาพร ใจงาม, รอบที่ 1, coordinator, K1.1 (ratings.json ratings[" in text
    assert "บันทึกยาว 2,500 ตัวอักษร" in text
    assert "ไม่ได้รวมข้อมูลใดเลย" in text
    assert "the note is" not in text and "Change the note" not in text


def test_an_older_change_may_keep_the_long_note_it_held(run_kmdesk, demo_file, tmp_path):
    bundle, db = _bundle(run_kmdesk, demo_file, tmp_path, "สั้น", older="y" * 2_500)
    done = run_kmdesk("bundle", "import", str(bundle), db=db)
    assert done.returncode == 0, done.stderr
    assert ratings_by_name(db)[KEY][1] == "สั้น"
    notes = [event[1] for event in history_by_name(db)[KEY]]
    assert notes[1:] == ["y" * 2_500, "สั้น"]  # history as it was
    # and the merged database exports its ratings (it did not when a long note came in)
    out = tmp_path / "all.csv"
    done = run_kmdesk("export", str(out), db=db)
    assert done.returncode == 0, done.stderr


def test_a_current_note_with_windows_line_breaks_is_kept_as_the_store_keeps_it(
    run_kmdesk, demo_file, tmp_path
):
    bundle, db = _bundle(run_kmdesk, demo_file, tmp_path, "  บรรทัดหนึ่ง\r\nบรรทัดสอง\r  ")
    done = run_kmdesk("bundle", "import", str(bundle), db=db)
    assert done.returncode == 0, done.stderr
    assert ratings_by_name(db)[KEY][1] == "บรรทัดหนึ่ง\nบรรทัดสอง"
    # the same bundle again changes nothing
    again = run_kmdesk("bundle", "import", str(bundle), db=db)
    assert again.returncode == 0, again.stderr
    assert "added 0, updated 0," in again.stdout
