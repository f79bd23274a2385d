"""Checked values out of a bundle's JSON: each wrong one refuses the bundle, naming where."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import uuid
from collections.abc import Callable, Iterator
from typing import TypeVar

from kmdesk.assess.people import InvalidName, clean_name

T = TypeVar("T")

MAX_TEXT = 100_000  # characters in one note or sentence (the app sets no limit on notes)
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# a UUID as kmdesk writes it; anything else goes through uuid.UUID to be made so
_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Damaged(Exception):
    """A value that is not what the format says; the message names the entry and field."""


class NoteBroken(Damaged):
    """A rating's current note that kmdesk would not keep (too long, a control character).

    ``where`` is its place in the JSON, ``who`` the person, round, role and indicator, and
    ``problem`` the note rule broken (kmdesk.assess.notes.note_problem).
    """

    def __init__(self, where: str, who: str, problem: str):
        super().__init__(f"the rating of {who} ({where}): {problem}")
        self.where, self.who, self.problem = where, who, problem


def parse_json(data: bytes, entry: str) -> object:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Damaged(f"{entry} is not readable JSON") from None


def obj(value: object, where: str) -> dict:
    if not isinstance(value, dict):
        raise Damaged(f"{where} is not an object")
    return value


def items(value: object, where: str, limit: int) -> list:
    if not isinstance(value, list):
        raise Damaged(f"{where} is not a list")
    if len(value) > limit:
        raise Damaged(f"{where} holds {len(value):,} items; kmdesk reads at most {limit:,}")
    return value


def each(node: dict, key: str, where: str, limit: int) -> Iterator[tuple[str, dict]]:
    """Each object of the list ``node[key]`` with its place for messages (``where key[i]``)."""
    for i, item in enumerate(items(field(node, key, where), where, limit)):
        at = f"{where} {key}[{i}]"
        yield at, obj(item, at)


def field(node: dict, key: str, where: str) -> object:
    if key not in node:
        raise Damaged(f"{where} has no {key!r}")
    return node[key]


def text(value: object, where: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise Damaged(f"{where} is not text")
    if len(value) > limit:
        raise Damaged(f"{where} is longer than {limit:,} characters")
    return value


def name(value: object, where: str) -> str:
    try:
        return clean_name(text(value, where))
    except InvalidName as exc:
        raise Damaged(f"{where}: {exc}") from None


def optional(value: object, read: Callable[[object, str], T], where: str) -> T | None:
    return None if value is None else read(value, where)


def whole(value: object, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Damaged(f"{where} is not a whole number from {low} to {high}")
    return value


def flag(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise Damaged(f"{where} is not true or false")
    return value


def canonical_uid(value: object) -> bool:
    """Whether ``value`` is a UUID written as kmdesk writes one (lower case, hyphens)."""
    return isinstance(value, str) and _CANONICAL.fullmatch(value) is not None


def uid(value: object, where: str) -> str:
    if isinstance(value, str) and _CANONICAL.fullmatch(value):
        return value  # the usual case, thousands of times a bundle
    try:
        return str(uuid.UUID(text(value, where, 64)))
    except ValueError:
        raise Damaged(f"{where} is not a UUID") from None


def time(value: object, where: str) -> dt.datetime:
    """A naive UTC time from ``YYYY-MM-DDTHH:MM:SS[.ffffff]Z``."""
    return _iso(value, where, 40, _TIME, "time", "2025-08-08T09:30:00Z", _naive_utc)


def date(value: object, where: str) -> dt.date:
    return _iso(value, where, 20, _DATE, "date", "2025-08-08", dt.date.fromisoformat)


def _naive_utc(raw: str) -> dt.datetime:
    return dt.datetime.fromisoformat(raw[:-1])  # the Z off: times are kept naive, in UTC


def _iso(
    value: object,
    where: str,
    limit: int,
    shape: re.Pattern,
    what: str,
    example: str,
    read: Callable[[str], T],
) -> T:
    """Text of the given shape read by ``read``; a wrong shape and an unreal value
    (the 30th of February) are told apart."""
    raw = text(value, where, limit)
    if not shape.fullmatch(raw):
        raise Damaged(f"{where} is not a {what} such as {example}")
    try:
        return read(raw)
    except ValueError:
        raise Damaged(f"{where} is not a real {what}") from None


def number_text(value: object, where: str) -> str:
    """A stored number as text (a pair threshold), kept exactly as it was stored."""
    raw = text(value, where, 40)
    try:
        number = float(raw)
    except ValueError:
        raise Damaged(f"{where} is not a number") from None
    if not math.isfinite(number):
        raise Damaged(f"{where} is not a number")
    return raw


def unique(keys: list, where: str, what: str) -> None:
    seen = set()
    for key in keys:
        if key in seen:
            raise Damaged(f"{where} holds the same {what} twice")
        seen.add(key)


def history(item: dict, at: str, limit: int, read: Callable[[object, str], T]) -> tuple[T, ...]:
    """A record's ``history``: events read by ``read``, at least one, none twice at one time
    and PC (each event has an ``order``)."""
    nodes = items(field(item, "history", at), f"{at} history", limit)
    if not nodes:
        raise Damaged(f"{at} history is empty")
    events = tuple(read(node, f"{at} history[{n}]") for n, node in enumerate(nodes))
    unique([e.order for e in events], f"{at} history", "time and PC")  # type: ignore[attr-defined]
    return events
