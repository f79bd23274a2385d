"""The rules for a rating's note (its evidence): what may be kept, and how long it may be."""

from __future__ import annotations

import re

# A note is the person's own words, so it is kept as typed, with two exceptions that a
# reader cannot see: the white space around it, and Windows' and old Macs' line breaks (\r\n,
# \r), which become \n. A spreadsheet keeps only \n inside a cell, so a note with \r would
# come back from an .xlsx changed.
MAX_NOTE = 2_000  # characters; the ratings file's limit too (exchange/limits.py)

# Control characters other than tab and line breaks: nobody types them on purpose (they
# come pasted from Word, \x0b being its line break, or from a damaged file), no screen
# shows them, and an .xlsx cannot hold them at all. Lone surrogates cannot be saved as
# UTF-8. DEL and the C1 controls are left alone: XML and CSV both hold them.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


class InvalidNote(ValueError):
    """A note kmdesk does not keep: too long, or holding a control character."""


def tidy_note(text: str | None) -> str:
    """The note as it is kept: the white space around it gone, every line break \\n."""
    text = (text or "").strip()
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def note_problem(text: str) -> str | None:
    """Why ``text`` cannot be kept as a note, in plain English; None if it can."""
    if len(text) > MAX_NOTE:
        return (
            f"the note is {len(text):,} characters long; kmdesk keeps notes of up to "
            f"{MAX_NOTE:,} characters"
        )
    found = CONTROL.search(text)
    if found:
        return (
            f"the note holds the control character U+{ord(found.group()):04X} at character "
            f"{found.start() + 1:,}, which no screen shows; kmdesk keeps readable text "
            "(tabs and line breaks are fine)"
        )
    return None


def clean_note(text: str | None) -> str:
    """``tidy_note(text)``, or InvalidNote saying why it cannot be kept."""
    text = tidy_note(text)
    problem = note_problem(text)
    if problem:
        raise InvalidNote(problem)
    return text
