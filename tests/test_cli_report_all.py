"""``kmdesk report all --role --appendix``: the options ``report person`` has, for a whole round."""

from __future__ import annotations

from tests.report_support import pdftotext


def test_a_round_for_one_role_with_the_appendix(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "reports"
    done = run_kmdesk(
        "report", "all", "--round", "3", "--role", "ผู้บันทึก", "--appendix", "--jobs", "1",
        "--lang", "en", "-o", str(out), db=demo_file,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # the demo: nine people in three teams, each rated every role in round 3
    assert done.stdout.strip() == f"Wrote 12 reports (9 people, 3 teams) to {out}"
    person = pdftotext(out / "ท่าไร่ - มาลัย ศรีสุข.pdf")
    assert "Role: Recorder" in person and "Role: Coordinator" not in person
    assert "Appendix: what each chosen level says" in person
    team = pdftotext(out / "Team ท่าไร่.pdf")
    assert "Recorder" in team and "Coordinator" not in team


def test_an_unknown_role_writes_nothing(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "reports"
    done = run_kmdesk(
        "report", "all", "--round", "3", "--role", "บันทึก", "--lang", "th", "-o", str(out),
        db=demo_file,
    )  # fmt: skip
    assert done.returncode == 2
    assert "kmdesk: ไม่มีบทบาท 'บันทึก'; บทบาทที่มี: ผู้ประสานงาน (คุณประสาน) (coordinator)" in (done.stderr)
    assert not out.exists()
