"""The texts hovering over a chart shows: the value, what the level means, the person's notes."""

from __future__ import annotations

import math
from collections.abc import Iterable

from kmdesk.assess.framework import Framework
from kmdesk.assess.ratings import Rating
from kmdesk.assess.scale import MAX_LEVEL, MIN_LEVEL, score_text
from kmdesk.charts.words import word
from kmdesk.wording import QT_TRANSLATE_NOOP, Words

MAX_NOTES = 3
NOTE_CHARS = 160

WORDS = Words(
    "ChartHover",
    {
        "evidence": QT_TRANSLATE_NOOP("ChartHover", "Evidence"),
        "lowest_highest": QT_TRANSLATE_NOOP("ChartHover", "lowest–highest"),
        "below_target": QT_TRANSLATE_NOOP("ChartHover", "{0} below the target"),
        "change": QT_TRANSLATE_NOOP("ChartHover", "since the round before"),
        "learns_from": QT_TRANSLATE_NOOP("ChartHover", "learns from"),
        "nobody_in_team": QT_TRANSLATE_NOOP("ChartHover", "nobody in the team can teach it yet"),
        "learner": QT_TRANSLATE_NOOP("ChartHover", "Learner"),
    },
)


def hover_word(key: str, lang: str) -> str:
    return WORDS(key, lang)


def below(gap: float, lang: str) -> str:
    """How far a score is below (or above) its target."""
    if gap <= 0:
        return f"{word('above_target', lang)} {score_text(-gap)}" if gap < 0 else "✓"
    return hover_word("below_target", lang).format(score_text(gap))


def nearest_level(value: float) -> int:
    """The level a score is closest to (halves round up: 2.5 reads as 3)."""
    return min(MAX_LEVEL, max(MIN_LEVEL, math.floor(value + 0.5)))


def level_sentence(fw: Framework, code: str, value: float, lang: str) -> str:
    """What the level means: the indicator's own sentence where the competency has one
    indicator, else the scale's level name."""
    level = nearest_level(value)
    comp = fw.competency(code)
    indicators = comp.active_indicators if comp else ()
    if len(indicators) == 1:
        return indicators[0].level_text(level).get(lang)
    return fw.level_names[level - 1].get(lang)


def level_line(fw: Framework, code: str, value: float, lang: str) -> str:
    approx = "" if float(value).is_integer() else f" ≈ {nearest_level(value)}"
    sentence = level_sentence(fw, code, value, lang)
    return f"{word('level', lang)} {score_text(value)}{approx}: {sentence}"


def competency_label(fw: Framework, code: str, lang: str) -> str:
    comp = fw.competency(code)
    return f"{code} {comp.name.get(lang)}" if comp else code


def evidence_lines(fw: Framework, ratings: Iterable[Rating], code: str, lang: str) -> list[str]:
    """The person's own notes for a competency (and any not-sure answers), shortest first."""
    mine = [r for r in ratings if r.competency == code]
    several = len({r.indicator for r in mine}) > 1
    lines = []
    for r in sorted(mine, key=lambda r: r.indicator):
        tag = f"{r.indicator}: " if several else ""
        if r.level is None:
            lines.append(f"{tag}{fw.not_sure.get(lang)}")
        if r.evidence:
            note = r.evidence if len(r.evidence) <= NOTE_CHARS else r.evidence[:NOTE_CHARS] + "…"
            lines.append(f"{tag}{note}")
    if not lines:
        return []
    shown = lines[:MAX_NOTES] + (["…"] if len(lines) > MAX_NOTES else [])
    return [f"{hover_word('evidence', lang)}:", *(f"• {line}" for line in shown)]


def point_text(
    fw: Framework,
    heading: str,
    code: str,
    value: float | None,
    notes: Iterable[Rating],
    lang: str,
    extra: Iterable[str] = (),
) -> str:
    """A heading, the level and what it means, ``extra`` lines, then the person's notes."""
    lines = [heading]
    if value is not None:
        lines.append(level_line(fw, code, value, lang))
    lines += list(extra)
    lines += evidence_lines(fw, notes, code, lang)
    return "\n".join(lines)
