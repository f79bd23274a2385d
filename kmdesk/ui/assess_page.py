"""The Assess page: a facilitator rates themselves, one role and round at a time, keyboard first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.framework import Framework
from kmdesk.assess.people import Facilitator, Round, previous_round
from kmdesk.assess.profile import Profile, profile
from kmdesk.assess.ratings import Rating
from kmdesk.logs import refused
from kmdesk.paths import safe_file_name
from kmdesk.store import assess_queries, repo
from kmdesk.store.assess_queries import StoredRating
from kmdesk.store.errors import StoreError
from kmdesk.store.frameworks import load_framework, load_targets
from kmdesk.store.repo import NotFound
from kmdesk.ui import i18n
from kmdesk.ui import settings as keys
from kmdesk.ui.assess_form import AssessForm
from kmdesk.ui.assess_saving import NOT_SAVED, SAVING, Save, SaveQueue, Shown
from kmdesk.ui.assess_undo import RatingsChange, Selection, States
from kmdesk.ui.errors import plain_message
from kmdesk.ui.page import AppContext, Page
from kmdesk.ui.radar_canvas import SIDE, RadarCanvas, RadarData
from kmdesk.ui.report_actions import PdfSubject, ReportActions

SPLITTER_KEY = keys.SPLITTER_PREFIX + "assess"
# Messages in the problem colour.
WARNINGS = ("problem", "not_saved", "dropped", "read_only")


class AssessPage(Page):
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
        self._frameworks: dict[int, Framework] = {}
        self._built_for: tuple[int, frozenset[str]] | None = None
        self._announcing = False  # our own rating_changed is not news to us
        self._in_history = False  # an undo or redo is being applied
        self._message_key: tuple[str, tuple] | None = None
        self.read_only = ctx.database.read_only
        self.saves = SaveQueue(self._land, self)

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
        QWidget.setTabOrder(self.role_combo, self.copy_button)

        self.person_combo.currentIndexChanged.connect(self._selection_changed)
        self.round_combo.currentIndexChanged.connect(self._selection_changed)
        self.role_combo.currentIndexChanged.connect(self._selection_changed)
        self.copy_button.clicked.connect(self.copy_previous_round)
        self.form.chosen.connect(self.choose)
        self.form.clear_requested.connect(self.clear)
        self.form.note_edited.connect(self.save_note)
        self.splitter.splitterMoved.connect(self._save_splitter)
        self.saves.changed.connect(self._saves_changed)
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

    # --- building ---------------------------------------------------------------------

    def _build_top_bar(self) -> None:
        self.person_label = QLabel()
        self.person_combo = QComboBox()
        self.person_model = QStandardItemModel(self)
        self.person_combo.setModel(self.person_model)
        self.round_label = QLabel()
        self.round_combo = QComboBox()
        self.role_label = QLabel()
        self.role_combo = QComboBox()
        for label, combo in (
            (self.person_label, self.person_combo),
            (self.round_label, self.round_combo),
            (self.role_label, self.role_combo),
        ):
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        font = self.counter.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.counter.setFont(font)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton()
        self.retry_button.setVisible(False)
        self.undo_button = QToolButton()
        self.redo_button = QToolButton()
        for button in (self.undo_button, self.redo_button):
            # Ctrl+Z and Ctrl+Shift+Z reach them anyway; Tab should go straight to the form.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.copy_button = QPushButton()
        self.pdf_button = QPushButton()
        self.reports = ReportActions(self, self.ctx)
        self.pdf_button.clicked.connect(self.export_pdf)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.person_label, 0, 0)
        grid.addWidget(self.person_combo, 0, 1)
        grid.addWidget(self.round_label, 0, 2)
        grid.addWidget(self.round_combo, 0, 3)
        grid.addWidget(self.role_label, 0, 4)
        grid.addWidget(self.role_combo, 0, 5)
        grid.setColumnStretch(6, 1)
        second = QHBoxLayout()
        second.addWidget(self.counter)
        second.addSpacing(16)
        second.addWidget(self.message, 1)
        second.addWidget(self.retry_button)
        second.addWidget(self.undo_button)
        second.addWidget(self.redo_button)
        second.addWidget(self.copy_button)
        second.addWidget(self.pdf_button)
        self.top_bar = QVBoxLayout()
        self.top_bar.addLayout(grid)
        self.top_bar.addLayout(second)

    def _build_body(self) -> None:
        self.form = AssessForm()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.form)
        self.stack.addWidget(self.empty)

        self.role_title = QLabel()
        role_font = self.role_title.font()
        role_font.setBold(True)
        self.role_title.setFont(role_font)
        self.role_title.setWordWrap(True)
        self.role_about = QLabel()
        self.role_about.setWordWrap(True)
        self.radar = RadarCanvas()
        self.keys_help = QLabel()
        self.keys_help.setWordWrap(True)
        self.keys_help.setTextFormat(Qt.TextFormat.RichText)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.role_title)
        side_layout.addWidget(self.role_about)
        side_layout.addSpacing(6)
        side_layout.addWidget(self.radar, 0, Qt.AlignmentFlag.AlignHCenter)
        side_layout.addSpacing(6)
        side_layout.addWidget(self.keys_help)
        side_layout.addStretch(1)

        # On a small screen the side panel scrolls rather than squeezing the radar.
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side_scroll.setMinimumWidth(SIDE + 40)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("assessSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, SIDE + 48])

    def _build_undo(self) -> None:
        self.undo_stack = QUndoStack(self)
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self)
        redo_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if all(k.toString() != extra for k in redo_keys):
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setEnabled(False)
            self.addAction(action)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self.undo_stack.indexChanged.connect(self._history_changed)
        self.undo_stack.cleanChanged.connect(self._history_changed)

    # --- texts ------------------------------------------------------------------------

    def nav_title(self) -> str:
        return self.tr("Assess")

    def retranslate(self) -> None:
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.retry_button.setText(self.tr("&Save again"))
        self.pdf_button.setToolTip(self.tr("This person's report for this round, ready to print"))
        self.person_label.setText(self.tr("&Facilitator:"))
        self.round_label.setText(self.tr("&Round:"))
        self.role_label.setText(self.tr("R&ole:"))
        self.keys_help.setText(
            self.tr(
                "<b>Keys</b><br>"
                "<b>1</b>–<b>5</b> choose a level and go to the next indicator<br>"
                "<b>?</b> not sure what it means<br>"
                "<b>Enter</b> or <b>N</b> write the evidence note, <b>Esc</b> back<br>"
                "<b>↑</b> <b>↓</b> or <b>Tab</b> move · <b>←</b> <b>→</b> lower or raise<br>"
                "<b>Delete</b> remove the answer<br>"
                "<b>Ctrl+Z</b> undo · <b>Ctrl+Shift+Z</b> redo<br>"
                "Every answer is saved at once."
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
            return
        key, args = self._message_key
        texts = {
            "copied": self.tr("Answers copied from {1}: {0}. Change any that are different now."),
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
        }
        if key == "problem":
            args = (self._reason(args[0]),)
        elif key == "not_saved":
            args = (self._reason(self.saves.problem),)
        self.message.setText(texts[key].format(*args))
        self.message.setStyleSheet("color: #b03000;" if key in WARNINGS else "")

    def _reason(self, exc: Exception | None) -> str:
        if isinstance(exc, StoreError):
            return plain_message(exc)
        return self.tr("The person or the round was changed or removed elsewhere.")

    def _clear_message(self) -> None:
        self._message_key = None
        self.message.clear()

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload people, rounds, framework and this selection's ratings from the database."""
        database = self.ctx.database
        self.read_only = database.read_only
        with database.session() as session:
            self.team_names = {t.id: t.name for t in repo.list_teams(session)}
            self.people = repo.list_facilitators(session, active_only=True)
            self.rounds = repo.list_rounds(session)
            self.targets = load_targets(session)
        self._frameworks.clear()
        self._built_for = None
        settings = self.ctx.settings
        person = self.person_combo.currentData() or settings.text(keys.ASSESS_PERSON)
        chosen_round = self.round_combo.currentData() or settings.text(keys.ASSESS_ROUND)
        role = self.role_combo.currentData() or settings.text(keys.ASSESS_ROLE)
        self._fill_people(person)
        self._fill_rounds(chosen_round)
        rnd = self._chosen_round()
        if rnd is not None:
            self._fill_roles(self._framework_for(rnd.framework_version), role)
        self.undo_stack.clear()
        self._load_selection()

    def _framework_for(self, version: int) -> Framework:
        if version not in self._frameworks:
            with self.ctx.database.session() as session:
                self._frameworks[version] = load_framework(session, version)
        return self._frameworks[version]

    def _fill_people(self, wanted: str | None) -> None:
        combo = self.person_combo
        combo.blockSignals(True)
        self.person_model.clear()
        by_team: dict[str | None, list[Facilitator]] = {}
        for person in self.people:
            by_team.setdefault(person.team_id, []).append(person)
        order = sorted(by_team, key=lambda t: (t is None, self.team_names.get(t, "") if t else ""))
        first = chosen = -1
        for team_id in order:
            name = self.team_names.get(team_id, "") if team_id else self.tr("No team")
            header = QStandardItem(self.tr("Team {0}").format(name) if team_id else name)
            # A heading to read, not a person to choose.
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(combo.font())
            font.setBold(True)
            header.setFont(font)
            self.person_model.appendRow(header)
            for person in by_team[team_id]:
                item = QStandardItem(person.name)
                item.setData(person.id, Qt.ItemDataRole.UserRole)
                item.setToolTip(" · ".join(x for x in (person.agency, name) if x))
                self.person_model.appendRow(item)
                row = self.person_model.rowCount() - 1
                first = row if first < 0 else first
                chosen = row if person.id == wanted else chosen
        if chosen < 0:
            chosen = first
        combo.setCurrentIndex(chosen)
        combo.blockSignals(False)

    def _fill_rounds(self, wanted: str | None) -> None:
        combo = self.round_combo
        combo.blockSignals(True)
        combo.clear()
        for rnd in self.rounds:
            combo.addItem(f"{rnd.title} · {i18n.date_text(rnd.date)}", rnd.id)
        at = combo.findData(wanted) if wanted else -1
        # Without a remembered round, the latest is the one being assessed.
        combo.setCurrentIndex(at if at >= 0 else combo.count() - 1)
        combo.blockSignals(False)

    def _fill_roles(self, framework: Framework, wanted: str | None) -> None:
        combo = self.role_combo
        combo.blockSignals(True)
        combo.clear()
        for role in framework.roles:
            combo.addItem(i18n.text(role.name), role.code)
            combo.setItemData(combo.count() - 1, i18n.text(role.about), Qt.ItemDataRole.ToolTipRole)
        at = combo.findData(wanted) if wanted else -1
        combo.setCurrentIndex(max(at, 0))
        combo.blockSignals(False)

    def _chosen_round(self) -> Round | None:
        rid = self.round_combo.currentData()
        return next((r for r in self.rounds if r.id == rid), None)

    def _chosen_selection(self) -> Selection | None:
        fid = self.person_combo.currentData()
        rid = self.round_combo.currentData()
        role = self.role_combo.currentData()
        if not (fid and rid and role):
            return None
        return Selection(fid, rid, role)

    def _selection_changed(self) -> None:
        rnd = self._chosen_round()
        if rnd is not None and self.sender() is self.round_combo:
            self._fill_roles(
                self._framework_for(rnd.framework_version), self.role_combo.currentData()
            )
        # Undo must never reach ratings the person can no longer see.
        self.undo_stack.clear()
        self._clear_message()
        self._load_selection()
        self._saves_changed()  # changes still waiting are still to be told about
        sel = self.selection
        if sel is not None:
            settings = self.ctx.settings
            settings.set_text(keys.ASSESS_PERSON, sel.facilitator_id)
            settings.set_text(keys.ASSESS_ROUND, sel.round_id)
            settings.set_text(keys.ASSESS_ROLE, sel.role)

    def _load_selection(self) -> None:
        # A note still being typed belongs to the selection shown until now.
        self.form.flush_note()
        sel = self._chosen_selection()
        rnd = self._chosen_round()
        self.selection = sel
        if sel is None or rnd is None:
            self.framework, self.stored, self.earlier, self.earlier_profile = None, {}, None, {}
            self._show_empty_reason()
            self._show_role()
            self._update_counter()
            self._update_copy()
            self._update_radar()
            return
        framework = self._framework_for(rnd.framework_version)
        self.framework = framework
        self.earlier = previous_round(self.rounds, rnd)
        with self.ctx.database.session() as session:
            stored = assess_queries.stored_ratings(session, *self._key(sel))
            earlier = (
                repo.person_ratings(session, sel.facilitator_id, sel.role, self.earlier.id)
                if self.earlier
                else []
            )
        self.stored = {code: state for code, state in stored.items() if state is not None}
        self.earlier_profile = profile(earlier)
        # Retired indicators stay hidden unless this person already answered them.
        shown = frozenset(
            ind.code for ind in framework.indicators if not ind.retired or ind.code in self.stored
        )
        if self._built_for != (framework.version, shown):
            self.form.build(framework, shown)
            self._built_for = (framework.version, shown)
        self.form.set_targets(self.targets.get(sel.role, {}))
        self.form.set_states({card.code: self.stored.get(card.code) for card in self.form.cards})
        self.form.set_previous({r.indicator: r.level for r in earlier})
        self.form.set_unsaved(self.saves.shown_for(sel), self.saves.state)
        self.form.set_read_only(self.read_only)
        self._show_empty_reason()
        self._show_role()
        self._update_counter()
        self._update_copy()
        self._update_radar()
        start = self.form.first_unrated()
        if self._focus_in_form():
            self.form.focus_card(start)
        else:
            self.form.mark_current(start)

    @staticmethod
    def _key(sel: Selection) -> tuple[str, str, str]:
        return sel.facilitator_id, sel.round_id, sel.role

    def _show_empty_reason(self) -> None:
        if not self.people:
            self.empty.setText(self.tr("No facilitators yet. Add people on the People page."))
        elif not self.rounds:
            self.empty.setText(self.tr("No assessment rounds yet. Add a round first."))
        else:
            self.empty.clear()
        self.stack.setCurrentWidget(self.form if self.selection else self.empty)

    def _show_role(self) -> None:
        role = (
            self.framework.role(self.selection.role) if self.framework and self.selection else None
        )
        self.role_title.setText(i18n.text(role.name) if role else "")
        self.role_about.setText(i18n.text(role.about) if role else "")

    def _update_counter(self) -> None:
        cards = self.form.cards if self.selection else []
        answered = [c for c in cards if c.code in self.stored]
        not_sure = sum(1 for c in answered if self.stored[c.code].level is None)
        text = self.tr("Rated {0} of {1}").format(len(answered), len(cards))
        if not_sure:
            text += self.tr(" · {0} not sure").format(not_sure)
        self.counter.setText(text)

    def _update_copy(self) -> None:
        self.copy_button.setEnabled(
            self.selection is not None and self.earlier is not None and not self.read_only
        )
        if self.earlier is not None:
            self.copy_button.setText(self.tr("Copy answers from {0}").format(self.earlier.title))
        else:
            self.copy_button.setText(self.tr("Copy previous round"))
        if self.earlier is not None:
            self.copy_button.setToolTip(
                self.tr(
                    "Start from your answers in {0}: only indicators without an answer "
                    "are filled; answers you already gave stay as they are."
                ).format(self.earlier.title)
            )
        else:
            self.copy_button.setToolTip(self.tr("There is no earlier round to copy from."))

    def _current_ratings(self) -> list[Rating]:
        sel, framework = self.selection, self.framework
        out = []
        for code, state in self.stored.items():
            ind = framework.indicator(code) if framework else None
            if sel is None or ind is None:
                continue
            out.append(
                Rating(
                    *self._key(sel),
                    code,
                    ind.competency,
                    state.level,
                    state.evidence,
                    state.rated_at,
                )
            )
        return out

    def _update_radar(self) -> None:
        rnd = self._chosen_round()
        if self.selection is None or self.framework is None or rnd is None:
            self.radar.set_data(None)
            return
        self.radar.set_data(
            RadarData(
                codes=self.framework.codes,
                current=(rnd.title, profile(self._current_ratings())),
                previous=(self.earlier.title, self.earlier_profile) if self.earlier else None,
                target=self.targets.get(self.selection.role, {}),
                lang=i18n.language(),
            )
        )

    # --- changing ratings -------------------------------------------------------------

    def choose(self, code: str, level: int | None, advance: bool = False) -> None:
        """Answer ``code`` with a level (None: not sure); ``advance`` moves to the next card."""
        sel = self.selection
        card = self.form.card(code)
        if sel is None or card is None or self._refused_read_only():
            return
        if card.answered() and card.shown_level() == level:
            if card.unsaved is not None and self.saves.state == NOT_SAVED:
                self.saves.retry()  # choosing it again is asking to save it again
            if advance:
                self.form.advance_from(code)
            return
        # A note typed before the first answer is saved with it.
        evidence = None if self.stored.get(code) is not None else card.note_text()
        label = self.tr("not sure") if level is None else str(level)
        self._save(
            sel,
            lambda: repo.set_rating(self.ctx.database, *self._key(sel), code, level, evidence),
            [code],
            self.tr("answer {0}: {1}").format(code, label),
            {code: Shown(level)},
        )
        if advance:
            self.form.advance_from(code)

    def clear(self, code: str) -> None:
        """Remove the answer to ``code`` (undo brings it back with its note)."""
        sel = self.selection
        card = self.form.card(code)
        if sel is None or card is None or not card.answered() or self._refused_read_only():
            return
        self._save(
            sel,
            lambda: repo.clear_rating(self.ctx.database, *self._key(sel), code),
            [code],
            self.tr("remove answer {0}").format(code),
            {code: Shown(cleared=True)},
        )

    def save_note(self, code: str, text: str) -> None:
        """Save the evidence note; on an unanswered card it waits for the answer."""
        sel = self.selection
        card = self.form.card(code)
        if sel is None or card is None or not card.answered():
            return
        state = self.stored.get(code)
        if card.unsaved is None and state is not None and state.evidence == text.strip():
            return
        if self._refused_read_only():
            return
        level = card.shown_level()
        self._save(
            sel,
            lambda: repo.set_rating(self.ctx.database, *self._key(sel), code, level, text.strip()),
            [code],
            self.tr("note on {0}").format(code),
            {code: Shown(level)},
        )

    def copy_previous_round(self) -> None:
        """Fill the unanswered indicators from the previous round, as one undoable step."""
        sel, earlier = self.selection, self.earlier
        if sel is None or earlier is None or self._refused_read_only():
            return

        def said(done: list[str]) -> None:
            if done:
                self._show_message("copied", len(done), earlier.title)
            else:
                self._show_message("nothing_to_copy", earlier.title)

        self._save(
            sel,
            lambda: repo.copy_ratings(
                self.ctx.database, sel.facilitator_id, earlier.id, sel.round_id, sel.role
            ),
            None,
            self.tr("copy answers from {0}").format(earlier.title),
            landed=said,
        )

    def _refused_read_only(self) -> bool:
        if self.read_only:
            self._show_message("read_only")
        return self.read_only

    def _save(
        self,
        sel: Selection,
        write: Callable[[], object],
        codes: list[str] | None,
        text: str,
        shown: dict[str, Shown] | None = None,
        landed: Callable[[list[str]], None] | None = None,
    ) -> None:
        """Hand one change to the queue: saved now, or kept in the form until it can be."""
        self.saves.submit(Save(sel, write, codes, text, shown or {}, landed))

    def _land(self, save: Save) -> None:
        """Run one committed write, show it and push its undo step.

        The store's errors (busy, disk full…) go back to the queue, which keeps the change;
        a person or round removed elsewhere drops it and reloads; a bug goes on up.
        """
        sel = save.selection
        try:
            result = save.write()
            changed = list(save.codes) if save.codes is not None else list(result or [])
            after: States = {}
            if changed:
                with self.ctx.database.session() as session:
                    after = assess_queries.stored_ratings(session, *self._key(sel), changed)
        except NotFound as exc:
            self._write_failed(exc)
            return
        if save.landed is not None:
            save.landed(changed)
        if not changed:
            return
        if sel != self.selection:
            # Saved after the person moved on: the other pages still need to know.
            self.ctx.events.rating_changed.emit(*self._key(sel))
            return
        before = {code: self.stored.get(code) for code in changed}
        self._apply(sel, after)
        self.undo_stack.push(
            RatingsChange(
                self.ctx.database, sel, before, after, save.text, self._apply, self._write_failed
            )
        )
        for code in changed:
            card = self.form.card(code)
            if card is not None:
                card.flash_saved()

    def _saves_changed(self) -> None:
        """Show which answers are still waiting to be saved, and why."""
        state = self.saves.state
        self.form.set_unsaved(self.saves.shown_for(self.selection), state)
        self.retry_button.setVisible(state == NOT_SAVED)
        if state == SAVING:
            self._show_message("saving")
        elif state == NOT_SAVED:
            self._show_message("not_saved")
        elif self._message_key is not None and self._message_key[0] in ("saving", "not_saved"):
            self._clear_message()
        self._history_changed()

    def _drop_unsaved(self) -> None:
        # Another database (or a restored backup) is open: the waiting changes were meant
        # for what was there before.
        dropped = self.saves.drop_all()
        if dropped:
            self._show_message("dropped", dropped)

    def _apply(self, sel: Selection, states: States) -> None:
        """Show rows just written (by a change, an undo or a redo) and tell the other pages."""
        if sel != self.selection:
            return
        for code, state in states.items():
            if state is None:
                self.stored.pop(code, None)
            else:
                self.stored[code] = state
        self.form.set_states(states)
        self._update_counter()
        self._update_radar()
        if self._in_history and states:
            # Show what the undo or redo changed.
            card = self.form.card(next(iter(states)))
            if self._focus_in_form():
                self.form.focus_card(card)
            else:
                self.form.mark_current(card)
        self._announcing = True
        try:
            self.ctx.events.rating_changed.emit(*self._key(sel))
        finally:
            self._announcing = False

    def _write_failed(self, exc: StoreError | NotFound) -> None:
        if isinstance(exc, StoreError):
            refused("undo", exc)
        self._show_message("problem", exc)
        # Not while QUndoStack is still inside undo()/redo(): its commands would be deleted.
        QTimer.singleShot(0, self._reload_after_problem)

    def _reload_after_problem(self) -> None:
        self.undo_stack.clear()
        self._built_for = None
        self._load_selection()

    def _rating_changed_elsewhere(self, facilitator_id: str, round_id: str, role: str) -> None:
        sel = self.selection
        if self._announcing or sel is None:
            return
        if facilitator_id != sel.facilitator_id or role != sel.role:
            return
        if round_id == sel.round_id:
            if self.undo_stack.count():
                self.undo_stack.clear()
                self._show_message("elsewhere")
            self._load_selection()
        elif self.earlier is not None and round_id == self.earlier.id:
            self._load_selection()

    # --- undo and redo ----------------------------------------------------------------

    def undo(self) -> None:
        if self.saves.waiting or self.read_only:
            return  # history is written in order: first the changes still waiting
        self._in_history = True
        try:
            self.undo_stack.undo()
        finally:
            self._in_history = False

    def redo(self) -> None:
        if self.saves.waiting or self.read_only:
            return
        self._in_history = True
        try:
            self.undo_stack.redo()
        finally:
            self._in_history = False

    def _history_changed(self, *_args) -> None:
        stack = self.undo_stack
        free = not self.saves.waiting and not self.read_only
        self.undo_action.setEnabled(free and stack.canUndo())
        self.redo_action.setEnabled(free and stack.canRedo())
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.undo_action.setToolTip(
            self.tr("Undo {0} (Ctrl+Z)").format(stack.undoText()) if stack.canUndo() else ""
        )
        self.redo_action.setToolTip(
            self.tr("Redo {0} (Ctrl+Shift+Z)").format(stack.redoText()) if stack.canRedo() else ""
        )

    # --- focus and layout -------------------------------------------------------------

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
