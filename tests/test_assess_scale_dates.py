"""Levels as typed into sheets and forms, and dates as Thai offices write them."""

import datetime as dt

import pytest

from kmdesk.assess.scale import LEVELS, LevelError, format_level, parse_level
from kmdesk.assess.thaidate import DateError, format_date, parse_date

# --- levels -----------------------------------------------------------------------------


def test_the_scale_is_one_to_five():
    assert LEVELS == (1, 2, 3, 4, 5)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1", 1),
        ("2", 2),
        ("3", 3),
        ("4", 4),
        ("5", 5),
        (1, 1),
        (5, 5),
        (" 4 ", 4),
        # a spreadsheet hands whole numbers back as floats
        (3.0, 3),
        ("3.0", 3),
    ],
)
def test_parse_level_reads_levels_one_to_five(cell, expected):
    assert parse_level(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("๑", 1), ("๓", 3), ("๕", 5), (" ๔ ", 4)],
)
def test_parse_level_reads_thai_digits(cell, expected):
    assert parse_level(cell) == expected


@pytest.mark.parametrize(
    "cell", [None, "", "   ", "?", "？", " ? ", "ไม่แน่ใจ", "not sure", "Not sure"]
)
def test_parse_level_reads_not_sure_as_none(cell):
    assert parse_level(cell) is None


@pytest.mark.parametrize(
    "cell",
    [7, 0, -1, 6, 2.5, "7", "0", "6", "2.5", "๗", "๐", "abc", "three", "3a", True, False],
)
def test_parse_level_rejects_what_is_not_a_level(cell):
    with pytest.raises(LevelError):
        parse_level(cell)


def test_level_error_is_a_value_error_so_callers_can_report_it_as_bad_input():
    with pytest.raises(ValueError):
        parse_level("abc")


def test_format_level_writes_the_digit_or_a_question_mark():
    assert [format_level(level) for level in (1, 2, 3, 4, 5)] == ["1", "2", "3", "4", "5"]
    assert format_level(None) == "?"


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5, None])
def test_a_written_level_reads_back_the_same(level):
    assert parse_level(format_level(level)) == level


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-08-08", dt.date(2025, 8, 8)),
        (" 2025-08-08 ", dt.date(2025, 8, 8)),
        ("2025-8-8", dt.date(2025, 8, 8)),
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("2025-12-31", dt.date(2025, 12, 31)),
    ],
)
def test_parse_date_reads_gregorian_iso(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2568 - 543 = 2025
        ("2568-08-08", dt.date(2025, 8, 8)),
        # 2567 - 543 = 2024, a leap year, so 29 February exists
        ("2567-02-29", dt.date(2024, 2, 29)),
        # 2569 - 543 = 2026
        ("2569-01-01", dt.date(2026, 1, 1)),
        # Thai digits: ๒๕๖๘-๐๘-๐๘ is 2568-08-08
        ("๒๕๖๘-๐๘-๐๘", dt.date(2025, 8, 8)),
    ],
)
def test_parse_date_reads_buddhist_era_years(text, expected):
    assert parse_date(text) == expected


def test_parse_date_passes_dates_through_and_drops_the_time_of_a_datetime():
    assert parse_date(dt.date(2025, 8, 8)) == dt.date(2025, 8, 8)
    assert parse_date(dt.datetime(2025, 8, 8, 14, 30)) == dt.date(2025, 8, 8)


@pytest.mark.parametrize(
    "text",
    [
        # 2568 BE is 2025, not a leap year, and no February has 30 days
        "2568-02-30",
        "2568-02-29",
        "2025-02-30",
        "2025-13-01",
        "2025-00-10",
        "2025-08-32",
        "8/8/2025",
        "08-08-2025",
        "2025/08/08",
        "8 ส.ค. 2568",
        "",
        None,
        "abc",
    ],
)
def test_parse_date_rejects_bad_dates(text):
    with pytest.raises(DateError):
        parse_date(text)


def test_format_date_in_thai_uses_buddhist_era_and_short_thai_month():
    # 2025 + 543 = 2568; August is ส.ค.
    assert format_date(dt.date(2025, 8, 8), "th") == "8 ส.ค. 2568"
    assert format_date(dt.date(2025, 8, 8)) == "8 ส.ค. 2568"
    # 2026 + 543 = 2569; January is ม.ค.
    assert format_date(dt.date(2026, 1, 1), "th") == "1 ม.ค. 2569"
    # December is ธ.ค.
    assert format_date(dt.date(2024, 12, 31), "th") == "31 ธ.ค. 2567"


def test_format_date_in_thai_long_form_spells_the_month():
    assert format_date(dt.date(2025, 8, 8), "th", long=True) == "8 สิงหาคม 2568"


def test_format_date_in_english_uses_gregorian_year():
    assert format_date(dt.date(2025, 8, 8), "en") == "8 Aug 2025"
    assert format_date(dt.date(2026, 1, 1), "en") == "1 Jan 2026"


def test_a_buddhist_era_date_read_in_prints_back_with_the_same_year():
    assert format_date(parse_date("2568-08-08"), "th") == "8 ส.ค. 2568"
    assert format_date(parse_date("2568-08-08"), "en") == "8 Aug 2025"
