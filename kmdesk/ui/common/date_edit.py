"""A date field in the calendar the user reads: Buddhist-Era years in Thai, Gregorian in English."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.thaidate import (
    DateError,
    format_typed_date,
    is_far,
    likely_meant,
    month_year,
    parse_typed_date,
)
from kmdesk.ui.common import i18n
from kmdesk.ui.common.retranslate import Retranslates


def calendar_icon(colour: QColor) -> QIcon:
    """A small calendar page, drawn so that no icon file has to ship."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        painter.setPen(colour)
        painter.drawRoundedRect(QRect(1, 2, size - 3, size - 4), unit, unit)
        painter.fillRect(QRect(1, 2, size - 2, round(4 * unit)), colour)
        for row in range(2):
            for col in range(3):
                x, y = round((4 + 3.5 * col) * unit), round((8.5 + 3 * row) * unit)
                painter.fillRect(QRect(x, y, round(2 * unit), round(2 * unit)), colour)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class CalendarPopup(QFrame):
    """A month to pick a day from, headed in the user's calendar (Qt's own heading is
    Gregorian, so it is hidden and replaced)."""

    picked = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.back = QToolButton()
        self.back.setArrowType(Qt.ArrowType.LeftArrow)
        self.forward = QToolButton()
        self.forward.setArrowType(Qt.ArrowType.RightArrow)
        for button in (self.back, self.forward):
            button.setAutoRaise(True)
            button.setFixedSize(28, 28)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-weight: bold")
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.forward)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.calendar)
        self.back.clicked.connect(self.calendar.showPreviousMonth)
        self.forward.clicked.connect(self.calendar.showNextMonth)
        self.calendar.currentPageChanged.connect(self._head)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def open_at(self, day: dt.date, anchor: QWidget) -> None:
        """Show the month of ``day`` just below ``anchor``, with ``day`` selected."""
        thai = i18n.language() == "th"
        self.calendar.setLocale(
            QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)
            if thai
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        self.back.setToolTip(self.tr("Previous month"))
        self.forward.setToolTip(self.tr("Next month"))
        self.calendar.setSelectedDate(QDate(day))
        self.calendar.setCurrentPage(day.year, day.month)
        self._head(day.year, day.month)
        self.adjustSize()
        where = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry()
        x = max(screen.left(), min(where.x(), screen.right() - self.width()))
        y = where.y()
        if y + self.height() > screen.bottom():  # no room below: open above the field
            y -= anchor.height() + self.height()
        self.move(x, y)
        self.show()
        self.calendar.setFocus()

    def _head(self, year: int, month: int) -> None:
        self.heading.setText(month_year(dt.date(year, month, 1), i18n.language()))

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day.toPython())


class DateEdit(Retranslates, QLineEdit):
    """A date typed as day/month/year in the user's calendar (or picked from a calendar).

    The rule for what a typed year means lives in ``kmdesk.assess.thaidate``; this field
    only reads with it, shows the date back in the calendar of the language, and asks
    "did you mean …?" about a date far from today before anyone saves it.
    """

    date_changed = Signal(object)  # the date, or None while the text is not one

    def __init__(self, day: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        # Replaceable, so tests can fix the day that "far from today" is measured from.
        self.today = dt.date.today
        self._date: dt.date | None = None
        self._showing = False  # True while the field writes its own date into the text
        self._popup: CalendarPopup | None = None
        colour = self.palette().color(QPalette.ColorRole.Text)
        self.pick_action = self.addAction(
            calendar_icon(colour), QLineEdit.ActionPosition.TrailingPosition
        )
        self.pick_action.triggered.connect(self.open_calendar)
        # Text typed, cleared or set from outside is read; the date's own text is not, since
        # reading it back could change it (a year of 2400 or more shown in English is BE).
        self.textChanged.connect(self._read)
        self.editingFinished.connect(self._tidy)
        if day is not None:
            self.set_date(day)
        self.retranslate()

    def date(self) -> dt.date | None:
        """The date shown, or None while the text is not a date."""
        return self._date

    def set_date(self, day: dt.date) -> None:
        self._show(day)
        if day != self._date:
            self._date = day
            self.date_changed.emit(day)

    def _show(self, day: dt.date) -> None:
        self._showing = True
        try:
            self.setText(format_typed_date(day, i18n.language()))
        finally:
            self._showing = False

    def _read(self, text: str) -> None:
        if self._showing:
            return
        try:
            day = parse_typed_date(text, i18n.language(), self.today())
        except DateError:
            day = None
        if day != self._date:
            self._date = day
            self.date_changed.emit(day)

    def _tidy(self) -> None:
        # 8/8/69, or 8/8/2026 typed in Thai, is shown back as 08/08/2569: what was understood.
        if self._date is not None:
            self._show(self._date)

    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        self._popup.open_at(self._date or self.today(), self)

    def _picked(self, day: dt.date) -> None:
        self.set_date(day)
        self.setFocus()
        self.textEdited.emit(self.text())  # as if typed: listeners clear their messages

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        lang = i18n.language()
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setToolTip(
            self.tr("Day/month/year, for example {0}. Alt+↓ opens a calendar.").format(
                format_typed_date(self.today(), lang)
            )
        )
        self.pick_action.setToolTip(self.tr("Pick the day from a calendar (Alt+↓)"))
        # The date stays the same day; only the calendar it is written in changes.
        if self._date is not None:
            self._show(self._date)

    def checked_date(self, unchanged: dt.date | None = None) -> dt.date | None:
        """The date to save: asks first about one far from today (unless it is ``unchanged``).

        Returns the date shown, the one the user meant instead, or None to go back to the field.
        """
        day, today = self._date, self.today()
        if day is None or day == unchanged or not is_far(day, today):
            return day
        meant = likely_meant(day, today)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Check the year"), "", parent=self)
        if meant is not None:
            box.setText(self.tr("Did you mean {0}?").format(i18n.date_text(meant, long=True)))
        else:
            box.setText(self.tr("Is the year right?"))
        box.setInformativeText(
            self.tr(
                "{0} is far from today ({1}). Dates more than three years back or a year "
                "ahead are usually a slip of the year."
            ).format(i18n.date_text(day, long=True), i18n.date_text(today, long=True))
        )
        use = None
        if meant is not None:
            use = box.addButton(
                self.tr("Use {0}").format(i18n.date_text(meant)), QMessageBox.ButtonRole.AcceptRole
            )
            use.setObjectName("use")
        keep = box.addButton(
            self.tr("Keep {0}").format(i18n.date_text(day)), QMessageBox.ButtonRole.AcceptRole
        )
        keep.setObjectName("keep")
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("back")
        box.setDefaultButton(use or back)
        box.setEscapeButton(back)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        if use is not None and chosen is use:
            self.set_date(meant)
            return meant
        if chosen is keep:
            return day
        self.setFocus()
        self.selectAll()
        return None
