"""The store's side of the ratings file: every rating in reading order, and imports by name.

An import writes many rows in one transaction; this keeps the look-ups that decide what
to create inside that transaction (so two imports at once cannot both create a team),
and keeps every write in the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import case, insert, select
from sqlalchemy.orm import Session

from kmdesk.assess.people import name_key
from kmdesk.store import models as m
from kmdesk.store import ratings_log
from kmdesk.store.frameworks import latest_version
from kmdesk.store.pc import pc_id

Stored = dict[ratings_log.Key, tuple[int | None, str]]


def known_rounds(session: Session) -> dict[str, tuple[str, dt.date, int]]:
    """Round title key -> (title as stored, date, framework version number)."""
    query = select(m.Round.title, m.Round.held_on, m.FrameworkVersion.number).join(
        m.FrameworkVersion, m.FrameworkVersion.id == m.Round.framework_version_id
    )
    return {
        name_key(title): (title, held_on, number)
        for title, held_on, number in session.execute(query)
    }


def export_rows(session: Session):
    """Every rating with names, by team, person, round date, role and framework order."""
    role_order = case({code: i for i, code in enumerate(m.ROLE_CODES)}, value=m.Rating.role)
    query = (
        select(
            m.Facilitator.name,
            m.Team.name,
            m.Facilitator.agency,
            m.Round.title,
            m.Round.held_on,
            m.Rating.role,
            m.Indicator.code,
            m.Rating.level,
            m.Rating.evidence,
        )
        .select_from(m.Rating)
        .join(m.Facilitator, m.Facilitator.id == m.Rating.facilitator_id)
        .outerjoin(m.Team, m.Team.id == m.Facilitator.team_id)
        .join(m.Round, m.Round.id == m.Rating.round_id)
        .join(m.Indicator, m.Indicator.id == m.Rating.indicator_id)
        .join(m.Competency, m.Competency.code == m.Indicator.competency_code)
        .order_by(
            m.Team.name,
            m.Facilitator.name,
            m.Round.held_on,
            role_order,
            m.Competency.position,
            m.Indicator.position,
        )
    )
    return session.execute(query)


class Records:
    """Teams, people, rounds and indicators by name, made when missing, within one session."""

    def __init__(self, session: Session):
        self.session = session
        self.teams = {name_key(n): i for i, n in session.execute(select(m.Team.id, m.Team.name))}
        self.people = {
            (t, name_key(n)): i
            for i, n, t in session.execute(
                select(m.Facilitator.id, m.Facilitator.name, m.Facilitator.team_id)
            )
        }
        self.rounds = {
            name_key(n): (i, v)
            for i, n, v in session.execute(
                select(m.Round.id, m.Round.title, m.Round.framework_version_id)
            )
        }
        self.latest_id = session.scalar(
            select(m.FrameworkVersion.id).where(
                m.FrameworkVersion.number == latest_version(session)
            )
        )
        self.indicators = {
            (v, c): i
            for i, v, c in session.execute(
                select(m.Indicator.id, m.Indicator.version_id, m.Indicator.code)
            )
        }
        self.new_teams: list[str] = []
        self.new_people: list[str] = []
        self.new_rounds: list[str] = []
        self.made_people: set[int] = set()  # made by this import: nothing stored for them

    def _add(self, model, **values) -> int:
        # Core, not an ORM object: nothing is kept in the session for each new record.
        return self.session.execute(insert(model.__table__).values(values)).inserted_primary_key[0]

    def team(self, name: str) -> int:
        key = name_key(name)
        if key not in self.teams:
            self.teams[key] = self._add(m.Team, name=name)
            self.new_teams.append(name)
        return self.teams[key]

    def person(self, name: str, agency: str, team: int) -> int:
        key = (team, name_key(name))
        if key not in self.people:
            self.people[key] = self._add(m.Facilitator, name=name, agency=agency, team_id=team)
            self.made_people.add(self.people[key])
            self.new_people.append(name)
        return self.people[key]

    def round(self, title: str, day: dt.date) -> tuple[int, int]:
        """(round pk, framework version pk); a new round uses the latest version."""
        key = name_key(title)
        if key not in self.rounds:
            made = self._add(m.Round, title=title, held_on=day, framework_version_id=self.latest_id)
            self.rounds[key] = (made, self.latest_id)
            self.new_rounds.append(title)
        return self.rounds[key]

    def indicator(self, version: int, code: str) -> int:
        return self.indicators[(version, code)]

    def stored(self, keys: Iterable[ratings_log.Key]) -> Stored:
        """The level and note stored now for each of ``keys`` that has a rating."""
        wanted = {k for k in keys if k[0] not in self.made_people}
        if not wanted:
            return {}
        people = sorted({k[0] for k in wanted})
        rounds = sorted({k[1] for k in wanted})
        found: Stored = {}
        for start in range(0, len(people), 500):
            query = select(
                m.Rating.facilitator_id,
                m.Rating.round_id,
                m.Rating.role,
                m.Rating.indicator_id,
                m.Rating.level,
                m.Rating.evidence,
            ).where(
                m.Rating.facilitator_id.in_(people[start : start + 500]),
                m.Rating.round_id.in_(rounds),
            )
            for f, r, role, i, level, evidence in self.session.execute(query):
                if (f, r, role, i) in wanted:
                    found[(f, r, role, i)] = (level, evidence)
        return found

    def save(self, values: list[tuple[ratings_log.Key, int | None, str]], stored: Stored) -> None:
        """Record each (key, level, note) as a change made now on this PC."""
        when, pc = m.utcnow(), pc_id()
        changes = [ratings_log.Change(k, level, note, when, pc) for k, level, note in values]
        ratings_log.record_local(self.session, changes, stored)
