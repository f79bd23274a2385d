"""Completeness: how much of a round's framework a person has answered in one role."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kmdesk.assess.framework import Framework


@dataclass(frozen=True)
class Completeness:
    """A person's answers in one round and role against the round's framework version.

    ``rated`` counts the active indicators answered, a not-sure answer included (it is an
    answer, only left out of the means); ``of`` counts the active indicators. ``full`` holds
    the competencies whose active indicators were all answered.
    """

    rated: int
    of: int
    full: frozenset[str] = frozenset()

    @property
    def complete(self) -> bool:
        """Every active indicator answered."""
        return self.rated >= self.of

    @property
    def started(self) -> bool:
        return self.rated > 0


def completeness(framework: Framework, answered: Iterable[str]) -> Completeness:
    """Completeness from the indicator codes a person answered in one round and role.

    ``framework`` is the round's framework version. Answers to retired indicators, or to
    codes the version does not hold, count for nothing.
    """
    done = set(answered)
    rated = of = 0
    full = set()
    for comp in framework.competencies:
        active = [ind.code for ind in comp.active_indicators]
        hit = sum(1 for code in active if code in done)
        rated += hit
        of += len(active)
        if hit == len(active):
            full.add(comp.code)
    return Completeness(rated, of, frozenset(full))
