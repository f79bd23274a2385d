"""Bad input through the real command: a clear message, a non-zero exit, the database untouched."""

from __future__ import annotations

import pytest

from tests.ratings_samples import HEADER, ROWS, refused, write_csv

GOOD = ROWS[0]


CELL_CASES = [
    (
        "level",
        GOOD.replace(",4,", ",7,"),
        'ratings.csv row 3, column level: "7" is not a level (1–5, or ? for not sure)',
    ),
    (
        "indicator",
        GOOD.replace("S8.1", "S10.1"),
        'ratings.csv row 3, column indicator: "S10.1" is not an indicator or competency code',
    ),
    (
        "role",
        GOOD.replace("recorder", "boss"),
        'ratings.csv row 3, column role: "boss" is not a role (coordinator, process_lead, recorder',
    ),
    (
        "date",
        GOOD.replace("2568-08-08", "2568-13-01"),
        'ratings.csv row 3, column round_date: "2568-13-01" is not a date (expected YYYY-MM-DD',
    ),
    (
        "name",
        GOOD.replace("ลำดวน ทดลอง", " "),
        "ratings.csv row 3, column facilitator: the facilitator's name is empty",
    ),
]


@pytest.mark.parametrize(("what", "row", "message"), CELL_CASES, ids=[c[0] for c in CELL_CASES])
def test_one_bad_cell_refuses_the_whole_file(run_kmdesk, demo_file, tmp_path, what, row, message):
    # a good row first: it must not be written either
    source = write_csv(tmp_path, ROWS[2], row)
    refused(run_kmdesk, demo_file, source, message)


def test_every_bad_row_is_listed(run_kmdesk, demo_file, tmp_path):
    source = write_csv(tmp_path, *(case[1] for case in CELL_CASES))
    err = refused(run_kmdesk, demo_file, source, "row 2, column level", "row 6, column facilitator")
    assert err.count("ratings.csv row") == len(CELL_CASES)


def test_two_rows_giving_different_levels_for_the_same_rating(run_kmdesk, demo_file, tmp_path):
    source = write_csv(tmp_path, GOOD, ROWS[1], GOOD.replace(",4,", ",2,"))
    refused(
        run_kmdesk,
        demo_file,
        source,
        "ratings.csv row 4, column level: gives level 2 for ลำดวน ทดลอง / รอบพิเศษ / recorder / "
        "S8.1, but row 2 gives 4",
    )


def test_a_round_date_that_contradicts_the_existing_round(run_kmdesk, demo_file, tmp_path):
    row = GOOD.replace("รอบพิเศษ", "รอบที่ 3").replace("2568-08-08", "2025-08-09")
    refused(
        run_kmdesk,
        demo_file,
        write_csv(tmp_path, row),
        "row 2, column round_date: 2025-08-09 differs from the date of the existing round "
        "'รอบที่ 3' (2025-08-08)",
    )


def test_a_missing_column(run_kmdesk, demo_file, tmp_path):
    header = HEADER.replace(",level", "")
    row = GOOD.replace(",4,", ",")
    refused(
        run_kmdesk,
        demo_file,
        write_csv(tmp_path, row, header=header),
        "ratings.csv row 1, column level: the column is missing from the header",
    )


def test_an_empty_file(run_kmdesk, demo_file, tmp_path):
    source = tmp_path / "ratings.csv"
    source.write_bytes(b"")
    refused(run_kmdesk, demo_file, source, "ratings.csv: is empty; expected a header row")


def test_a_header_and_nothing_else(run_kmdesk, demo_file, tmp_path):
    refused(run_kmdesk, demo_file, write_csv(tmp_path), "ratings.csv: has a header but no ratings")


def test_a_binary_file_named_csv(run_kmdesk, demo_file, tmp_path):
    source = tmp_path / "ratings.csv"
    source.write_bytes(bytes(range(256)) * 8)
    refused(run_kmdesk, demo_file, source, "ratings.csv: is not a CSV text file")


def test_a_workbook_saved_with_the_csv_ending(run_kmdesk, demo_file, tmp_path):
    from openpyxl import Workbook

    source = tmp_path / "ratings.csv"
    Workbook().save(source)
    refused(run_kmdesk, demo_file, source, "ratings.csv: is an Excel workbook, not a CSV file")


def test_a_text_file_named_xlsx(run_kmdesk, demo_file, tmp_path):
    source = tmp_path / "ratings.xlsx"
    source.write_text(HEADER + "\n" + GOOD + "\n", encoding="utf-8")
    refused(run_kmdesk, demo_file, source, "ratings.xlsx: is not an Excel (.xlsx) workbook")


def test_a_file_of_another_kind(run_kmdesk, demo_file, tmp_path):
    source = tmp_path / "ratings.pdf"
    source.write_bytes(b"%PDF-1.7\n")
    refused(run_kmdesk, demo_file, source, "ratings.pdf: has the ending '.pdf'; expected .csv")


def test_a_csv_that_is_not_a_ratings_table(run_kmdesk, demo_file, tmp_path):
    source = tmp_path / "ratings.csv"
    source.write_text("name,phone\nสมชาย,081\n", encoding="utf-8")
    refused(run_kmdesk, demo_file, source, "column facilitator: the column is missing")


def test_export_never_overwrites_a_file_it_does_not_understand(run_kmdesk, demo_file, tmp_path):
    target = tmp_path / "budget.csv"
    target.write_text("item,baht\nข้าวสาร,1200\n", encoding="utf-8")
    done = run_kmdesk("export", str(target), db=demo_file)
    assert done.returncode == 2
    assert (
        "budget.csv: exists and is not a kmdesk ratings file; it was left untouched" in done.stderr
    )
    assert target.read_text(encoding="utf-8") == "item,baht\nข้าวสาร,1200\n"


def test_a_database_that_is_not_ours_is_not_touched(run_kmdesk, tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_bytes(b"meeting notes")
    done = run_kmdesk("analyze", "--team", "x", "--round", "1", "--role", "recorder", db=notes)
    assert done.returncode == 2
    assert "notes.db: is not a kmdesk database" in done.stderr
    assert notes.read_bytes() == b"meeting notes"
