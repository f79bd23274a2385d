"""A refused file's problems in the command's language, read back from their English form.

The exchange layer words each problem once, in English, with its values inside (a row's
cell, a date, a limit). The commonest are recognised here by their shape and worded again
from the values; one not recognised stays in English, whole, rather than half translated.
Dates in them are shown in the Buddhist Era.
"""

from __future__ import annotations

import datetime as dt
import re

from kmdesk.assess.thaidate import format_date
from kmdesk.cli import language
from kmdesk.cli.language import translate
from kmdesk.exchange.bundle_reasons import NOTE_SHAPES
from kmdesk.wording import QT_TRANSLATE_NOOP

# (the English shape, the words with the same fields); a field named day_* is an ISO date.
SHAPES = (
    (
        r"(?P<cell>.+) is not a level \(1–5, or \? for not sure\)",
        QT_TRANSLATE_NOOP("CliFileProblems", "{cell} is not a level (1–5, or ? for not sure)"),
    ),
    (
        r"(?P<cell>.+) is not an indicator or competency code of framework version (?P<n>\d+) "
        r"\(e\.g\. S7\.1, or S7 for its first indicator\)",
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "{cell} is not an indicator or competency code of framework version {n} "
            "(e.g. S7.1, or S7 for its first indicator)",
        ),
    ),
    (
        r"(?P<cell>.+) is not a role \((?P<codes>.+?), or (?P<thai>.+)\)",
        QT_TRANSLATE_NOOP("CliFileProblems", "{cell} is not a role ({codes}, or {thai})"),
    ),
    (
        r"(?P<cell>.+) is not a date \(expected YYYY-MM-DD, e\.g\. 2025-08-08 or the "
        r"Buddhist-Era 2568-08-08\)",
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "{cell} is not a date (expected YYYY-MM-DD, e.g. 2025-08-08 or the Buddhist-Era "
            "2568-08-08)",
        ),
    ),
    (
        r"(?P<day_a>\d{4}-\d\d-\d\d) differs from the date of the existing round (?P<title>.+) "
        r"\((?P<day_b>\d{4}-\d\d-\d\d)\)",
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "{day_a} differs from the date of the existing round {title} ({day_b})",
        ),
    ),
    (
        r"(?P<day_a>\d{4}-\d\d-\d\d) differs from row (?P<row>\d+), which dates round "
        r"(?P<title>.+) (?P<day_b>\d{4}-\d\d-\d\d)",
        QT_TRANSLATE_NOOP(
            "CliFileProblems", "{day_a} differs from row {row}, which dates round {title} {day_b}"
        ),
    ),
    (
        r"gives level (?P<a>\S+) for (?P<what>.+), but row (?P<row>\d+) gives (?P<b>\S+)",
        QT_TRANSLATE_NOOP("CliFileProblems", "gives level {a} for {what}, but row {row} gives {b}"),
    ),
    (
        r"gives other evidence for (?P<what>.+) than row (?P<row>\d+)",
        QT_TRANSLATE_NOOP("CliFileProblems", "gives other evidence for {what} than row {row}"),
    ),
    (
        r"the (?P<what>facilitator's name|team's name|round's title) is empty; expected the .+",
        QT_TRANSLATE_NOOP("CliFileProblems", "the {what} is empty"),
    ),
    *NOTE_SHAPES,
    # kmdesk db check's findings (store/check.py)
    (
        r"SQLite integrity check: (?P<line>.+)",
        QT_TRANSLATE_NOOP("CliFileProblems", "SQLite integrity check: {line}"),
    ),
    (
        r"SQLite could not read the whole file \((?P<why>.+)\)",
        QT_TRANSLATE_NOOP("CliFileProblems", "SQLite could not read the whole file ({why})"),
    ),
    (
        r"SQLite could not open it \((?P<why>.+)\)",
        QT_TRANSLATE_NOOP("CliFileProblems", "SQLite could not open it ({why})"),
    ),
    (
        r"(?P<table>\w+) row (?P<row>\d+) points at a missing (?P<parent>\w+)",
        QT_TRANSLATE_NOOP("CliFileProblems", "{table} row {row} points at a missing {parent}"),
    ),
    (
        r"(?P<count>\d+) ratings have a level outside 1–5",
        QT_TRANSLATE_NOOP("CliFileProblems", "{count} ratings have a level outside 1–5"),
    ),
    (
        r"(?P<count>\d+) ratings use an indicator that is not in their round's framework version",
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "{count} ratings use an indicator that is not in their round's framework version",
        ),
    ),
    (
        r"team (?P<team>.+) has (?P<count>\d+) people with the same name: (?P<names>.+)",
        QT_TRANSLATE_NOOP(
            "CliFileProblems", "team {team} has {count} people with the same name: {names}"
        ),
    ),
    (
        r"(?P<column>\S+): (?P<count>\d+) values are not UTF-8 text \(damaged\)",
        QT_TRANSLATE_NOOP(
            "CliFileProblems", "{column}: {count} values are not UTF-8 text (damaged)"
        ),
    ),
    (
        r"the note of (?P<who>.+) is (?P<n>[\d,]+) characters long; a ratings file holds "
        r"notes of up to (?P<m>[\d,]+), so it could not be imported again\. Shorten the note "
        r"in the app, then export again\. Nothing was written",
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "the note of {who} is {n} characters long; a ratings file holds notes of up to "
            "{m}, so it could not be imported again. Shorten the note in the app, then export "
            "again. Nothing was written",
        ),
    ),
    (
        r"would hold (?P<n>[\d,]+) ratings; a ratings file holds at most (?P<m>[\d,]+), so "
        r"it could not be imported again\. Nothing was written \(for a copy of everything "
        r"use kmdesk bundle export --all, or kmdesk db backup\)",
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "would hold {n} ratings; a ratings file holds at most {m}, so it could not be "
            "imported again. Nothing was written (for a copy of everything use kmdesk bundle "
            "export --all, or kmdesk db backup)",
        ),
    ),
    (
        r"a cell holds more than (?P<n>[\d,]+) characters; kmdesk keeps notes of up to "
        r"(?P<m>[\d,]+) characters and names of up to (?P<k>\d+) \(the file may be damaged\)",
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "a cell holds more than {n} characters; kmdesk keeps notes of up to {m} characters "
            "and names of up to {k} (the file may be damaged)",
        ),
    ),
    (
        r"cannot be read \((?P<why>.+)\)",
        QT_TRANSLATE_NOOP("CliFileProblems", "cannot be read ({why})"),
    ),
    (
        r"is a folder; expected a \.csv or \.xlsx file",
        QT_TRANSLATE_NOOP("CliFileProblems", "is a folder; expected a .csv or .xlsx file"),
    ),
    (
        r"the agency is longer than (?P<m>\d+) characters",
        QT_TRANSLATE_NOOP("CliFileProblems", "the agency is longer than {m} characters"),
    ),
    (
        r"the column is missing from the header \(expected (?P<columns>.+)\)",
        QT_TRANSLATE_NOOP(
            "CliFileProblems", "the column is missing from the header (expected {columns})"
        ),
    ),
    (
        r"is empty; expected a header row: (?P<columns>.+)",
        QT_TRANSLATE_NOOP("CliFileProblems", "is empty; expected a header row: {columns}"),
    ),
    (
        r"has the ending (?P<ending>.+); expected \.csv or \.xlsx",
        QT_TRANSLATE_NOOP("CliFileProblems", "has the ending {ending}; expected .csv or .xlsx"),
    ),
    (
        r"is not a kmdesk bundle \((?P<why>.+)\); a bundle is made by kmdesk bundle export",
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "is not a kmdesk bundle ({why}); a bundle is made by kmdesk bundle export",
        ),
    ),
    (
        r"is damaged or incomplete: (?P<why>.+); ask for it to be sent again",
        QT_TRANSLATE_NOOP(
            "CliFileProblems", "is damaged or incomplete: {why}; ask for it to be sent again"
        ),
    ),
    (
        r"the column is missing \(expected (?P<columns>.+)\)",
        QT_TRANSLATE_NOOP("CliFileProblems", "the column is missing (expected {columns})"),
    ),
    (
        r"is in the header more than once; keep the one to read",
        QT_TRANSLATE_NOOP(
            "CliFileProblems", "is in the header more than once; keep the one to read"
        ),
    ),
    (
        r"exists and is not a kmdesk ratings file; it was left untouched",
        QT_TRANSLATE_NOOP(
            "CliFileProblems", "exists and is not a kmdesk ratings file; it was left untouched"
        ),
    ),
)
_COMPILED = tuple((re.compile(shape), words) for shape, words in SHAPES)
_NAMES = {
    "facilitator's name": QT_TRANSLATE_NOOP("CliFileProblems", "facilitator's name"),
    "team's name": QT_TRANSLATE_NOOP("CliFileProblems", "team's name"),
    "round's title": QT_TRANSLATE_NOOP("CliFileProblems", "round's title"),
}


def problem_words(message: str) -> str | None:
    """``message`` worded in the command's language, or None when its shape is not known."""
    from kmdesk.exchange.bundle_words import refusal_words

    # A bundle's refusals first: their reasons inside are worded too (the app's merge
    # dialog words them with the same call).
    bundled = refusal_words(message, language.current())
    if bundled is not None:
        return bundled
    for shape, words in _COMPILED:
        found = shape.fullmatch(message)
        if found is None:
            continue
        fields = {name: _field(name, value) for name, value in found.groupdict().items()}
        return translate_words(words).format(**fields)
    return None


def translate_words(source: str) -> str:
    from kmdesk.wording import translate as translate_in

    return translate_in("CliFileProblems", source, language.current())


def _field(name: str, value: str) -> str:
    if name.startswith("day_"):
        return format_date(dt.date.fromisoformat(value), language.current())
    if name == "cell" and value == "an empty cell":
        return translate("CliFileProblems", "an empty cell")
    if name == "what" and value in _NAMES:
        return translate_words(_NAMES[value])
    return value
