"""The personal report: one facilitator's self-assessment in one round, as a form to sign."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kmdesk.assess.framework import Framework
from kmdesk.assess.thaidate import format_date
from kmdesk.report import chartset
from kmdesk.report.data import PersonReport, PersonRole, person_data
from kmdesk.report.document import Document
from kmdesk.report.markup import (
    esc,
    fields,
    group,
    heading,
    para,
    scale_line,
    score,
    signature_block,
    table,
    title,
)
from kmdesk.report.progress import progress_table
from kmdesk.report.words import w


def write_person_report(
    database, facilitator_id: str, round_id: str, path: Path | str, lang: str = "th"
) -> Path:
    """Write one facilitator's report for one round as an A4 PDF; returns the path.

    Raises ``kmdesk.report.NothingToReport`` when the person has no rating in the round.
    """
    with database.session() as session:
        data = person_data(session, facilitator_id, round_id)
    path = Path(path)
    build_person_document(data, lang).write(path)
    return path


def build_person_document(data: PersonReport, lang: str, today: dt.date | None = None) -> Document:
    name = w("title_person", lang)
    doc = Document(
        title=f"{name}: {data.person.name}, {data.round.title}",
        lang=lang,
        footer=f"{name} · {data.person.name} · {data.round.title}",
    )
    _header(doc, data, lang, today or dt.date.today())
    for role in data.roles:
        _role_section(doc, data, role, lang)
    _progress_section(doc, data, lang)
    # the questions and the place to sign stay together (no signature alone on a page)
    signers = [(w("assessor", lang), data.person.name), (w("reviewer", lang), "")]
    doc.keep([*_questions(data, lang), signature_block(lang, signers)])
    return doc


def _header(doc: Document, data: PersonReport, lang: str, today: dt.date) -> None:
    fw = data.framework
    rnd = data.round
    doc.add(title(w("title_person", lang)))
    doc.add(
        f'<p align="center">{esc(rnd.title)} · {esc(format_date(rnd.date, lang, long=True))}</p>'
    )
    doc.add(f"<p><b>{esc(w('purpose', lang))}</b> {esc(fw.purpose.get(lang))}</p>")
    roles = ", ".join(r.role.name.get(lang) for r in data.roles)
    doc.add(
        fields(
            [
                [
                    (w("name", lang), f"<b>{esc(data.person.name)}</b>"),
                    (w("agency", lang), esc(data.person.agency or "–")),
                ],
                [
                    (w("team", lang), esc(data.team.name if data.team else w("no_team", lang))),
                    (w("round", lang), esc(rnd.title)),
                ],
                [
                    (w("round_date", lang), esc(format_date(rnd.date, lang, long=True))),
                    (w("framework_version", lang), str(rnd.framework_version)),
                ],
                [(w("roles_rated", lang), esc(roles))],
                [(w("printed", lang), esc(format_date(today, lang, long=True)))],
            ]
        )
    )
    doc.add(scale_line(fw, lang))


def _role_section(doc: Document, data: PersonReport, role: PersonRole, lang: str) -> None:
    fw = data.framework
    doc.add(heading(f"{w('role_section', lang)}: {role.role.name.get(lang)}", 2))
    doc.add(para(role.role.about.get(lang), "note"))
    doc.charts_side_by_side(
        [
            chartset.person_radar(role, data.round.title, lang, fw.codes),
            chartset.person_stairs(role, lang),
        ]
    )
    doc.add(heading(w("table_title", lang), 3))
    doc.add(_ratings_table(fw, role, lang))
    doc.add(heading(w("learn_from", lang), 3))
    doc.add(_learn_block(fw, role, lang))


def _level_cell(level: int | None, rated: bool) -> str:
    if not rated:
        return "–"
    return "<b>?</b>" if level is None else f"<b>{level}</b>"


def _indicator_cell(fw: Framework, ind, level: int | None, rated: bool, lang: str) -> str:
    """The indicator, then the sentence of the level the person chose, in one paragraph."""
    head = f'<b>{esc(ind.code)}</b> <span class="muted">{esc(ind.text.get(lang))}</span>'
    if not rated:
        chosen = f'<span class="muted">{esc(w("not_rated", lang))}</span>'
    elif level is None:
        chosen = f'<span class="muted">{esc(fw.not_sure.get(lang))}</span>'
    else:
        name = fw.level_names[level - 1].get(lang)
        chosen = f"<b>{esc(name)}:</b> {esc(ind.level_text(level).get(lang))}"
    return f"{head} ▸ {chosen}"


def _ratings_table(fw: Framework, role: PersonRole, lang: str) -> str:
    rows: list = []
    for comp in fw.competencies:
        mean = role.profile.get(comp.code)
        rows.append(
            group(
                f"{esc(comp.code)} {esc(comp.name.get(lang))}"
                f' <span class="muted">· {esc(w("mean", lang))} {score(mean)}'
                f" · {esc(w('target', lang))} {role.targets.get(comp.code, '–')}</span>"
            )
        )
        for ind in comp.indicators:
            rating = role.ratings.get(ind.code)
            if ind.retired and rating is None:
                continue
            level = rating.level if rating else None
            rows.append(
                [
                    _indicator_cell(fw, ind, level, rating is not None, lang),
                    _level_cell(level, rating is not None),
                    esc(rating.evidence if rating else ""),
                ]
            )
    return table(
        [
            f"{esc(w('indicator', lang))} ▸ {esc(w('level_sentence', lang))}",
            esc(w("level", lang)),
            esc(w("evidence", lang)),
        ],
        rows,
        widths=[66, 9, 25],
        align=["left", "center", "left"],
    )


def _competency(fw: Framework, code: str, lang: str) -> str:
    return f"<b>{esc(code)}</b> {esc(fw.competency(code).name.get(lang))}"


def _learn_block(fw: Framework, role: PersonRole, lang: str) -> str:
    if role.learn is None:
        return para(w("no_team", lang), "note")
    parts = []
    if role.learn:
        rows = [
            [
                _competency(fw, item.competency, lang),
                f"{score(item.score)} / {item.target}",
                esc(item.supplier)
                if item.supplier
                else f'<span class="muted">{esc(w("outside", lang))}</span>',
            ]
            for item in role.learn
        ]
        parts.append(
            table(
                [
                    esc(w("competency", lang)),
                    esc(w("learn_col_now", lang)),
                    esc(w("learn_col_from", lang)),
                ],
                rows,
                widths=[55, 15, 30],
                align=["left", "center", "left"],
            )
        )
    else:
        parts.append(para(w("no_learning", lang), "note"))
    if role.shares:
        shared = ", ".join(f"{code} {fw.competency(code).name.get(lang)}" for code in role.shares)
        parts.append(f"<p><b>{esc(w('can_share', lang))}:</b> {esc(shared)}</p>")
    return "".join(parts)


def _progress_section(doc: Document, data: PersonReport, lang: str) -> None:
    doc.add(heading(w("progress", lang), 2))
    doc.add(para(w("progress_note", lang), "note"))
    for role in data.roles:
        doc.add(heading(role.role.name.get(lang), 3))
        series = [(p.round, p.profile) for p in role.progress]
        doc.add(progress_table(data.framework, series, role.targets, lang))


def _questions(data: PersonReport, lang: str) -> list[str]:
    """The not-sure answers as questions to talk over in the team's circle."""
    fw = data.framework
    rows = []
    for role in data.roles:
        for ind in fw.indicators:
            rating = role.ratings.get(ind.code)
            if rating is None or rating.level is not None:
                continue
            rows.append(
                [
                    str(len(rows) + 1),
                    esc(role.role.name.get(lang)),
                    f"<b>{esc(ind.code)}</b> {esc(w('question', lang, text=ind.text.get(lang)))}",
                    esc(rating.evidence),
                ]
            )
    parts = [
        heading(w("questions", lang), 2),
        para(w("questions_note", lang).format(not_sure=fw.not_sure.get(lang)), "note"),
    ]
    if not rows:
        return [*parts, para(w("no_questions", lang))]
    listed = table(
        ["#", esc(w("role", lang)), esc(w("to_discuss", lang)), esc(w("evidence", lang))],
        rows,
        widths=[5, 22, 45, 28],
        align=["center", "left", "left", "left"],
    )
    return [*parts, listed]
