"""Chart style: palette, one stable style per person, anonymous letters, words, fonts, wrapping."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from matplotlib import font_manager

from kmdesk.charts import fonts, style, words, wrap

CHARTS = Path(__file__).resolve().parent.parent / "kmdesk" / "charts"


def test_okabe_ito_palette_is_the_published_one():
    assert style.OKABE_ITO == (
        "#000000",
        "#E69F00",
        "#56B4E9",
        "#009E73",
        "#F0E442",
        "#0072B2",
        "#D55E00",
        "#CC79A7",
    )
    # people never get black, which marks the target
    assert style.TARGET_COLOUR not in style.PERSON_COLOURS
    assert set(style.PERSON_COLOURS) <= set(style.OKABE_ITO)


def test_a_person_keeps_their_style_whoever_else_is_charted():
    team = ["m1", "m2", "m3", "m4"]
    whole = style.member_styles(team)
    assert len(set(whole.values())) == 4  # four people, four different looks
    assert whole["m3"] == style.member_style(2)
    # the styles come from the position in the team list, not from the name
    assert style.member_styles(["x", "y"])["y"] == whole["m2"]


def test_twelve_people_get_twelve_different_looks():
    looks = list(style.member_styles([f"m{i}" for i in range(12)]).values())
    assert len(set(looks)) == 12
    # past the seventh person colours repeat, so the line or marker must differ
    assert looks[7].colour == looks[0].colour
    assert (looks[7].linestyle, looks[7].marker) != (looks[0].linestyle, looks[0].marker)


def test_chart_words_exist_in_both_languages():
    for key in words.WORDS.entries:
        assert words.word(key, "th").strip()
        assert words.word(key, "en").strip()
        assert words.word(key, "th") != words.word(key, "en")
    assert words.word("target", "th") == "เป้าหมาย"
    assert words.word("target", "en") == "Target"
    assert words.word("mean", "th") == "ค่าเฉลี่ย"
    assert words.word("mean", "en") == "Mean"


def test_bundled_thai_font_is_registered():
    assert fonts.register_fonts() == "Loma"
    found = font_manager.fontManager.findfont(fonts.font_properties(), fallback_to_default=False)
    assert Path(found).name == "Loma.ttf"
    bold = font_manager.fontManager.findfont(
        fonts.font_properties(bold=True), fallback_to_default=False
    )
    assert Path(bold).name == "Loma-Bold.ttf"


def test_no_chart_module_imports_pyplot():
    for path in CHARTS.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert all("pyplot" not in alias.name for alias in node.names), path
            elif isinstance(node, ast.ImportFrom):
                module = node.module or ""
                assert "pyplot" not in module, path
                assert not (module == "matplotlib" and any(a.name == "pyplot" for a in node.names))


def test_every_chart_module_has_a_one_line_docstring():
    for path in CHARTS.glob("*.py"):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc, path
        assert "\n" not in doc, path


THAI_NAME = "เชื่อมโยงความสัมพันธ์ทุกส่วนที่เกี่ยวข้องเพื่อสนับสนุนให้ชุมชนเป็นแกนกลางของการพัฒนา"


@pytest.mark.parametrize("width", [15.0, 22.0, 40.0, 60.0, 90.0, 150.0])
def test_thai_wrapping_keeps_marks_with_their_letter(width):
    lines = wrap.wrap(THAI_NAME, width, 8)
    assert "".join(lines) == THAI_NAME
    for line in lines:
        assert line[0] not in "ะัาำิีึืฺุู็่้๊๋์ํ"
        assert line[-1] not in "เแโใไ"
        if width >= 40:  # narrower than one syllable cannot be kept
            assert wrap.text_width(line, 8) <= width


def test_thai_wrapping_prefers_syllable_starts():
    lines = wrap.wrap("การสร้างจิตสำนึกในความรับผิดชอบ/อุดมการณ์ของกลุ่ม", 150, 7.5)
    assert lines == ["การสร้างจิตสำนึกในความรับผิดชอบ/", "อุดมการณ์ของกลุ่ม"]


def test_english_wraps_at_spaces():
    text = "Coordinating; building cooperation with the community and related agencies"
    lines = wrap.wrap(text, 120, 8)
    assert len(lines) > 1
    assert " ".join(lines) == text
