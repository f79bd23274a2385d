"""Reports for a whole round: the file names, and a Cancel that leaves only whole reports."""

from __future__ import annotations

from kmdesk.paths import safe_file_name
from kmdesk.report.batch import round_jobs
from tests.report_support import ids


def test_file_names_are_safe_everywhere():
    assert safe_file_name('ทีม "ท่าไร่": 1/2') == "ทีม -ท่าไร่- 1-2"
    assert safe_file_name("  ..  ", "report") == "report"


def test_one_job_per_person_with_ratings_then_per_team(demo_db):
    known = ids(demo_db)
    with demo_db.session() as session:
        jobs = round_jobs(session, known["rounds"]["รอบที่ 3"].id, "th")
    assert [j.kind for j in jobs] == ["person"] * 9 + ["team"] * 3
    assert len({j.file_name for j in jobs}) == 12
    assert "ทีม บางจาก.pdf" in {j.file_name for j in jobs}


def test_cancel_keeps_the_finished_reports_and_nothing_half_written(qapp, demo_db, tmp_path):
    from kmdesk.report import write_round_reports

    rnd = ids(demo_db)["rounds"]["รอบที่ 1"]
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    folder = tmp_path / "out"
    written = write_round_reports(demo_db.url, rnd.id, folder, "en", progress, workers=1)
    assert seen == [(0, 12), (1, 12), (2, 12)]
    assert len(written) == 2
    assert sorted(folder.iterdir()) == sorted(written)
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)
