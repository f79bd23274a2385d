"""Paging help Qt's text layout lacks: headings kept with what follows, short tables and kept
blocks whole, long tables broken between rows, and no page of notes and "none" lines alone."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

# a heading over a table keeps the table's header and this many rows on its page
LEAD_ROWS = 1
MAX_PASSES = 80
# A block's user state marking it light: a note or a "none" line, which must not fill a page
# alone (markup.LIGHT writes it as "-qt-user-state").
LIGHT_STATE = 1
# A table whose first block has this state must not start a page (markup.TAIL: the place to
# sign): the last row of the table before it, or the item before it, comes along.
TAIL_STATE = 2
# A table row taller than this share of a page may be broken inside; shorter ones move whole.
ROW_SHARE = 0.5


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


def _break_before(item, on: bool = True) -> None:
    """Start ``item`` on a new page (or, ``on=False``, let it follow what comes before)."""
    if isinstance(item, QTextBlock):
        fmt = item.blockFormat()
        policy = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore if on else _AUTO
        if fmt.pageBreakPolicy() != policy:
            fmt.setPageBreakPolicy(policy)
            QTextCursor(item).setBlockFormat(fmt)
    else:
        fmt = item.format()
        policy = QTextFrameFormat.PageBreakFlag.PageBreak_AlwaysBefore if on else _AUTO
        if fmt.pageBreakPolicy() != policy:
            fmt.setPageBreakPolicy(policy)
            item.setFormat(fmt)


_AUTO = QTextFormat.PageBreakFlag.PageBreak_Auto


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


def _is_light(item) -> bool:
    """A heading, a note, a "none" line or an empty block: nothing to fill a page with."""
    if not isinstance(item, QTextBlock):
        return False
    return _is_heading(item) or item.userState() == LIGHT_STATE or not item.text().strip()


def _leader(items: list, i: int) -> object:
    """The item to break before so that item ``i`` moves: the heading that leads it, with
    the notes between them, if one does."""
    j = i
    while j > 0 and _is_light(items[j - 1]):
        j -= 1
        if _is_heading(items[j]):
            i = j
    return items[i]


def _key(item) -> int:
    return item.position() if isinstance(item, QTextBlock) else item.firstPosition()


def _natural_height(table: QTextTable) -> float:
    """A table's height without any page break inside it: its rows' tallest cells, each the
    sum of its lines and of the tables nested in it."""
    total = 0.0
    for row in range(table.rows()):
        tallest = 0.0
        for col in range(table.columns()):
            cell = table.cellAt(row, col)
            if cell.isValid() and cell.row() == row and cell.column() == col:
                tallest = max(tallest, _cell_height(cell))
        total += tallest
    return total


def _cell_height(cell) -> float:
    height = 0.0
    it = cell.begin()
    while not it.atEnd():
        block = it.currentBlock()
        if block.isValid():
            height += _block_height(block)
        else:
            frame = it.currentFrame()
            if isinstance(frame, QTextTable):
                height += _natural_height(frame)
        it += 1
    return height


def _block_height(block: QTextBlock) -> float:
    """A block's lines at the spacing the block asks for (a proportional line height)."""
    fmt = block.blockFormat()
    share = 1.0
    if fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value:
        share = fmt.lineHeight() / 100
    layout = block.layout()
    lines = sum(layout.lineAt(n).height() for n in range(layout.lineCount()))
    return lines * share


def _is_block(table: QTextTable) -> bool:
    """A one-cell table: parts printed as one block (``Document.keep``)."""
    return table.rows() == 1 and table.columns() == 1


def _row_extent(text: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
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


def _split_row(text: QTextDocument, table: QTextTable, body_h: float) -> int | None:
    """The first body row (not the first) to start a new page at: a row a page break cuts
    through, or a group's title row left at a page's foot (it goes with its group)."""
    header = table.format().headerRowCount()
    for row in range(header + 1, table.rows()):
        if any(table.cellAt(row, c).rowSpan() > 1 for c in range(table.columns())):
            continue
        top, bottom = _row_extent(text, table, row)
        cut = _page_of(top, body_h) != _page_of(bottom - 1, body_h)
        grouped = row - 1 > header and _is_group_row(table, row - 1)
        if cut and bottom - top <= ROW_SHARE * body_h and not _spanned_into(table, row):
            return row - 1 if grouped else row
        if grouped:
            above, _ = _row_extent(text, table, row - 1)
            if _page_of(above, body_h) != _page_of(top, body_h):
                return row - 1
    return None


def _is_group_row(table: QTextTable, row: int) -> bool:
    """A row of one cell across the table: a group's title (markup.group)."""
    return table.columns() > 1 and table.cellAt(row, 0).columnSpan() == table.columns()


def _spanned_into(table: QTextTable, row: int) -> bool:
    """Whether a cell from an earlier row spans down into ``row`` (no clean cut there)."""
    return any(table.cellAt(row, c).row() != row for c in range(table.columns()))


def _light_page(text: QTextDocument, items: list, body_h: float) -> tuple[int, int] | None:
    """For a page that holds only light items: the index of the last item before it, and
    of the last item on it; None when there is no such page.

    An item runs onto every page from its top to its bottom: a table that goes on from the
    page before fills the page as much as anything starting on it.
    """
    pages: dict[int, list[int]] = {}
    for i, item in enumerate(items):
        top, bottom = _extent(text, item)
        if bottom - top <= 1 or (isinstance(item, QTextBlock) and not item.text().strip()):
            continue
        for page in range(_page_of(top, body_h), _page_of(bottom - 1, body_h) + 1):
            pages.setdefault(page, []).append(i)
    for page, held in sorted(pages.items()):
        if page == 0 or not all(_is_light(items[i]) for i in held):
            continue
        before = [i for i in range(held[0]) if not _is_light(items[i])]
        if before:
            return before[-1], held[-1]
    return None


def _is_tail(item) -> bool:
    if isinstance(item, QTextBlock):
        return item.userState() == TAIL_STATE
    return item.firstCursorPosition().block().userState() == TAIL_STATE


def _tail_alone(text: QTextDocument, items: list, i: int, body_h: float):
    """For a tail starting a page: ("split", table, last row, i) to bring the last row of
    the table before it along, or ("break", item, 0, i) to bring the item before it; else
    None."""
    top, _ = _extent(text, items[i])
    before = [j for j in range(i) if not _is_empty(items[j])]
    if not before:
        return None
    prev = items[before[-1]]
    _, prev_bottom = _extent(text, prev)
    if _page_of(top, body_h) == _page_of(prev_bottom - 1, body_h):
        return None  # not alone: it shares its page with what comes before
    if not isinstance(prev, QTextBlock) and not _is_block(prev):
        header = prev.format().headerRowCount()
        last = prev.rows() - 1
        if last > header and not _spanned_into(prev, last):
            grouped = last - 1 > header and _is_group_row(prev, last - 1)
            return "split", prev, last - 1 if grouped else last, i
    return "break", _leader(items, before[-1]), 0, i


def _is_empty(item) -> bool:
    return isinstance(item, QTextBlock) and not item.text().strip()


def _first_breach(
    text: QTextDocument, done: set[int], follow: float, table_share: float
) -> tuple[str, object, int, int]:
    """The first place to mend: ("break", item, 0, last) to start ``item`` on a new page
    with everything up to the item at index ``last`` following it, or ("split", table,
    row, last) to end a table before ``row`` and go on with it on a new page.

    A heading left at a page's foot without what follows, a short table or a kept block split
    by a page, a table row cut in two, the place to sign alone at a page's top, and a page
    of notes and "none" lines alone are mended, first to last. Items in ``done`` were moved
    already and are not moved again.
    """
    body_h = text.pageSize().height()
    items = list(_top_level(text))
    for i, item in enumerate(items):
        found = None
        top, bottom = _extent(text, item)
        if _is_heading(item):
            # what follows must start on the heading's page: its first line, or a table's
            # first rows, and up to KEEP_WITH_NEXT_MM of it (notes come along, but do not
            # count as what follows)
            wanted, last = None, i
            for j in range(i + 1, min(i + 8, len(items))):
                nxt = items[j]
                _, lead_bottom = _lead(text, nxt)
                wanted = lead_bottom if wanted is None else max(wanted, lead_bottom)
                last = j
                if _is_light(nxt):
                    continue
                if lead_bottom - top >= follow or not isinstance(nxt, QTextBlock):
                    break
            if wanted is not None and _page_of(top, body_h) != _page_of(wanted - 1, body_h):
                found = _leader(items, i), last
        elif not isinstance(item, QTextBlock) and _page_of(top, body_h) != _page_of(
            bottom - 1, body_h
        ):
            natural = _natural_height(item)
            whole = natural <= table_share * body_h or (_is_block(item) and natural < body_h)
            if whole:
                found = _leader(items, i), i
            else:
                row = _split_row(text, item, body_h)
                if row is not None:
                    return "split", item, row, i
        if _is_tail(item) and _page_of(top, body_h) > 0:
            mend = _tail_alone(text, items, i, body_h)
            if mend is not None and (mend[0] == "split" or _key(mend[1]) not in done):
                return mend
        if found is not None and _key(found[0]) not in done:
            return "break", found[0], 0, found[1]
    light = _light_page(text, items, body_h)
    if light is not None:
        found = _leader(items, light[0])
        if _key(found) not in done:
            return "break", found, 0, light[1]
    return "", None, 0, 0


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
        for t in _top_level(text)
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


def used_pages(text: QTextDocument) -> int:
    """The pages with something on them: Qt counts a page for the empty paragraph that ends
    a document, when the last table ends at a page's foot."""
    body_h = text.pageSize().height()
    last = 0
    for item in _top_level(text):
        top, bottom = _extent(text, item)
        if isinstance(item, QTextBlock) and not item.text().strip():
            continue
        last = max(last, _page_of(max(top, bottom - 1), body_h))
    return min(text.pageCount(), last + 1)


def keep_things_together(text: QTextDocument, follow: float, table_share: float) -> None:
    """Mend what Qt's paging leaves: see ``_first_breach``.

    A heading keeps ``follow`` (document units) of what follows, or a table's header and
    first rows, on its page; a table shorter than ``table_share`` of a page is not split, nor
    is a kept block that fits on a page; a longer table breaks between rows. Qt has no
    keep-with-next, so this lays out, finds the first such place, mends it, and lays out
    again.
    """
    done: set[int] = set()
    for _ in range(MAX_PASSES):
        text.pageCount()  # lays the document out
        action, item, row, last = _first_breach(text, done, follow, table_share)
        if action == "split":
            split_table(text, item, row)
        elif action == "break":
            done.add(_key(item))
            _break_before(item)
            # what comes along follows it, whatever page it was sent to before
            items = list(_top_level(text))
            start = next(n for n, x in enumerate(items) if _key(x) == _key(item))
            for follower in items[start + 1 : last + 1]:
                _break_before(follower, on=False)
        else:
            return
