"""Learning pairs: who in the team can learn each competency from whom."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from kmdesk.assess.profile import Profile


@dataclass(frozen=True)
class PairSettings:
    """Thresholds; a team can change them (stored with the database's settings)."""

    supplier_min: float = 4.0  # a score at or above this can teach others
    learner_max: float = 2.0  # a score at or below this is a learner ...
    gap_min: float = 2.0  # ... and so is anyone this far or further below their target


@dataclass(frozen=True)
class Learner:
    member: str
    score: float
    gap: float


@dataclass(frozen=True)
class Pair:
    learner: str
    supplier: str | None  # None: nobody in the team reaches supplier_min


@dataclass(frozen=True)
class CompetencyPairs:
    """Suppliers, learners and the suggested pairs for one competency."""

    competency: str
    suppliers: list[tuple[str, float]]  # strongest first
    learners: list[Learner]  # lowest score first
    pairs: list[Pair] = field(default_factory=list)

    @property
    def needs_outside_help(self) -> bool:
        """Someone needs to learn this and nobody else in the team can teach them.

        A competency nobody needs to learn is never flagged, even when nobody reaches
        ``supplier_min``: a team at its target does not need an outside trainer.
        """
        return any(pair.supplier is None for pair in self.pairs)


def learning_pairs(
    codes: Sequence[str],
    members: Sequence[str],
    profiles: Mapping[str, Profile],
    targets: Mapping[str, int],
    settings: PairSettings = PairSettings(),
    rated_in_full: Mapping[str, Collection[str]] | None = None,
) -> list[CompetencyPairs]:
    """Per competency, pair each learner with the strongest supplier.

    With ``rated_in_full`` (member -> the competencies whose indicators they all answered),
    a member supplies only a competency they rated in full: one indicator rated 4 of a
    half-finished self-assessment does not make a teacher. Anyone may still be a learner.

    Learners with the lowest score choose first. Where suppliers tie on score, the one
    who has been given fewer learners so far in this competency is chosen, so that one
    person is not asked to coach the whole team; a further tie goes to the member listed
    first in ``members``. Nobody is paired with themselves.
    """
    order = {m: i for i, m in enumerate(members)}
    result = []
    for code in codes:
        scored = [(m, profiles[m][code]) for m in members if code in profiles.get(m, {})]
        suppliers = sorted(
            (
                (m, s)
                for m, s in scored
                if s >= settings.supplier_min
                and (rated_in_full is None or code in rated_in_full.get(m, ()))
            ),
            key=lambda ms: (-ms[1], order[ms[0]]),
        )
        learners = sorted(
            (
                Learner(m, s, targets[code] - s)
                for m, s in scored
                if s <= settings.learner_max or targets[code] - s >= settings.gap_min
            ),
            key=lambda lr: (lr.score, order[lr.member]),
        )
        load = {m: 0 for m, _ in suppliers}
        pairs = []
        for learner in learners:
            options = [(m, s) for m, s in suppliers if m != learner.member]
            if not options:
                pairs.append(Pair(learner.member, None))
                continue
            chosen, _ = min(options, key=lambda ms: (-ms[1], load[ms[0]], order[ms[0]]))
            load[chosen] += 1
            pairs.append(Pair(learner.member, chosen))
        result.append(CompetencyPairs(code, suppliers, learners, pairs))
    return result


def needs_outside_help(per_competency: Sequence[CompetencyPairs]) -> list[str]:
    """Competencies where a learner has nobody in the team to learn from."""
    return [cp.competency for cp in per_competency if cp.needs_outside_help]
