"""The learning-pair thresholds box: who can teach a competency, who needs to learn it, and
from what spread a competency is worth a conversation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.pairs import PairSettings
from kmdesk.store import frameworks as store_fw
from kmdesk.store import learning
from kmdesk.store.errors import StoreError
from kmdesk.ui.common.errors import show_problem
from kmdesk.ui.common.problem import problem_label
from kmdesk.ui.framework.wheel import calm

# A supplier scores at least, a learner at most, and a gap is at least the value shown.
PREFIXES = {"supplier_min": "≥ ", "learner_max": "≤ ", "gap_min": "≥ "}
READ_ONLY_STYLE = "QDoubleSpinBox { background: transparent; }"


class PairSettingsBox(QGroupBox):
    """Three thresholds, each a level 1–5; read-only until edit mode, saved when changed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown = PairSettings()
        self._problem: str | None = None  # what the last refused change broke
        self.editable = False
        # writer(settings) stores them (and makes the undo step); False: refused, show again.
        self.writer: Callable[[PairSettings], bool] | None = None
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        # The page's AppContext: the spread threshold is read and written through its
        # database (a per-database setting, not a pair threshold: no undo step of its own).
        self.ctx = None
        self._spread = 0.0
        form = QFormLayout()
        # A narrow window puts each box under its label instead of widening the window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for key in store_fw.PAIR_KEYS:
            spin = QDoubleSpinBox()
            low, high = store_fw.PAIR_RANGE
            spin.setRange(low, high)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            # Saved on Enter, on leaving the box or on an arrow: not at every keystroke.
            spin.setKeyboardTracking(False)
            calm(spin)
            spin.valueChanged.connect(self._edited)
            spin.setPrefix(PREFIXES[key])
            label = QLabel()
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins[key], self.labels[key] = spin, label
        self.spread_spin = QDoubleSpinBox()
        self.spread_spin.setObjectName("spread_min")
        self.spread_spin.setRange(0.5, 4.0)
        self.spread_spin.setDecimals(1)
        self.spread_spin.setSingleStep(0.5)
        self.spread_spin.setKeyboardTracking(False)
        self.spread_spin.setPrefix("≥ ")
        calm(self.spread_spin)
        self.spread_spin.valueChanged.connect(self._spread_edited)
        self.spread_label = QLabel()
        self.spread_label.setBuddy(self.spread_spin)
        form.addRow(self.spread_label, self.spread_spin)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_editable(False)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Learning pairs"))
        self.note.setText(
            self.tr("Who can teach whom: on the Team page, in reports and in kmdesk analyze.")
        )
        self.labels["supplier_min"].setText(self.tr("Can teach others at level"))
        self.labels["learner_max"].setText(self.tr("Needs to learn at level"))
        self.labels["gap_min"].setText(self.tr("…or this far below the target"))
        tips = {
            "supplier_min": self.tr("A score at or above this can teach others in the team"),
            "learner_max": self.tr("A score at or below this is someone who needs to learn"),
            "gap_min": self.tr(
                "Anyone this far or further below their role's target needs to learn too"
            ),
        }
        for key, tip in tips.items():
            self.spins[key].setToolTip(tip)
            self.labels[key].setToolTip(tip)
        self.spread_label.setText(self.tr("Worth a conversation at a spread of"))
        tip = self.tr(
            "A competency whose highest and lowest member are this far apart is marked on the "
            "Team page and in the team report"
        )
        self.spread_spin.setToolTip(tip)
        self.spread_label.setToolTip(tip)
        if self._problem is not None:
            self.problem.setText(self._explain(self._problem))

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for spin in (*self.spins.values(), self.spread_spin):
            spin.setReadOnly(not editable)
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if editable
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
            spin.setFrame(editable)
            # Read-only: a number on the page, not a white box that invites typing.
            spin.setStyleSheet("" if editable else READ_ONLY_STYLE)
        if not editable:
            self.show_settings(self._shown)

    def show_settings(self, settings: PairSettings) -> None:
        """Show stored thresholds (after loading, an undo or a refusal), writing nothing."""
        self._shown = settings
        self._problem = None
        self.problem.hide()
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(getattr(settings, key))
            spin.blockSignals(False)
        if self.ctx is not None:
            self.show_spread(learning.spread_min(self.ctx.database))

    def show_spread(self, value: float) -> None:
        self._spread = value
        self.spread_spin.blockSignals(True)
        self.spread_spin.setValue(value)
        self.spread_spin.blockSignals(False)

    def _spread_edited(self, value: float) -> None:
        if not self.editable or self.ctx is None:
            self.show_spread(self._spread)  # read-only: only what is stored is shown
            return
        try:
            learning.set_spread_min(self.ctx.database, value)
        except StoreError as exc:
            self.show_spread(self._spread)
            show_problem(self, "spread threshold", exc)
            return
        self._spread = value

    def current(self) -> PairSettings:
        return PairSettings(**{key: spin.value() for key, spin in self.spins.items()})

    def _edited(self) -> None:
        wanted = self.current()
        if not self.editable:
            self.show_settings(self._shown)  # read-only: only what is stored is shown
            return
        if wanted == self._shown:
            return
        problem = store_fw.pair_settings_problem(wanted)
        if problem is not None:
            self.show_settings(self._shown)
            self._problem = problem
            self.problem.setText(self._explain(problem))
            self.problem.show()
            return
        if self.writer is not None and not self.writer(wanted):
            self.show_settings(self._shown)
            return
        self.show_settings(wanted)

    def _explain(self, problem: str | None) -> str:
        if problem == store_fw.LEARNER_NOT_BELOW_SUPPLIER:
            return self.tr(
                "Not saved: “needs to learn” must be a lower level than “can teach others”, "
                "or one person could be asked to teach and to learn the same thing."
            )
        return self.tr("Not saved: each threshold is a level from 1 to 5.")
