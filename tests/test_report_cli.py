"""``kmdesk report`` run as a user runs it: the files it writes and the messages it gives."""

from __future__ import annotations

from kmdesk.store.db import open_database
from tests.report_support import ids, pdf_pages, pdftotext


def test_person_report_from_the_command_line(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "สุภาพร.pdf"
    done = run_kmdesk(
        "report", "person", "สุภาพร ใจงาม", "--round", "รอบที่ 3", "-o", str(out), db=demo_file
    )
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    assert out.read_bytes().startswith(b"%PDF")
    assert "สุภาพร ใจงาม" in pdftotext(out)
    assert not list(tmp_path.glob("*.part"))


def test_english_team_report_by_round_number(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "team.pdf"
    done = run_kmdesk(
        "report", "team", "บางจาก", "--round", "3", "--lang", "en", "-o", str(out), db=demo_file
    )
    assert done.returncode == 0, done.stderr
    text = pdftotext(out)
    assert "Page 1 of" in text and "Facilitator team self-assessment" in text


def test_a_name_that_matches_nobody_lists_the_close_matches(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "x.pdf"
    done = run_kmdesk(
        "report", "person", "สุภาพร ใจงม", "--round", "3", "-o", str(out), db=demo_file
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "no facilitator named 'สุภาพร ใจงม'" in done.stderr
    assert "did you mean: สุภาพร ใจงาม (บางจาก)?" in done.stderr
    assert not out.exists()


def test_two_people_with_one_name_are_listed_with_their_teams(run_kmdesk, demo_file, tmp_path):
    from kmdesk.store import repo

    database = open_database(str(demo_file))
    try:
        other_team = ids(database)["teams"]["ท่าไร่"]
        repo.add_facilitator(database, "สุภาพร ใจงาม", "กศน.", other_team.id)
    finally:
        database.dispose()
    out = tmp_path / "x.pdf"
    done = run_kmdesk(
        "report", "person", "สุภาพร ใจงาม", "--round", "3", "-o", str(out), db=demo_file
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "สุภาพร ใจงาม (บางจาก)" in done.stderr and "สุภาพร ใจงาม (ท่าไร่)" in done.stderr
    assert "--team" in done.stderr
    # and --team settles it
    done = run_kmdesk(
        "report",
        "person",
        "สุภาพร ใจงาม",
        "--team",
        "บางจาก",
        "--round",
        "3",
        "-o",
        str(out),
        db=demo_file,
    )
    assert done.returncode == 0, done.stderr


def test_a_file_that_is_not_a_pdf_is_not_overwritten(run_kmdesk, demo_file, tmp_path):
    notes = tmp_path / "notes.pdf"
    notes.write_text("my own notes, not a report", encoding="utf-8")
    done = run_kmdesk("report", "team", "ท่าไร่", "--round", "3", "-o", str(notes), db=demo_file)
    assert done.returncode == 2
    assert "is not a PDF" in done.stderr
    assert notes.read_text(encoding="utf-8") == "my own notes, not a report"


def test_unknown_team_and_round_are_user_errors(run_kmdesk, demo_file, tmp_path):
    for args in (
        ("team", "ท่า", "--round", "3"),
        ("person", "สุภาพร ใจงาม", "--round", "รอบที่ 9"),
    ):
        done = run_kmdesk("report", *args, "-o", str(tmp_path / "x.pdf"), db=demo_file)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        assert "no team named 'ท่า'" in done.stderr or "no round 'รอบที่ 9'" in done.stderr
        assert "did you mean: " in done.stderr


def test_report_all_writes_one_pdf_per_person_and_per_team(run_kmdesk, demo_file, tmp_path):
    folder = tmp_path / "round 3"
    done = run_kmdesk("report", "all", "--round", "3", "-o", str(folder), db=demo_file)
    assert done.returncode == 0, done.stderr
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == 9 + 3, [p.name for p in pdfs]
    assert "12 reports (9 people, 3 teams)" in done.stdout
    assert {p.name for p in pdfs} >= {"ทีม ท่าไร่.pdf", "บางจาก - สุภาพร ใจงาม.pdf"}
    assert not list(folder.glob(".*"))  # no temporary file left behind
    for pdf in pdfs:
        assert pdf_pages(pdf) >= 3


def test_one_role_and_the_appendix_from_the_command_line(run_kmdesk, demo_file, tmp_path):
    short, long = tmp_path / "short.pdf", tmp_path / "long.pdf"
    person = ("report", "person", "สุภาพร ใจงาม", "--round", "3", "--role", "ผู้บันทึก")
    done = run_kmdesk(*person, "-o", str(short), db=demo_file)
    assert done.returncode == 0, done.stderr
    done = run_kmdesk(*person, "--appendix", "-o", str(long), db=demo_file)
    assert done.returncode == 0, done.stderr
    assert pdf_pages(short) <= 2 < pdf_pages(long)
    text = pdftotext(short)
    assert "ผู้บันทึก" in text and "ผู้ประสานงาน" not in text


def test_team_report_for_one_role_compared_with_a_chosen_round(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "team.pdf"
    done = run_kmdesk(
        "report", "team", "ท่าไร่", "--round", "3", "--role", "recorder",
        "--compare-round", "รอบที่ 1", "--leave-out-incomplete", "-o", str(out), db=demo_file,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdftotext(out)
    roles_part = text.split("ความก้าวหน้าของทีมตลอดทุกรอบ")[0]
    assert "รอบที่ 1" in roles_part and "รอบที่ 2" not in roles_part
    assert "บทบาท: ผู้ประสานงาน" not in text


def test_an_unknown_role_or_compare_round_is_a_user_error(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "x.pdf"
    done = run_kmdesk(
        "report", "person", "สุภาพร ใจงาม", "--round", "3", "--role", "boss", "-o", str(out),
        db=demo_file,
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "ผู้บันทึก" in done.stderr and "recorder" in done.stderr
    done = run_kmdesk(
        "report", "team", "ท่าไร่", "--round", "3", "--compare-round", "รอบที่ 9", "-o", str(out),
        db=demo_file,
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "รอบที่ 9" in done.stderr
    assert not out.exists()
