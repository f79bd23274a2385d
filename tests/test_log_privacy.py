"""kmdesk.log keeps no notes, names, passwords or SQL parameters, whatever the command met.

Through the real command, as issue 8 asks: an import of notes, a refused import, a server
that cannot be reached with a password in its URL, and a write into a damaged database.
"""

from __future__ import annotations

import sqlite3

from tests.ratings_samples import write_csv

PERSON, TEAM, ROUND = "สมหมาย ลับเฉพาะ", "ทีมลับเฉพาะ", "รอบลับเฉพาะ"
NOTE, REFUSED_NOTE, PASSWORD = "บันทึกส่วนตัวของสมหมาย", "โน้ตในไฟล์ที่ถูกปฏิเสธ", "Secr3t-pw"
PRIVATE = (PERSON, TEAM, ROUND, NOTE, REFUSED_NOTE, PASSWORD, "ลับเฉพาะ")


def _row(level: str, note: str) -> str:
    return f"{PERSON},{TEAM},กศน.,{ROUND},2568-08-08,recorder,S8.1,{level},{note}"


def test_the_log_holds_no_notes_names_or_passwords(run_kmdesk, demo_file, tmp_path):
    good = write_csv(tmp_path, _row("4", NOTE), name="notes.csv")
    bad = write_csv(tmp_path, _row("9", REFUSED_NOTE), name="bad.csv")
    assert run_kmdesk("import", str(good), db=demo_file).returncode == 0
    assert run_kmdesk("import", str(bad), db=demo_file).returncode == 2
    server = f"postgresql+psycopg://malai:{PASSWORD}@127.0.0.1:9/kmdesk"
    for args in (
        ["import", str(good)],
        ["db", "upgrade"],
        ["analyze", "--team", TEAM, "--round", ROUND, "--role", "recorder"],
    ):
        done = run_kmdesk(*args, "--db", server)
        assert done.returncode == 2, done.stderr
        assert PASSWORD not in done.stdout + done.stderr
    # a write refused by SQLite itself: the statement and its parameters must stay out
    conn = sqlite3.connect(demo_file)
    conn.execute(
        "CREATE TRIGGER no_ratings BEFORE INSERT ON rating BEGIN SELECT RAISE(ABORT, 'x'); END"
    )
    conn.commit()
    conn.close()
    other = write_csv(tmp_path, _row("3", NOTE).replace("S8.1", "S7.1"), name="other.csv")
    assert run_kmdesk("import", str(other), db=demo_file).returncode != 0

    log = (tmp_path / "userdata" / "kmdesk.log").read_text(encoding="utf-8")
    assert "import refused" in log  # the log is written, by kind only
    for word in PRIVATE:
        assert word not in log, word
    assert "Traceback" in log  # the trigger's failure is a bug's, logged with its statement
    assert "[parameters:" not in log  # ... but never the values it was given
