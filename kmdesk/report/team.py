"""The team report: each role's radar, river, matrix and learning pairs; the team's progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kmdesk.assess.framework import Framework
from kmdesk.assess.thaidate import format_date
from kmdesk.report import chartset
from kmdesk.report.data import TeamReport, TeamRole, team_data
from kmdesk.report.document import Document
from kmdesk.report.markup import (
    esc,
    fields,
    heading,
    para,
    scale_line,
    signature_block,
    table,
    title,
)
from kmdesk.report.progress import progress_table
from kmdesk.report.words import w


def write_team_report(
    database,
    team_id: str,
    round_id: str,
    path: Path | str,
    lang: str = "th",
    anonymous: bool = False,
) -> Path:
    """Write a team's report for one round as an A4 PDF; returns the path.

    ``anonymous`` shows members as letters (A, B, …) and leaves out names and agencies, for
    sharing beyond the team. Raises ``kmdesk.report.NothingToReport`` when nobody in the
    team has rated the round.
    """
    with database.session() as session:
        data = team_data(session, team_id, round_id, anonymous)
    path = Path(path)
    build_team_document(data, lang).write(path)
    return path


def build_team_document(data: TeamReport, lang: str, today: dt.date | None = None) -> Document:
    name = w("title_team", lang)
    edition = f" · {w('anonymous', lang)}" if data.anonymous else ""
    doc = Document(
        title=f"{name}: {data.team.name}, {data.round.title}{edition}",
        lang=lang,
        footer=f"{name} · {data.team.name} · {data.round.title}{edition}",
    )
    _header(doc, data, lang, today or dt.date.today())
    for role in data.roles:
        _role_section(doc, data, role, lang)
    _progress_section(doc, data, lang)
    doc.add(signature_block(lang, [(w("preparer", lang), ""), (w("certifier", lang), "")]))
    return doc


def _header(doc: Document, data: TeamReport, lang: str, today: dt.date) -> None:
    fw = data.framework
    rnd = data.round
    doc.add(title(w("title_team", lang)))
    doc.add(
        f'<p align="center">{esc(w("team", lang))} {esc(data.team.name)} · {esc(rnd.title)} · '
        f"{esc(format_date(rnd.date, lang, long=True))}</p>"
    )
    if data.anonymous:
        doc.add(f'<p align="center"><b>{esc(w("anonymous_note", lang))}</b></p>')
    doc.add(f"<p><b>{esc(w('purpose', lang))}</b> {esc(fw.purpose.get(lang))}</p>")
    doc.add(
        fields(
            [
                [
                    (w("team", lang), f"<b>{esc(data.team.name)}</b>"),
                    (w("round", lang), esc(rnd.title)),
                ],
                [
                    (w("round_date", lang), esc(format_date(rnd.date, lang, long=True))),
                    (w("framework_version", lang), str(rnd.framework_version)),
                ],
                [(w("printed", lang), esc(format_date(today, lang, long=True)))],
            ]
        )
    )
    doc.add(heading(w("members", lang), 3))
    doc.add(_members_table(data, lang))
    doc.add(scale_line(fw, lang))


def _members_table(data: TeamReport, lang: str) -> str:
    fw = data.framework
    rows = []
    for i, member in enumerate(data.members, start=1):
        roles = "<br>".join(
            esc(fw.role(code).name.get(lang)) for code in data.roles_of.get(member.id, [])
        )
        row = [str(i), esc(data.labels[member.id])]
        if not data.anonymous:
            row.append(esc(member.agency or "–"))
        rows.append([*row, roles or "–"])
    head = ["#", esc(w("member", lang))]
    widths = [6, 30]
    if not data.anonymous:
        head.append(esc(w("agency", lang)))
        widths.append(18)
    head.append(esc(w("roles_rated", lang)))
    widths.append(100 - sum(widths))
    return table(head, rows, widths=widths, align=["center"] + ["left"] * (len(head) - 1))


def _role_section(doc: Document, data: TeamReport, role: TeamRole, lang: str) -> None:
    fw = data.framework
    r = fw.role(role.analysis.role)
    doc.add(heading(f"{w('role_section', lang)}: {r.name.get(lang)}", 2, page_break=True))
    rated = w("rated_count", lang, n=len(role.rated), total=len(data.members))
    doc.add(para(f"{r.about.get(lang)} · {rated}", "note"))
    if not role.rated:
        doc.add(para(w("no_ratings_role", lang)))
        return
    doc.chart(chartset.team_radar(data, role, lang))
    doc.chart(chartset.team_river(data, role, lang))
    doc.chart(chartset.team_matrix(data, role, lang))
    doc.chart(chartset.team_pairs(data, role, lang))
    doc.add(heading(w("pairs", lang), 3))
    doc.add(_pairs_table(fw, data, role, lang))
    doc.add(heading(w("outside_list", lang), 3))
    outside = role.analysis.outside_help
    if outside:
        items = "".join(
            f"<li><b>{esc(code)}</b> {esc(fw.competency(code).name.get(lang))}</li>"
            for code in outside
        )
        doc.add(f"<ul>{items}</ul>")
    else:
        doc.add(para(w("none", lang)))


def _pairs_table(fw: Framework, data: TeamReport, role: TeamRole, lang: str) -> str:
    label = data.labels
    rows = []
    for cp in role.analysis.pairs:
        if not cp.pairs:
            continue
        pairs = "; ".join(
            f"{esc(label[p.learner])} → "
            + (esc(label[p.supplier]) if p.supplier else esc(w("outside_short", lang)))
            for p in cp.pairs
        )
        rows.append(
            [
                f"<b>{esc(cp.competency)}</b> {esc(fw.competency(cp.competency).name.get(lang))}",
                pairs,
            ]
        )
    if not rows:
        return para(w("none", lang))
    head = [
        esc(w("competency", lang)),
        esc(f"{w('pair_learner', lang)} → {w('pair_supplier', lang)}"),
    ]
    return table(head, rows, widths=[50, 50])


def _progress_section(doc: Document, data: TeamReport, lang: str) -> None:
    doc.add(heading(w("team_progress", lang), 2, page_break=True))
    doc.add(para(w("team_progress_note", lang), "note"))
    for role in data.roles:
        series = [(r, role.means[r.id]) for r in data.rounds if r.id in role.means]
        if not series:
            continue
        doc.add(heading(data.framework.role(role.analysis.role).name.get(lang), 3))
        doc.add(progress_table(data.framework, series, role.analysis.targets, lang))
