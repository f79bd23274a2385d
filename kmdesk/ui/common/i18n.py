"""Thai and English through Qt Linguist: loading, switching without restart, dates by language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from kmdesk.assess.framework import Text
from kmdesk.assess.thaidate import format_date
from kmdesk.paths import resource

LANGUAGES = ("th", "en")
_state = {"lang": "th", "translator": None}


def system_language() -> str:
    """Thai when the system locale is Thai, English otherwise (the first-start default)."""
    return "th" if QLocale.system().language() == QLocale.Language.Thai else "en"


def language() -> str:
    return _state["lang"]


def switch(lang: str) -> None:
    """Install the translator for ``lang``; Qt then sends every widget a LanguageChange."""
    lang = lang if lang in LANGUAGES else "th"
    app = QCoreApplication.instance()
    old = _state["translator"]
    if app is None or (lang == _state["lang"] and (old is not None) == (lang == "th")):
        _state["lang"] = lang
        return
    _state["lang"] = lang
    if old is not None:
        app.removeTranslator(old)
        _state["translator"] = None
    # Source strings are English, so English needs no translator.
    if lang == "th":
        translator = QTranslator(app)
        if translator.load(str(resource("i18n", "kmdesk_th.qm"))):
            app.installTranslator(translator)
            _state["translator"] = translator
    if old is None and _state["translator"] is None:
        # No translator came or went, so Qt sends nothing; framework wording and dates still
        # follow the language, so tell the widgets ourselves.
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))


def text(value: Text) -> str:
    """Framework wording in the chosen language."""
    return value.get(language())


def date_text(day: dt.date, long: bool = False) -> str:
    """``8 ส.ค. 2568`` in Thai (Buddhist Era), ``8 Aug 2025`` in English."""
    return format_date(day, language(), long)


def reset() -> None:
    """Back to the state before any switch: no translator, Thai framework wording."""
    old = _state["translator"]
    if old is not None:
        QCoreApplication.instance().removeTranslator(old)
    _state.update(lang="th", translator=None)
