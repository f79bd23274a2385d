"""The command in the user's language: --lang, the app's setting, the locale; Thai dates;
files of the wrong kind refused. The real ``kmdesk`` in a subprocess; the Thai is written
out here by hand, never made by the translation call the command uses."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kmdesk.cli import language


def _refused(done, *parts: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    for part in parts:
        assert part in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


# --- which language ----------------------------------------------------------------------


def test_lang_before_or_after_the_sub_command(run_kmdesk, demo_file):
    wanted = "kmdesk: ไม่มีทีมชื่อ 'ท่าไ'; หมายถึง ท่าไร่ หรือไม่"
    for args in (
        ("--lang", "th", "analyze", "--team", "ท่าไ", "--round", "3", "--role", "recorder"),
        ("analyze", "--team", "ท่าไ", "--round", "3", "--role", "recorder", "--lang=th"),
    ):
        _refused(run_kmdesk(*args, db=demo_file), wanted)


def test_a_thai_locale_speaks_thai_down_to_argparse(run_kmdesk):
    done = run_kmdesk("analyze", env={"LANG": "th_TH.UTF-8"})
    assert done.returncode == 2
    assert done.stderr.startswith("วิธีใช้: kmdesk analyze")
    assert "kmdesk analyze: ผิดพลาด: ต้องระบุ: --team, --round, --role" in done.stderr
    # LC_ALL comes before LANG, as POSIX orders them
    done = run_kmdesk("analyze", env={"LANG": "th_TH.UTF-8", "LC_ALL": "en_US.UTF-8"})
    assert "error: the following arguments are required" in done.stderr


def test_help_in_thai(run_kmdesk):
    done = run_kmdesk("--lang", "th", "report", "all", "--help")
    assert done.returncode == 0
    assert "ตัวเลือก:" in done.stdout
    assert "แสดงคำอธิบายนี้แล้วจบ" in done.stdout
    assert "PDF หนึ่งไฟล์ต่อคน" not in done.stdout  # the sub-command's own help is below
    assert "--appendix            เพิ่มภาคผนวก:" in done.stdout  # (the rest wraps)


def _choose_in_the_app(config_home, lang: str) -> None:
    """Set the language as the app does: its own Settings on a real QSettings."""
    code = (
        "from kmdesk.ui.common.settings import LANGUAGE, Settings\n"
        f"s = Settings(); s.set_text(LANGUAGE, {lang!r}); s.sync()\n"
    )
    env = {"XDG_CONFIG_HOME": str(config_home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**_base_env(), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def _base_env() -> dict:
    import os

    return {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}


# Elsewhere the app keeps its settings in the registry or a plist, not a file a test can
# point at (XDG_CONFIG_HOME): writing there would change the real user's language.
LINUX_SETTINGS = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the app's settings file is Linux's"
)


@LINUX_SETTINGS
def test_the_language_set_in_the_app(run_kmdesk, demo_file, tmp_path):
    config = tmp_path / "config"
    _choose_in_the_app(config, "th")
    env = {"XDG_CONFIG_HOME": str(config), "LANG": "en_US.UTF-8"}
    done = run_kmdesk("chart", "river", "--role", "recorder", "-o", "x.png", db=demo_file, env=env)
    _refused(done, "kmdesk: river เป็นแผนภูมิของทีม: ใส่ --team ชื่อทีม")
    # --lang still wins over the app
    done = run_kmdesk(
        "chart", "river", "--role", "recorder", "-o", "x.png", "--lang", "en", db=demo_file, env=env
    )
    _refused(done, "kmdesk: river is a team chart: give --team NAME")
    # and the app's English wins over a Thai locale
    _choose_in_the_app(config, "en")
    env["LANG"] = "th_TH.UTF-8"
    done = run_kmdesk("chart", "river", "--role", "recorder", "-o", "x.png", db=demo_file, env=env)
    _refused(done, "kmdesk: river is a team chart: give --team NAME")


@LINUX_SETTINGS
def test_choosing_without_a_subprocess(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "th_TH.UTF-8")
    assert language.choose([]) == "th"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert language.choose([]) == "en"
    assert language.choose(["report", "--lang", "th"]) == "th"
    assert language.choose(["--", "--lang", "th"]) == "en"  # after --, a name, not an option
    (tmp_path / "kmdesk").mkdir()
    (tmp_path / "kmdesk" / "kmdesk.conf").write_text("[ui]\nlanguage=th\n", encoding="utf-8")
    assert language.choose([]) == "th"
    (tmp_path / "kmdesk" / "kmdesk.conf").write_text("[ui\nlanguage", encoding="utf-8")
    assert language.choose([]) == "en"  # a damaged settings file is passed over


# --- what the command says in Thai ---------------------------------------------------------


def test_round_lists_and_typed_dates_in_the_buddhist_era(run_kmdesk, demo_file):
    done = run_kmdesk(
        "analyze", "--team", "ท่าไร่", "--round", "9", "--role", "recorder", "--lang", "th",
        db=demo_file,
    )  # fmt: skip
    _refused(
        done,
        "kmdesk: ไม่มีรอบ '9'; รอบที่มี: รอบที่ 1 (8 ส.ค. 2567), รอบที่ 2 (14 ก.พ. 2568), "
        "รอบที่ 3 (8 ส.ค. 2568)",
    )
    # 2568-08-08 is รอบที่ 3 (8 August 2025), as 2025-08-08 is
    for typed in ("2568-08-08", "2025-08-08"):
        done = run_kmdesk(
            "analyze", "--team", "ท่าไร่", "--round", typed, "--role", "recorder", db=demo_file
        )
        assert done.returncode == 0, done.stderr
        assert "รอบที่ 3 (8 ส.ค. 2568)" in done.stdout
    # 3111: a Buddhist-Era year converted once too often; the round it meant is named
    done = run_kmdesk(
        "analyze", "--team", "ท่าไร่", "--round", "3111-08-08", "--role", "recorder",
        "--lang", "th", db=demo_file,
    )  # fmt: skip
    _refused(done, "kmdesk: ไม่มีรอบ '3111-08-08'; หมายถึง รอบที่ 3 (8 ส.ค. 2568) หรือไม่")
    done = run_kmdesk(
        "analyze", "--team", "ท่าไร่", "--round", "3111-08-08", "--role", "recorder",
        db=demo_file,
    )  # fmt: skip
    _refused(done, "no round '3111-08-08'; did you mean: รอบที่ 3 (2025-08-08)?")


def test_the_role_error_lists_the_thai_labels(run_kmdesk, demo_file):
    args = ("analyze", "--team", "ท่าไร่", "--round", "3", "--role", "coordinater")
    _refused(
        run_kmdesk(*args, db=demo_file),
        "no role 'coordinater'; did you mean: ผู้ประสานงาน (คุณประสาน) (coordinator),",
    )
    _refused(
        run_kmdesk(*args[:-1], "บันทึก", "--lang", "th", db=demo_file),
        "kmdesk: ไม่มีบทบาท 'บันทึก'; บทบาทที่มี: ผู้ประสานงาน (คุณประสาน) (coordinator), "
        "ผู้นำกระบวนการ (คุณนำกระบวนการ) (process_lead), ผู้บันทึก (คุณบันทึก) (recorder)",
    )


def test_a_summary_and_a_refused_file_in_thai(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "all.csv"
    done = run_kmdesk("export", str(out), "--lang", "th", db=demo_file)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"เขียนคะแนน 1458 ข้อลง {out} แล้ว"
    empty = tmp_path / "ratings.csv"
    empty.write_text("", encoding="utf-8")
    done = run_kmdesk("import", str(empty), "--lang", "th", db=demo_file)
    _refused(done, "ไม่ได้นำเข้าข้อมูลใดเลย")


def test_a_missing_database_in_thai(run_kmdesk, tmp_path):
    missing = tmp_path / "nothing.db"
    done = run_kmdesk("framework", "--lang", "th", db=missing)
    _refused(done, f"kmdesk: {missing}: ไม่มีฐานข้อมูลนี้ หากต้องการสร้างใหม่ที่นั่น")
    assert not missing.exists()


# --- files of the wrong kind ---------------------------------------------------------------

WRONG_ENDINGS = [
    (("report", "person", "มาลัย", "--round", "3"), "x.docx", ".pdf"),
    (("report", "team", "ท่าไร่", "--round", "3"), "x.PDF.txt", ".pdf"),
    (("chart", "river", "--team", "ท่าไร่", "--role", "recorder"), "x.jpg", ".png or .svg"),
    (("export",), "x.txt", ".csv or .xlsx"),
    (("export", "--matrix"), "x.csv", ".xlsx"),
    (("bundle", "export", "--all"), "x.zip", ".kmdesk"),
    (("db", "backup"), "x.txt", ".db or .bak or .sqlite or .sqlite3"),
]


@pytest.mark.parametrize(("args", "name", "expected"), WRONG_ENDINGS)
def test_a_file_of_the_wrong_kind_is_refused(run_kmdesk, demo_file, tmp_path, args, name, expected):
    target = tmp_path / name
    # export takes the file itself; the others take -o FILE
    full = (*args, str(target)) if args[0] == "export" else (*args, "-o", str(target))
    done = run_kmdesk(*full, db=demo_file)
    _refused(done, f"{target}: the file written here ends in {expected}")
    assert not target.exists()
    assert not list(tmp_path.glob("x*"))


def test_the_wrong_ending_in_thai(run_kmdesk, demo_file, tmp_path):
    target = tmp_path / "x.docx"
    done = run_kmdesk(
        "report", "person", "มาลัย", "--round", "3", "-o", str(target), "--lang", "th",
        db=demo_file,
    )  # fmt: skip
    _refused(done, f"kmdesk: {target}: ไฟล์ที่เขียนตรงนี้ต้องลงท้ายด้วย .pdf")
    assert not target.exists()


def test_a_merge_report_of_the_wrong_kind_is_refused(run_kmdesk, demo_file, tmp_path):
    bundle = tmp_path / "all.kmdesk"
    assert run_kmdesk("bundle", "export", "--all", "-o", str(bundle), db=demo_file).returncode == 0
    target = tmp_path / "outcome.txt"
    done = run_kmdesk("bundle", "import", str(bundle), "--report", str(target), db=demo_file)
    _refused(done, f"{target}: the file written here ends in .csv")
    assert not target.exists()


# --- a reader that stops early -------------------------------------------------------------


def test_a_reader_that_stops_early_ends_the_command_quietly(demo_file, tmp_path):
    import os

    env = {**_base_env(), "KMDESK_DATA_DIR": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    env["XDG_CONFIG_HOME"], env["LANG"] = str(tmp_path), "C.UTF-8"
    read, write = os.pipe()
    os.close(read)  # `| head` that has gone before the command writes a line
    proc = subprocess.Popen(
        [sys.executable, "-m", "kmdesk", "framework", "--db", str(demo_file)],
        stdout=write,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(write)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert err.decode("utf-8") == ""


def test_a_refused_ratings_file_row_by_row_in_thai(run_kmdesk, demo_file, tmp_path):
    from tests.ratings_samples import ROWS, write_csv

    good = ROWS[0]
    source = write_csv(
        tmp_path,
        good.replace(",4,", ",7,"),
        good.replace("รอบพิเศษ", "รอบที่ 3").replace("2568-08-08", "2025-08-09"),
    )
    done = run_kmdesk("import", str(source), "--lang", "th", db=demo_file)
    _refused(
        done,
        'ratings.csv แถว 2 คอลัมน์ level: "7" ไม่ใช่ระดับ (1–5 หรือ ? เมื่อไม่แน่ใจ)',
        "ratings.csv แถว 3 คอลัมน์ round_date: 9 ส.ค. 2568 ไม่ตรงกับวันที่ของรอบ 'รอบที่ 3' "
        "ที่มีอยู่แล้ว (8 ส.ค. 2568)",
        "ไม่ได้นำเข้าข้อมูลใดเลย",
    )


def test_a_file_that_is_not_a_bundle_in_thai(run_kmdesk, demo_file, tmp_path):
    junk = tmp_path / "from-line.kmdesk"
    junk.write_text("สวัสดี", encoding="utf-8")
    done = run_kmdesk("bundle", "import", str(junk), "--lang", "th", db=demo_file)
    _refused(
        done,
        "kmdesk: from-line.kmdesk: ไม่ใช่ไฟล์ผลประเมินของ kmdesk (",
        "ไฟล์ผลประเมินต้องสร้างด้วย kmdesk bundle export\nไม่ได้รวมข้อมูลใดเลย",
    )


def test_a_roster_and_a_report_with_nothing_to_show_in_thai(run_kmdesk, demo_file, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("name,team,agency,active\nบุญมี ใหม่เอี่ยม,ท่าไร่,พช.,1\n", encoding="utf-8")
    done = run_kmdesk("import", "--roster", str(roster), "--lang", "th", db=demo_file)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "roster.csv: 1 คน เพิ่ม 1 คน ปรับ 0 คน คงเดิม 0 คน",
        "เพิ่ม: บุญมี ใหม่เอี่ยม (ท่าไร่)",
    ]
    out = tmp_path / "บุญมี.pdf"
    done = run_kmdesk(
        "report", "person", "บุญมี", "--round", "3", "--role", "recorder", "-o", str(out),
        "--lang", "th", db=demo_file,
    )  # fmt: skip
    _refused(done, "kmdesk: บุญมี ใหม่เอี่ยม ไม่มีคะแนนในรอบที่ 3 ในบทบาท recorder")
    assert not out.exists()
