"""Help → Help (F1): what each chart shows, how to read it and what to do next, in Thai and English.

The texts are HTML files under resources/help/, one per topic and language
(``river.th.html``, ``river.en.html``), each with a small picture drawn from the demo data
by ``kmdesk chart`` in its language (``river.png``, ``river.en.png``: ท่าไร่, recorder,
รอบที่ 3; มาลัย for the stairs and progress), scaled to 640 px wide; the window loads the
one for the current language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QTextBrowser, QWidget

from kmdesk.paths import resource
from kmdesk.ui.common import i18n
from kmdesk.ui.common.retranslate import Retranslates

# In the order shown; the keys name the files under resources/help/.
TOPICS = ("start", "river", "matrix", "stairs", "pairs", "radar", "progress")

# The topic to open on from each page of the main window.
PAGE_TOPICS = {"team": "river", "progress": "progress"}


def topic_html(topic: str, lang: str) -> str:
    """The topic's text in ``lang`` (English when that file is missing)."""
    folder = resource("help")
    path = folder / f"{topic}.{lang}.html"
    if not path.exists():
        path = folder / f"{topic}.en.html"
    return path.read_text(encoding="utf-8")


class HelpWindow(Retranslates, QDialog):
    """Topics on the left, the chosen one on the right; follows a language switch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.topics = QListWidget()
        self.topics.setObjectName("helpTopics")
        for _topic in TOPICS:
            self.topics.addItem("")
        self.topics.setMaximumWidth(220)
        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setOpenExternalLinks(False)
        self.text.setSearchPaths([str(resource("help"))])
        row = QHBoxLayout(self)
        row.addWidget(self.topics)
        row.addWidget(self.text, 1)
        self.topics.currentRowChanged.connect(self._show)
        self.resize(900, 640)
        self.retranslate()
        self.topics.setCurrentRow(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("kmdesk help"))
        titles = {
            "start": self.tr("Getting started"),
            "river": self.tr("The river"),
            "matrix": self.tr("The Table of Freedom"),
            "stairs": self.tr("The learning stairs"),
            "pairs": self.tr("Learning pairs"),
            "radar": self.tr("The radar"),
            "progress": self.tr("Progress"),
        }
        for row, topic in enumerate(TOPICS):
            self.topics.item(row).setText(titles[topic])
        self._show(self.topics.currentRow())

    def show_topic(self, topic: str) -> None:
        """Show ``topic``, or a section of it: "progress#domains" scrolls to that anchor."""
        topic, _hash, anchor = topic.partition("#")
        self.topics.setCurrentRow(TOPICS.index(topic) if topic in TOPICS else 0)
        if anchor:
            self.text.scrollToAnchor(anchor)
        else:
            self.text.verticalScrollBar().setValue(0)

    def topic(self) -> str:
        return TOPICS[max(self.topics.currentRow(), 0)]

    def _show(self, row: int) -> None:
        if row < 0:
            return
        # Pictures are named relative to resources/help/ (the browser's search path).
        self.text.setHtml(topic_html(TOPICS[row], i18n.language()))
