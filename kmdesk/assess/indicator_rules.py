"""What an indicator edit must satisfy: wording in both languages, one active indicator left."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from kmdesk.assess.framework import Framework, FrameworkError, Indicator, Text
from kmdesk.assess.scale import LEVELS

# Part 0 is the indicator's own wording; parts 1–5 are the level sentences.
WORDING = 0
LANGS = ("th", "en")


@dataclass(frozen=True)
class Gap:
    """One piece of wording left blank: ``part`` 0 is the indicator text, 1–5 a level."""

    part: int
    lang: str


class IncompleteIndicator(FrameworkError):
    """Some wording is blank; ``gaps`` says which, so the screen can point at each one."""

    def __init__(self, code: str, gaps: tuple[Gap, ...]):
        listed = ", ".join(
            f"{'text' if g.part == WORDING else f'level {g.part}'} ({g.lang})" for g in gaps
        )
        super().__init__(f"{code}: blank wording in {listed}")
        self.code = code
        self.gaps = gaps


class LastIndicator(FrameworkError):
    """Retiring this would leave its competency with nothing to rate."""


def _clean(value: str) -> str:
    # Line breaks inside a sentence are kept (people type them on purpose); only the ends
    # are trimmed, and the text is NFC so the same Thai typed twice compares equal.
    return unicodedata.normalize("NFC", value or "").strip()


def cleaned(indicator: Indicator) -> Indicator:
    """The indicator with every piece of wording trimmed and NFC-normalised."""
    return replace(
        indicator,
        text=Text(_clean(indicator.text.th), _clean(indicator.text.en)),
        levels=tuple(Text(_clean(t.th), _clean(t.en)) for t in indicator.levels),
    )


def gaps(indicator: Indicator) -> tuple[Gap, ...]:
    """Every blank piece of wording, the indicator text first, then levels 1–5."""
    found = [Gap(WORDING, lang) for lang in LANGS if not _clean(indicator.text.get(lang))]
    for level in LEVELS:
        sentence = indicator.levels[level - 1] if level <= len(indicator.levels) else Text("", "")
        found += [Gap(level, lang) for lang in LANGS if not _clean(sentence.get(lang))]
    return tuple(found)


def checked(indicator: Indicator) -> Indicator:
    """The cleaned indicator, or IncompleteIndicator naming every blank piece."""
    missing = gaps(indicator)
    if missing:
        raise IncompleteIndicator(indicator.code, missing)
    return cleaned(indicator)


def can_retire(framework: Framework, code: str) -> bool:
    """Whether ``code`` may be retired: its competency must keep one active indicator."""
    indicator = framework.indicator(code)
    if indicator is None or indicator.retired:
        return False
    comp = framework.competency(indicator.competency)
    return comp is not None and len(comp.active_indicators) > 1


def retired(framework: Framework, code: str, retire: bool = True) -> Indicator:
    """The indicator with its retired flag set, or LastIndicator if it is the last one left."""
    indicator = framework.indicator(code)
    if indicator is None:
        raise FrameworkError(f"no indicator {code}")
    if retire and not indicator.retired and not can_retire(framework, code):
        raise LastIndicator(f"{code} is the last active indicator of {indicator.competency}")
    return replace(indicator, retired=retire)
