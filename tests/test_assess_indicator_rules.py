"""An indicator edit needs wording in Thai and English everywhere; a competency keeps one active."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kmdesk.assess import indicator_rules as rules
from kmdesk.assess.framework import Indicator, Text, framework_from_dict

ROOT = Path(__file__).resolve().parents[1]


def full(code: str = "K1.9") -> Indicator:
    return Indicator(
        code,
        code.split(".")[0],
        Text(" รู้เรื่อง ", " Knows "),
        tuple(Text(f"ระดับ {n}", f"level {n}") for n in range(1, 6)),
    )


def test_a_complete_indicator_is_trimmed_and_passes():
    done = rules.checked(full())
    assert done.text == Text("รู้เรื่อง", "Knows")
    assert rules.gaps(full()) == ()


def test_every_blank_piece_is_named_wording_first_then_levels():
    levels = list(full().levels)
    levels[2] = Text("ระดับ 3", "   ")
    levels[4] = Text("", "")
    indicator = replace(full(), text=Text("รู้", ""), levels=tuple(levels))
    with pytest.raises(rules.IncompleteIndicator) as caught:
        rules.checked(indicator)
    assert caught.value.gaps == (
        rules.Gap(rules.WORDING, "en"),
        rules.Gap(3, "en"),
        rules.Gap(5, "th"),
        rules.Gap(5, "en"),
    )
    assert "K1.9" in str(caught.value)


def test_missing_levels_count_as_blank():
    indicator = replace(full(), levels=full().levels[:3])
    assert {g.part for g in rules.gaps(indicator)} == {4, 5}


def test_line_breaks_inside_a_sentence_are_kept():
    levels = (Text("บรรทัดหนึ่ง\nบรรทัดสอง", "one\ntwo"), *full().levels[1:])
    assert rules.cleaned(replace(full(), levels=levels)).levels[0].th == "บรรทัดหนึ่ง\nบรรทัดสอง"


@pytest.fixture(scope="module")
def framework():
    with (ROOT / "resources" / "framework" / "default.json").open(encoding="utf-8") as fh:
        return framework_from_dict(json.load(fh))


def test_the_last_active_indicator_of_a_competency_cannot_be_retired(framework):
    comp = next(c for c in framework.competencies if len(c.active_indicators) == 1)
    only = comp.active_indicators[0].code
    assert not rules.can_retire(framework, only)
    with pytest.raises(rules.LastIndicator):
        rules.retired(framework, only)
    # Bringing one back is always allowed.
    assert rules.retired(framework, only, retire=False).retired is False


def test_one_of_two_can_be_retired_then_the_other_cannot(framework):
    comp = next(c for c in framework.competencies if len(c.active_indicators) >= 2)
    first, second = (i.code for i in comp.active_indicators[:2])
    assert rules.can_retire(framework, first)
    after = framework.with_indicator(rules.retired(framework, first))
    assert after.indicator(first).retired
    if len(comp.active_indicators) == 2:
        assert not rules.can_retire(after, second)


def test_the_rules_module_pulls_in_no_qt_or_sqlalchemy():
    code = (
        "import kmdesk.assess.indicator_rules, sys; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6','sqlalchemy'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
