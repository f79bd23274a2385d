"""The indicator editor (wording and five level sentences, Thai and English) and the add dialog."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess import framework as fw
from kmdesk.assess import indicator_rules as rules
from kmdesk.assess.scale import LEVELS
from kmdesk.ui.common import i18n
from kmdesk.ui.common.buttons import ok_cancel
from kmdesk.ui.common.problem import problem_label
from kmdesk.ui.common.retranslate import Retranslates

LANGS = ("th", "en")
# Lines an empty box shows, so it reads as a place to write a sentence or two.
MIN_LINES = 2


class WordingBox(QTextEdit):
    """A word-wrapped box for one sentence that grows with its text; Tab moves on, as in a form."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # The box grows instead of scrolling, so a whole sentence is always in view; the
        # editor's own scroll area takes over when all of them do not fit.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._frame = self.frameShape()
        self.document().documentLayout().documentSizeChanged.connect(self.fit_height)
        self.fit_height()

    def fit_height(self, *_args) -> None:
        # Thai needs room above and below the line for vowels and tone marks: measure the
        # laid-out document rather than guessing pixels per line.
        document = self.document()
        least = QFontMetrics(self.font()).lineSpacing() * MIN_LINES + 2 * document.documentMargin()
        height = math.ceil(max(document.size().height(), least)) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_height()

    def set_read_only(self, read_only: bool) -> None:
        """Read-only looks like plain text on the page: no frame, no white box."""
        self.setReadOnly(read_only)
        self.setFrameShape(QTextEdit.Shape.NoFrame if read_only else self._frame)
        self.viewport().setAutoFillBackground(not read_only)
        self.fit_height()

    def set_blank_mark(self, blank: bool) -> None:
        self.setProperty("blank", blank)
        self.setStyleSheet("QTextEdit { border: 2px solid #b3261e; }" if blank else "")


class IndicatorEditor(Retranslates, QWidget):
    """The indicator's wording and its five level sentences, each in Thai and English."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown: fw.Indicator | None = None
        self._level_names: tuple[fw.Text, ...] = ()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.thai_header, self.english_header = QLabel(), QLabel()
        for col, header in ((1, self.thai_header), (2, self.english_header)):
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, col)
        # boxes[part][lang]: part 0 is the indicator text, parts 1–5 the level sentences
        self.boxes: list[dict[str, WordingBox]] = []
        self.part_labels: list[QLabel] = []
        for part in range(len(LEVELS) + 1):
            label = QLabel()
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setMinimumWidth(110)
            label.setMaximumWidth(190)
            grid.addWidget(label, part + 1, 0)
            self.part_labels.append(label)
            pair = {}
            for col, lang in enumerate(LANGS, start=1):
                box = WordingBox()
                box.textChanged.connect(self._edited)
                # Top-aligned: the two languages of one sentence often wrap to different heights.
                grid.addWidget(box, part + 1, col, Qt.AlignmentFlag.AlignTop)
                pair[lang] = box
            self.boxes.append(pair)
            label.setBuddy(pair["th"])
        self.retranslate()

    def retranslate(self) -> None:
        self.thai_header.setText(self.tr("Thai"))
        self.english_header.setText(self.tr("English"))
        said = self.tr("Indicator")
        self.part_labels[rules.WORDING].setText(f"<b>{said}</b>")
        for level in LEVELS:
            name = i18n.text(self._level_names[level - 1]) if self._level_names else ""
            label = self.tr("Level {0}").format(level)
            self.part_labels[level].setText(f"<b>{label}</b><br>{name}" if name else label)

    def set_read_only(self, read_only: bool) -> None:
        for pair in self.boxes:
            for box in pair.values():
                box.set_read_only(read_only)

    def set_level_names(self, names: tuple[fw.Text, ...]) -> None:
        self._level_names = names
        self.retranslate()

    def show_indicator(self, indicator: fw.Indicator | None) -> None:
        """Fill the boxes from ``indicator`` (empty boxes for None) and forget any edits."""
        self._shown = indicator
        for part, pair in enumerate(self.boxes):
            if indicator is None:
                wording = fw.Text("", "")
            elif part == rules.WORDING:
                wording = indicator.text
            else:
                wording = indicator.level_text(part)
            for lang, box in pair.items():
                box.blockSignals(True)
                box.setPlainText(wording.get(lang))
                box.blockSignals(False)
                box.set_blank_mark(False)
        self.changed.emit()

    def shown(self) -> fw.Indicator | None:
        return self._shown

    def wording(self, part: int) -> fw.Text:
        pair = self.boxes[part]
        return fw.Text(pair["th"].toPlainText(), pair["en"].toPlainText())

    def indicator(self, code: str, competency: str, retired: bool = False) -> fw.Indicator:
        """An indicator from what is typed now (not yet checked: the domain does that)."""
        return fw.Indicator(
            code=code,
            competency=competency,
            text=self.wording(rules.WORDING),
            levels=tuple(self.wording(level) for level in LEVELS),
            retired=retired,
        )

    def edited(self) -> fw.Indicator | None:
        """The shown indicator with what is typed now, or None if nothing is shown."""
        if self._shown is None:
            return None
        return self.indicator(self._shown.code, self._shown.competency, self._shown.retired)

    def is_dirty(self) -> bool:
        edited = self.edited()
        if edited is None:
            return False
        # Trailing spaces are not a change worth a new framework version.
        return rules.cleaned(edited) != rules.cleaned(self._shown)

    def mark_gaps(self, gaps: tuple[rules.Gap, ...]) -> None:
        """Outline every blank box the domain found, and put the cursor in the first."""
        blank = {(g.part, g.lang) for g in gaps}
        for part, pair in enumerate(self.boxes):
            for lang, box in pair.items():
                box.set_blank_mark((part, lang) in blank)
        if gaps:
            self.boxes[gaps[0].part][gaps[0].lang].setFocus()

    def describe_gaps(self, gaps: tuple[rules.Gap, ...]) -> str:
        """A plain sentence listing the blank boxes."""
        langs = {"th": self.tr("Thai"), "en": self.tr("English")}
        parts = []
        for gap in gaps:
            if gap.part == rules.WORDING:
                part = self.tr("indicator")
            else:
                part = self.tr("level {0}").format(gap.part)
            parts.append(self.tr("{0} ({1})").format(part, langs[gap.lang]))
        if len(gaps) > 4:
            return self.tr(
                "Every box needs wording in both Thai and English, so everyone can rate in "
                "their language. {0} boxes are still empty; they are outlined in red."
            ).format(len(gaps))
        return self.tr(
            "Every box needs wording in both Thai and English, so everyone can rate in "
            "their language. Still empty: {0}."
        ).format(", ".join(parts))

    def _edited(self) -> None:
        box = self.sender()
        if isinstance(box, WordingBox) and box.property("blank") and box.toPlainText().strip():
            box.set_blank_mark(False)
        self.changed.emit()


class AddIndicatorDialog(Retranslates, QDialog):
    """A new indicator for one competency, its code chosen by the framework."""

    def __init__(
        self,
        framework: fw.Framework,
        competency: str,
        save: Callable[[fw.Indicator], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.framework = framework
        self.competency = framework.competency(competency)
        self.code = framework.next_indicator_code(competency)
        # save(indicator) writes it (asking first if that makes a new version); False means
        # the user declined, and the dialog stays open with what they typed.
        self.save = save
        self.saved: fw.Indicator | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.editor = IndicatorEditor()
        self.editor.set_level_names(framework.level_names)
        self.editor.show_indicator(None)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add indicator"))
        name = i18n.text(self.competency.name) if self.competency else ""
        self.heading.setText(
            self.tr(
                "New indicator <b>{0}</b> for {1} {2}. Write what it looks like and a sentence "
                "for each level, in Thai and in English."
            ).format(self.code, self.competency.code if self.competency else "", name)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def indicator(self) -> fw.Indicator:
        return self.editor.indicator(self.code, self.competency.code)

    def accept(self) -> None:
        indicator = self.indicator()
        try:
            done = self.save(indicator)
        except rules.IncompleteIndicator as error:
            self.editor.mark_gaps(error.gaps)
            self.problem.setText(self.editor.describe_gaps(error.gaps))
            self.problem.show()
            return
        except fw.FrameworkError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        if done:
            self.saved = indicator
            super().accept()
