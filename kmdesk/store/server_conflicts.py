"""No lost update: which version of each rating a person saw, and the conflict when it moved.

The database numbers every change of a rating (``rating.version``, set by the triggers of
migration 0003 on both engines). The app reads the versions with the ratings it shows and
passes the one a person saw to ``repo.set_rating(..., expected_version=v)``; if someone
else saved that rating in between, nothing is saved and ``Conflict`` carries both values.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from kmdesk.store import models as m
from kmdesk.store.server_errors import Conflict, Value

NO_RATING = 0  # the version to expect for a rating nobody has made yet


def rating_versions(
    session: Session, facilitator_id: str, round_id: str, role: str
) -> dict[str, int]:
    """Indicator code -> version for a person's ratings in one round and role.

    An indicator missing here has no rating: expect ``NO_RATING`` when saving it.
    """
    query = (
        select(m.Indicator.code, m.Rating.version)
        .select_from(m.Rating)
        .join(m.Facilitator, m.Facilitator.id == m.Rating.facilitator_id)
        .join(m.Round, m.Round.id == m.Rating.round_id)
        .join(m.Indicator, m.Indicator.id == m.Rating.indicator_id)
        .where(
            m.Facilitator.uid == uuid.UUID(str(facilitator_id)),
            m.Round.uid == uuid.UUID(str(round_id)),
            m.Rating.role == role,
        )
    )
    return {code: version for code, version in session.execute(query)}


def version_of(row: m.Rating | None) -> int:
    return NO_RATING if row is None else row.version


def value_of(row: m.Rating | None) -> Value | None:
    if row is None:
        return None
    return Value(row.level, row.evidence, row.rated_at, row.pc)


def conflict(row: m.Rating | None, level: int | None, evidence: str) -> Conflict:
    """The conflict between what is stored (``row``) and what this person chose."""
    return Conflict(Value(level, evidence), value_of(row), version_of(row))


class Conflicts(Conflict):
    """A change of several ratings met someone else's newer ones: none of it was saved.

    ``each`` maps indicator code -> that rating's ``Conflict`` (the first one is also this
    error's own ``mine``, ``theirs`` and ``version``).
    """

    def __init__(self, each: Mapping[str, Conflict]):
        self.each = dict(each)
        first = next(iter(self.each.values()))
        super().__init__(first.mine, first.theirs, first.version)


def check_versions(
    session: Session,
    keys: Mapping[str, tuple],
    expected: Mapping[str, int],
    mine: Mapping[str, Value | None],
    *,
    many: bool = False,
) -> None:
    """Refuse a write unless every rating of ``keys`` (code -> primary key) still holds the
    version the person saw (``expected``; ``NO_RATING`` if missing there).

    The rows are locked on a server, so no other save slips in before the write. One
    rating moved: ``Conflict``; a change of several (``many``, or more than one key):
    ``Conflicts`` naming each one that moved. ``mine`` (None: removed) is what would be
    written, shown beside theirs; a rating someone else already made just that is no clash.
    """
    moved: dict[str, Conflict] = {}
    for code, key in keys.items():
        row = session.get(m.Rating, key, with_for_update=True, populate_existing=True)
        if version_of(row) != expected.get(code, NO_RATING) and not _same(row, mine.get(code)):
            moved[code] = Conflict(mine.get(code), value_of(row), version_of(row))
    if not moved:
        return
    if len(keys) == 1 and not many:
        raise next(iter(moved.values()))
    raise Conflicts(moved)


def stored_version(session: Session, key: tuple) -> int:
    """The version a rating holds now (``NO_RATING`` if there is none)."""
    return version_of(session.get(m.Rating, key, populate_existing=True))


def _same(row: m.Rating | None, value: Value | None) -> bool:
    if row is None or value is None:
        return row is None and value is None
    return (row.level, row.evidence) == (value.level, value.evidence)
