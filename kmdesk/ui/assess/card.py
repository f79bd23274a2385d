"""One indicator card on the Assess form: its wording, five levels, "not sure" and the note."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kmdesk.assess.framework import Framework, Indicator
from kmdesk.assess.scale import LEVELS, MAX_LEVEL, MIN_LEVEL
from kmdesk.store.assess_queries import StoredRating
from kmdesk.ui.assess.choice import (
    SAVED_MARK_MS,
    LevelChoice,
    NoteEdit,
    repolish,
    wrapping_label,
)
from kmdesk.ui.assess.keys import KeyAction, key_action
from kmdesk.ui.assess.saving import OFFLINE, SAVING, Shown
from kmdesk.ui.common import i18n


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

        self.title = wrapping_label()
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setProperty("unsaved", False)
        self.status.setProperty("saved", False)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # The value shown came from another PC (a merged bundle, or a shared server).
        self.other_pc = QLabel()
        self.other_pc.setObjectName("otherPc")
        self.other_pc.setStyleSheet("color: #8a5a00;")
        self.other_pc.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.other_pc.setVisible(False)
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
        side.addWidget(self.other_pc)
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
        self.other_pc.setText(self.tr("changed on another PC"))
        self.other_pc.setToolTip(
            self.tr("This answer was last saved on another computer, then brought here.")
        )
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

    def set_other_pc(self, other: bool) -> None:
        """Mark (or stop marking) the stored value as one saved on another PC."""
        self.other_pc.setVisible(other)

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
            if self.unsaved_why == SAVING:
                why = self.tr("saving…")
            elif self.unsaved_why == OFFLINE:
                why = self.tr("waiting to be saved")
            else:
                why = self.tr("not saved")
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
            repolish(self.status)
        if self.previous_level is False:
            self.previous.setText("")
        else:
            shown = "?" if self.previous_level is None else str(self.previous_level)
            self.previous.setText(self.tr("Last round: {0}").format(shown))
        self.note_hint.setVisible(not answered and bool(self.note.text().strip()))

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            repolish(self)

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
