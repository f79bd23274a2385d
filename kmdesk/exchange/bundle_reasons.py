"""The reasons inside a bundle's refusal, worded by kmdesk.exchange.bundle_words."""

from __future__ import annotations

from kmdesk.wording import QT_TRANSLATE_NOOP

CONTEXT = "BundleRefusals"
# The first wording of some of these was filed under the ratings file's problems; their
# translations stay where they are.
FILES = "CliFileProblems"

# The reasons inside a reason: why a file is not a bundle or is damaged (a JSON path first,
# then what is wrong there), how two frameworks differ, which note rule a note breaks.
_PART_WORDS = (
    (r"it is not a zip file", QT_TRANSLATE_NOOP("BundleRefusals", "it is not a zip file")),
    (r"it is empty", QT_TRANSLATE_NOOP("BundleRefusals", "it is empty")),
    (
        r"it has no manifest\.json",
        QT_TRANSLATE_NOOP("BundleRefusals", "it has no manifest.json"),
    ),
    (
        r"its manifest\.json is not a kmdesk bundle's",
        QT_TRANSLATE_NOOP("BundleRefusals", "its manifest.json is not a kmdesk bundle's"),
    ),
    (
        r"its list of contents is missing, as if the file was cut short",
        QT_TRANSLATE_NOOP(
            "BundleRefusals", "its list of contents is missing, as if the file was cut short"
        ),
    ),
    (
        r"(?P<name>\S+) does not match the checksum in its manifest",
        QT_TRANSLATE_NOOP("BundleRefusals", "{name} does not match the checksum in its manifest"),
    ),
    (
        r"the entry (?P<name>\S+) is in it twice",
        QT_TRANSLATE_NOOP("BundleRefusals", "the entry {name} is in it twice"),
    ),
    (
        r"the entry (?P<name>\S+) is encrypted",
        QT_TRANSLATE_NOOP("BundleRefusals", "the entry {name} is encrypted"),
    ),
    (
        r"the entry (?P<name>\S+) is missing",
        QT_TRANSLATE_NOOP("BundleRefusals", "the entry {name} is missing"),
    ),
    (
        r"its entry (?P<name>\S+) cannot be unpacked",
        QT_TRANSLATE_NOOP("BundleRefusals", "its entry {name} cannot be unpacked"),
    ),
    (
        r"the manifest counts (?P<n>[\d,]+) (?P<key>\S+) but the bundle holds (?P<m>[\d,]+)",
        QT_TRANSLATE_NOOP(
            "BundleRefusals", "the manifest counts {n} {key} but the bundle holds {m}"
        ),
    ),
    (
        r"(?P<where>\S+) is not readable JSON",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not readable JSON"),
    ),
    (
        r"(?P<where>.+) holds (?P<n>[\d,]+) items; kmdesk reads at most (?P<m>[\d,]+)",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} holds {n} items; kmdesk reads at most {m}"),
    ),
    (
        r"(?P<where>.+) holds more than (?P<n>[\d,]+) changes",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} holds more than {n} changes"),
    ),
    (
        r"(?P<where>.+) is not a whole number from (?P<a>-?\d+) to (?P<b>\d+)",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not a whole number from {a} to {b}"),
    ),
    (
        r"(?P<where>.+) is longer than (?P<n>[\d,]+) characters",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is longer than {n} characters"),
    ),
    (
        r"(?P<where>.+) is not a time such as (?P<example>\S+)",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not a time such as {example}"),
    ),
    (
        r"(?P<where>.+) is not a date such as (?P<example>\S+)",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not a date such as {example}"),
    ),
    (
        r"(?P<where>.+) is not a real (?:time|date)",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not a real day or time"),
    ),
    (
        r"(?P<where>.+) has no (?P<key>'.+')",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} has no {key}"),
    ),
    (
        r"(?P<where>.+) is not an object",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not an object"),
    ),
    (
        r"(?P<where>.+) is not a list",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not a list"),
    ),
    (r"(?P<where>.+) is not text", QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not text")),
    (
        r"(?P<where>.+) is not true or false",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not true or false"),
    ),
    (
        r"(?P<where>.+) is not a UUID",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not a UUID"),
    ),
    (
        r"(?P<where>.+) is not a number",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} is not a number"),
    ),
    (
        r"(?P<where>.+) history is empty",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} history is empty"),
    ),
    (
        r"(?P<where>.+) holds the same .+ twice",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} holds the same record twice"),
    ),
    (
        r"(?P<where>.+) names a person or round the bundle does not hold",
        QT_TRANSLATE_NOOP(
            "BundleRefusals", "{where} names a person or round the bundle does not hold"
        ),
    ),
    (
        r"(?P<where>.+) role is not one of (?P<codes>.+)",
        QT_TRANSLATE_NOOP("BundleRefusals", "{where} role is not one of {codes}"),
    ),
    (
        r"(?P<where>.+) indicator is not in its round's framework version",
        QT_TRANSLATE_NOOP(
            "BundleRefusals", "{where} indicator is not in its round's framework version"
        ),
    ),
    (
        r"its purpose, roles or scale are worded differently",
        QT_TRANSLATE_NOOP("BundleRefusals", "its purpose, roles or scale are worded differently"),
    ),
    (
        r"indicator (?P<code>\S+) is only in the file",
        QT_TRANSLATE_NOOP("BundleRefusals", "indicator {code} is only in the file"),
    ),
    (
        r"indicator (?P<code>\S+) is not in the file",
        QT_TRANSLATE_NOOP("BundleRefusals", "indicator {code} is not in the file"),
    ),
    (
        r"indicator (?P<code>\S+) is worded differently",
        QT_TRANSLATE_NOOP("BundleRefusals", "indicator {code} is worded differently"),
    ),
    (
        r"indicator (?P<code>\S+)'s level sentences differ",
        QT_TRANSLATE_NOOP("BundleRefusals", "indicator {code}'s level sentences differ"),
    ),
    (
        r"indicator (?P<code>\S+) is retired in one and not the other",
        QT_TRANSLATE_NOOP("BundleRefusals", "indicator {code} is retired in one and not the other"),
    ),
    (
        r"indicator (?P<code>\S+) has another place or competency",
        QT_TRANSLATE_NOOP("BundleRefusals", "indicator {code} has another place or competency"),
    ),
    (r"their wording differs", QT_TRANSLATE_NOOP("BundleRefusals", "their wording differs")),
)
# The note rules' own words (assess/notes.py), shared with the ratings file's (cli/file_words).
NOTE_SHAPES = (
    (
        r"the note is (?P<n>[\d,]+) characters long; kmdesk keeps notes of up to (?P<m>[\d,]+) "
        r"characters",
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "the note is {n} characters long; kmdesk keeps notes of up to {m} characters",
        ),
    ),
    (
        r"the note holds the control character (?P<code>U\+[0-9A-F]{4}) at character "
        r"(?P<at>[\d,]+), which no screen shows; kmdesk keeps readable text \(tabs and line "
        r"breaks are fine\)",
        QT_TRANSLATE_NOOP(
            "CliFileProblems",
            "the note holds the control character {code} at character {at}, which no screen "
            "shows; kmdesk keeps readable text (tabs and line breaks are fine)",
        ),
    ),
)
PARTS = (
    *((shape, CONTEXT, words) for shape, words in _PART_WORDS),
    *((shape, FILES, words) for shape, words in NOTE_SHAPES),
)
