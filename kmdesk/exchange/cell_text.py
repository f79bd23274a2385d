"""A cell's text in a file: CSV cells Excel would run, .xlsx cells with what it cannot hold."""

from __future__ import annotations

import re

from kmdesk.assess.notes import CONTROL

# An .xlsx cannot hold a control character. Excel writes one as _x000B_, and text that
# itself reads _x000B_ as _x005F_x000B_ (_x005F_ being "_"); kmdesk does the same both ways,
# so a note saved before kmdesk refused control characters goes out instead of failing, and
# comes back to be named by row and column; every other text comes back exactly.
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_LOOKS_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def ooxml_escape(text: str) -> str:
    """Text as an .xlsx cell holds it, in Excel's escaped form where it must be."""
    if "_x" not in text and text.isprintable():
        return text  # nearly every cell: no pattern searched at all
    text = _LOOKS_ESCAPED.sub("_x005F_", text)
    return CONTROL.sub(lambda found: f"_x{ord(found.group()):04X}_", text)


def _character(found: re.Match) -> str:
    code = int(found.group(1), 16)
    # half a surrogate pair is no character: it stays as written, to be read as text
    return found.group() if 0xD800 <= code <= 0xDFFF else chr(code)


def ooxml_unescape(text: str) -> str:
    """The text an .xlsx cell written by Excel (or ``ooxml_escape``) stands for."""
    return _ESCAPED.sub(_character, text)


# Excel runs a CSV cell starting with one of = + - @ tab or CR as a formula (OWASP "CSV
# injection"), so such text goes out behind an apostrophe, which comes off again on import.
# Text already starting with apostrophes and then one of those gets one apostrophe more, so
# that every text comes back exactly as it went out.
_LOOKS_LIKE_A_FORMULA = re.compile(r"'*[=+\-@\t\r]")


def escape_csv(text: str) -> str:
    """Text as a CSV cell that Excel shows as text and never runs."""
    return "'" + text if _LOOKS_LIKE_A_FORMULA.match(text) else text


def unescape_csv(text: str) -> str:
    """The text a CSV cell written by ``escape_csv`` (or typed as '=… in Excel) stands for."""
    escaped = text.startswith("'") and _LOOKS_LIKE_A_FORMULA.match(text, 1)
    return text[1:] if escaped else text
