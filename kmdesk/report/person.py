"""The personal report: one facilitator's self-assessment in one round, as a form to sign."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kmdesk.assess.framework import Indicator
from kmdesk.assess.thaidate import format_date
from kmdesk.report import chartset, plan
from kmdesk.report.data import PersonReport, PersonRole, person_data
from kmdesk.report.document import Document
from kmdesk.report.markup import (
    esc,
    fields_inline,
    group,
    heading,
    key_block,
    none_line,
    para,
    scale_line,
    short_role,
    signature_block,
    table,
    title,
)
from kmdesk.report.progress import progress_table
from kmdesk.report.words import w


def write_person_report(
    database,
    facilitator_id: str,
    round_id: str,
    path: Path | str,
    lang: str = "th",
    *,
    role: str | None = None,
    appendix: bool = False,
) -> Path:
    """Write one facilitator's report for one round as an A4 PDF; returns the path.

    ``role`` (a role code) reports that role only; ``appendix`` adds the framework's sentence
    for every level chosen. Raises ``kmdesk.report.NothingToReport`` when the person has no
    rating in the round (in that role).
    """
    with database.session() as session:
        data = person_data(session, facilitator_id, round_id, role=role)
    data = plan.with_person_actions(database, data, lang)
    path = Path(path)
    build_person_document(data, lang, appendix=appendix).write(path)
    return path


def build_person_document(
    data: PersonReport, lang: str, today: dt.date | None = None, *, appendix: bool = False
) -> Document:
    name = w("title_person", lang)
    doc = Document(
        title=f"{name}: {data.person.name}, {data.round.title}",
        lang=lang,
        footer=f"{name} · {data.person.name} · {data.round.title}",
    )
    _header(doc, data, lang, today or dt.date.today())
    _profiles(doc, data, lang)
    _ratings(doc, data, lang)
    _learning(doc, data, lang)
    for part in plan.person_parts(data, lang):
        doc.add(part)
    _progress_section(doc, data, lang)
    for part in _questions(data, lang):
        doc.add(part)
    # the place to sign never starts a page alone: the last question comes along
    signers = [(w("assessor", lang), data.person.name), (w("reviewer", lang), "")]
    doc.add(signature_block(lang, signers))
    if appendix:
        _appendix(doc, data, lang)
    return doc


def _role_label(role: PersonRole, lang: str) -> str:
    return short_role(role.role.name.get(lang))


def _header(doc: Document, data: PersonReport, lang: str, today: dt.date) -> None:
    rnd = data.round
    doc.add(title(w("title_person", lang)))
    line = [rnd.title, format_date(rnd.date, lang, long=True)]
    if len(data.roles) == 1:
        # one role: named here, and its charts follow without a heading of their own
        role = data.roles[0]
        line.insert(0, f"{w('role_section', lang)}: {role.role.name.get(lang)}{_answers(role)}")
    doc.add(f'<p align="center"><b>{esc(line[0])}</b> · {esc(" · ".join(line[1:]))}</p>')
    team = data.team.name if data.team else w("no_team", lang)
    doc.add(
        fields_inline(
            [
                [
                    (w("name", lang), f"<b>{esc(data.person.name)}</b>"),
                    (w("agency", lang), esc(data.person.agency or "–")),
                    (w("team_short", lang), esc(team)),
                ],
                [
                    (w("round", lang), esc(rnd.title)),
                    (w("framework_version", lang), str(rnd.framework_version)),
                    (w("printed", lang), esc(format_date(today, lang))),
                ],
            ]
        )
    )


def _profiles(doc: Document, data: PersonReport, lang: str) -> None:
    """Every role's radar and stairs, and under them the key to the competency codes."""
    fw = data.framework
    names = {c.code: c.name.get(lang) for c in fw.competencies}
    key = key_block(fw.codes, names, w("key", lang))
    radars, stairs, legend = chartset.person_grid(data.roles, data.round.title, lang, fw.codes)
    if len(data.roles) == 1:
        charts = doc.charts_row([radars[0], stairs[0]])
        doc.keep([charts, doc.charts_row([legend]), key])
        return
    head = heading(w("profiles_roles", lang), 2)
    labels = [
        f"{_mark(i)} {esc(_role_label(role, lang))}{_answers(role)}"
        for i, role in enumerate(data.roles)
    ]
    grid = doc.charts_grid(labels, [radars, stairs])
    doc.keep([head, grid, doc.charts_row([legend]), key])


def _answers(role: PersonRole) -> str:
    """ " · 5/18" after a role whose indicators were not all answered, as the app shows it."""
    answers = role.answers
    return "" if answers is None or answers.complete else f" · {answers.rated}/{answers.of}"


MARKS = "①②③④⑤⑥⑦⑧⑨"


def _mark(index: int) -> str:
    """The role's mark in the tables of a several-role report: ①, ②, ③."""
    return MARKS[index] if index < len(MARKS) else str(index + 1)


def _ratings(doc: Document, data: PersonReport, lang: str) -> None:
    """One row per indicator: the level chosen in each role, and the evidence written."""
    fw = data.framework
    several = len(data.roles) > 1
    doc.add(heading(w("table_title", lang), 2))
    doc.add(scale_line(fw, lang))
    rows = []
    for ind in fw.indicators:
        rated = [(i, role.ratings.get(ind.code)) for i, role in enumerate(data.roles)]
        if ind.retired and all(r is None for _, r in rated):
            continue
        cell = f"<b>{esc(ind.code)}</b> {esc(ind.text.get(lang))}"
        notes = _evidence(rated, several)
        for n, (marks, note) in enumerate(notes):
            # one role's single note follows the indicator on its line when it fits
            gap = " " if not several and n == 0 else "<br>"
            cell += f'{gap}<span class="evidence">▸ {marks}{esc(note)}</span>'
        rows.append([cell, *(_level_cell(r) for _, r in rated)])
    if several:
        level_heads = [f"{_mark(i)}<br>{esc(w('level', lang))}" for i in range(len(data.roles))]
        legend = " · ".join(
            f"{_mark(i)} {esc(_role_label(r, lang))}" for i, r in enumerate(data.roles)
        )
        first = f"{esc(w('indicator', lang))} ▸ {esc(w('evidence', lang))} ({legend})"
    else:
        level_heads = [esc(w("level", lang))]
        first = f"{esc(w('indicator', lang))} ▸ {esc(w('evidence', lang))}"
    n = len(level_heads)
    doc.add(
        table(
            [first, *level_heads],
            rows,
            widths=[100 - 8 * n] + [8] * n,
            align=["left"] + ["center"] * n,
            cls="ratings",
            pad=2,
        )
    )


def _evidence(rated, several: bool) -> list[tuple[str, str]]:
    """(the roles' marks, note) for each distinct note: a note written in two roles is
    printed once, marked with both."""
    by_note: dict[str, list[str]] = {}
    for i, rating in rated:
        if rating is not None and rating.evidence.strip():
            by_note.setdefault(rating.evidence.strip(), []).append(_mark(i))
    return [("".join(marks) + " " if several else "", note) for note, marks in by_note.items()]


def _level_cell(rating) -> str:
    if rating is None:
        return "–"
    return "<b>?</b>" if rating.level is None else f"<b>{rating.level}</b>"


def _learning(doc: Document, data: PersonReport, lang: str) -> None:
    """Whom to learn the far-behind competencies from, and what this person can pass on:
    one line per role."""
    several = len(data.roles) > 1
    lines = []
    for i, role in enumerate(data.roles):
        if role.learn is None:
            continue
        parts = []
        if role.learn:
            parts.append(_whom(role, lang, labelled=several))
        if role.shares:
            parts.append(f"<b>{esc(w('can_share', lang))}:</b> {esc(', '.join(role.shares))}")
        if not parts:
            parts.append(esc(w("no_learning", lang)))
        label = f"{_mark(i)} <b>{esc(_role_label(role, lang))}</b> – " if several else ""
        lines.append(label + " · ".join(parts))
    title_ = w("learn_from", lang)
    if not lines:
        doc.add(none_line(title_, w("no_team", lang)))
        return
    if all(not role.learn and not role.shares for role in data.roles if role.learn is not None):
        doc.add(none_line(title_, w("no_learning", lang)))
        return
    if not several:
        doc.add(f"<p><b>{esc(title_)}:</b> {lines[0]}</p>")
        return
    doc.add(heading(title_, 2))
    doc.add("".join(f"<p>{line}</p>" for line in lines))


def _whom(role: PersonRole, lang: str, labelled: bool) -> str:
    """ "สุภาพร: K2, S6 · outside help: S8": the codes to learn, by the person to learn from."""
    by: dict[str, list[str]] = {}
    for item in role.learn:
        by.setdefault(item.supplier or "", []).append(item.competency)
    parts = []
    for supplier, codes in sorted(by.items(), key=lambda kv: kv[0] == ""):
        who = (
            esc(supplier)
            if supplier
            else f'<span class="muted">{esc(w("outside_short", lang))}</span>'
        )
        parts.append(f"{who} ({esc(', '.join(codes))})")
    label = f"<b>{esc(w('learn_col_from', lang))}:</b> " if labelled else ""
    return label + ", ".join(parts)


def _progress_section(doc: Document, data: PersonReport, lang: str) -> None:
    doc.add(heading(w("progress", lang), 2))
    doc.add(para(w("progress_note", lang), "note"))
    groups = [
        (
            role.role.name.get(lang) if len(data.roles) > 1 else "",
            [(p.round, p.profile) for p in role.progress],
            role.targets,
        )
        for role in data.roles
    ]
    doc.add(progress_table(data.framework, groups, lang))


def _questions(data: PersonReport, lang: str) -> list[str]:
    """The not-sure answers as questions to talk over in the team's circle (their notes are
    in the ratings table above)."""
    fw = data.framework
    several = len(data.roles) > 1
    rows = []
    for i, role in enumerate(data.roles):
        for ind in fw.indicators:
            rating = role.ratings.get(ind.code)
            if rating is None or rating.level is not None:
                continue
            asked = f"<b>{esc(ind.code)}</b> {esc(w('question', lang, text=ind.text.get(lang)))}"
            who = [f"{_mark(i)} {esc(_role_label(role, lang))}"] if several else []
            rows.append([str(len(rows) + 1), *who, asked])
    if not rows:
        return [none_line(w("questions", lang), w("no_questions", lang))]
    heads = ["#", esc(w("to_discuss", lang))]
    widths = [5, 95]
    if several:
        heads.insert(1, esc(w("role", lang)))
        widths = [5, 22, 73]
    align = ["center"] + ["left"] * (len(heads) - 1)
    listed = table(heads, rows, widths=widths, align=align, cls="small", pad=2)
    note = w("questions_note", lang).format(not_sure=fw.not_sure.get(lang))
    return [heading(w("questions", lang), 2), para(note, "note"), listed]


def _appendix(doc: Document, data: PersonReport, lang: str) -> None:
    """For each indicator, the sentence of each level chosen, and the roles that chose it."""
    fw = data.framework
    several = len(data.roles) > 1
    doc.add(heading(w("appendix", lang), 2, page_break=True))
    doc.add(para(w("appendix_note", lang), "note"))
    rows: list = []
    for ind in fw.indicators:
        chosen = _chosen_levels(ind, data, lang)
        if not chosen:
            continue
        rows.append(group(f"<b>{esc(ind.code)}</b> {esc(ind.text.get(lang))}"))
        for level, roles in chosen.items():
            cell = f"<b>{level}</b> {esc(fw.level_names[level - 1].get(lang))}"
            if several:
                cell += f'<br><span class="muted">{esc(", ".join(roles))}</span>'
            rows.append([cell, esc(ind.level_text(level).get(lang))])
    heads = [esc(w("level_chosen", lang)), esc(w("level_says", lang))]
    doc.add(table(heads, rows, widths=[27, 73], cls="small", pad=2))


def _chosen_levels(ind: Indicator, data: PersonReport, lang: str) -> dict[int, list[str]]:
    """Level -> the roles (short names) in which it was chosen for ``ind``, lowest first."""
    out: dict[int, list[str]] = {}
    for role in data.roles:
        rating = role.ratings.get(ind.code)
        if rating is not None and rating.level is not None:
            out.setdefault(rating.level, []).append(_role_label(role, lang))
    return dict(sorted(out.items()))
