"""The document's top-level items (paragraphs and tables), what kind each is, and where
it falls on the pages, for paging (QtGui only)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

# a heading over a table keeps the table's header and this many rows on its page
LEAD_ROWS = 1


# A block's user state marking it light: a note or a "none" line, which must not fill a page
# alone (markup.LIGHT writes it as "-qt-user-state").
LIGHT_STATE = 1


# A table whose first block has this state must not start a page (markup.TAIL: the place to
# sign): the last row of the table before it, or the item before it, comes along.
TAIL_STATE = 2


def flatten_spacers(text: QTextDocument) -> None:
    """Qt puts an empty paragraph after every table; make it take no room."""
    previous = None
    # one edit block: Qt lays the document out once, at its end, not after every change
    edit = QTextCursor(text)
    edit.beginEditBlock()
    for item in list(top_level(text)):
        after_table = previous is not None and not isinstance(previous, QTextBlock)
        if isinstance(item, QTextBlock) and not item.text() and after_table:
            cursor = QTextCursor(item)
            fmt = QTextBlockFormat(item.blockFormat())
            fmt.setLineHeight(1.0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            fmt.setTopMargin(0)
            fmt.setBottomMargin(0)
            cursor.setBlockFormat(fmt)
            char = QTextCharFormat()
            char.setFontPointSize(1)
            cursor.setBlockCharFormat(char)
        previous = item
    edit.endEditBlock()


def used_pages(text: QTextDocument) -> int:
    """The pages with something on them: Qt counts a page for the empty paragraph that ends
    a document, when the last table ends at a page's foot."""
    body_h = text.pageSize().height()
    last = 0
    for item in top_level(text):
        top, bottom = extent(text, item)
        if isinstance(item, QTextBlock) and not item.text().strip():
            continue
        last = max(last, page_of(max(top, bottom - 1), body_h))
    return min(text.pageCount(), last + 1)


def page_of(y: float, body_h: float) -> int:
    return int(y // body_h)


def block_rect(text: QTextDocument, block: QTextBlock) -> QRectF:
    return text.documentLayout().blockBoundingRect(block)


def top_level(text: QTextDocument) -> Iterator[QTextBlock | QTextTable]:
    """The root frame's children in order: its blocks and its tables."""
    it = text.rootFrame().begin()
    while not it.atEnd():
        block = it.currentBlock()
        # Ask for the frame only where there is one: PySide 6 hands back a null frame as a
        # None it does not own, and every such call costs None a reference.
        yield block if block.isValid() else it.currentFrame()
        it += 1


def extent(text: QTextDocument, item) -> tuple[float, float]:
    if isinstance(item, QTextBlock):
        rect = block_rect(text, item)
    else:
        rect = text.documentLayout().frameBoundingRect(item)
    return rect.top(), rect.bottom()


def lead(text: QTextDocument, item) -> tuple[float, float]:
    """Where an item's first line is: a table's first body row, or the block itself."""
    if isinstance(item, QTextBlock):
        return extent(text, item)
    header = item.format().headerRowCount()
    rows = range(header, min(header + LEAD_ROWS, item.rows())) if item.rows() > header else [0]
    layout = text.documentLayout()
    top, bottom = None, 0.0
    for row in rows:
        for col in range(item.columns()):
            cell = item.cellAt(row, col)
            if not cell.isValid():
                continue
            first = layout.blockBoundingRect(cell.firstCursorPosition().block())
            last = layout.blockBoundingRect(cell.lastCursorPosition().block())
            top = first.top() if top is None else min(top, first.top())
            bottom = max(bottom, last.bottom())
    return (top if top is not None else extent(text, item)[0]), bottom


def is_heading(item) -> bool:
    return (
        isinstance(item, QTextBlock)
        and item.blockFormat().headingLevel() > 0
        and bool(item.text().strip())
    )


def is_light(item) -> bool:
    """A heading, a note, a "none" line or an empty block: nothing to fill a page with."""
    if not isinstance(item, QTextBlock):
        return False
    return is_heading(item) or item.userState() == LIGHT_STATE or not item.text().strip()


def is_tail(item) -> bool:
    if isinstance(item, QTextBlock):
        return item.userState() == TAIL_STATE
    return item.firstCursorPosition().block().userState() == TAIL_STATE


def is_empty(item) -> bool:
    return isinstance(item, QTextBlock) and not item.text().strip()


def is_block(table: QTextTable) -> bool:
    """A one-cell table: parts printed as one block (``Document.keep``)."""
    return table.rows() == 1 and table.columns() == 1


def natural_height(table: QTextTable) -> float:
    """A table's height without any page break inside it: its rows' tallest cells, each the
    sum of its lines and of the tables nested in it."""
    total = 0.0
    for row in range(table.rows()):
        tallest = 0.0
        for col in range(table.columns()):
            cell = table.cellAt(row, col)
            if cell.isValid() and cell.row() == row and cell.column() == col:
                tallest = max(tallest, cell_height(cell))
        total += tallest
    return total


def cell_height(cell) -> float:
    height = 0.0
    it = cell.begin()
    while not it.atEnd():
        block = it.currentBlock()
        if block.isValid():
            height += block_height(block)
        else:
            frame = it.currentFrame()
            if isinstance(frame, QTextTable):
                height += natural_height(frame)
        it += 1
    return height


def block_height(block: QTextBlock) -> float:
    """A block's lines at the spacing the block asks for (a proportional line height)."""
    fmt = block.blockFormat()
    share = 1.0
    if fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value:
        share = fmt.lineHeight() / 100
    layout = block.layout()
    lines = sum(layout.lineAt(n).height() for n in range(layout.lineCount()))
    return lines * share
