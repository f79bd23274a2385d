"""An A4 document from HTML and charts, paged and written by Qt's PDF writer (QtGui only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QPyTextObject,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

from kmdesk import __version__
from kmdesk.outfile import replace_atomically
from kmdesk.report.figures import Svg
from kmdesk.report.paging import flatten_spacers, keep_things_together, used_pages
from kmdesk.report.pdftext import mend_file
from kmdesk.report.qtapp import DOCUMENT_FAMILY, ensure_app

RESOLUTION = 300  # dots per inch of the PDF's page coordinates
CSS_DPI = 96  # HTML lengths in px are 1/96 inch, as in a browser
# A4 portrait; a wider left margin leaves room to punch and file the page.
PAGE_MM = (210.0, 297.0)
MARGIN_MM = {"left": 25.0, "right": 18.0, "top": 18.0, "bottom": 22.0}
FOOTER_MM = 11.0  # the footer's baseline, up from the paper's bottom edge
BODY_PT = 13.0
# Headings' sizes: Qt sizes <h1>–<h3> relative to the body (h2: 1.5 times) whatever the style
# sheet says, so these are set on the headings after the HTML is read.
HEADING_PT = {1: 20.0, 2: 15.5, 3: 13.5}
FOOTER_PT = 11.0
# a heading needs this much of what follows it on its own page
KEEP_WITH_NEXT_MM = 25.0
# tables up to this share of a page are kept whole; longer ones flow, repeating their header
KEEP_TABLE_SHARE = 0.3
# Every page's content keeps this far inside the clip, so the tone marks above a page's first
# line are not cut off (nor drawn at the foot of the page before).
BLEED_MM = 3.0

CHART_SCHEME = "kmdesk-chart:"

# Laksaman's natural line spacing is 1.71 em, room for stacked tone marks and more; its
# tallest and lowest marks span 1.17 em, so table text is set at 78% (1.33 em) and paragraphs
# at 88%. A cell's last line then reaches a little below its box: cells get more padding
# below than above.
STYLE = """
h1 { font-weight: bold; margin-top: 0; margin-bottom: 1pt; }
h2 { font-weight: bold; margin-top: 6pt; margin-bottom: 1pt; }
h3 { font-weight: bold; margin-top: 5pt; margin-bottom: 1pt; }
p { margin-top: 1pt; margin-bottom: 2pt; line-height: 88%; }
table { border-collapse: collapse; border-color: #7f7f7f; margin-top: 2pt; margin-bottom: 4pt; }
th { background-color: #e8eef4; font-weight: bold; font-size: 12pt; line-height: 76%; }
td { font-size: 12pt; line-height: 76%; padding-top: 0; padding-bottom: 7px; }
td.group { background-color: #f3f3f3; font-weight: bold; }
.small { font-size: 11.5pt; }
td.dense { font-size: 11pt; white-space: nowrap; }
th.dense { font-size: 11pt; white-space: nowrap; }
.note { font-size: 12pt; color: #333333; }
p.scale { font-size: 10.5pt; }
td.signature { font-size: 12pt; line-height: 88%; }
.muted { color: #555555; }
p.key { font-size: 10pt; line-height: 86%; margin-top: 2pt; }
td.ratings { font-size: 11.5pt; }
.evidence { font-size: 10.5pt; color: #333333; }
td.small { font-size: 11.5pt; }
th.small { font-size: 11.5pt; }
td.gridhead { font-size: 12.5pt; }
p.chart { line-height: 100%; }
td.chart { line-height: 100%; padding-bottom: 0; }
"""


def mm(value: float) -> float:
    """Millimetres in page units (device pixels at RESOLUTION)."""
    return value / 25.4 * RESOLUTION


class ReportWriteError(OSError):
    """The PDF could not be written (the world is wrong: a full disk, a read-only folder)."""


class _ChartHandler(QPyTextObject):
    """Draws an ``<img src="kmdesk-chart:N">`` as the Nth chart's vectors."""

    def __init__(self, charts: list[Svg]):
        super().__init__()
        self.charts = charts
        self.renderers: dict[int, QSvgRenderer] = {}

    def _index(self, fmt: QTextFormat) -> int | None:
        name = fmt.toImageFormat().name()
        if not name.startswith(CHART_SCHEME):
            return None
        index = int(name[len(CHART_SCHEME) :])
        return index if 0 <= index < len(self.charts) else None

    def intrinsicSize(self, doc, pos, fmt):  # noqa: N802 (Qt's name)
        index = self._index(fmt)
        if index is None:
            return QSizeF(0, 0)
        chart = self.charts[index]
        return QSizeF(chart.width_in * RESOLUTION, chart.height_in * RESOLUTION)

    def drawObject(self, painter, rect, doc, pos, fmt):  # noqa: N802 (Qt's name)
        index = self._index(fmt)
        if index is None:
            return
        renderer = self.renderers.get(index)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(self.charts[index].data))
            self.renderers[index] = renderer
        renderer.render(painter, rect)


@dataclass
class Document:
    """A report being built as HTML with charts; ``write`` pages it and saves the PDF."""

    title: str
    lang: str
    footer: str = ""
    parts: list[str] = field(default_factory=list)
    charts: list[Svg] = field(default_factory=list)

    def add(self, html: str) -> None:
        self.parts.append(html)

    def chart_tag(self, svg: Svg) -> str:
        """An image tag for the chart, drawn at the size the figure was made for."""
        self.charts.append(svg)
        width = round(svg.width_in * CSS_DPI)
        height = round(svg.height_in * CSS_DPI)
        return f'<img src="{CHART_SCHEME}{len(self.charts) - 1}" width="{width}" height="{height}">'

    def chart(self, svg: Svg) -> None:
        self.add(self.chart_html(svg))

    def chart_html(self, svg: Svg) -> str:
        """A chart in a paragraph of its own, as HTML to add or to keep with other parts."""
        return f'<p align="center" class="chart">{self.chart_tag(svg)}</p>'

    def charts_side_by_side(self, svgs: list[Svg]) -> None:
        self.add(self.charts_row(svgs))

    def charts_row(self, svgs: list[Svg]) -> str:
        """Charts side by side, as HTML to add or to keep with other parts."""
        cells = "".join(f'<td align="center" class="chart">{self.chart_tag(s)}</td>' for s in svgs)
        return f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>'

    def charts_grid(self, columns: list[str], rows: list[list[Svg]]) -> str:
        """Charts in a grid under column names (HTML already), as HTML."""
        head = "".join(f'<td align="center" class="gridhead"><b>{c}</b></td>' for c in columns)
        body = "".join(
            "<tr>"
            + "".join(f'<td align="center" class="chart">{self.chart_tag(s)}</td>' for s in row)
            + "</tr>"
            for row in rows
        )
        return f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{head}</tr>{body}</table>'

    def keep(self, parts: list[str]) -> None:
        """Parts printed as one block, moved to the next page whole if it fits on one."""
        self.add(
            '<table width="100%" cellspacing="0" cellpadding="0"><tr><td>'
            + "".join(parts)
            + "</td></tr></table>"
        )

    def html(self) -> str:
        return f"<html><body>{''.join(self.parts)}</body></html>"

    def write(self, path: Path) -> int:
        """Write the PDF to ``path`` through a temporary file; returns the page count."""
        return self._write(Path(path))

    def _write(self, path: Path) -> int:
        ensure_app()
        pages = 0

        def render(tmp: Path) -> None:
            nonlocal pages
            pages = _render(self, tmp)
            mend_file(tmp)

        try:
            replace_atomically(path, render)
        except ReportWriteError:
            raise
        except OSError as exc:
            message = f"{path.parent}: cannot be written ({exc.strerror})"
            raise ReportWriteError(exc.errno, message) from None
        return pages


def _new_writer(doc: Document, path: Path):
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(doc.title)
    writer.setCreator(f"kmdesk {__version__}")
    return writer


def _text_document(doc: Document, writer) -> tuple[QTextDocument, _ChartHandler]:
    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)
    font = QFont(DOCUMENT_FAMILY)
    font.setPointSizeF(BODY_PT)
    text.setDefaultFont(font)
    text.setDefaultStyleSheet(STYLE)
    text.setDocumentMargin(BLEED_MM / 25.4 * CSS_DPI)  # Qt scales it to the device
    handler = _ChartHandler(doc.charts)
    text.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, handler)
    text.setHtml(doc.html())
    _size_headings(text)
    flatten_spacers(text)
    text.setPageSize(
        QSizeF(
            mm(PAGE_MM[0] - MARGIN_MM["left"] - MARGIN_MM["right"] + 2 * BLEED_MM),
            mm(PAGE_MM[1] - MARGIN_MM["top"] - MARGIN_MM["bottom"] + 2 * BLEED_MM),
        )
    )
    keep_things_together(text, mm(KEEP_WITH_NEXT_MM), KEEP_TABLE_SHARE)
    return text, handler


def _size_headings(text: QTextDocument) -> None:
    edit = QTextCursor(text)
    edit.beginEditBlock()  # one layout at the end, not one per heading
    block = text.begin()
    while block.isValid():
        size = HEADING_PT.get(block.blockFormat().headingLevel())
        it = block.begin() if size else None
        while it is not None and not it.atEnd():
            fragment = it.fragment()
            cursor = QTextCursor(text)
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            fmt = fragment.charFormat()
            fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            fmt.setFontPointSize(size)
            cursor.setCharFormat(fmt)
            it += 1
        block = block.next()
    edit.endEditBlock()


def _render(doc: Document, path: Path) -> int:
    writer = _new_writer(doc, path)
    text, _handler = _text_document(doc, writer)
    pages = used_pages(text)
    body_h = text.pageSize().height()
    painter = QPainter()
    if not painter.begin(writer):
        raise ReportWriteError(0, f"{path.parent}: the PDF cannot be written")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(
                mm(MARGIN_MM["left"] - BLEED_MM), mm(MARGIN_MM["top"] - BLEED_MM) - page * body_h
            )
            text.drawContents(painter, QRectF(0, page * body_h, text.pageSize().width(), body_h))
            painter.restore()
            _footer(painter, doc, page + 1, pages)
    finally:
        painter.end()
    return pages


def _footer(painter: QPainter, doc: Document, page: int, pages: int) -> None:
    from kmdesk.report.words import w

    left, right = mm(MARGIN_MM["left"]), mm(PAGE_MM[0] - MARGIN_MM["right"])
    base = mm(PAGE_MM[1] - FOOTER_MM)
    painter.save()
    painter.setPen(QPen(QColor("#999999"), mm(0.2)))
    rule = base - mm(6)
    painter.drawLine(QPointF(left, rule), QPointF(right, rule))
    font = QFont(DOCUMENT_FAMILY)
    font.setPointSizeF(FOOTER_PT)
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    box = QRectF(left, rule + mm(0.8), right - left, mm(7))
    number = w("page", doc.lang, n=page, total=pages)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, number)
    if doc.footer:
        room = box.adjusted(0, 0, -mm(30), 0)
        elided = painter.fontMetrics().elidedText(
            doc.footer, Qt.TextElideMode.ElideRight, int(room.width())
        )
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, elided)
    painter.restore()
