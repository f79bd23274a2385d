"""The kmdesk command through a real subprocess on real files, as a user runs it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.conftest import new_database_file
from tests.ratings_samples import HEADER, ROWS, database_bytes


def _analyze(run_kmdesk, db, role="recorder"):
    done = run_kmdesk(
        "analyze", "--team", "ท่าไร่", "--round", "รอบที่ 3", "--role", role, "--json", db=db
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _without_ids(data: dict) -> dict:
    return {**data, "members": [{k: v for k, v in m.items() if k != "id"} for m in data["members"]]}


def test_demo_then_analyze_through_the_environment_variable(run_kmdesk, tmp_path):
    env = {"KMDESK_DATABASE_URL": str(tmp_path / "d.db")}
    done = run_kmdesk("demo", "--no-gui", env=env)
    assert done.returncode == 0, done.stderr
    assert "9 facilitators in 3 teams" in done.stdout
    done = run_kmdesk(
        "analyze", "--team", "ท่าไร่", "--round", "รอบที่ 3", "--role", "recorder", "--json", env=env
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["team"] == "ท่าไร่" and data["role"] == "recorder"
    assert data["round"] == {"title": "รอบที่ 3", "date": "2025-08-08", "framework_version": 1}
    assert [r["competency"] for r in data["river"]][:3] == ["K1", "K2", "K3"]
    assert len(data["members"]) == 3 and len(data["stairs"]) == 3
    # the demo makes ท่าไร่ weak in S6, so nobody there can teach it
    assert "S6" in data["needs_outside_help"]
    for row in data["river"]:
        scores = [s["score"] for s in row["scores"]]
        if scores:
            assert row["min"] == min(scores) and row["max"] == max(scores)


def test_the_readable_table_names_the_parts(run_kmdesk, demo_file):
    done = run_kmdesk(
        "analyze",
        "--team",
        "ท่าไร่",
        "--round",
        "3",
        "--role",
        "recorder",
        "--lang",
        "en",
        db=demo_file,
    )
    assert done.returncode == 0, done.stderr
    for part in ("River", "Learning stairs", "Who learns from whom", "Needs outside help"):
        assert part in done.stdout
    assert "8 Aug 2025" in done.stdout
    thai = run_kmdesk("analyze", "--team", "ท่าไร่", "--round", "3", "--role", "ผู้บันทึก", db=demo_file)
    assert "ธารปัญญา" in thai.stdout and "8 ส.ค. 2568" in thai.stdout


@pytest.mark.parametrize("ending", ["csv", "xlsx"])
def test_export_then_import_into_an_empty_database_gives_the_same_analysis(
    run_kmdesk, demo_file, tmp_path, ending
):
    exported = tmp_path / f"all.{ending}"
    done = run_kmdesk("export", str(exported), db=demo_file)
    assert done.returncode == 0, done.stderr
    assert f"{exported}: ratings written: 1458" in done.stdout
    fresh = new_database_file(tmp_path / "fresh.db")
    done = run_kmdesk("import", str(exported), db=fresh)
    assert done.returncode == 0, done.stderr
    assert "ratings added: 1458," in done.stdout
    for role in ("recorder", "coordinator"):
        assert _without_ids(_analyze(run_kmdesk, fresh, role)) == _without_ids(
            _analyze(run_kmdesk, demo_file, role)
        )


def test_importing_the_same_file_twice_changes_nothing(run_kmdesk, demo_file, tmp_path):
    source = tmp_path / "ratings.csv"
    source.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    first = run_kmdesk("import", str(source), db=demo_file)
    assert first.returncode == 0, first.stderr
    assert "ratings added: 3," in first.stdout and "new rounds: รอบพิเศษ" in first.stdout
    before = database_bytes(demo_file)
    second = run_kmdesk("import", str(source), db=demo_file)
    assert second.returncode == 0, second.stderr
    assert "ratings added: 0, changed: 0, unchanged: 3" in second.stdout
    assert database_bytes(demo_file) == before


def _imported(run_kmdesk, db, source):
    new_database_file(db)
    done = run_kmdesk("import", str(source), db=db)
    assert done.returncode == 0, done.stderr
    data = run_kmdesk("export", str(source.with_name("back.csv")), db=db)
    assert data.returncode == 0, data.stderr
    return source.with_name("back.csv").read_text(encoding="utf-8-sig")


def test_utf8_with_bom_as_excel_saves_it(run_kmdesk, tmp_path):
    source = tmp_path / "excel.csv"
    source.write_bytes(("\n".join([HEADER, *ROWS]) + "\r\n").encode("utf-8-sig"))
    back = _imported(run_kmdesk, tmp_path / "k.db", source)
    assert "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2025-08-08,recorder,S8.1,4,สรุปเวทีส่งทีมทางไลน์" in back
    assert "process_lead" not in back
    # S2 means S2's first indicator; ? is kept as not sure
    assert ",recorder,S2.1,?," in back


def test_windows_874_from_older_thai_excel(run_kmdesk, tmp_path):
    source = tmp_path / "old-excel.csv"
    source.write_bytes(("\r\n".join([HEADER, *ROWS]) + "\r\n").encode("cp874"))
    back = _imported(run_kmdesk, tmp_path / "k.db", source)
    assert "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2025-08-08,coordinator,K1.2,2," in back


@pytest.mark.parametrize(
    ("codec", "lines"), [("utf-16-le", "\r\n"), ("utf-16-be", "\n"), ("utf-16", "\r")]
)
def test_utf16_with_or_without_its_byte_order_mark(run_kmdesk, tmp_path, codec, lines):
    # Notepad's "Unicode" and some exports: without the mark it read as "binary data"
    source = tmp_path / "unicode.csv"
    source.write_bytes((lines.join([HEADER, *ROWS]) + lines).encode(codec))
    back = _imported(run_kmdesk, tmp_path / "k.db", source)
    assert "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2025-08-08,coordinator,K1.2,2," in back


def test_xlsx_written_by_openpyxl_with_real_dates_and_numbers(run_kmdesk, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(
        [
            "ลำดวน ทดลอง",
            "ท่าไร่",
            "กศน.",
            "รอบพิเศษ",
            dt.datetime(2025, 8, 8),
            "recorder",
            "S8.1",
            4,
            "สรุปเวที",
        ]
    )
    sheet.append(
        ["ลำดวน ทดลอง", "ท่าไร่", "กศน.", "รอบพิเศษ", "2568-08-08", "recorder", "S7.1", None, None]
    )
    source = tmp_path / "sheet.xlsx"
    book.save(source)
    back = _imported(run_kmdesk, tmp_path / "k.db", source)
    assert ",recorder,S8.1,4,สรุปเวที" in back
    assert ",recorder,S7.1,?," in back


def test_framework_prints_in_thai_and_english(run_kmdesk, tmp_path):
    new_database_file(tmp_path / "k.db")
    thai = run_kmdesk("framework", db=tmp_path / "k.db")
    english = run_kmdesk("framework", "--lang", "en", db=tmp_path / "k.db")
    assert thai.returncode == english.returncode == 0
    assert "การดำเนินการประชุมอย่างมีส่วนร่วม" in thai.stdout
    assert "เพื่อพัฒนากลุ่มให้เข้มแข็ง เป็นแกนกลางในการพัฒนาชุมชน" in thai.stdout
    assert "Running participatory meetings" in english.stdout
    assert "S7.1" in english.stdout


def test_without_a_display_the_window_command_says_so(run_kmdesk, tmp_path):
    done = run_kmdesk(env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert done.returncode == 2
    assert "no display" in done.stderr and "kmdesk demo --no-gui" in done.stderr
    assert "Traceback" not in done.stderr


def test_unknown_team_or_round_lists_the_choices(run_kmdesk, demo_file):
    done = run_kmdesk(
        "analyze", "--team", "ท่าไ", "--round", "3", "--role", "recorder", db=demo_file
    )
    assert done.returncode == 2
    assert "no team named 'ท่าไ'; did you mean: ท่าไร่?" in done.stderr
    done = run_kmdesk(
        "analyze", "--team", "ท่าไร่", "--round", "9", "--role", "recorder", db=demo_file
    )
    assert "no round '9'; rounds: รอบที่ 1 (2024-08-08)" in done.stderr
