"""The merge dialog's table of ratings changed on two PCs, worded in the window's language."""

# The exchange report words its lines in English for the command's CSV and log; the table
# here says the same things (role, values, which won and why) in the window's language,
# with each place's value on its own line so the kept value and the reason stay in view.

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kmdesk.assess.framework import Framework
from kmdesk.exchange.bundle_report import HERE, NOTE_SHOWN, RatingLine, Side
from kmdesk.exchange.merge_words import merge_lines
from kmdesk.store.bundle_records import EventRec
from kmdesk.ui.common import i18n
from kmdesk.wording import QT_TRANSLATE_NOOP

# Marked for lupdate: the headers are looked up by ``_tr`` with the text in a variable.
COLUMNS = (
    QT_TRANSLATE_NOOP("MergeTable", "Person"),
    QT_TRANSLATE_NOOP("MergeTable", "Round"),
    QT_TRANSLATE_NOOP("MergeTable", "Role"),
    QT_TRANSLATE_NOOP("MergeTable", "Indicator"),
    QT_TRANSLATE_NOOP("MergeTable", "Values"),
    QT_TRANSLATE_NOOP("MergeTable", "Kept"),
    QT_TRANSLATE_NOOP("MergeTable", "Why"),
)
WIDEST = 320  # pixels: a long note wraps in its cell rather than pushing "Why" off screen


translate = QCoreApplication.translate  # by this name lupdate finds the words below


def _tr(text: str) -> str:
    return translate("MergeTable", text)


def make_table() -> QTableWidget:
    table = QTableWidget(0, len(COLUMNS))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    # "Why" takes the room left and wraps there (sized to its sentence, it ran behind a
    # scroll bar in Thai); the rows follow its height.
    table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    retranslate(table)
    return table


def retranslate(table: QTableWidget) -> None:
    table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])


def place(source: str) -> str:
    """A file's name, or "this database" in the window's language."""
    return translate("MergeTable", "this database") if source == HERE else source


def when(at: dt.datetime) -> str:
    """A stored UTC time as the user's local date (Buddhist Era in Thai) and time."""
    local = at.replace(tzinfo=dt.UTC).astimezone()
    return f"{i18n.date_text(local.date())} {local:%H:%M}"


def level(event: EventRec) -> str:
    """A level, ? (not sure) or "cleared"."""
    if event.deleted:
        return translate("MergeTable", "cleared")
    return "?" if event.level is None else str(event.level)


def value(event: EventRec) -> str:
    """A level, ? (not sure) or "cleared", and the start of its note."""
    if event.deleted:
        return level(event)
    note = " ".join(event.evidence.split())
    if len(note) > NOTE_SHOWN:
        note = note[: NOTE_SHOWN - 1] + "…"
    return f'{level(event)} "{note}"' if note else level(event)


def why(line: RatingLine) -> str:
    """Which value was kept and why, in the window's language."""
    won = next((s for s in line.sides if s.source == line.winner), None)
    lost = [s for s in line.sides if s is not won]
    if won is None or not lost:
        return translate("MergeTable", "kept from {0}").format(place(line.winner))
    other: Side = max(lost, key=lambda s: s.event.order)
    if won.event.at == other.event.at:
        return translate("MergeTable", "changed at the same moment on two PCs; the PC id decides")
    return translate("MergeTable", "changed later ({0}); {1} stays in the rating's history").format(
        when(won.event.at), value(other.event)
    )


def fill(table: QTableWidget, lines: list[RatingLine], framework: Framework | None) -> None:
    """One row a conflict: person, round, role, indicator, both values, kept value, why."""
    table.setRowCount(len(lines))
    for row, line in enumerate(lines):
        role = framework.role(line.role) if framework is not None else None
        role_text = i18n.text(role.name) if role is not None else line.role
        values = "\n".join(f"{place(s.source)}: {value(s.event)}" for s in line.sides)
        # the kept value's note is in Values already: its level and where it came from
        kept = f"{level(line.after)} ({place(line.winner)})"
        cells = (f"{line.person} ({line.team})", line.round, role_text, line.indicator)
        for column, text in enumerate((*cells, values, kept, why(line))):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    for column in range(len(COLUMNS) - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), WIDEST))
    table.resizeRowsToContents()


def details(report, framework: Framework | None) -> str:
    """The whole report's lines in the window's language, each role by its name."""
    lang = i18n.language()
    roles = framework.role_names(lang) if framework else {}
    return "\n".join(merge_lines(report, lang, roles))
