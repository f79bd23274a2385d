"""Words written outside Qt widgets (charts, reports, the terminal), translated through the
same Qt Linguist file as the app but read without Qt, so those layers stay Qt-free."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from kmdesk.paths import resource


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate's name)
    """Marks ``source`` for lupdate (which looks for this name) and returns it unchanged."""
    return source


@functools.cache
def _thai() -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # only when Thai is first wanted: a faster start

    tree = ET.parse(resource("i18n", "kmdesk_th.ts"))
    table = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                table[(name, message.findtext("source"))] = translation.text
    return table


def translate(context: str, source: str, lang: str) -> str:
    """``source`` (English) in ``lang``; Thai comes from resources/i18n/kmdesk_th.ts."""
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
