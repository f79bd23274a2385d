"""Dates as Thai offices write them: Buddhist-Era years in Thai, Gregorian in English."""

from __future__ import annotations

import datetime as dt
import re

BE_OFFSET = 543
# Any year from here on is taken as Buddhist Era: no Gregorian assessment is dated 2400+.
BE_THRESHOLD = 2400

THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
THAI_MONTHS_LONG = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
EN_MONTHS_LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
EN_MONTHS_SHORT = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# What may stand between the day, month and year a person types: 8/8/2569, 8-8-69, 8 ส.ค. 2569
# (dots are dropped first, so that "ส.ค." stays one word).
_SEPARATORS = re.compile(r"[\s/\-,]+")
# A date further from today than this is asked about before it is saved ("did you mean …?"):
# rounds are planned months ahead at most, and looked back on for a few years.
YEARS_BEFORE = 3
YEARS_AFTER = 1


class DateError(ValueError):
    """The text is not a date in YYYY-MM-DD form (Gregorian or Buddhist Era)."""


def parse_date(text: object) -> dt.date:
    """Read ``YYYY-MM-DD`` with a Gregorian (2025) or Buddhist-Era (2568) year."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    cleaned = str(text or "").strip().translate(_THAI_DIGITS)
    match = _ISO.match(cleaned)
    if not match:
        raise DateError(cleaned)
    year, month, day = (int(part) for part in match.groups())
    if year >= BE_THRESHOLD:
        year -= BE_OFFSET
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError(cleaned) from None


def format_date(day: dt.date, lang: str = "th", long: bool = False) -> str:
    """``8 ส.ค. 2568`` in Thai, ``8 Aug 2025`` in English."""
    if lang == "th":
        months = THAI_MONTHS_LONG if long else THAI_MONTHS_SHORT
        return f"{day.day} {months[day.month - 1]} {day.year + BE_OFFSET}"
    return f"{day.day} {EN_MONTHS_SHORT[day.month - 1]} {day.year}"


# --- dates typed into a field, in the calendar of the interface language ------------------


def _month_number(word: str) -> int | None:
    """1–12 for a Thai or English month name, short or long, with or without its dots."""
    wanted = word.replace(".", "").casefold()
    for names in (THAI_MONTHS_SHORT, THAI_MONTHS_LONG, EN_MONTHS_SHORT, EN_MONTHS_LONG):
        for number, name in enumerate(names, start=1):
            if name.replace(".", "").casefold() == wanted:
                return number
    return None


def typed_year(digits: str, lang: str, today: dt.date) -> int:
    """The Gregorian year meant by the year typed into a date field.

    Four digits: 2400 and above is a Buddhist-Era year (2569 is 2026), below it a Gregorian
    one (2026), in either language, since no round is dated 2400 CE or 1857 BE. Two digits
    are short for a year of the interface's calendar (69 in Thai is 2569, 26 in English
    is 2026), the one nearest today, the earlier one on a tie.
    """
    if not digits.isdigit() or len(digits) not in (2, 4):
        raise DateError(digits)
    number = int(digits)
    if len(digits) == 4:
        return number - BE_OFFSET if number >= BE_THRESHOLD else number
    offset = BE_OFFSET if lang == "th" else 0
    now = today.year + offset
    century = now - now % 100
    nearest = min(
        (century + step + number for step in (-100, 0, 100)), key=lambda y: (abs(y - now), y)
    )
    return nearest - offset


def parse_typed_date(text: object, lang: str, today: dt.date | None = None) -> dt.date:
    """A date typed by a person: day/month/year (08/08/2569, 8-8-69, 8 ส.ค. 2569) or ISO.

    The year is read by ``typed_year``; ``today`` (default: the real one) places two digits.
    """
    today = today or dt.date.today()
    cleaned = str(text or "").strip().translate(_THAI_DIGITS)
    numbers = re.findall(r"\d+", cleaned)
    words = _SEPARATORS.sub(" ", re.sub(r"\d+", " ", cleaned).replace(".", "")).split()
    if len(numbers) == 3 and not words:
        if len(numbers[0]) == 4:  # year first, as ISO writes it: 2569-08-08
            numbers = numbers[::-1]
        day, month, year = numbers
    elif len(numbers) == 2 and len(words) == 1 and _month_number(words[0]):
        day, year = numbers
        month = str(_month_number(words[0]))
    else:
        raise DateError(cleaned)
    if len(day) > 2 or len(month) > 2:
        raise DateError(cleaned)
    try:
        return dt.date(typed_year(year, lang, today), int(month), int(day))
    except ValueError:
        raise DateError(cleaned) from None


def shown_year(day: dt.date, lang: str) -> int:
    """The year as the interface shows it: Buddhist Era in Thai, Gregorian in English."""
    return day.year + BE_OFFSET if lang == "th" else day.year


def format_typed_date(day: dt.date, lang: str) -> str:
    """The date as a field shows it: ``08/08/2569`` in Thai, ``08/08/2026`` in English."""
    return f"{day.day:02d}/{day.month:02d}/{shown_year(day, lang)}"


def month_year(day: dt.date, lang: str) -> str:
    """A calendar page's heading: ``สิงหาคม 2569`` in Thai, ``August 2026`` in English."""
    months = THAI_MONTHS_LONG if lang == "th" else EN_MONTHS_LONG
    return f"{months[day.month - 1]} {shown_year(day, lang)}"


def years_from(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (earlier if negative); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def is_far(day: dt.date, today: dt.date) -> bool:
    """More than YEARS_BEFORE years before today or YEARS_AFTER after: worth asking about."""
    return not years_from(today, -YEARS_BEFORE) <= day <= years_from(today, YEARS_AFTER)


def likely_meant(day: dt.date, today: dt.date) -> dt.date | None:
    """For a far date, the near one it is most likely a slip for: the year converted between
    the calendars once too often or once too few (3112 BE typed for 2569 BE), or None."""
    if not is_far(day, today):
        return None
    for shift in (-BE_OFFSET, BE_OFFSET, -2 * BE_OFFSET, 2 * BE_OFFSET):
        try:
            near = day.replace(year=day.year + shift)
        except ValueError:  # 29 February in a year that has none, or beyond year 1–9999
            continue
        if not is_far(near, today):
            return near
    return None
