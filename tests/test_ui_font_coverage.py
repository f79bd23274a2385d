"""Every character the window shows is in a font kmdesk bundles (a PC may have no others).

Loma alone lacks the keyboard help's arrows, ≥, ● and ✓: on a machine without system fonts
(the frozen bundle on a bare PC) they were empty boxes until DejaVu Sans became the fallback.
The frozen smoke test runs the window with no system fonts, but only a person looking at its
picture sees boxes; this test reads the glyph tables instead.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET

from PySide6.QtGui import QRawFont

from kmdesk.paths import resource
from kmdesk.ui.common import fonts


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _shown_characters() -> set[str]:
    """The words of the window in both languages, the framework's text and the help pages."""
    text: list[str] = []
    for message in ET.parse(resource("i18n", "kmdesk_th.ts")).getroot().iter("message"):
        for part in ("source", "translation"):
            element = message.find(part)
            if element is not None:
                text.append("".join(element.itertext()))
    for path in resource("framework").glob("*.json"):
        text += _strings(json.loads(path.read_text(encoding="utf-8")))
    for path in resource("help").glob("*.html"):
        text.append(re.sub(r"<[^>]*>|&\w+;", " ", path.read_text(encoding="utf-8")))
    return {
        ch
        for ch in "".join(text)
        if not ch.isspace() and unicodedata.category(ch)[0] not in "CZ"  # controls, spaces
    }


def _missing(font_files: tuple[str, ...], characters: set[str]) -> list[str]:
    faces = [QRawFont(str(resource("fonts", name)), 12) for name in font_files]
    assert all(face.isValid() for face in faces), font_files
    return sorted(
        ch for ch in characters if not any(face.supportsCharacter(ord(ch)) for face in faces)
    )


def test_every_character_of_the_window_is_in_a_bundled_font(qapp):
    characters = _shown_characters()
    assert {"ก", "↑", "←", "✓"} <= characters  # the words really were read
    missing = _missing(fonts.UI_FONT_FILES + fonts.SYMBOL_FONT_FILES, characters)
    assert not missing, [f"{ch} U+{ord(ch):04X} {unicodedata.name(ch, '?')}" for ch in missing]


def test_the_arrows_need_the_fallback_and_the_window_font_lists_it(qapp):
    # Without DejaVu Sans the arrows have no glyph at all: the fallback is what draws them.
    assert {"↑", "↓", "←", "→"} <= set(_missing(fonts.UI_FONT_FILES, set("↑↓←→ก")))
    font = fonts.install_fonts()
    assert font.families() == ["Loma", "DejaVu Sans"]
