"""Framework edits the screen makes: checked in the domain first, then versioned by the store."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kmdesk.assess import framework as fw
from kmdesk.assess import indicator_rules as rules
from kmdesk.store import models as m
from kmdesk.store.frameworks import latest_version, load_framework, save_indicator, version_in_use


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


def save_checked_indicator(database, indicator: fw.Indicator, note: str = "") -> tuple[int, bool]:
    """Save an added or edited indicator once the domain finds no blank wording in it."""
    return save_indicator(database, rules.checked(indicator), note)


def set_retired(database, code: str, retire: bool) -> tuple[int, bool]:
    """Retire an indicator or bring it back (refused for a competency's last active one)."""
    with database.session() as session:
        framework = load_framework(session)
    changed = rules.retired(framework, code, retire)
    note = f"retire {code}" if retire else f"bring back {code}"
    return save_indicator(database, changed, note)
