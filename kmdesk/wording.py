"""Words written outside Qt widgets (charts, reports, the terminal), translated through the
same Qt Linguist file as the app but read without Qt, so those layers stay Qt-free."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from kmdesk.paths import resource


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate's name)
    """Marks ``source`` for lupdate (which looks for this name) and returns it unchanged."""
    return source


# The compiled catalogue Qt itself loads (lrelease's .qm, made by ./dev translations and
# checked against the .ts by tests/test_translations.py): read with struct it costs a few
# ms, where ElementTree spent 15-45 ms on the .ts at every Thai command's start (issue 13).
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69  # the section holding the messages
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def _read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """``(context, source) -> translation`` from a .qm written with its sources (lrelease's
    default): each message is tagged fields, a length-prefixed value after most tags."""
    import struct

    if data[:16] != _QM_MAGIC:
        raise ValueError("not a Qt translation (.qm) file")
    pos, messages = 16, b""
    while pos < len(data):  # sections: a tag byte, a 32-bit length, the bytes
        tag, size = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        if tag == _QM_MESSAGES:
            messages = data[pos + 5 : pos + 5 + size]
        pos += 5 + size
    table: dict[tuple[str, str], str] = {}
    fields: dict[int, bytes] = {}
    pos = 0
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == _END:
            if _TRANSLATION in fields and _SOURCE in fields and _CONTEXT in fields:
                key = (fields[_CONTEXT].decode("utf-8"), fields[_SOURCE].decode("utf-8"))
                table.setdefault(key, fields[_TRANSLATION].decode("utf-16-be"))
            fields = {}
            continue
        if tag == _OBSOLETE1:
            pos += 4
            continue
        if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            raise ValueError(f"unknown tag {tag} in the .qm file")
        size = struct.unpack_from(">I", messages, pos)[0]
        pos += 4
        if size == 0xFFFFFFFF:  # a null value
            size = 0
        # a plural message has one translation per form; Thai has one, the first is kept
        fields.setdefault(tag, messages[pos : pos + size])
        pos += size
    return table


def _read_ts(path) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    table = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                table[(name, message.findtext("source"))] = translation.text
    return table


@functools.cache
def _thai() -> dict[tuple[str, str], str]:
    """Read once, when Thai is first wanted: an English command never reads it."""
    qm = resource("i18n", "kmdesk_th.qm")
    if qm.is_file():
        return _read_qm(qm.read_bytes())
    return _read_ts(resource("i18n", "kmdesk_th.ts"))  # a checkout not yet compiled


def translate(context: str, source: str, lang: str) -> str:
    """``source`` (English) in ``lang``; Thai from resources/i18n (the .qm of kmdesk_th.ts)."""
    if lang == "en":
        return source
    return _thai().get((context, source), source)


class Words:
    """A named set of words in one translation context, looked up by key."""

    def __init__(self, context: str, entries: Mapping[str, str]):
        self.context = context
        self.entries = dict(entries)

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def __call__(self, key: str, lang: str, **fields: object) -> str:
        text = translate(self.context, self.entries[key], lang)
        return text.format(**fields) if fields else text
