"""The few words charts write themselves, in Thai and English."""

from __future__ import annotations

from collections.abc import Sequence

from kmdesk.wording import QT_TRANSLATE_NOOP, Words

WORDS = Words(
    "ChartWords",
    {
        "target": QT_TRANSLATE_NOOP("ChartWords", "Target"),
        "mean": QT_TRANSLATE_NOOP("ChartWords", "Mean"),
        "level": QT_TRANSLATE_NOOP("ChartWords", "Level"),
        "score": QT_TRANSLATE_NOOP("ChartWords", "Self-rating"),
        "round": QT_TRANSLATE_NOOP("ChartWords", "Assessment round"),
        "range": QT_TRANSLATE_NOOP("ChartWords", "Lowest–highest"),
        "current": QT_TRANSLATE_NOOP("ChartWords", "Current level"),
        "to_target": QT_TRANSLATE_NOOP("ChartWords", "Still to grow to the target"),
        "above_target": QT_TRANSLATE_NOOP("ChartWords", "above target"),
        "no_score": QT_TRANSLATE_NOOP("ChartWords", "no score yet"),
        "drop": QT_TRANSLATE_NOOP("ChartWords", "Dropped"),
        "notes": QT_TRANSLATE_NOOP("ChartWords", "Notes"),
        "competencies": QT_TRANSLATE_NOOP("ChartWords", "Competencies"),
        "members": QT_TRANSLATE_NOOP("ChartWords", "Members"),
        "domain_K": QT_TRANSLATE_NOOP("ChartWords", "Knowledge"),
        "domain_S": QT_TRANSLATE_NOOP("ChartWords", "Skill"),
        "title_radar_person": QT_TRANSLATE_NOOP("ChartWords", "Competency profile"),
        "title_radar_team": QT_TRANSLATE_NOOP("ChartWords", "Team competency profile"),
        "title_progress": QT_TRANSLATE_NOOP("ChartWords", "Progress per competency"),
        "title_domains": QT_TRANSLATE_NOOP("ChartWords", "Knowledge and skill means"),
        "title_river": QT_TRANSLATE_NOOP("ChartWords", "River of knowledge"),
        "title_stairs": QT_TRANSLATE_NOOP("ChartWords", "Learning stairs"),
        "title_matrix": QT_TRANSLATE_NOOP("ChartWords", "Self-assessment table"),
        "title_pairs": QT_TRANSLATE_NOOP("ChartWords", "Learning pairs"),
        "supplier": QT_TRANSLATE_NOOP("ChartWords", "Can teach"),
        "learner": QT_TRANSLATE_NOOP("ChartWords", "Learner (→ learns from)"),
        "outside": QT_TRANSLATE_NOOP("ChartWords", "outside"),
        "needs_outside": QT_TRANSLATE_NOOP("ChartWords", "Needs outside help"),
        "incomplete_in": QT_TRANSLATE_NOOP(
            "ChartWords", "Includes self-assessments not yet complete: {0}"
        ),
        "incomplete_out": QT_TRANSLATE_NOOP(
            "ChartWords", "Leaves out self-assessments not yet complete: {0}"
        ),
    },
)


def word(key: str, lang: str) -> str:
    """A chart word in ``lang`` ("en" for English, anything else for Thai)."""
    return WORDS(key, lang)


def completeness_note(included: bool, marked: Sequence[str], lang: str) -> str:
    """The line a chart carries when someone's self-assessment is not complete: whether
    they are in the sums or left out, and who ("มาลัย ศรีสุข (5/18)"); "" when nobody is."""
    if not marked:
        return ""
    return word("incomplete_in" if included else "incomplete_out", lang).format(", ".join(marked))
