"""Paging help Qt's text layout lacks: headings kept with what follows, short tables whole."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

# a heading over a table keeps the table's header and this many rows on its page
LEAD_ROWS = 2
MAX_PASSES = 60


def flatten_spacers(text: QTextDocument) -> None:
    """Qt puts an empty paragraph after every table; make it take no room."""
    previous = None
    for item in list(_top_level(text)):
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


def _page_of(y: float, body_h: float) -> int:
    return int(y // body_h)


def _block_rect(text: QTextDocument, block: QTextBlock) -> QRectF:
    return text.documentLayout().blockBoundingRect(block)


def _top_level(text: QTextDocument) -> Iterator[QTextBlock | QTextTable]:
    """The root frame's children in order: its blocks and its tables."""
    it = text.rootFrame().begin()
    while not it.atEnd():
        block = it.currentBlock()
        # Ask for the frame only where there is one: PySide 6 hands back a null frame as a
        # None it does not own, and every such call costs None a reference.
        yield block if block.isValid() else it.currentFrame()
        it += 1


def _extent(text: QTextDocument, item) -> tuple[float, float]:
    if isinstance(item, QTextBlock):
        rect = _block_rect(text, item)
    else:
        rect = text.documentLayout().frameBoundingRect(item)
    return rect.top(), rect.bottom()


def _break_before(item) -> None:
    if isinstance(item, QTextBlock):
        cursor = QTextCursor(item)
        fmt = item.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(fmt)
    else:
        fmt = item.format()
        fmt.setPageBreakPolicy(QTextFrameFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        item.setFormat(fmt)


def _lead(text: QTextDocument, item) -> tuple[float, float]:
    """Where an item's first line is: a table's first body row, or the block itself."""
    if isinstance(item, QTextBlock):
        return _extent(text, item)
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
    return (top if top is not None else _extent(text, item)[0]), bottom


def _is_heading(item) -> bool:
    return (
        isinstance(item, QTextBlock)
        and item.blockFormat().headingLevel() > 0
        and bool(item.text().strip())
    )


def _leader(items: list, i: int) -> object:
    """The item to break before so that item ``i`` moves: its heading, if one leads it."""
    while i > 0 and _is_heading(items[i - 1]):
        i -= 1
    return items[i]


def _key(item) -> int:
    return item.position() if isinstance(item, QTextBlock) else item.firstPosition()


def _natural_height(table: QTextTable) -> float:
    """A table's height without any page break inside it: the sum of its rows' lines."""
    total = 0.0
    for row in range(table.rows()):
        tallest = 0.0
        for col in range(table.columns()):
            cell = table.cellAt(row, col)
            if not cell.isValid() or cell.column() != col:
                continue
            height, block = 0.0, cell.firstCursorPosition().block()
            while block.isValid() and block.position() <= cell.lastPosition():
                layout = block.layout()
                height += sum(layout.lineAt(n).height() for n in range(layout.lineCount()))
                block = block.next()
            tallest = max(tallest, height)
        total += tallest
    return total


def _first_breach(
    text: QTextDocument, done: set[int], follow: float, table_share: float
) -> object | None:
    """The first heading left at a page's foot without what follows, or a short table split.

    Items in ``done`` were moved already and are not moved again.
    """
    body_h = text.pageSize().height()
    items = list(_top_level(text))
    for i, item in enumerate(items):
        found = None
        top, bottom = _extent(text, item)
        if _is_heading(item):
            # what follows must start on the heading's page: its first line, or a table's
            # first rows, and up to KEEP_WITH_NEXT_MM of it (short notes come along)
            wanted = None
            for nxt in items[i + 1 : i + 4]:
                _, lead_bottom = _lead(text, nxt)
                wanted = lead_bottom if wanted is None else max(wanted, lead_bottom)
                if lead_bottom - top >= follow or not isinstance(nxt, QTextBlock):
                    break
            if wanted is not None and _page_of(top, body_h) != _page_of(wanted - 1, body_h):
                found = _leader(items, i)
        elif (
            not isinstance(item, QTextBlock)
            and _page_of(top, body_h) != _page_of(bottom - 1, body_h)
            and _natural_height(item) <= table_share * body_h
        ):
            found = _leader(items, i)
        if found is not None and _key(found) not in done:
            return found
    return None


def keep_things_together(text: QTextDocument, follow: float, table_share: float) -> None:
    """Move headings left at a page's foot, and short tables split by a page, to the next page.

    A heading keeps ``follow`` (document units) of what follows, or a table's header and
    first rows, on its page; a table shorter than ``table_share`` of a page is not split. Qt has no
    keep-with-next, so this lays out, finds the first such place, breaks the page before
    it, and lays out again.
    """
    done: set[int] = set()
    for _ in range(MAX_PASSES):
        text.pageCount()  # lays the document out
        item = _first_breach(text, done, follow, table_share)
        if item is None:
            return
        done.add(_key(item))
        _break_before(item)
