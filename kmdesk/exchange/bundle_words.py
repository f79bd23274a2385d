"""A refused bundle's reasons in Thai or English, for the command and the app's merge dialog."""

# The bundle modules refuse with an English sentence holding its values; each known shape
# is worded again from them, its inner reason too (one not known stays in English, whole).
# A JSON path ("ratings.json ratings[3] history[0] level") stays: it names the place exactly.

from __future__ import annotations

import datetime as dt
import re

from kmdesk.assess.thaidate import format_date
from kmdesk.exchange.bundle_reasons import CONTEXT, FILES, PARTS
from kmdesk.exchange.bundle_report import HERE
from kmdesk.wording import QT_TRANSLATE_NOOP, translate

_EXHAUST = r" \(the file may be damaged or made to exhaust memory\)"
_APART = r"; the framework was edited separately on two PCs"
_N = r"[\d,.]+"

# (the English shape, the context of its words, the words with the same fields). A field
# named why, diff or problem is itself a reason, worded by PARTS; day_* is an ISO date.
REASONS = (
    (
        r"is not a kmdesk bundle \((?P<why>.+)\); a bundle is made by kmdesk bundle export",
        FILES,
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "is not a kmdesk bundle ({why}); a bundle is made by kmdesk bundle export",
        ),
    ),
    (
        r"is damaged or incomplete: (?P<why>.+); ask for it to be sent again",
        FILES,
        QT_TRANSLATE_NOOP(
            "CliFileProblems", "is damaged or incomplete: {why}; ask for it to be sent again"
        ),
    ),
    (
        r"was made by a newer kmdesk \(bundle format (?P<n>\d+); this kmdesk reads format "
        r"(?P<m>\d+)\); please update kmdesk to merge it",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "was made by a newer kmdesk (bundle format {n}; this kmdesk reads format {m}); "
            "please update kmdesk to merge it",
        ),
    ),
    (
        rf"holds (?P<n>{_N}) entries; a bundle holds at most (?P<m>\d+){_EXHAUST}",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "holds {n} entries; a bundle holds at most {m} (the file may be damaged or made "
            "to exhaust memory)",
        ),
    ),
    (
        r"holds an entry with a path outside the archive \((?P<name>.+)\); it was not opened",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "holds an entry with a path outside the archive ({name}); it was not opened",
        ),
    ),
    (
        rf"unpacks to (?P<n>{_N}) MB; kmdesk reads bundles that unpack to at most (?P<m>\d+) "
        rf"MB{_EXHAUST}",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "unpacks to {n} MB; kmdesk reads bundles that unpack to at most {m} MB (the file "
            "may be damaged or made to exhaust memory)",
        ),
    ),
    (
        rf"its entry (?P<name>\S+) unpacks to (?P<n>{_N}) MB; kmdesk reads entries of at most "
        rf"(?P<m>\d+) MB{_EXHAUST}",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "its entry {name} unpacks to {n} MB; kmdesk reads entries of at most {m} MB (the "
            "file may be damaged or made to exhaust memory)",
        ),
    ),
    (
        rf"its entry (?P<name>\S+) unpacks to (?P<n>{_N}) times its packed size; kmdesk reads "
        rf"entries packed at most (?P<m>\d+) to 1{_EXHAUST}",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "its entry {name} unpacks to {n} times its packed size; kmdesk reads entries "
            "packed at most {m} to 1 (the file may be damaged or made to exhaust memory)",
        ),
    ),
    (
        rf"its entry (?P<name>\S+) is too large{_EXHAUST}",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "its entry {name} is too large (the file may be damaged or made to exhaust memory)",
        ),
    ),
    (
        rf"is (?P<n>{_N}) MB; kmdesk reads bundles of up to (?P<m>\d+) MB \(send one team or "
        r"round at a time\)",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "is {n} MB; kmdesk reads bundles of up to {m} MB (send one team or round at a time)",
        ),
    ),
    (
        rf"framework version (?P<n>\d+) differs from version \d+ here \((?P<diff>.+)\){_APART}",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "framework version {n} differs from version {n} in this database ({diff}); the "
            "framework was edited separately on two PCs",
        ),
    ),
    (
        rf"framework version (?P<n>\d+) differs from version \d+ in (?P<file>.+) "
        rf"\((?P<diff>.+)\){_APART}",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "framework version {n} differs from version {n} in {file} ({diff}); the "
            "framework was edited separately on two PCs",
        ),
    ),
    (
        rf"competency (?P<code>\S+) differs from (?P<file>.+)'s{_APART}",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "competency {code} differs from the one in {file}; the framework was edited "
            "separately on two PCs",
        ),
    ),
    (
        rf"competency (?P<code>\S+) is named or placed differently here \((?P<a>'.*'), in "
        rf"the file (?P<b>'.*')\){_APART}",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "competency {code} is named or placed differently here ({a}, in the file {b}); "
            "the framework was edited separately on two PCs",
        ),
    ),
    (
        r"round (?P<title>'.+') is on framework version (?P<n>\d+) in this file and on "
        r"version (?P<m>\d+) in (?P<here>.+)",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "round {title} is on framework version {n} in this file and on version {m} in {here}",
        ),
    ),
    (
        r"round (?P<title>'.+') is dated (?P<day_a>\d{4}-\d\d-\d\d) in this file and "
        r"(?P<day_b>\d{4}-\d\d-\d\d) in (?P<here>.+); correct the date on one PC, then send "
        r"the bundle again",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "round {title} is dated {day_a} in this file and {day_b} in {here}; correct the "
            "date on one PC, then send the bundle again",
        ),
    ),
    (
        r"the rating of (?P<who>.+) \((?P<where>ratings\.json .+?)\): (?P<problem>.+)\. Change "
        r"the note on the PC that sent the bundle, then send it again",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals",
            "the rating of {who} ({where}): {problem}. Change the note on the PC that sent "
            "the bundle, then send it again",
        ),
    ),
    (r"does not exist", "CliErrors", QT_TRANSLATE_NOOP("CliErrors", "does not exist")),
    (
        r"exists and is not a kmdesk bundle; it was left untouched",
        "CliErrors",
        QT_TRANSLATE_NOOP("CliErrors", "exists and is not a kmdesk bundle; it was left untouched"),
    ),
    (
        r"a bundle's file name ends in (?P<suffix>\S+), e\.g\. (?P<example>\S+)",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals", "a bundle's file name ends in {suffix}, e.g. {example}"
        ),
    ),
    (
        r"cannot be written: the folder (?P<folder>.+) does not exist",
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "BundleRefusals", "cannot be written: the folder {folder} does not exist"
        ),
    ),
)

_REASONS = tuple((re.compile(s), c, w) for s, c, w in REASONS)
_PARTS = tuple((re.compile(s), c, w) for s, c, w in PARTS)
_INNER = {"why", "diff", "problem"}


def refusal_words(message: str, lang: str) -> str | None:
    """A bundle's refusal ``message`` in ``lang``, or None when its shape is not known."""
    return _worded(message, _REASONS, lang)


def problem_text(problem, lang: str) -> str:
    """One refused file's Problem as the merge dialog lists it: the file, then the reason."""
    if lang == "en":
        return str(problem)
    reason = refusal_words(problem.message, lang) or problem.message
    return f"{problem.file}: {reason}"


def _worded(message: str, shapes, lang: str) -> str | None:
    for shape, context, words in shapes:
        found = shape.fullmatch(message)
        if found is not None:
            fields = {k: _field(k, v, lang) for k, v in found.groupdict().items()}
            return translate(context, words, lang).format(**fields)
    return None


def _field(name: str, value: str | None, lang: str) -> str:
    if value is None:
        return ""
    if name in _INNER:
        return _worded(value, _PARTS, lang) or value
    if name.startswith("day_"):
        return format_date(dt.date.fromisoformat(value), lang)
    if name == "here" and value == HERE:
        return translate("CliMerge", HERE, lang)
    return value
