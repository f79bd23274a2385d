"""The Assess page: a facilitator rates themselves, one role and round at a time, keyboard first."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kmdesk.assess.framework import Framework
from kmdesk.assess.people import Facilitator, Round
from kmdesk.assess.profile import Profile
from kmdesk.paths import safe_file_name
from kmdesk.store.assess_queries import StoredRating
from kmdesk.store.errors import StoreError
from kmdesk.ui.assess.changes import AssessChanges
from kmdesk.ui.assess.conflict import AssessConflicts, SeenVersions, summary
from kmdesk.ui.assess.layout import AssessLayout
from kmdesk.ui.assess.loading import AssessLoading
from kmdesk.ui.assess.saving import SaveQueue
from kmdesk.ui.assess.undo import Selection
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.errors import plain_message
from kmdesk.ui.common.page import AppContext, Page
from kmdesk.ui.common.report_actions import PdfSubject

SPLITTER_KEY = keys.SPLITTER_PREFIX + "assess"
# Messages in the problem colour.
WARNINGS = ("problem", "not_saved", "dropped", "read_only", "offline", "conflict", "conflicts")


class AssessPage(AssessLayout, AssessLoading, AssessChanges, AssessConflicts, Page):
    """Choose who, when and which role; then answer each indicator, saved at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("assess")
        self.selection: Selection | None = None
        self.framework: Framework | None = None
        self.stored: dict[str, StoredRating] = {}
        self.people: list[Facilitator] = []
        self.team_names: dict[str, str] = {}
        self.rounds: list[Round] = []
        self.targets: dict[str, dict[str, int]] = {}
        self.earlier: Round | None = None  # the round before the chosen one
        self.earlier_profile: Profile = {}
        self.earlier_codes: frozenset[str] = frozenset()  # what the earlier round answered
        self.other_pcs: set[str] = set()  # indicators last saved on another PC
        self.neutral = False  # "Next person": no one chosen until someone chooses themselves
        self._frameworks: dict[int, Framework] = {}
        self._built_for: tuple[int, frozenset[str]] | None = None
        self._announcing = False  # our own rating_changed is not news to us
        self._in_history = False  # an undo or redo is being applied
        self._message_key: tuple[str, tuple] | None = None
        self.read_only = ctx.database.read_only
        self.saves = SaveQueue(self._land, self)
        self.versions = SeenVersions(ctx.database)  # on a server: what each save expects

        self._build_top_bar()
        self._build_body()
        self._build_undo()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.person_combo, self.round_combo)
        QWidget.setTabOrder(self.round_combo, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.next_button)
        QWidget.setTabOrder(self.next_button, self.copy_button)

        self.person_combo.currentIndexChanged.connect(self._selection_changed)
        self.round_combo.currentIndexChanged.connect(self._selection_changed)
        self.role_combo.currentIndexChanged.connect(self._selection_changed)
        # Choosing a person (not merely looking through the list) hands the keys to the form.
        self.person_combo.activated.connect(self._person_chosen)
        self.copy_button.clicked.connect(self.copy_previous_round)
        self.next_button.clicked.connect(self.next_person)
        self.form.chosen.connect(self.choose)
        self.form.clear_requested.connect(self.clear)
        self.form.note_edited.connect(self.save_note)
        self.splitter.splitterMoved.connect(self._save_splitter)
        self.saves.changed.connect(self._saves_changed)
        self.saves.conflicted.connect(self._conflicted)
        self.retry_button.clicked.connect(self.saves.retry)
        ctx.events.rating_changed.connect(self._rating_changed_elsewhere)
        # Before follow_data_changes, so the waiting changes go before the page reloads.
        ctx.events.database_replaced.connect(self._drop_unsaved)
        self.follow_data_changes()

        state = ctx.settings.blob(SPLITTER_KEY)
        if state is not None:
            self.splitter.restoreState(state)
        self.retranslate()
        self.refresh()

    # --- texts ------------------------------------------------------------------------

    def nav_title(self) -> str:
        return self.tr("Assess")

    def retranslate(self) -> None:
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.retry_button.setText(self.tr("&Save again"))
        self.pdf_button.setToolTip(self.tr("This person's report for this round, ready to print"))
        # Alt+F is the File menu; Round and Role take the letters the other pages use.
        self.person_label.setText(self.tr("F&acilitator:"))
        self.round_label.setText(self.tr("R&ound:"))
        self.role_label.setText(self.tr("&Role:"))
        self.next_button.setText(self.tr("&Next person"))
        self.next_button.setToolTip(
            self.tr("Finished? Clear the form so the next facilitator starts afresh")
        )
        self.saved_note.setText(self.tr("✓ Every answer is saved at once."))
        self.keys_help.setText(
            self.tr(
                "<b>Keys</b><br>"
                "<b>1</b>–<b>5</b> choose a level and go to the next indicator<br>"
                "<b>?</b> not sure what it means<br>"
                "<b>Enter</b> or <b>N</b> write the evidence note, <b>Esc</b> back<br>"
                "<b>↑</b> <b>↓</b> or <b>Tab</b> move · <b>←</b> <b>→</b> lower or raise<br>"
                "<b>Delete</b> remove the answer<br>"
                "<b>Ctrl+Z</b> undo · <b>Ctrl+Shift+Z</b> redo"
            )
        )
        if self.people and self.rounds:
            self._fill_rounds(self.round_combo.currentData())
            self._fill_people(self.person_combo.currentData())
            if self.framework is not None:
                self._fill_roles(self.framework, self.role_combo.currentData())
        self.form.retranslate()
        self._show_empty_reason()
        self._show_role()
        self._update_counter()
        self._update_copy()
        self._history_changed()
        self._say_message()
        self._update_radar()

    def _show_message(self, key: str, *args) -> None:
        """Show a message by key, so that it can be said again in a new language."""
        self._message_key = (key, args)
        self._say_message()

    def _say_message(self) -> None:
        if self._message_key is None:
            self.message.clear()
            self._show_notes()
            return
        key, args = self._message_key
        texts = {
            "copied": self.tr("{0} answers copied from {1}."),
            "nothing_to_copy": self.tr(
                "Nothing to copy: every indicator has an answer, or {0} has none for this role."
            ),
            "problem": self.tr("Could not save. {0} The form now shows what is stored."),
            "elsewhere": self.tr("These ratings were changed elsewhere; undo starts afresh."),
            "saving": self.tr(
                "Saving… another program is using the database. Your answers stay in the form "
                "and are saved as soon as it is free."
            ),
            "not_saved": self.tr(
                "{0} Your answers stay in the form, marked “not saved”: press Save again once "
                "that is put right."
            ),
            "dropped": self.tr(
                "{0} answers were not saved: another database was opened before they could be."
            ),
            "read_only": self.tr("This database is read-only: nothing can be changed."),
            "offline": self.tr(
                "No connection to the server: {0} waiting to be saved, kept here until it answers."
            ),
            "conflict": self.tr(
                "Someone else changed an answer you were saving: choose which one to keep."
            ),
            "conflicts": self.tr(
                "Nothing was saved: someone else changed {0} of these answers meanwhile "
                "({1}). Theirs stay, and the form now shows what is stored."
            ),
        }
        forgot = False  # a refused change of many took the undo history with it
        if key == "problem":
            args = (self._reason(args[0]),)
        elif key == "conflicts":
            refused, forgot = args
            args = (len(refused.each), summary(refused))
        elif key == "not_saved":
            args = (self._reason(self.saves.problem),)
        text = texts[key].format(*args)
        if key == "conflicts" and forgot:
            text += " " + self.tr("Undo starts afresh.")
        self.message.setText(text)
        self.message.setStyleSheet("color: #b03000;" if key in WARNINGS else "")
        self._show_notes()

    def _show_notes(self) -> None:
        """The message row only with a message; "every answer is saved at once" only while
        that is true (not on a read-only database, nor beside a warning that it was not)."""
        self.message.setVisible(bool(self.message.text()))
        warned = self._message_key is not None and self._message_key[0] in WARNINGS
        self.saved_note.setHidden(self.read_only or warned)

    def _reason(self, exc: Exception | None) -> str:
        if isinstance(exc, StoreError):
            return plain_message(exc)
        return self.tr("The person or the round was changed or removed elsewhere.")

    def _clear_message(self) -> None:
        self._message_key = None
        self.message.clear()
        self._show_notes()

    # --- loading ----------------------------------------------------------------------

    # --- focus and layout -------------------------------------------------------------

    def next_person(self) -> None:
        """Back to a neutral start on a shared laptop: no one chosen, no one's answers shown."""
        self.form.flush_note()  # a note being typed is the last person's, and is saved
        self.neutral = True
        self.person_combo.setCurrentIndex(-1)
        self.ctx.settings.set_text(keys.ASSESS_PERSON, "")
        self.person_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _person_chosen(self, _index: int) -> None:
        # After the combo's own handling, so the form shows the person chosen.
        QTimer.singleShot(0, self._focus_first_unrated)

    def _focus_first_unrated(self) -> None:
        if self.isVisible() and self.selection is not None:
            self.form.focus_card(self.form.first_unrated())

    def _focus_in_form(self) -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and self.form.isAncestorOf(widget)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        widget = QApplication.focusWidget()
        if self.selection is not None and (widget is None or not self.isAncestorOf(widget)):
            # Keyboard first: opening the page puts the keys on the indicator to answer next.
            QTimer.singleShot(0, self._focus_current)

    def _focus_current(self) -> None:
        if self.isVisible():
            self.form.focus_card(self.form.current_card() or self.form.first_unrated())

    def _save_splitter(self, *_args) -> None:
        self.ctx.settings.set_blob(SPLITTER_KEY, self.splitter.saveState())

    def pdf_subject(self) -> PdfSubject | None:
        """The personal report of the person and round on screen."""
        if self.selection is None:
            return None
        name = f"{self.person_combo.currentText()} - {self.round_combo.currentText()}"
        return PdfSubject(
            "person",
            self.selection.facilitator_id,
            self.selection.round_id,
            safe_file_name(name) + ".pdf",
        )

    def export_pdf(self) -> None:
        self.reports.export(self.pdf_subject())
