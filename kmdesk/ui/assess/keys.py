"""Which key means which answer on the Assess form, on Latin and Thai keyboards and the numpad."""

from __future__ import annotations

import sys
from enum import Enum

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

from kmdesk.assess.scale import LEVELS


class KeyAction(Enum):
    """What a key press on a focused indicator card asks for."""

    NOT_SURE = "not_sure"
    CLEAR = "clear"
    NOTE = "note"
    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    LOWER = "lower"
    RAISE = "raise"


_LEVEL_KEYS = {getattr(Qt.Key, f"Key_{level}"): level for level in LEVELS}
# Thai digits, typed with Shift on the Kedmanee layout or on a Thai numpad setting.
_THAI_DIGITS = {chr(0x0E50 + level): level for level in LEVELS}
# What the 1–5 keys type on the Thai Kedmanee layout without Shift. "ๅ", "ภ" and "ถ" mean
# nothing else, so they always count; "/" and "-" only when the Thai layout is the one in use.
_KEDMANEE_SURE = {"ๅ": 1, "ภ": 4, "ถ": 5}
_KEDMANEE_LATIN = {"/": 2, "-": 3}
# Windows virtual-key codes do not depend on the layout: the digit row and the numpad.
_WINDOWS_VK = {0x30 + level: level for level in LEVELS} | {0x60 + level: level for level in LEVELS}
_WINDOWS_VK_QUESTION = 0xBF  # the /? key
# "?" itself, the full-width one from some input methods, and "ฦ", which the /? key types
# with Shift on the Kedmanee layout.
_NOT_SURE_TEXTS = {"?", "？", "ฦ"}
# N for "note"; on the Kedmanee layout the same key types "ื".
_NOTE_TEXTS = {"n", "N", "ื"}

_PLAIN_ACTIONS = {
    Qt.Key.Key_Question: KeyAction.NOT_SURE,
    Qt.Key.Key_Delete: KeyAction.CLEAR,
    Qt.Key.Key_Backspace: KeyAction.CLEAR,
    Qt.Key.Key_Return: KeyAction.NOTE,
    Qt.Key.Key_Enter: KeyAction.NOTE,
    Qt.Key.Key_N: KeyAction.NOTE,
    Qt.Key.Key_Down: KeyAction.NEXT,
    Qt.Key.Key_Up: KeyAction.PREVIOUS,
    Qt.Key.Key_Home: KeyAction.FIRST,
    Qt.Key.Key_End: KeyAction.LAST,
    Qt.Key.Key_Left: KeyAction.LOWER,
    Qt.Key.Key_Right: KeyAction.RAISE,
}


def _thai_layout() -> bool:
    return QGuiApplication.inputMethod().locale().language() == QLocale.Language.Thai


def key_action(event: QKeyEvent) -> int | KeyAction | None:
    """A level 1–5, another action, or None when the key means nothing on a card."""
    mods = event.modifiers() & ~(
        Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
    )
    if mods:
        # Ctrl+Z and friends belong to the page's actions, not to the card.
        return None
    key = event.key()
    text = event.text()
    if key in _LEVEL_KEYS:
        return _LEVEL_KEYS[key]
    if text in _THAI_DIGITS:
        return _THAI_DIGITS[text]
    if text in _KEDMANEE_SURE:
        return _KEDMANEE_SURE[text]
    if text in _NOT_SURE_TEXTS:
        return KeyAction.NOT_SURE
    if text in _KEDMANEE_LATIN and _thai_layout():
        return _KEDMANEE_LATIN[text]
    if sys.platform == "win32":
        vk = event.nativeVirtualKey()
        if vk in _WINDOWS_VK:
            return _WINDOWS_VK[vk]
        if vk == _WINDOWS_VK_QUESTION and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return KeyAction.NOT_SURE
    if text in _NOTE_TEXTS:
        return KeyAction.NOTE
    return _PLAIN_ACTIONS.get(key)
