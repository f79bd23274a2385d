"""Anonymous letters: a team's members are A, B, C… in the team's order, wherever they are shown."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kmdesk.assess.people import Facilitator, name_key


def team_order(people: Iterable[Facilitator]) -> list[Facilitator]:
    """A team's members in the team's order: by name (spacing and case aside), then by id.

    The order is kmdesk's own, not the database's collation, so a team reads the same on
    SQLite and PostgreSQL and its letters never depend on where it is stored.
    """
    return sorted(people, key=lambda f: (name_key(f.name), f.id))


def letter(index: int) -> str:
    """A, B, … Z, AA, AB, … for the 0-based place ``index``."""
    out, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def letters(roster: Sequence[Facilitator]) -> dict[str, str]:
    """Member id -> letter by place in the whole roster (inactive members too), so a person's
    letter stays the same whichever members a chart or report shows."""
    return {f.id: letter(i) for i, f in enumerate(team_order(roster))}


def labels(roster: Sequence[Facilitator], anonymous: bool) -> dict[str, str]:
    """Member id -> what views show: the name, or the member's letter when anonymous."""
    if anonymous:
        return letters(roster)
    return {f.id: f.name for f in roster}
