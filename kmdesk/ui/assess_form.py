"""The rating form: domains, competencies and one card per indicator with its five sentences."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.framework import Competency, Framework, Indicator
from kmdesk.assess.scale import LEVELS, MAX_LEVEL, MIN_LEVEL
from kmdesk.store.assess_queries import StoredRating
from kmdesk.ui import i18n
from kmdesk.ui.assess_keys import KeyAction, key_action
from kmdesk.ui.assess_saving import SAVING, Shown

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


def _repolish(*widgets: QWidget) -> None:
    # Dynamic properties only restyle a widget once its style is re-applied.
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _wrapping_label(text: str = "", object_name: str = "") -> QLabel:
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
        for widget in (self, self.badge):
            widget.setProperty("chosen", chosen)
            widget.setProperty("notsure", not_sure)
        _repolish(self, self.badge)

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Leaving is finishing: the text is saved by editingFinished on focus out.
            self.leave.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class IndicatorCard(QFrame):
    """One indicator: its wording, the five levels, "not sure", and the evidence note."""

    # code, level (1–5, or None for not sure), move on to the next card?
    chosen = Signal(str, object, bool)
    clear_requested = Signal(str)
    note_edited = Signal(str, str)
    # code, KeyAction for moving between cards
    navigate = Signal(str, object)
    # why the card got the keyboard (a Qt.FocusReason)
    focused = Signal(object)

    def __init__(self, indicator: Indicator, parent: QWidget | None = None):
        super().__init__(parent)
        self.indicator = indicator
        self.code = indicator.code
        self.state: StoredRating | None = None
        # What the person chose that is not stored yet, and why ("saving" or "not_saved").
        self.unsaved: Shown | None = None
        self.unsaved_why = ""
        self.previous_level: int | bool | None = False  # False: no answer in the last round
        self.saved_mark = QTimer(self)
        self.saved_mark.setSingleShot(True)
        self.saved_mark.setInterval(SAVED_MARK_MS)
        self.saved_mark.timeout.connect(self._show_state)
        self.setObjectName("indicatorCard")
        self.setProperty("current", False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = _wrapping_label()
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setProperty("unsaved", False)
        self.status.setProperty("saved", False)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.previous = QLabel()
        self.previous.setObjectName("muted")
        self.previous.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.retired = QLabel()
        self.retired.setObjectName("muted")
        self.retired.setVisible(indicator.retired)

        self.choices = {level: LevelChoice(str(level)) for level in LEVELS}
        self.not_sure = LevelChoice("?")
        for level, choice in self.choices.items():
            choice.clicked.connect(lambda lv=level: self._clicked(lv))
        self.not_sure.clicked.connect(lambda: self._clicked(None))

        self.note_label = QLabel()
        self.note = NoteEdit()
        # Not in the Tab chain: Tab moves card to card; Enter or N opens the note.
        self.note.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.note.editingFinished.connect(self._note_finished)
        self.note.textEdited.connect(self._note_typed)
        self._typed = False  # the note holds text typed here and not saved yet
        self.note.leave.connect(lambda: self.setFocus(Qt.FocusReason.OtherFocusReason))
        self.note_hint = QLabel()
        self.note_hint.setObjectName("muted")
        self.note_hint.setVisible(False)

        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self.title, 1)
        side = QVBoxLayout()
        side.setSpacing(0)
        side.addWidget(self.status)
        side.addWidget(self.previous)
        side.addStretch(1)
        head.addLayout(side)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addWidget(self.note, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.retired)
        layout.addSpacing(4)
        for choice in self.choices.values():
            layout.addWidget(choice)
        layout.addWidget(self.not_sure)
        layout.addSpacing(6)
        layout.addLayout(note_row)
        layout.addWidget(self.note_hint)

    # --- texts and state --------------------------------------------------------------

    def retranslate(self, framework: Framework) -> None:
        ind = self.indicator
        self.title.setText(f"{ind.code}   {i18n.text(ind.text)}")
        for level, choice in self.choices.items():
            choice.set_text(
                i18n.text(framework.level_names[level - 1]), i18n.text(ind.levels[level - 1])
            )
        self.not_sure.set_text("", i18n.text(framework.not_sure))
        self.not_sure.setToolTip(self.tr("Key: ?"))
        for level, choice in self.choices.items():
            choice.setToolTip(self.tr("Key: {0}").format(level))
        self.retired.setText(self.tr("No longer in use; shown because it was rated."))
        self.note_label.setText(self.tr("Evidence:"))
        self.note.setPlaceholderText(self.tr("What did I do that shows this? (Enter to write)"))
        self.note_hint.setText(self.tr("The note is kept once you choose an answer above."))
        self._show_state()

    def set_state(self, state: StoredRating | None) -> None:
        self.state = state
        if state is not None:
            self._typed = False
            if not self.note.hasFocus():
                self.note.setText(state.evidence)
        elif not self._typed and not self.note.hasFocus():
            # A note the person typed on an unanswered card waits for the answer; a note
            # that belonged to a removed or undone answer goes with it.
            self.note.clear()
        self._show_state()

    def set_unsaved(self, shown: Shown | None, why: str = "") -> None:
        """Show an answer that is not stored yet (``why``: saving or not_saved), or stop."""
        self.unsaved, self.unsaved_why = shown, why if shown is not None else ""
        if shown is not None:
            self.saved_mark.stop()
        self._show_state()

    def flash_saved(self) -> None:
        """A short "saved ✓" beside the answer just stored."""
        self.saved_mark.start()
        self._show_state()

    def answered(self) -> bool:
        """Whether the card shows an answer, stored or still being saved."""
        if self.unsaved is not None:
            return not self.unsaved.cleared
        return self.state is not None

    def shown_level(self) -> int | None:
        if self.unsaved is not None:
            return self.unsaved.level
        return self.state.level if self.state else None

    def set_previous(self, level: int | bool | None) -> None:
        """The answer given in the previous round: a level, None (not sure) or False (none)."""
        self.previous_level = level
        self._show_state()

    def _show_state(self) -> None:
        if not shiboken6.isValid(self.status):
            return  # a timer outlived the card's labels while the form is rebuilt
        answered, level = self.answered(), self.shown_level()
        for lv, choice in self.choices.items():
            choice.set_chosen(answered and lv == level)
        self.not_sure.set_chosen(answered and level is None, not_sure=True)
        if not answered:
            text = self.tr("Not rated yet")
        elif level is None:
            text = self.tr("Not sure")
        else:
            text = self.tr("Level {0}").format(level)
        saved = self.unsaved is None and self.state is not None and self.saved_mark.isActive()
        if self.unsaved is not None:
            why = self.tr("saving…") if self.unsaved_why == SAVING else self.tr("not saved")
            text = self.tr("{0} · {1}").format(text, why)
        elif saved:
            text = self.tr("{0} · saved ✓").format(text)
        self.status.setText(text)
        if (self.status.property("unsaved"), self.status.property("saved")) != (
            self.unsaved is not None,
            saved,
        ):
            self.status.setProperty("unsaved", self.unsaved is not None)
            self.status.setProperty("saved", saved)
            _repolish(self.status)
        if self.previous_level is False:
            self.previous.setText("")
        else:
            shown = "?" if self.previous_level is None else str(self.previous_level)
            self.previous.setText(self.tr("Last round: {0}").format(shown))
        self.note_hint.setVisible(not answered and bool(self.note.text().strip()))

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            _repolish(self)

    def note_text(self) -> str:
        return self.note.text().strip()

    # --- input ------------------------------------------------------------------------

    def _clicked(self, level: int | None) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.chosen.emit(self.code, level, False)

    def _note_typed(self) -> None:
        self._typed = True

    def _note_finished(self) -> None:
        if not shiboken6.isValid(self.status):
            # The card is being torn down (the app is quitting); nothing is left to show.
            return
        text = self.note.text().strip()
        saved = self.state.evidence if self.state else ""
        if text != saved:
            self.note_edited.emit(self.code, text)
        self._show_state()

    def open_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.note.end(False)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.focused.emit(event.reason())
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = key_action(event)
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        level = self.shown_level()
        if isinstance(action, int):
            self.chosen.emit(self.code, action, True)
        elif action is KeyAction.NOT_SURE:
            self.chosen.emit(self.code, None, True)
        elif action is KeyAction.CLEAR:
            self.clear_requested.emit(self.code)
        elif action is KeyAction.NOTE:
            self.open_note()
        elif action is KeyAction.LOWER:
            self.chosen.emit(self.code, max(MIN_LEVEL, (level or MIN_LEVEL + 1) - 1), False)
        elif action is KeyAction.RAISE:
            self.chosen.emit(self.code, min(MAX_LEVEL, (level or MIN_LEVEL - 1) + 1), False)
        else:
            self.navigate.emit(self.code, action)


class _Body(QWidget):
    """The scrolled page of cards; its height follows its width, not the widest guess."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Word-wrapped labels guess their minimum height at a narrow width, which summed over
        # 18 cards is about twice the real height: the scroll area would show a long blank
        # tail. The scroll area asks heightForWidth for the real height instead.
        return QSize(super().minimumSizeHint().width(), 0)


class AssessForm(QScrollArea):
    """Every indicator of one framework version, grouped by domain and competency."""

    chosen = Signal(str, object, bool)
    clear_requested = Signal(str)
    note_edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.framework: Framework | None = None
        self.cards: list[IndicatorCard] = []
        self._by_code: dict[str, IndicatorCard] = {}
        # The first widget of the block a card opens (its domain or competency header), so
        # that moving onto a card also shows what it belongs to.
        self._block_top: dict[str, QWidget] = {}
        self._domain_labels: list[tuple[QLabel, str]] = []
        self._competency_labels: list[tuple[QLabel, QLabel, Competency]] = []
        self._targets: Mapping[str, int] = {}
        self._current: IndicatorCard | None = None
        self._last_reason = Qt.FocusReason.OtherFocusReason
        self._new_body()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _new_body(self) -> None:
        body = _Body()
        body.setObjectName("assessBody")
        body.setStyleSheet(STYLE)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(12, 4, 16, 16)
        self._layout.setSpacing(8)
        self.setWidget(body)

    # --- building ---------------------------------------------------------------------

    def build(self, framework: Framework, shown: Iterable[str]) -> None:
        """Cards for the indicators in ``shown`` (codes), in the framework's order."""
        shown = set(shown)
        self.framework = framework
        self.cards, self._by_code, self._block_top = [], {}, {}
        self._domain_labels, self._competency_labels = [], []
        self._current = None
        self._new_body()  # the old body and its cards are deleted with it
        for domain in framework.domains:
            comps = [
                c
                for c in framework.competencies
                if c.domain == domain.code and any(i.code in shown for i in c.indicators)
            ]
            if not comps:
                continue
            header = QLabel()
            header.setObjectName("domainHeader")
            self._layout.addWidget(header)
            self._domain_labels.append((header, domain.code))
            block_top: QWidget | None = header
            for comp in comps:
                comp_row = QWidget()
                row = QHBoxLayout(comp_row)
                row.setContentsMargins(0, 0, 0, 0)
                name = _wrapping_label(object_name="competencyHeader")
                target = QLabel()
                target.setObjectName("muted")
                target.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
                row.addWidget(name, 1)
                row.addWidget(target)
                self._layout.addWidget(comp_row)
                self._competency_labels.append((name, target, comp))
                block_top = block_top or comp_row
                for ind in comp.indicators:
                    if ind.code not in shown:
                        continue
                    card = IndicatorCard(ind)
                    card.chosen.connect(self.chosen)
                    card.clear_requested.connect(self.clear_requested)
                    card.note_edited.connect(self.note_edited)
                    card.navigate.connect(self._navigate)
                    card.focused.connect(self._card_focused)
                    self._layout.addWidget(card)
                    self.cards.append(card)
                    self._by_code[ind.code] = card
                    self._block_top[ind.code] = block_top or card
                    block_top = None
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        if self.framework is None:
            return
        names = {d.code: d.name for d in self.framework.domains}
        for label, code in self._domain_labels:
            label.setText(i18n.text(names[code]))
        for name, target, comp in self._competency_labels:
            name.setText(f"{comp.code}   {i18n.text(comp.name)}")
            level = self._targets.get(comp.code)
            target.setText(self.tr("Target for this role: {0}").format(level) if level else "")
        for card in self.cards:
            card.retranslate(self.framework)

    def set_targets(self, targets: Mapping[str, int]) -> None:
        self._targets = dict(targets)
        for _, target, comp in self._competency_labels:
            level = self._targets.get(comp.code)
            target.setText(self.tr("Target for this role: {0}").format(level) if level else "")

    def set_states(self, states: Mapping[str, StoredRating | None]) -> None:
        for code, state in states.items():
            card = self._by_code.get(code)
            if card is not None:
                card.set_state(state)

    def set_previous(self, levels: Mapping[str, int | None]) -> None:
        for card in self.cards:
            card.set_previous(levels.get(card.code, False))

    def set_unsaved(self, shown: Mapping[str, Shown], why: str) -> None:
        """Mark the cards in ``shown`` as not stored yet; every other card shows what is."""
        for card in self.cards:
            card.set_unsaved(shown.get(card.code), why)

    def set_read_only(self, read_only: bool) -> None:
        """Notes cannot be typed into while the database is read-only."""
        for card in self.cards:
            card.note.setReadOnly(read_only)

    # --- focus and moving -------------------------------------------------------------

    def flush_note(self) -> None:
        """Finish a note being typed, so it is saved before the form changes under it."""
        widget = QApplication.focusWidget()
        if isinstance(widget, NoteEdit) and self.isAncestorOf(widget):
            widget.clearFocus()

    def card(self, code: str) -> IndicatorCard | None:
        return self._by_code.get(code)

    def current_card(self) -> IndicatorCard | None:
        return self._current

    def first_unrated(self) -> IndicatorCard | None:
        return next(
            (c for c in self.cards if c.state is None), self.cards[0] if self.cards else None
        )

    def focus_card(self, card: IndicatorCard | None) -> None:
        if card is None:
            return
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_current(card)
        self.reveal(card)

    def mark_current(self, card: IndicatorCard | None) -> None:
        """Highlight ``card`` and bring it into view without taking the keyboard focus."""
        self._set_current(card)
        if card is not None:
            self.reveal(card)

    def advance_from(self, code: str) -> None:
        """After a key answered ``code``, the next card takes the keyboard."""
        at = self._index(code)
        if at is not None and at + 1 < len(self.cards):
            self.focus_card(self.cards[at + 1])

    def reveal(self, card: IndicatorCard) -> None:
        """Scroll so the card (and the header it opens) is on screen, moving as little as we can."""
        body = self.widget()
        top_widget = self._block_top.get(card.code, card)
        top = top_widget.mapTo(body, top_widget.rect().topLeft()).y()
        bottom = card.mapTo(body, card.rect().bottomLeft()).y()
        bar = self.verticalScrollBar()
        view = self.viewport().height()
        margin = 8
        if top - margin < bar.value() or bottom - top + 2 * margin > view:
            bar.setValue(top - margin)
        elif bottom + margin > bar.value() + view:
            bar.setValue(bottom + margin - view)

    def _index(self, code: str) -> int | None:
        return next((i for i, c in enumerate(self.cards) if c.code == code), None)

    def _navigate(self, code: str, action: KeyAction) -> None:
        at = self._index(code)
        if at is None or not self.cards:
            return
        target = {
            KeyAction.NEXT: min(at + 1, len(self.cards) - 1),
            KeyAction.PREVIOUS: max(at - 1, 0),
            KeyAction.FIRST: 0,
            KeyAction.LAST: len(self.cards) - 1,
        }.get(action, at)
        self.focus_card(self.cards[target])

    def _set_current(self, card: IndicatorCard | None) -> None:
        if self._current is card:
            return
        if self._current is not None:
            self._current.set_current(False)
        self._current = card
        if card is not None:
            card.set_current(True)

    def _card_of(self, widget: QWidget | None) -> IndicatorCard | None:
        while widget is not None:
            if isinstance(widget, IndicatorCard) and widget in self.cards:
                return widget
            widget = widget.parentWidget()
        return None

    def _card_focused(self, reason: Qt.FocusReason) -> None:
        # focusChanged, which comes after, does not say why; the card's focus event does.
        self._last_reason = reason

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        card = self._card_of(new)
        if card is None:
            return
        if (
            self._card_of(old) is None
            and card is not self._current
            and self._current is not None
            and self._last_reason in _ENTRY_REASONS
        ):
            # Tabbing in from the top bar lands where the person left off, not on card one.
            self._current.setFocus(Qt.FocusReason.OtherFocusReason)
            self.reveal(self._current)
            return
        self._set_current(card)


_ENTRY_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
