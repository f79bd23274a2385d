"""A long table broken between rows: where to cut it, and the cut (its header repeated)."""

from __future__ import annotations

from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrameFormat,
    QTextTable,
)

from kmdesk.report.textitems import flatten_spacers, page_of, top_level

# A table row taller than this share of a page may be broken inside; shorter ones move whole.
ROW_SHARE = 0.5


def row_extent(text: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    layout = text.documentLayout()
    top, bottom = None, 0.0
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        if not cell.isValid() or cell.row() != row or cell.column() != col:
            continue
        first = layout.blockBoundingRect(cell.firstCursorPosition().block())
        last = layout.blockBoundingRect(cell.lastCursorPosition().block())
        top = first.top() if top is None else min(top, first.top())
        bottom = max(bottom, last.bottom())
    return (top if top is not None else 0.0), bottom


def split_row(text: QTextDocument, table: QTextTable, body_h: float) -> int | None:
    """The first body row (not the first) to start a new page at: a row a page break cuts
    through, or a group's title row left at a page's foot (it goes with its group)."""
    header = table.format().headerRowCount()
    for row in range(header + 1, table.rows()):
        if any(table.cellAt(row, c).rowSpan() > 1 for c in range(table.columns())):
            continue
        top, bottom = row_extent(text, table, row)
        cut = page_of(top, body_h) != page_of(bottom - 1, body_h)
        grouped = row - 1 > header and is_group_row(table, row - 1)
        if cut and bottom - top <= ROW_SHARE * body_h and not spanned_into(table, row):
            return row - 1 if grouped else row
        if grouped:
            above, _ = row_extent(text, table, row - 1)
            if page_of(above, body_h) != page_of(top, body_h):
                return row - 1
    return None


def is_group_row(table: QTextTable, row: int) -> bool:
    """A row of one cell across the table: a group's title (markup.group)."""
    return table.columns() > 1 and table.cellAt(row, 0).columnSpan() == table.columns()


def spanned_into(table: QTextTable, row: int) -> bool:
    """Whether a cell from an earlier row spans down into ``row`` (no clean cut there)."""
    return any(table.cellAt(row, c).row() != row for c in range(table.columns()))


def split_table(text: QTextDocument, table: QTextTable, row: int) -> QTextTable:
    """End ``table`` before ``row``; the rest follows as a table of its own on a new page,
    under a copy of the header rows. Returns the new table."""
    rows, cols = table.rows(), table.columns()
    header = table.format().headerRowCount()

    def contents(cell) -> QTextDocumentFragment:
        cursor = QTextCursor(cell.firstCursorPosition())
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selection()

    heads = [
        (table.cellAt(r, c).format(), contents(table.cellAt(r, c)))
        for r in range(header)
        for c in range(cols)
    ]
    formats = {
        (r - row, c): table.cellAt(r, c).format() for r in range(row, rows) for c in range(cols)
    }
    cursor = QTextCursor(table.cellAt(row, 0).firstCursorPosition())
    end = table.cellAt(rows - 1, cols - 1).lastCursorPosition().position()
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    rest = cursor.selection()
    fmt = table.format()
    # one edit block: Qt lays the document out once, at its end, not at every change
    edit = QTextCursor(text)
    edit.beginEditBlock()
    table.removeRows(row, rows - row)
    after = QTextCursor(text)
    after.setPosition(table.lastPosition() + 1)
    after.insertFragment(rest)
    new = next(
        t
        for t in top_level(text)
        if not isinstance(t, QTextBlock) and t.firstPosition() > table.lastPosition()
    )
    for (r, c), cell_format in formats.items():
        cell = new.cellAt(r, c)
        here = cell.isValid() and cell.row() == r and cell.column() == c
        if here and cell.format() != cell_format:
            cell.setFormat(cell_format)
    if header:
        new.insertRows(0, header)
        for n, (cell_format, fragment) in enumerate(heads):
            cell = new.cellAt(n // cols, n % cols)
            cell.setFormat(cell_format)
            QTextCursor(cell.firstCursorPosition()).insertFragment(fragment)
    fmt.setPageBreakPolicy(QTextFrameFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    new.setFormat(fmt)
    edit.endEditBlock()
    flatten_spacers(text)
    return new
