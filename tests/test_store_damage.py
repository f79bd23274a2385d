"""Damage earlier tests did not reach: bytes flipped all over a file, text that is not UTF-8.

Issue 8 flipped 16 scattered bytes in each of 30 copies; some copies then stopped kmdesk
with "unexpected error" (exit 70): SQLite gave up part-way through `db check`'s own
integrity check, or a damaged name in the schema did not decode. Damage inside a value
(a note's bytes) passes SQLite's integrity check altogether; `db check` names it.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from tests.ratings_samples import HEADER, ROWS

COMMANDS = (
    ["db", "check"],
    ["analyze", "--team", "ท่าไร่", "--round", "3", "--role", "recorder", "--json"],
    ["export", "{out}"],
    ["import", "{ratings}"],
)


def _scattered_flips(source: Path, folder: Path, count: int) -> list[Path]:
    data = source.read_bytes()
    rng = random.Random(8)
    copies = []
    for i in range(count):
        damaged = bytearray(data)
        for _ in range(16):
            damaged[rng.randrange(100, len(data))] ^= 0xFF
        path = folder / f"scattered{i:02d}.db"
        path.write_bytes(bytes(damaged))
        copies.append(path)
    return copies


def _damaged(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return True
    finally:
        conn.close()


@pytest.mark.slow
def test_bytes_flipped_all_over_a_copy_never_stop_kmdesk_with_an_unexpected_error(
    demo_file, tmp_path, capsys
):
    from kmdesk.cli.main import main

    ratings = tmp_path / "more.csv"
    ratings.write_text("\n".join([HEADER, *ROWS]), "utf-8")
    copies = _scattered_flips(demo_file, tmp_path, 30)
    damaged = [p for p in copies if _damaged(p)]
    assert len(damaged) >= 20
    for path in copies:
        before = path.read_bytes()
        for command in COMMANDS:
            out = tmp_path / "out.csv"
            argv = [arg.format(out=out, ratings=ratings) for arg in command]
            code = main([*argv, "--db", str(path)])
            err = capsys.readouterr().err
            assert code != 70, f"{path.name} {argv[:2]}: {err}"
            if path in damaged:
                assert code == 2, f"{path.name} {argv[:2]}: {err}"
                assert "damaged" in err or "failed the check" in err, err
                assert path.read_bytes() == before, f"{path.name} was written by {argv[0]}"
            out.unlink(missing_ok=True)


def test_check_names_text_that_is_not_utf8_which_sqlites_check_passes(run_kmdesk, demo_file):
    data = bytearray(demo_file.read_bytes())
    note = "ศึกษาระเบียบกลุ่มออมทรัพย์".encode()  # a demo note, in many ratings
    at = data.find(note)
    assert at > 0
    while at >= 0:
        data[at + 1] = 0xFF  # the second byte of the first Thai letter
        at = data.find(note, at + 1)
    demo_file.write_bytes(bytes(data))
    assert not _damaged(demo_file)  # SQLite's own check does not read inside text

    done = run_kmdesk("db", "check", db=demo_file)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "failed the check" in done.stderr
    assert "rating.evidence: 67 values are not UTF-8 text (damaged)" in done.stderr
    assert "Traceback" not in done.stderr

    report = run_kmdesk(
        "analyze", "--team", "ท่าไร่", "--round", "1", "--role", "coordinator", db=demo_file
    )
    assert report.returncode == 2, report.stderr
    assert "is damaged" in report.stderr and "Traceback" not in report.stderr


def _behind_kmdesks_back(db: Path, *statements: str) -> None:
    """Written as an old version, another tool or a damaged copy might have."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # the schema's own CHECK on level
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_check_finds_levels_outside_the_scale(run_kmdesk, demo_file):
    _behind_kmdesks_back(
        demo_file,
        "UPDATE rating SET level = 7 WHERE indicator_id = "
        "(SELECT id FROM indicator WHERE code = 'K1.1') AND role = 'recorder'",
    )
    done = run_kmdesk("db", "check", db=demo_file)
    assert done.returncode == 2, done.stdout + done.stderr
    # the demo rates K1.1 as recorder for 9 people in 3 rounds
    assert "27 ratings have a level outside 1–5" in done.stderr


def test_check_finds_ratings_on_an_indicator_of_another_framework_version(run_kmdesk, demo_file):
    _behind_kmdesks_back(
        demo_file,
        "INSERT INTO framework_version (id, number, created_at, note, meta) "
        "SELECT 99, 99, created_at, 'อีกรุ่น', meta FROM framework_version WHERE number = 1",
        "INSERT INTO indicator (version_id, code, competency_code, position, text_th, text_en, "
        "retired) SELECT 99, code, competency_code, position, text_th, text_en, retired "
        "FROM indicator WHERE code = 'K1.2'",
        "UPDATE rating SET indicator_id = (SELECT id FROM indicator WHERE version_id = 99) "
        "WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'K1.2' AND version_id = 1) "
        "AND role = 'coordinator'",
    )
    done = run_kmdesk("db", "check", db=demo_file)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "27 ratings use an indicator that is not in their round's framework version" in (
        done.stderr
    )


def test_check_says_its_findings_in_thai(run_kmdesk, demo_file):
    # The findings were English inside the Thai command's "ไม่ผ่านการตรวจสอบ" line.
    _behind_kmdesks_back(
        demo_file,
        "UPDATE rating SET level = 7 WHERE indicator_id = "
        "(SELECT id FROM indicator WHERE code = 'K1.1') AND role = 'recorder'",
    )
    done = run_kmdesk("--lang", "th", "db", "check", db=demo_file)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "ไม่ผ่านการตรวจสอบ" in done.stderr
    assert "  - มีคะแนน 27 ข้อที่ระดับอยู่นอกช่วง 1–5" in done.stderr
    assert "ratings" not in done.stderr
