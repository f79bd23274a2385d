"""The Table of Freedom (ตารางแห่งอิสรภาพ) as teams draw it: an Excel workbook ready to print."""

# One sheet per team and round: competencies as rows (code and Thai name), the team's people
# as columns, each one's score in the cells, coloured like the app's matrix (cividis, light
# text on the dark end), then the role's target and the team's mean. One block per role,
# each on its own page: A4 landscape, fitted to the width, the title and the column
# headings repeated on every page. A last sheet holds the same ratings in the long format of
# the ratings file. Scores are those of the app's Team page (kmdesk.views).

from __future__ import annotations

import math
import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kmdesk.assess.people import Facilitator, Round, Team
from kmdesk.assess.thaidate import format_date
from kmdesk.charts.matrix import CMAP, EMPTY
from kmdesk.charts.words import word
from kmdesk.exchange.problems import rejected
from kmdesk.exchange.ratings_file import HEADER
from kmdesk.outfile import replace_atomically
from kmdesk.store import repo
from kmdesk.store.rating_files import export_rows
from kmdesk.views import every_role, ordered_rounds, roster
from kmdesk.views.team import TeamAnalysis

TITLE = "kmdesk Table of Freedom"  # the workbook's title property: ours to replace
LONG_SHEET = "ratings"
HEADING_ROWS = 2  # the title and the column headings, repeated on every printed page
FIRST_PERSON_COLUMN = 3  # A: code, B: competency name
NAME_WIDTH = 48  # column B, in characters
LINE_HEIGHT = 18  # points a line of Thai needs, its marks above and below included
_SHEET_NAME_BANNED = str.maketrans({ch: " " for ch in "[]:*?/\\"})


@dataclass(frozen=True)
class MatrixExported:
    path: Path
    sheets: list[str]  # the team-and-round sheets, in order
    ratings: int  # rows of the long sheet


def cell_colours(score: float | None) -> tuple[str, str] | None:
    """(fill, text) colours as RRGGBB for a score, as the app's matrix draws it."""
    if score is None:
        return None
    from matplotlib import colormaps
    from matplotlib.colors import Normalize, to_hex

    from kmdesk.assess.scale import MAX_LEVEL, MIN_LEVEL

    red, green, blue, _ = colormaps[CMAP](Normalize(MIN_LEVEL, MAX_LEVEL)(score))
    dark = 0.299 * red + 0.587 * green + 0.114 * blue < 0.55
    return to_hex((red, green, blue)).lstrip("#").upper(), "FFFFFF" if dark else "000000"


def shown_score(score: float | None) -> float | int | str:
    """A score as the cell holds it: a whole level as a whole number, else one decimal."""
    if score is None:
        return EMPTY
    rounded = float(f"{score:.1f}")
    return int(rounded) if rounded.is_integer() else rounded


def _sheet_name(team: Team, rnd: Round, taken: set[str]) -> str:
    base = f"{team.name} {rnd.title}".translate(_SHEET_NAME_BANNED).strip("' ")[:31] or "sheet"
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.casefold())
    return name


def _columns(people: Sequence[Facilitator], analyses: Sequence[TeamAnalysis]) -> list:
    """The team's people who appear in any role's sums, in the team's order."""
    counted = {f.id for a in analyses for f in a.members}
    return [f for f in people if f.id in counted]


class _Sheet:
    """Writes one team and round onto a worksheet."""

    def __init__(self, sheet, team: Team, rnd: Round, analyses, people, lang: str):
        self.sheet, self.team, self.rnd, self.lang = sheet, team, rnd, lang
        self.analyses = analyses
        self.people = people
        self.last_column = FIRST_PERSON_COLUMN + len(people) + 1

    def write(self) -> None:
        from openpyxl.styles import Alignment, Font

        ws = self.sheet
        title = (
            f"{word('title_matrix', self.lang)} · {self.team.name} · {self.rnd.title} "
            f"({format_date(self.rnd.date, self.lang)})"
        )
        _text_cell(ws.cell(1, 1), title).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=self.last_column)
        headings = ["", word("competencies", self.lang), *(f.name for f in self.people)]
        headings += [word("target", self.lang), word("mean", self.lang)]
        for column, text in enumerate(headings, start=1):
            cell = _text_cell(ws.cell(2, column), text)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        row = HEADING_ROWS + 1
        for analysis in self.analyses:
            row = self._block(analysis, row)
            ws.row_breaks.append(_page_break(row - 1))
        self._layout()

    def _block(self, a: TeamAnalysis, row: int) -> int:
        from openpyxl.styles import Alignment, Font, PatternFill

        ws = self.sheet
        role = a.framework.role(a.role)
        heading = _text_cell(ws.cell(row, 1), role.name.get(self.lang) if role else a.role)
        heading.font = Font(bold=True, size=12)
        heading.fill = PatternFill("solid", fgColor="DDDDDD")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=self.last_column)
        means = {r.competency: r.mean for r in a.river}
        for comp in a.framework.competencies:
            row += 1
            code = ws.cell(row, 1, comp.code)
            code.font = Font(bold=True)
            code.alignment = Alignment(vertical="center")
            text = comp.name.get(self.lang)
            name = _text_cell(ws.cell(row, 2), text)
            name.alignment = Alignment(wrap_text=True, vertical="center")
            ws.row_dimensions[row].height = LINE_HEIGHT * _lines(text, NAME_WIDTH)
            scores = [a.profiles.get(f.id, {}).get(comp.code) for f in self.people]
            target = a.targets.get(comp.code)
            values = [*scores, None if target is None else float(target), means.get(comp.code)]
            for offset, score in enumerate(values):
                self._score(ws.cell(row, FIRST_PERSON_COLUMN + offset), score)
            ws.cell(row, self.last_column - 1).font = Font(bold=True, color=_text(target))
        self._key(row + 1)
        return row + 2

    def _key(self, row: int) -> None:
        """The colours' key under a block: each level in its colour."""
        from openpyxl.styles import Alignment

        from kmdesk.assess.scale import LEVELS

        label = _text_cell(self.sheet.cell(row, 2), word("level", self.lang))
        label.alignment = Alignment(horizontal="right")
        for offset, level in enumerate(LEVELS):
            self._score(self.sheet.cell(row, FIRST_PERSON_COLUMN + offset), float(level))

    def _score(self, cell, score: float | None) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        cell.value = shown_score(score)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        white = Side(style="thin", color="FFFFFF")
        cell.border = Border(left=white, right=white, top=white, bottom=white)
        colours = cell_colours(score)
        if colours is not None:
            fill, text = colours
            cell.fill = PatternFill("solid", fgColor=fill)
            cell.font = Font(color=text)

    def _layout(self) -> None:
        from openpyxl.utils import get_column_letter

        ws = self.sheet
        ws.column_dimensions["A"].width = 6
        ws.column_dimensions["B"].width = NAME_WIDTH
        for column in range(FIRST_PERSON_COLUMN, self.last_column + 1):
            ws.column_dimensions[get_column_letter(column)].width = 13
        ws.row_dimensions[2].height = 34
        ws.freeze_panes = f"{get_column_letter(FIRST_PERSON_COLUMN)}{HEADING_ROWS + 1}"
        ws.print_title_rows = f"1:{HEADING_ROWS}"
        setup = ws.page_setup
        setup.paperSize = ws.PAPERSIZE_A4
        setup.orientation = ws.ORIENTATION_LANDSCAPE
        setup.fitToWidth, setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.oddFooter.center.text = "&P / &N"
        ws.oddFooter.right.text = "&A"


def _lines(text: str, width: int) -> int:
    """Lines ``text`` wraps to in a column ``width`` characters wide: Thai vowel and tone
    marks sit on their letter and take no width, and Thai letters are narrower than Latin
    ones, so rows are sized rather than left to the program (LibreOffice leaves them)."""
    shown = sum(1 for ch in text if unicodedata.category(ch) != "Mn")
    return max(1, math.ceil(shown * 0.8 / width))


def _text_cell(cell, value: object):
    """A value as typed: text starting with = is text here, never a formula."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _text(target: int | None) -> str:
    colours = cell_colours(None if target is None else float(target))
    return colours[1] if colours else "000000"


def _page_break(row: int):
    from openpyxl.worksheet.pagebreak import Break

    return Break(id=row)


def _chosen(session: Session, team_id: str | None, round_id: str | None):
    teams = [t for t in repo.list_teams(session) if team_id is None or t.id == team_id]
    rounds = [r for r in ordered_rounds(session) if round_id is None or r.id == round_id]
    return teams, rounds


def _long_rows(session: Session, teams: list[Team], rounds: list[Round]) -> list[tuple]:
    team_names = {t.name for t in teams}
    round_titles = {r.title for r in rounds}
    return [
        (*row[:4], row.held_on.isoformat(), row.role, row.code, _level(row.level), row.evidence)
        for row in export_rows(session)
        if row[1] in team_names and row.title in round_titles
    ]


def _level(level: int | None) -> int | str:
    return "?" if level is None else level


def check_overwritable(path: Path) -> None:
    """Only a Table of Freedom kmdesk wrote may be replaced; any other file is left alone."""
    if path.suffix.lower() != ".xlsx":
        raise rejected(path, "the Table of Freedom is an Excel workbook: give a name ending .xlsx")
    if not path.exists():
        return
    from openpyxl import load_workbook

    from kmdesk.exchange import limits

    try:
        book = load_workbook(path, read_only=True)
        ours = book.properties.title == TITLE
        book.close()
    except limits.DAMAGED:
        ours = False
    if not ours:
        raise rejected(path, "exists and is not a kmdesk Table of Freedom; it was left untouched")


def export_matrix(
    database,
    path: str | os.PathLike,
    team_id: str | None = None,
    round_id: str | None = None,
    lang: str = "th",
) -> MatrixExported:
    """Write the workbook for one team or all, one round or all; returns what it holds.

    A team with nobody in a round's sums gets no sheet for that round, unless both the team
    and the round were asked for.
    """
    from openpyxl import Workbook

    path = Path(path)
    check_overwritable(path)
    book = Workbook()
    book.remove(book.active)
    book.properties.title = TITLE
    book.properties.creator = "kmdesk"
    names: list[str] = []
    taken = {LONG_SHEET}
    with database.session() as session:
        teams, rounds = _chosen(session, team_id, round_id)
        for team in teams:
            members = roster(session, team)
            for rnd in rounds:
                analyses = every_role(session, team, rnd, members)
                people = _columns(members, analyses)
                if not people and not (team_id and round_id):
                    continue
                sheet = book.create_sheet(_sheet_name(team, rnd, taken))
                _Sheet(sheet, team, rnd, analyses, people, lang).write()
                names.append(sheet.title)
        long_rows = _long_rows(session, teams, rounds)
    _long_sheet(book.create_sheet(LONG_SHEET), long_rows)
    _save(book, path)
    return MatrixExported(path, names, len(long_rows))


LONG_WIDTHS = (24, 16, 12, 12, 12, 14, 10, 7, 60)  # the columns of HEADER
LEVEL_COLUMN = HEADER.index("level") + 1


def _long_sheet(sheet, rows: list[tuple]) -> None:
    """The ratings in the ratings file's long format, printable like the other sheets."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    for r, row in enumerate([HEADER, *rows], start=1):
        for column, value in enumerate(row, start=1):
            cell = _text_cell(sheet.cell(r, column), value)
            if r == 1:
                cell.font = Font(bold=True)
            elif column == len(HEADER):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif column == LEVEL_COLUMN:
                # centred: right-aligned, a level ran into the note beside it in print
                cell.alignment = Alignment(horizontal="center", vertical="top")
    for column, width in enumerate(LONG_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    setup = sheet.page_setup
    setup.paperSize, setup.orientation = sheet.PAPERSIZE_A4, sheet.ORIENTATION_LANDSCAPE
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.center.text = "&P / &N"


def _save(book, path: Path) -> None:
    replace_atomically(path, book.save)


__all__ = ["MatrixExported", "cell_colours", "export_matrix", "shown_score"]
