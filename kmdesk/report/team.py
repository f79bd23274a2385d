"""The team report: each role's radar, river, matrix and learning pairs; the team's progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kmdesk.assess.framework import Framework
from kmdesk.assess.thaidate import format_date
from kmdesk.charts.words import completeness_note
from kmdesk.report import chartset, plan
from kmdesk.report.data import TeamReport, TeamRole, team_data
from kmdesk.report.document import Document
from kmdesk.report.markup import (
    esc,
    fields,
    heading,
    key_block,
    none_line,
    para,
    scale_line,
    signature_block,
    table,
    title,
)
from kmdesk.report.progress import progress_table
from kmdesk.report.words import w
from kmdesk.views import incomplete_marks


def write_team_report(
    database,
    team_id: str,
    round_id: str,
    path: Path | str,
    lang: str = "th",
    anonymous: bool = False,
    *,
    role: str | None = None,
    compare_round_id: str | None = None,
    include_incomplete: bool = True,
) -> Path:
    """Write a team's report for one round as an A4 PDF; returns the path.

    ``anonymous`` shows members as letters (A, B, …) and leaves out names and agencies, for
    sharing beyond the team. ``role`` (a role code) reports that role only. The river is
    compared with ``compare_round_id`` (the round chosen on screen), by default the round
    before. Members who have not answered every indicator are marked "(5/18)" and counted,
    or with ``include_incomplete=False`` left out of the sums; the report says which.
    Raises ``kmdesk.report.NothingToReport`` when nobody in the team has rated the round (in
    that role).
    """
    with database.session() as session:
        data = team_data(
            session,
            team_id,
            round_id,
            anonymous,
            role=role,
            compare_round_id=compare_round_id,
            include_incomplete=include_incomplete,
        )
    data = plan.with_team_plans(database, data, lang)
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
    charts = chartset.team_charts(data, lang)  # all at once: two processes draw them
    for role in data.roles:
        _role_section(doc, data, role, lang, charts)
        for part in plan.team_role_parts(data, role, lang):
            doc.add(part)
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
    analyses = {r.analysis.role: r.analysis for r in data.roles}
    rows = []
    for i, member in enumerate(data.members, start=1):
        roles = "<br>".join(
            _answered(fw.role(code).name.get(lang), analyses[code].completeness_of(member.id))
            for code in data.roles_of.get(member.id, [])
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


def _answered(role_name: str, answers) -> str:
    """A role a member rated, with their answers when not complete: "ผู้บันทึก · 5/18"."""
    if answers.complete:
        return esc(role_name)
    return f"{esc(role_name)} · <b>{answers.rated}/{answers.of}</b>"


def _role_section(doc: Document, data: TeamReport, role: TeamRole, lang: str, charts: dict) -> None:
    fw = data.framework
    r = fw.role(role.analysis.role)
    doc.add(heading(f"{w('role_section', lang)}: {r.name.get(lang)}", 2, page_break=True))
    note = [r.about.get(lang), w("rated_count", lang, n=len(role.rated), total=len(data.members))]
    if role.previous is not None:
        note.append(w("compared_with", lang, round=role.previous[0].title))
    doc.add(para(" · ".join(note), "note"))
    marked = incomplete_marks(role.analysis, data.labels)
    if marked:
        doc.add(f"<p><b>{esc(completeness_note(data.include_incomplete, marked, lang))}</b></p>")
    if not role.rated:
        doc.add(para(w("no_ratings_role", lang), "note"))
        return
    code = role.analysis.role
    doc.chart(charts[code, "radar"])
    doc.chart(charts[code, "river"])
    names = {c.code: c.name.get(lang) for c in fw.competencies}
    matrix = doc.chart_html(charts[code, "matrix"])
    doc.keep([matrix, key_block(fw.codes, names, w("key", lang))])
    has_pairs = any(cp.pairs for cp in role.analysis.pairs)
    outside = role.analysis.outside_help
    help_line = (
        f"<p><b>{esc(w('outside_list', lang))}:</b> "
        + ", ".join(
            f"<b>{esc(code)}</b> {esc(fw.competency(code).name.get(lang))}" for code in outside
        )
        + "</p>"
        if outside
        else none_line(w("outside_list", lang), w("none", lang))
    )
    if not has_pairs:
        # nothing to draw: the two lines stay with the matrix above them
        doc.add(none_line(w("pairs", lang), w("none", lang)))
        doc.add(help_line)
        return
    doc.chart(charts[code, "pairs"])
    doc.add(heading(w("pairs", lang), 3))
    doc.add(_pairs_table(fw, data, role, lang))
    doc.add(help_line)


def _pairs_table(fw: Framework, data: TeamReport, role: TeamRole, lang: str) -> str:
    label = chartset.team_labels(data, role)
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
    head = [
        esc(w("competency", lang)),
        esc(f"{w('pair_learner', lang)} → {w('pair_supplier', lang)}"),
    ]
    return table(head, rows, widths=[50, 50])


def _progress_section(doc: Document, data: TeamReport, lang: str) -> None:
    doc.add(heading(w("team_progress", lang), 2, page_break=True))
    doc.add(para(w("team_progress_note", lang), "note"))
    groups = []
    for role in data.roles:
        series = [(r, role.means[r.id]) for r in data.rounds if r.id in role.means]
        if series:
            name = data.framework.role(role.analysis.role).name.get(lang)
            groups.append((name if len(data.roles) > 1 else "", series, role.analysis.targets))
    doc.add(progress_table(data.framework, groups, lang))
