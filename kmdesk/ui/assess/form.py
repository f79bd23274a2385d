"""The rating form: domains, competencies and one card per indicator with its five sentences."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.framework import Competency, Framework
from kmdesk.store.assess_queries import StoredRating
from kmdesk.ui.assess.card import IndicatorCard
from kmdesk.ui.assess.choice import STYLE, NoteEdit, wrapping_label
from kmdesk.ui.assess.keys import KeyAction
from kmdesk.ui.assess.saving import Shown
from kmdesk.ui.common import i18n

__all__ = ["AssessForm", "IndicatorCard"]


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
                name = wrapping_label(object_name="competencyHeader")
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

    def set_other_pc(self, codes: set[str]) -> None:
        """Mark the cards whose stored value was saved on another PC."""
        for card in self.cards:
            card.set_other_pc(card.code in codes and card.state is not None)

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
