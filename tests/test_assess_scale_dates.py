"""Levels as typed into sheets and forms, and dates as Thai offices write them."""

import datetime as dt

import pytest

from kmdesk.assess.scale import LEVELS, LevelError, format_level, parse_level
from kmdesk.assess.thaidate import (
    DateError,
    format_date,
    format_typed_date,
    is_far,
    likely_meant,
    month_year,
    parse_date,
    parse_typed_date,
    typed_year,
)

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


# --- dates typed into a field: the calendar of the interface language -------------------

# The day these tests are worked by hand against: 30 November 2026 is 30 พ.ย. 2569.
TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Thai reads Buddhist Era: 2569 - 543 = 2026
        ("08/08/2569", "th", dt.date(2026, 8, 8)),
        ("8/8/2569", "th", dt.date(2026, 8, 8)),
        ("8-8-2569", "th", dt.date(2026, 8, 8)),
        ("8.8.2569", "th", dt.date(2026, 8, 8)),
        (" 8 / 8 / 2569 ", "th", dt.date(2026, 8, 8)),
        ("๘/๘/๒๕๖๙", "th", dt.date(2026, 8, 8)),
        # the year first, as ISO and the ratings file write it
        ("2569-08-08", "th", dt.date(2026, 8, 8)),
        # what the app prints, pasted back: 8 ส.ค. 2569 and 8 สิงหาคม 2569
        ("8 ส.ค. 2569", "th", dt.date(2026, 8, 8)),
        ("8 สค 2569", "th", dt.date(2026, 8, 8)),
        ("8 สิงหาคม 2569", "th", dt.date(2026, 8, 8)),
        # English reads Gregorian
        ("08/08/2026", "en", dt.date(2026, 8, 8)),
        ("2026-08-08", "en", dt.date(2026, 8, 8)),
        ("8 Aug 2026", "en", dt.date(2026, 8, 8)),
        ("8 august 2026", "en", dt.date(2026, 8, 8)),
        # 29 ก.พ. 2567: 2567 - 543 = 2024, a leap year
        ("29/02/2567", "th", dt.date(2024, 2, 29)),
        ("29/02/2024", "en", dt.date(2024, 2, 29)),
    ],
)
def test_a_typed_date_is_read_in_the_calendar_of_the_language(text, lang, expected):
    assert parse_typed_date(text, lang, TODAY) == expected


@pytest.mark.parametrize(
    ("day", "lang", "shown"),
    [
        (dt.date(2026, 8, 8), "th", "08/08/2569"),
        (dt.date(2026, 8, 8), "en", "08/08/2026"),
        (dt.date(2024, 2, 29), "th", "29/02/2567"),
        (dt.date(2026, 12, 30), "th", "30/12/2569"),
    ],
)
def test_a_field_shows_the_date_in_the_calendar_of_the_language_and_reads_it_back(day, lang, shown):
    assert format_typed_date(day, lang) == shown
    assert parse_typed_date(shown, lang, TODAY) == day


def test_29_february_exists_in_2567_and_not_in_2568():
    # 2567 - 543 = 2024 (divisible by 4); 2568 - 543 = 2025 (not)
    assert format_date(dt.date(2024, 2, 29), "th") == "29 ก.พ. 2567"
    assert format_date(parse_typed_date("29/2/2567", "th", TODAY), "en") == "29 Feb 2024"
    with pytest.raises(DateError):
        parse_typed_date("29/2/2568", "th", TODAY)


@pytest.mark.parametrize(
    ("digits", "lang", "year"),
    [
        # four digits from 2400 up are Buddhist Era in either language
        ("2569", "th", 2026),
        ("2569", "en", 2026),
        ("3112", "th", 2569),  # 2569 CE: far off, so the field asks (see below)
        # below 2400, Gregorian in either language: 2026 typed in Thai is 2026 (shown 2569)
        ("2026", "th", 2026),
        ("2026", "en", 2026),
        # two digits: that year of the language's calendar nearest today (2569 BE, 2026 CE)
        ("69", "th", 2026),  # 2569 BE
        ("68", "th", 2025),  # 2568 BE
        ("70", "th", 2027),  # 2570 BE
        ("26", "en", 2026),
        ("99", "en", 1999),  # 1999 is 27 years back, 2099 is 73 ahead
        ("26", "th", 1983),  # 2526 BE (43 back) rather than 2626 BE (57 ahead): far, so asked
        ("19", "th", 1976),  # 2519 and 2619 BE are both 50 away: the earlier one
    ],
)
def test_what_a_typed_year_means(digits, lang, year):
    assert typed_year(digits, lang, TODAY) == year


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "abc",
        "8/8",
        "8/8/569",
        "8/8/25690",
        "31/9/2569",
        "29/2/2568",
        "0/1/2569",
        "8 xyz 2569",
        "8/8/2569 9",
        "123/8/2569",
        "08082569",
    ],
)
def test_a_typed_date_that_is_not_a_date_is_refused(text):
    with pytest.raises(DateError):
        parse_typed_date(text, "th", TODAY)


def test_a_calendar_page_is_headed_by_month_and_year_of_the_language():
    assert month_year(dt.date(2026, 8, 8), "th") == "สิงหาคม 2569"
    assert month_year(dt.date(2026, 8, 8), "en") == "August 2026"


@pytest.mark.parametrize(
    ("day", "far"),
    [
        (TODAY, False),
        (dt.date(2023, 11, 30), False),  # exactly three years back
        (dt.date(2023, 11, 29), True),
        (dt.date(2027, 11, 30), False),  # exactly one year ahead
        (dt.date(2027, 12, 1), True),
        (dt.date(2569, 12, 30), True),  # "30 ธ.ค. 3112": 2569 typed into a Gregorian field
        (dt.date(1483, 8, 8), True),  # 2026 read as Buddhist Era: 2026 - 543
    ],
)
def test_a_date_more_than_three_years_back_or_one_ahead_is_far(day, far):
    assert is_far(day, TODAY) is far


def test_a_far_date_suggests_the_year_converted_once_more_or_once_less():
    # 2569 CE is 3112 BE: the BE year converted twice; 2569 - 543 = 2026
    assert likely_meant(dt.date(2569, 12, 30), TODAY) == dt.date(2026, 12, 30)
    # 1483 CE: a Gregorian year taken as BE; 1483 + 543 = 2026
    assert likely_meant(dt.date(1483, 8, 8), TODAY) == dt.date(2026, 8, 8)
    # near dates need no suggestion; a far one with no near twin gets none
    assert likely_meant(dt.date(2026, 8, 8), TODAY) is None
    assert likely_meant(dt.date(2015, 8, 8), TODAY) is None
    # 29 February 2572 CE (leap) would be 29 February 2029, which does not exist
    assert likely_meant(dt.date(2572, 2, 29), TODAY) is None
