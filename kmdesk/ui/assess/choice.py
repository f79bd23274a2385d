"""The Assess form's pieces below a card: its style sheet, a level to click, the note box."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from kmdesk.assess.notes import CONTROL, MAX_NOTE

SAVED_MARK_MS = 2500  # how long "saved ✓" stays beside the level after a save

# Colours from the charts' Okabe–Ito palette, so the form and the radar speak alike.
BLUE = "#0072B2"
ORANGE = "#E69F00"

STYLE = f"""
QFrame#indicatorCard {{
    background: palette(base);
    border: 1px solid #c4cad3;
    border-radius: 8px;
}}
QFrame#indicatorCard[current="true"] {{
    background: #eaf3fb;
    border: 3px solid {BLUE};
}}
QFrame#choice {{ border: 1px solid transparent; border-radius: 6px; }}
QFrame#choice:hover {{ background: #dcebf7; border-color: #9cc3e3; }}
QFrame#choice[chosen="true"] {{ background: #cfe5f6; border: 2px solid {BLUE}; }}
QFrame#choice[chosen="true"][notsure="true"] {{ background: #fbefd5; border-color: {ORANGE}; }}
QLabel#badge {{
    border: 1px solid #7d8590;
    border-radius: 6px;
    background: palette(base);
    font-weight: bold;
}}
QLabel#badge[chosen="true"] {{ background: {BLUE}; border-color: {BLUE}; color: white; }}
QLabel#badge[chosen="true"][notsure="true"] {{ background: {ORANGE}; border-color: {ORANGE}; }}
QLabel#domainHeader {{
    font-size: 15pt; font-weight: bold; color: {BLUE};
    border-bottom: 2px solid {BLUE}; padding-top: 10px;
}}
QLabel#competencyHeader {{ font-size: 12pt; font-weight: bold; padding-top: 6px; }}
QLabel#muted {{ color: #5b6470; }}
QLabel#status {{ font-weight: bold; }}
QLabel#status[unsaved="true"] {{ color: #b03000; }}
QLabel#status[saved="true"] {{ color: #1b7a3a; }}
"""


def repolish(*widgets: QWidget) -> None:
    # Dynamic properties only restyle a widget once its style is re-applied; one not yet
    # polished (never shown) takes them when it is, so it is left alone (cheaper start).
    for widget in widgets:
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def wrapping_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if object_name:
        label.setObjectName(object_name)
    return label


class LevelChoice(QFrame):
    """One answer to pick with the mouse: a number badge and the level's sentence."""

    clicked = Signal()

    def __init__(self, mark: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("choice")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge = QLabel(mark)
        self.badge.setObjectName("badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedSize(30, 28)
        for widget in (self, self.badge):
            widget.setProperty("chosen", False)
            widget.setProperty("notsure", False)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.sentence.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        for label in (self.badge, self.sentence):
            # The whole row is the click target, whichever part the pointer is over.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 6, 3)
        layout.setSpacing(10)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.sentence, 1)

    def set_text(self, name: str, sentence: str) -> None:
        """``name`` is the scale's word for the level, shown before the indicator's sentence."""
        head = (
            f'<span style="color:#5b6470">{html.escape(name)}</span>&nbsp;·&nbsp;' if name else ""
        )
        self.sentence.setText(head + html.escape(sentence))

    def set_chosen(self, chosen: bool, not_sure: bool = False) -> None:
        if (self.property("chosen"), self.property("notsure")) == (chosen, not_sure):
            return  # restyling 6 choices × 18 cards on every refresh costs a visible moment
        for widget in (self, self.badge):
            widget.setProperty("chosen", chosen)
            widget.setProperty("notsure", not_sure)
        repolish(self, self.badge)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class NoteEdit(QLineEdit):
    """The evidence note; Esc and Enter hand the keyboard back to the card."""

    leave = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # The store refuses a longer note, or one with a control character, and the form
        # would then lose what was typed: both are stopped here, as the typing happens.
        # Not setMaxLength: it would also cut a longer note stored earlier when it is only
        # shown, and leaving the field would then save the cut note.
        self.textEdited.connect(self._keep_to_the_rules)

    def _keep_to_the_rules(self, text: str) -> None:
        # Pasted from Word, \x0b and \x0c are its line and page breaks: a space keeps the
        # words apart. Other control characters nobody means to type are dropped.
        clean = CONTROL.sub("", text.replace("\x0b", " ").replace("\x0c", " "))[:MAX_NOTE]
        if clean != text:
            at = self.cursorPosition() - (len(text) - len(clean))
            self.setText(clean)
            self.setCursorPosition(max(0, min(at, len(clean))))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Leaving is finishing: the text is saved by editingFinished on focus out.
            self.leave.emit()
            event.accept()
            return
        super().keyPressEvent(event)
