"""The Thai translation is complete and up to date with the code (Qt Linguist files)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "kmdesk_th.ts"
PLACEHOLDER = re.compile(r"\{\d\}|%\d|%n")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for message in ctx.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def test_every_interface_string_has_a_thai_translation_with_the_same_placeholders():
    messages = _messages(TS)
    assert len(messages) > 250
    for (context, source), translation in messages.items():
        assert translation.get("type") is None, f"{context}: {source!r} is not translated"
        assert (translation.text or "").strip(), f"{context}: {source!r} has an empty translation"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)
        ), f"{context}: {source!r} loses a placeholder in Thai"


def test_the_translation_covers_every_string_in_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    if not lupdate:
        pytest.skip("pyside6-lupdate is not installed (it comes with PySide6-Essentials)")
    fresh = tmp_path / "fresh.ts"
    # the same files ./dev translations reads: the widgets, the command line, and every
    # module that marks words with QT_TRANSLATE_NOOP (charts, reports, the plan's text…)
    marked = {
        p for p in (ROOT / "kmdesk").rglob("*.py") if "QT_TRANSLATE_NOOP" in p.read_text("utf-8")
    }
    code = set((ROOT / "kmdesk" / "ui").glob("*/*.py")) | set(
        (ROOT / "kmdesk" / "cli").glob("*.py")
    )
    sources = sorted(str(p) for p in code | marked)
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    translated = set(_messages(TS))
    assert in_code - translated == set(), "run ./dev translations and translate the new strings"


def test_the_shipped_qm_gives_what_the_ts_says():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    for (context, source), translation in _messages(TS).items():
        assert translator.translate(context, source) == translation.text, (
            f"{context}: {source!r}; run ./dev translations to compile the .qm"
        )


def test_words_outside_the_widgets_come_from_the_same_thai_file():
    # charts, reports and the terminal read kmdesk_th.ts without Qt; every word must be there
    from kmdesk.charting import hover
    from kmdesk.charts import words as chart_words
    from kmdesk.cli import text as terminal_words
    from kmdesk.report import words as report_words
    from kmdesk.wording import translate

    thai = _messages(TS)
    for table in (chart_words.WORDS, report_words.WORDS, hover.WORDS, terminal_words.WORDS):
        for key, source in table.entries.items():
            assert (table.context, source) in thai, f"{table.context}.{key} is not in the .ts"
            assert translate(table.context, source, "th") == thai[(table.context, source)].text
            assert translate(table.context, source, "en") == source


def test_every_context_is_one_the_app_looks_up():
    # lupdate files `widget.tr("…")` under "widget" and `tr("Ctx", "…")` under "" (its first
    # argument taken as the text), while Qt looks words up by the class or the context
    # given: such words are never found at run time and show in English.
    for context, source in _messages(TS):
        assert context and context[0].isupper(), (
            f"{source!r} is filed under {context!r}: use self.tr() in the class, or "
            "QCoreApplication.translate('Context', …) with the context written out"
        )
