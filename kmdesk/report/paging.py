"""Paging help Qt's text layout lacks: headings kept with what follows, short tables and kept
blocks whole, long tables broken between rows, and no page of notes and "none" lines alone.

The items and their places are in ``textitems``, the cutting of tables in ``tablesplit``."""

from __future__ import annotations

from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
)

from kmdesk.report.tablesplit import is_group_row, spanned_into, split_row, split_table
from kmdesk.report.textitems import (
    extent,
    flatten_spacers,
    is_block,
    is_empty,
    is_heading,
    is_light,
    is_tail,
    lead,
    natural_height,
    page_of,
    top_level,
    used_pages,
)

__all__ = ["flatten_spacers", "keep_things_together", "split_table", "used_pages"]

MAX_PASSES = 80


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


def _leader(items: list, i: int) -> object:
    """The item to break before so that item ``i`` moves: the heading that leads it, with
    the notes between them, if one does."""
    j = i
    while j > 0 and is_light(items[j - 1]):
        j -= 1
        if is_heading(items[j]):
            i = j
    return items[i]


def _key(item) -> int:
    return item.position() if isinstance(item, QTextBlock) else item.firstPosition()


def _light_page(text: QTextDocument, items: list, body_h: float) -> tuple[int, int] | None:
    """For a page that holds only light items: the index of the last item before it, and
    of the last item on it; None when there is no such page.

    An item runs onto every page from its top to its bottom: a table that goes on from the
    page before fills the page as much as anything starting on it.
    """
    pages: dict[int, list[int]] = {}
    for i, item in enumerate(items):
        top, bottom = extent(text, item)
        if bottom - top <= 1 or (isinstance(item, QTextBlock) and not item.text().strip()):
            continue
        for page in range(page_of(top, body_h), page_of(bottom - 1, body_h) + 1):
            pages.setdefault(page, []).append(i)
    for page, held in sorted(pages.items()):
        if page == 0 or not all(is_light(items[i]) for i in held):
            continue
        before = [i for i in range(held[0]) if not is_light(items[i])]
        if before:
            return before[-1], held[-1]
    return None


def _tail_alone(text: QTextDocument, items: list, i: int, body_h: float):
    """For a tail starting a page: ("split", table, last row, i) to bring the last row of
    the table before it along, or ("break", item, 0, i) to bring the item before it; else
    None."""
    top, _ = extent(text, items[i])
    before = [j for j in range(i) if not is_empty(items[j])]
    if not before:
        return None
    prev = items[before[-1]]
    _, prev_bottom = extent(text, prev)
    if page_of(top, body_h) == page_of(prev_bottom - 1, body_h):
        return None  # not alone: it shares its page with what comes before
    if not isinstance(prev, QTextBlock) and not is_block(prev):
        header = prev.format().headerRowCount()
        last = prev.rows() - 1
        if last > header and not spanned_into(prev, last):
            grouped = last - 1 > header and is_group_row(prev, last - 1)
            return "split", prev, last - 1 if grouped else last, i
    return "break", _leader(items, before[-1]), 0, i


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
    items = list(top_level(text))
    for i, item in enumerate(items):
        found = None
        top, bottom = extent(text, item)
        if is_heading(item):
            # what follows must start on the heading's page: its first line, or a table's
            # first rows, and up to KEEP_WITH_NEXT_MM of it (notes come along, but do not
            # count as what follows)
            wanted, last = None, i
            for j in range(i + 1, min(i + 8, len(items))):
                nxt = items[j]
                _, lead_bottom = lead(text, nxt)
                wanted = lead_bottom if wanted is None else max(wanted, lead_bottom)
                last = j
                if is_light(nxt):
                    continue
                if lead_bottom - top >= follow or not isinstance(nxt, QTextBlock):
                    break
            if wanted is not None and page_of(top, body_h) != page_of(wanted - 1, body_h):
                found = _leader(items, i), last
        elif not isinstance(item, QTextBlock) and page_of(top, body_h) != page_of(
            bottom - 1, body_h
        ):
            natural = natural_height(item)
            whole = natural <= table_share * body_h or (is_block(item) and natural < body_h)
            if whole:
                found = _leader(items, i), i
            else:
                row = split_row(text, item, body_h)
                if row is not None:
                    return "split", item, row, i
        if is_tail(item) and page_of(top, body_h) > 0:
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
            edit = QTextCursor(text)
            edit.beginEditBlock()  # laid out once, at the next pass, not after each change
            _break_before(item)
            # what comes along follows it, whatever page it was sent to before
            items = list(top_level(text))
            start = next(n for n, x in enumerate(items) if _key(x) == _key(item))
            for follower in items[start + 1 : last + 1]:
                _break_before(follower, on=False)
            edit.endEditBlock()
        else:
            return
