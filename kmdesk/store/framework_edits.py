"""Framework edits the screen makes: checked in the domain, versioned, and taken back exactly."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kmdesk.assess import framework as fw
from kmdesk.assess import indicator_rules as rules
from kmdesk.store import models as m
from kmdesk.store.errors import StoreError
from kmdesk.store.frameworks import (
    latest_version,
    load_framework,
    remove_indicator_in,
    remove_version_in,
    save_indicator_in,
    version_has_rounds,
    version_in_use,
)


@dataclass(frozen=True)
class EditOutcome:
    """What saving an edit now would do: change ``version`` in place, or make ``version + 1``."""

    version: int
    makes_new_version: bool


def edit_outcome(session: Session) -> EditOutcome:
    """Whether an edit goes into the latest version or, as ratings use it, a new one."""
    number = latest_version(session)
    return EditOutcome(number, version_in_use(session, number))


def version_numbers(session: Session) -> list[int]:
    """Every framework version number, oldest first."""
    return list(
        session.scalars(select(m.FrameworkVersion.number).order_by(m.FrameworkVersion.number))
    )


class FrameworkMovedOn(StoreError):
    """A step cannot be taken back or done again: the framework changed since it was made.

    Ratings or rounds came to use the version the step wrote, or the indicator was edited
    elsewhere; nothing was changed.
    """


@dataclass(frozen=True)
class IndicatorChange:
    """One stored change to an indicator: what version ``version_before`` held for ``code``
    (None: no such indicator) and what the latest version holds after it."""

    code: str
    version_before: int
    version_after: int
    before: fw.Indicator | None
    after: fw.Indicator
    note: str = ""

    @property
    def made_new_version(self) -> bool:
        return self.version_after != self.version_before


def _stored(session: Session, number: int, code: str) -> fw.Indicator | None:
    return load_framework(session, number).indicator(code)


def _apply_in(session: Session, indicator: fw.Indicator, note: str) -> IndicatorChange:
    number = latest_version(session)
    before = _stored(session, number, indicator.code)
    after_number, _new = save_indicator_in(session, indicator, note)
    session.flush()
    after = _stored(session, after_number, indicator.code)
    return IndicatorChange(indicator.code, number, after_number, before, after, note)


def save_checked_indicator(database, indicator: fw.Indicator) -> IndicatorChange:
    """Save an added or edited indicator once the domain finds no blank wording in it."""
    checked = rules.checked(indicator)
    with database.write() as session:
        number = latest_version(session)
        verb = "edit" if _stored(session, number, checked.code) else "add"
        return _apply_in(session, checked, f"{verb} {checked.code}")


def set_retired(database, code: str, retire: bool) -> IndicatorChange:
    """Retire an indicator or bring it back (refused for a competency's last active one)."""
    note = f"retire {code}" if retire else f"bring back {code}"
    with database.write() as session:
        changed = rules.retired(load_framework(session), code, retire)
        return _apply_in(session, changed, note)


def undo_indicator(database, change: IndicatorChange) -> None:
    """Put back exactly what was stored before ``change``.

    A new version it made is deleted, unless a rating or round uses it now; an in-place
    edit is reversed, unless ratings now use that version. Either way the indicator must
    still be as ``change`` left it. Otherwise FrameworkMovedOn, and nothing is changed.
    """
    with database.write() as session:
        number = latest_version(session)
        if number != change.version_after or _stored(session, number, change.code) != change.after:
            raise FrameworkMovedOn(f"{change.code} was changed since; nothing was undone")
        if change.made_new_version:
            if version_in_use(session, number) or version_has_rounds(session, number):
                raise FrameworkMovedOn(f"version {number} is in use now; nothing was undone")
            remove_version_in(session, number)
            return
        if version_in_use(session, number):
            raise FrameworkMovedOn(f"ratings use version {number} now; nothing was undone")
        if change.before is None:
            remove_indicator_in(session, number, change.code)
        else:
            save_indicator_in(session, change.before)


def redo_indicator(database, change: IndicatorChange) -> IndicatorChange:
    """Make ``change`` again on the state it was first made on; returns how it landed now
    (as a new version or in place: ratings may have come to use the version since)."""
    with database.write() as session:
        number = latest_version(session)
        if number != change.version_before or _stored(session, number, change.code) != (
            change.before
        ):
            raise FrameworkMovedOn(f"{change.code} was changed since; nothing was redone")
        return _apply_in(session, change.after, change.note)
