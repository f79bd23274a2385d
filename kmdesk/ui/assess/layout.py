"""The Assess page's widgets: the top bar, the form beside its side panel, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
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

from kmdesk.ui.assess.form import AssessForm
from kmdesk.ui.assess.radar import SIDE, RadarCanvas
from kmdesk.ui.common.report_actions import ReportActions


class AssessLayout:
    """Builds the Assess page's widgets (a mixin of ``AssessPage``: no logic, no words)."""

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
        # A shared laptop: back to no one chosen, so the next person starts on nothing.
        self.next_button = QPushButton()
        # Said where it is seen at once, not at the foot of the keys.
        self.saved_note = QLabel()
        self.saved_note.setObjectName("savedNote")
        self.saved_note.setStyleSheet("color: #1b7a3a;")
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
        grid.addWidget(self.next_button, 0, 6)
        grid.setColumnStretch(7, 1)
        second = QHBoxLayout()
        second.addWidget(self.counter)
        second.addSpacing(16)
        # Beside the count, not after the boxes: at 1366×768 in Thai the first row has no room.
        second.addWidget(self.saved_note)
        second.addStretch(1)
        second.addWidget(self.undo_button)
        second.addWidget(self.redo_button)
        second.addWidget(self.copy_button)
        second.addWidget(self.pdf_button)
        # A row of its own, shown only with a message: squeezed between the count and the
        # buttons, a full disk's message in Thai wrapped to twenty lines and hid the form.
        third = QHBoxLayout()
        third.addWidget(self.message, 1)
        third.addWidget(self.retry_button)
        self.message.setVisible(False)
        self.top_bar = QVBoxLayout()
        self.top_bar.addLayout(grid)
        self.top_bar.addLayout(second)
        self.top_bar.addLayout(third)

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
