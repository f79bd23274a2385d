"""Small HTML pieces for the reports: escaped text, ruled tables, header and signature blocks."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence

from kmdesk.report.words import w

RULED = 'border="1" cellspacing="0" cellpadding="{pad}" width="100%"'
# Qt draws the rule of a bordered table in this colour.
RULE_COLOUR = "#8c8c8c"
# Marks a paragraph as light (a note, a "none" line): paging never leaves one alone on a page
# (textitems.LIGHT_STATE; Qt reads "-qt-user-state" into the block's user state).
LIGHT = ' style="-qt-user-state: 1"'
# Marks a block that must not start a page: it takes the last row of the table before it,
# or the paragraph before it, along (textitems.TAIL_STATE): the place to sign.
TAIL = ' style="-qt-user-state: 2"'


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def score(value: float | None) -> str:
    """A mean as printed: one decimal, a dash when there is none."""
    return "–" if value is None else f"{value:.1f}"


def change(value: float | None) -> str:
    if value is None:
        return ""
    if abs(value) < 0.05:
        return "0.0"
    return f"{value:+.1f}".replace("-", "−")


def title(text: str) -> str:
    """The document's title, centred (kept short enough for one line)."""
    return f'<h1 align="center">{esc(text)}</h1>'


def heading(text: str, level: int = 2, page_break: bool = False) -> str:
    style = ' style="page-break-before: always"' if page_break else ""
    return f"<h{level}{style}>{esc(text)}</h{level}>"


def para(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    light = LIGHT if cls == "note" else ""
    return f"<p{attr}{light}>{esc(text)}</p>"


def none_line(label: str, text: str) -> str:
    """An empty section as one line, "Label: none", never a heading over a lone "none"."""
    return f"<p{LIGHT}><b>{esc(label)}:</b> {esc(text)}</p>"


def short_role(name: str) -> str:
    """A role's name without the part in brackets: "ผู้บันทึก (คุณบันทึก)" -> "ผู้บันทึก"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name) or name


def key_block(codes: Sequence[str], names: Mapping[str, str], title: str) -> str:
    """The competency key: each code and its full name, as running text (a table of twelve
    long Thai names takes half as much room again)."""
    # the dot stays at the end of a line, never starts one
    entries = "\u00a0· ".join(
        f"<b>{esc(code)}</b>\u00a0{esc(names[code])}" for code in codes if code in names
    )
    return f'<p class="key"><b>{esc(title)}:</b> {entries}</p>'


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int] | None = None,
    align: Sequence[str] | None = None,
    cls: str = "",
    pad: int = 4,
) -> str:
    """A ruled table; cells are HTML already (escape text with ``esc``); header repeats."""
    widths = widths or [0] * len(headers)
    align = align or ["left"] * len(headers)
    klass = f' class="{cls}"' if cls else ""
    head = "".join(
        f'<th{_width(wd)} align="{al}"{klass}>{h}</th>'
        for h, wd, al in zip(headers, widths, align, strict=True)
    )
    body = []
    for row in rows:
        if isinstance(row, GroupRow):
            body.append(f'<tr><td class="group" colspan="{len(headers)}">{row.html}</td></tr>')
            continue
        cells = "".join(
            f'<td align="{al}"{klass}>{cell}</td>' for cell, al in zip(row, align, strict=True)
        )
        body.append(f"<tr>{cells}</tr>")
    return (
        f'<table {RULED.format(pad=pad)} style="border-color: {RULE_COLOUR}"{klass}>'
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def _width(percent: float) -> str:
    return f' width="{percent:g}%"' if percent else ""


class GroupRow(tuple):
    """A row that spans the whole table: a group's title (HTML)."""

    @property
    def html(self) -> str:
        return self[0]


def group(html_text: str) -> GroupRow:
    return GroupRow((html_text,))


def fields(rows: Sequence[Sequence[tuple[str, str]]], cls: str = "") -> str:
    """The header block of a form: each row one or two (label, value) pairs; values are HTML."""
    out = []
    klass = f' class="{cls}"' if cls else ""
    for pairs in rows:
        cells = []
        for label, value in pairs:
            span = ' colspan="3"' if len(pairs) == 1 else ""
            cells.append(
                f'<td width="19%" bgcolor="#eef2f6"{klass}><b>{esc(label)}</b></td>'
                f'<td width="31%"{span}{klass}>{value}</td>'
            )
        out.append(f"<tr>{''.join(cells)}</tr>")
    ruled = RULED.format(pad=4)
    return f'<table {ruled} style="border-color: {RULE_COLOUR}">{"".join(out)}</table>'


def fields_inline(rows: Sequence[Sequence[tuple[str, str]]]) -> str:
    """A compact header block: "label: value" cells, the same number in every row."""
    out = []
    for pairs in rows:
        share = 100 / len(pairs)
        cells = "".join(
            f'<td width="{share:.1f}%" class="small"><b>{esc(label)}:</b> {value}</td>'
            for label, value in pairs
        )
        out.append(f"<tr>{cells}</tr>")
    ruled = RULED.format(pad=3)
    return f'<table {ruled} style="border-color: {RULE_COLOUR}">{"".join(out)}</table>'


def scale_line(fw, lang: str) -> str:
    """The rating scale in one line: each level's number and name, and not-sure."""
    levels = " · ".join(
        f"<b>{i}</b> {esc(name.get(lang))}" for i, name in enumerate(fw.level_names, start=1)
    )
    label = esc(w("level", lang))
    return f'<p class="scale"{LIGHT}>{label}: {levels} · <b>?</b> {esc(fw.not_sure.get(lang))}</p>'


def signature_block(lang: str, signers: Sequence[tuple[str, str]]) -> str:
    """Sign here: one column per (role, name); a blank name leaves a line to write it on."""
    dots = "." * 48
    cells = []
    for role, name in signers:
        shown = esc(name) if name else "." * 40
        cells.append(
            '<td align="center" width="50%" class="signature">'
            f"<p{TAIL}>{esc(w('signature', lang))} {dots}</p>"
            f"<p>( {shown} )</p>"
            f"<p>{esc(role)}</p>"
            f"<p>{esc(w('date', lang))} ......... / ................... / .........</p>"
            "</td>"
        )
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" style="margin-top: 8pt">'
        f"<tr>{''.join(cells)}</tr></table>"
    )
