"""Writing a roster: people by name within their team, added or brought up to date at once."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kmdesk.assess.people import name_key
from kmdesk.store import models as m


@dataclass(frozen=True)
class RosterEntry:
    """One person as a roster gives them; None leaves what is stored (or the default)."""

    name: str
    team: str
    agency: str | None = None
    active: bool | None = None


@dataclass
class RosterOutcome:
    added: list[str] = field(default_factory=list)  # "name (team)"
    updated: list[str] = field(default_factory=list)  # "name (team): agency, active"
    unchanged: int = 0
    new_teams: list[str] = field(default_factory=list)


def write_roster(session: Session, entries: list[RosterEntry]) -> RosterOutcome:
    """Add each unknown team and person and update the agency and active flag of known ones,
    in the caller's one transaction (``database.write()``)."""
    out = RosterOutcome()
    teams = {name_key(t.name): t for t in session.scalars(select(m.Team))}
    people = {(f.team_id, name_key(f.name)): f for f in session.scalars(select(m.Facilitator))}
    for entry in entries:
        team = teams.get(name_key(entry.team))
        if team is None:
            team = m.Team(name=entry.team)
            session.add(team)
            session.flush()
            teams[name_key(entry.team)] = team
            out.new_teams.append(entry.team)
        label = f"{entry.name} ({team.name})"
        row = people.get((team.id, name_key(entry.name)))
        if row is None:
            row = m.Facilitator(
                name=entry.name,
                agency=entry.agency or "",
                team_id=team.id,
                active=True if entry.active is None else entry.active,
            )
            session.add(row)
            people[(team.id, name_key(entry.name))] = row
            out.added.append(label)
            continue
        changed = []
        if entry.agency is not None and entry.agency != row.agency:
            row.agency = entry.agency
            changed.append("agency")
        if entry.active is not None and entry.active != row.active:
            row.active = entry.active
            changed.append("active")
        if changed:
            out.updated.append(f"{label}: {', '.join(changed)}")
        else:
            out.unchanged += 1
    session.flush()
    return out
