"""Teams, facilitators and assessment rounds, and the rules for their names."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Team:
    """A sub-district (ตำบล) facilitator team."""

    id: str
    name: str


@dataclass(frozen=True)
class Facilitator:
    """A facilitator (คุณอำนวย); a deactivated one keeps their history."""

    id: str
    name: str
    agency: str
    team_id: str | None
    active: bool = True


@dataclass(frozen=True)
class Round:
    """An assessment round: everyone rates themselves against one framework version."""

    id: str
    title: str
    date: dt.date
    framework_version: int


class InvalidName(ValueError):
    """A name or title that is blank, too long, or already taken."""


MAX_NAME = 120


def _shown(ch: str) -> str:
    # Format characters (zero-width spaces and joiners, soft hyphens, bidi marks, BOMs) and
    # control characters other than white space are invisible: two names that differ only by
    # them look the same on screen, so they must not make two people. Thai vowel and tone
    # marks are combining marks (Mn), not format characters, and stay.
    kind = unicodedata.category(ch)
    return ch if ch.isspace() or kind not in ("Cf", "Cc") else ""


def tidy(text: object) -> str:
    """NFC, invisible characters removed, runs of white space (NBSP too) folded to one space."""
    text = str(text or "")
    if not text.isprintable():
        text = "".join(_shown(ch) for ch in text)
    # after the removal, which can bring a letter and its accent together
    return " ".join(unicodedata.normalize("NFC", text).split())


def clean_name(text: object, what: str = "name") -> str:
    """A name as it is stored: tidied; blanks and overlong names refused."""
    cleaned = tidy(text)
    if not cleaned:
        raise InvalidName(f"the {what} is empty")
    if len(cleaned) > MAX_NAME:
        raise InvalidName(f"the {what} is longer than {MAX_NAME} characters")
    return cleaned


def name_key(name: str) -> str:
    """The form two names are compared in: spacing, invisible marks and case make no new person."""
    return tidy(name).casefold()


def find_same_name(name: str, existing: Iterable[str]) -> str | None:
    """The existing name that ``name`` would duplicate, if any."""
    key = name_key(name)
    return next((other for other in existing if name_key(other) == key), None)


def rounds_in_order(rounds: Iterable[Round]) -> list[Round]:
    """Rounds by date, then title, the order every progress view uses."""
    return sorted(rounds, key=lambda r: (r.date, r.title))


def previous_round(rounds: Iterable[Round], current: Round) -> Round | None:
    """The round just before ``current`` in date order, if any."""
    ordered = rounds_in_order(rounds)
    earlier = [r for r in ordered if (r.date, r.title) < (current.date, current.title)]
    return earlier[-1] if earlier else None
