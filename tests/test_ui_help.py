"""Help → Help (F1): each chart explained in Thai and English, with its picture."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from kmdesk.paths import resource
from kmdesk.ui.common import i18n
from kmdesk.ui.shell.help_page import TOPICS, HelpWindow, topic_html
from kmdesk.ui.shell.main_window import MainWindow
from tests.ui_support import make_context

CHARTS = ("river", "matrix", "stairs", "pairs", "radar", "progress")


@pytest.mark.parametrize("topic", TOPICS)
def test_each_topic_has_both_languages_and_its_picture(topic):
    thai, english = topic_html(topic, "th"), topic_html(topic, "en")
    assert thai != english and "<h2>" in thai and "<h2>" in english
    if topic in CHARTS:
        # each language its own picture: the English page showed the Thai chart
        assert f'src="{topic}.png"' in thai and f'src="{topic}.en.png"' in english
        th_png, en_png = resource("help", f"{topic}.png"), resource("help", f"{topic}.en.png")
        assert th_png.stat().st_size > 1000 and en_png.stat().st_size > 1000
        assert th_png.read_bytes() != en_png.read_bytes()
        # what it shows, how to read it, what to do next
        assert thai.count("<h3>") == english.count("<h3>") == 3


def test_f1_opens_help_on_the_pages_chart_and_follows_the_language(qtbot, demo_db, tmp_path):
    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert window.help_action.shortcut().toString() == "F1"
    assert window.help_action in window.help_menu.actions()
    window.nav.setCurrentRow(2)  # Team
    window.help_action.trigger()
    shown = window.help_window
    assert shown is not None and shown.isVisible() and shown.topic() == "river"
    window.set_language("th")
    qtbot.waitUntil(lambda: "ธารปัญญา" in shown.text.toPlainText())
    window.set_language("en")
    qtbot.waitUntil(lambda: "The river" in shown.text.toPlainText())
    shown.show_topic("matrix")
    assert "Table of Freedom" in shown.text.toPlainText()
    image = shown.text.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("matrix.png")
    )
    assert image is not None and not image.isNull()
    shown.close()


def test_the_help_window_starts_on_getting_started_from_assess(qtbot, demo_db, tmp_path):
    i18n.switch("en")
    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(0)
    assert isinstance(window.show_help(), HelpWindow)
    assert window.help_window.topic() == "start"
    window.help_window.close()
