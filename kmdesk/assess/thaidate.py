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


class DateError(ValueError):
    """The text is not a date in YYYY-MM-DD form (Gregorian or Buddhist Era)."""


def parse_date(text: object) -> dt.date:
    """Read ``YYYY-MM-DD`` with a Gregorian (2025) or Buddhist-Era (2568) year."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    cleaned = str(text or "").strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
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
