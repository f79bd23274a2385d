"""Marking members whose self-assessment is not complete, wherever a team is shown."""

from __future__ import annotations

from collections.abc import Mapping

from kmdesk.assess.completeness import Completeness
from kmdesk.views.team import TeamAnalysis


def mark(label: str, answers: Completeness) -> str:
    """A member's label with their answers when incomplete: "มาลัย ศรีสุข (5/18)"."""
    return label if answers.complete else f"{label} ({answers.rated}/{answers.of})"


def marked_labels(analysis: TeamAnalysis, labels: Mapping[str, str]) -> dict[str, str]:
    """``labels`` (member id -> name or letter) with each incomplete member marked."""
    return {i: mark(label, analysis.completeness_of(i)) for i, label in labels.items()}


def incomplete_marks(analysis: TeamAnalysis, labels: Mapping[str, str]) -> list[str]:
    """Whom a chart's completeness note names, marked: the incomplete members in the sums,
    or those left out of them when the team lead chose to leave them out."""
    who = analysis.incomplete if analysis.include_incomplete else analysis.left_out
    return [mark(labels[f.id], analysis.completeness_of(f.id)) for f in who]
