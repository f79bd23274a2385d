"""The peer of kmdesk's reports: Table-of-Freedom workbooks as teams keep them in a spreadsheet."""

# What teams use today is a workbook: one sheet per role, competencies down the side, one
# column per person with their mean for the round, then the target and the team's mean, and
# a radar chart of it all, printed to PDF. These workbooks are made with openpyxl from the
# same database the kmdesk report reads (plain SQL, so they do not lean on kmdesk's code), in
# the Thai font kmdesk's documents use, A4 landscape, one page per sheet.

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import RadarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

ROLE_LABELS = {
    "coordinator": "ผู้ประสานงาน",
    "process_lead": "ผู้นำกระบวนการ",
    "recorder": "ผู้บันทึก",
}
FONT = "Laksaman"  # kmdesk's document font; the bench lets LibreOffice find it (peers.py)


@dataclass(frozen=True)
class Table:
    """One team's (or one person's) round: who, which competencies, scores and targets."""

    team: str
    round_title: str
    people: list[str]
    competencies: list[tuple[str, str]]  # (code, Thai name), framework order
    scores: dict[str, dict[str, dict[str, float]]]  # role -> person -> competency -> mean
    targets: dict[str, dict[str, int]]  # role -> competency -> target


def read_table(db: Path, team: str, round_number: int, person: str | None = None) -> Table:
    """Means per person, role and competency for the team in the round (number in date order)."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        round_id, title, version = conn.execute(
            "SELECT id, title, framework_version_id FROM round ORDER BY held_on, id "
            "LIMIT 1 OFFSET ?",
            (round_number - 1,),
        ).fetchone()
        people = [
            name
            for (name,) in conn.execute(
                "SELECT f.name FROM facilitator f JOIN team t ON t.id = f.team_id "
                "WHERE t.name = ? ORDER BY f.name",
                (team,),
            )
            if person is None or name == person
        ]
        competencies = list(
            conn.execute(
                "SELECT c.code, c.name_th FROM competency c WHERE c.code IN "
                "(SELECT competency_code FROM indicator WHERE version_id = ?) "
                "ORDER BY c.position",
                (version,),
            )
        )
        scores: dict[str, dict[str, dict[str, float]]] = {}
        for name, role, code, mean in conn.execute(
            "SELECT f.name, r.role, i.competency_code, AVG(r.level) FROM rating r "
            "JOIN facilitator f ON f.id = r.facilitator_id "
            "JOIN team t ON t.id = f.team_id "
            "JOIN indicator i ON i.id = r.indicator_id "
            "WHERE t.name = ? AND r.round_id = ? AND r.level IS NOT NULL "
            "GROUP BY f.name, r.role, i.competency_code",
            (team, round_id),
        ):
            if name in people:
                scores.setdefault(role, {}).setdefault(name, {})[code] = mean
        targets: dict[str, dict[str, int]] = {}
        for role, code, level in conn.execute("SELECT role, competency_code, level FROM target"):
            targets.setdefault(role, {})[code] = level
    finally:
        conn.close()
    if not people or not scores:
        raise ValueError(f"no ratings for {person or team} in round {round_number} of {db}")
    return Table(team, title, people, competencies, scores, targets)


def write_workbook(table: Table, path: Path) -> Path:
    """One sheet per role: the table, a mean column (a formula, as in Excel), one radar chart."""
    book = Workbook()
    book.remove(book.active)
    bold = Font(name=FONT, bold=True, size=14)
    plain = Font(name=FONT, size=12)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    for role in ROLE_LABELS:
        if role not in table.scores:
            continue
        sheet = book.create_sheet(ROLE_LABELS[role])
        who = table.people[0] if len(table.people) == 1 else f"ทีม{table.team}"
        sheet["A1"] = f"ตารางอิสรภาพ {who} · {table.round_title} · บทบาท{ROLE_LABELS[role]}"
        sheet["A1"].font = bold
        header = ["รหัส", "สมรรถนะ", *table.people, "เป้าหมาย"]
        single = len(table.people) == 1
        header += ["ช่องว่าง" if single else "ค่าเฉลี่ยทีม"]
        for col, text in enumerate(header, start=1):
            cell = sheet.cell(row=3, column=col, value=text)
            cell.font = Font(name=FONT, bold=True, size=12)
            cell.fill = head_fill
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
        first_person, last_person = 3, 2 + len(table.people)
        target_col = last_person + 1
        for row, (code, name) in enumerate(table.competencies, start=4):
            sheet.cell(row=row, column=1, value=code).font = plain
            sheet.cell(row=row, column=2, value=name).font = plain
            for col, person in enumerate(table.people, start=first_person):
                mean = table.scores[role].get(person, {}).get(code)
                cell = sheet.cell(row=row, column=col, value=round(mean, 2) if mean else None)
                cell.font = plain
                cell.number_format = "0.00"
            sheet.cell(row=row, column=target_col, value=table.targets.get(role, {}).get(code))
            sheet.cell(row=row, column=target_col).font = plain
            a, b = get_column_letter(first_person), get_column_letter(last_person)
            t = get_column_letter(target_col)
            formula = f"={t}{row}-{a}{row}" if single else f"=AVERAGE({a}{row}:{b}{row})"
            cell = sheet.cell(row=row, column=target_col + 1, value=formula)
            cell.font = plain
            cell.number_format = "0.00"
        last_row = 3 + len(table.competencies)
        sheet.column_dimensions["A"].width = 7
        sheet.column_dimensions["B"].width = 46
        for col in range(first_person, target_col + 2):
            sheet.column_dimensions[get_column_letter(col)].width = 16
        chart = RadarChart()
        chart.type = "marker"
        chart.style = 26
        chart.title = f"{who} · {ROLE_LABELS[role]}"
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 5
        chart.y_axis.delete = False
        data = Reference(
            sheet, min_col=first_person, max_col=target_col, min_row=3, max_row=last_row
        )
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=1, min_row=4, max_row=last_row))
        chart.width, chart.height = 18, 12
        sheet.add_chart(chart, f"B{last_row + 3}")
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 1
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    tmp = path.with_suffix(".tmp.xlsx")
    book.save(tmp)
    tmp.replace(path)
    return path
