"""The team analysis and the framework as readable text for the terminal, in Thai or English."""

from __future__ import annotations

from kmdesk.assess.framework import Framework
from kmdesk.assess.thaidate import format_date
from kmdesk.cli.terminal import number, table
from kmdesk.views import TeamAnalysis, mark
from kmdesk.wording import QT_TRANSLATE_NOOP, Words

WORDS = Words(
    "TerminalWords",
    {
        "team": QT_TRANSLATE_NOOP("TerminalWords", "Team"),
        "river": QT_TRANSLATE_NOOP("TerminalWords", "River (team's lowest–mean–highest)"),
        "stairs": QT_TRANSLATE_NOOP("TerminalWords", "Learning stairs"),
        "pairs": QT_TRANSLATE_NOOP("TerminalWords", "Who learns from whom"),
        "outside": QT_TRANSLATE_NOOP("TerminalWords", "Needs outside help"),
        "code": QT_TRANSLATE_NOOP("TerminalWords", "Code"),
        "min": QT_TRANSLATE_NOOP("TerminalWords", "Min"),
        "mean": QT_TRANSLATE_NOOP("TerminalWords", "Mean"),
        "max": QT_TRANSLATE_NOOP("TerminalWords", "Max"),
        "target": QT_TRANSLATE_NOOP("TerminalWords", "Target"),
        "current": QT_TRANSLATE_NOOP("TerminalWords", "Now"),
        "gap": QT_TRANSLATE_NOOP("TerminalWords", "Gap"),
        "learner": QT_TRANSLATE_NOOP("TerminalWords", "Learner"),
        "supplier": QT_TRANSLATE_NOOP("TerminalWords", "Learns from"),
        "nobody": QT_TRANSLATE_NOOP("TerminalWords", "(nobody in the team)"),
        "none": QT_TRANSLATE_NOOP("TerminalWords", "none"),
        "version": QT_TRANSLATE_NOOP("TerminalWords", "framework version"),
        "purpose": QT_TRANSLATE_NOOP("TerminalWords", "Purpose"),
        "goals": QT_TRANSLATE_NOOP("TerminalWords", "Goals"),
        "roles": QT_TRANSLATE_NOOP("TerminalWords", "Roles and target levels"),
        "not_sure": QT_TRANSLATE_NOOP("TerminalWords", "or"),
        "incomplete": QT_TRANSLATE_NOOP(
            "TerminalWords", "Not yet complete, counted in the sums (indicators answered):"
        ),
        "answered": QT_TRANSLATE_NOOP("TerminalWords", "{0} of {1}"),
        "retired": QT_TRANSLATE_NOOP("TerminalWords", "(retired)"),
    },
)


def _w(key: str, lang: str) -> str:
    return WORDS(key, lang)


def analysis_text(a: TeamAnalysis, lang: str = "th") -> str:
    fw = a.framework
    role = fw.role(a.role)
    head = (
        f"{_w('team', lang)} {a.team.name} · {a.round.title} ({format_date(a.round.date, lang)}) · "
        f"{role.name.get(lang)} · {_w('version', lang)} {a.round.framework_version}"
    )
    names = [_marked(a, f) for f in a.members]
    river_rows = [
        [r.competency, number(r.min), number(r.mean), number(r.max), str(a.targets[r.competency])]
        + [number(r.scores.get(f.id)) for f in a.members]
        for r in a.river
    ]
    parts = [
        head,
        *_incomplete_lines(a, lang),
        "",
        _w("river", lang),
        table(
            [
                _w("code", lang),
                _w("min", lang),
                _w("mean", lang),
                _w("max", lang),
                _w("target", lang),
                *names,
            ],
            river_rows,
            numeric=[False] + [True] * (4 + len(names)),
        ),
    ]
    for f in a.members:
        steps = [
            [
                s.competency,
                fw.competency(s.competency).name.get(lang),
                number(s.current),
                str(s.target),
                number(s.gap),
            ]
            for s in a.stairs[f.id]
        ]
        parts += [
            "",
            f"{_w('stairs', lang)}: {_marked(a, f)} ({f.agency})",
            table(
                [_w("code", lang), "", _w("current", lang), _w("target", lang), _w("gap", lang)],
                steps,
                numeric=[False, False, True, True, True],
            ),
        ]
    name = {f.id: f.name for f in a.members}
    pair_rows = [
        [p.competency, name[q.learner], name[q.supplier] if q.supplier else _w("nobody", lang)]
        for p in a.pairs
        for q in p.pairs
    ]
    parts += [
        "",
        _w("pairs", lang),
        table([_w("code", lang), _w("learner", lang), _w("supplier", lang)], pair_rows)
        if pair_rows
        else _w("none", lang),
    ]
    outside = [f"{code} {fw.competency(code).name.get(lang)}" for code in a.outside_help]
    parts += [
        "",
        f"{_w('outside', lang)}:",
        *(f"  {line}" for line in outside or [_w("none", lang)]),
    ]
    return "\n".join(parts)


def _marked(a: TeamAnalysis, f) -> str:
    return mark(f.name, a.completeness_of(f.id))


def _incomplete_lines(a: TeamAnalysis, lang: str) -> list[str]:
    """Who has not answered every indicator yet, and how far they got."""
    if not a.incomplete:
        return []
    lines = ["", _w("incomplete", lang)]
    for f in a.incomplete:
        answers = a.completeness_of(f.id)
        lines.append(f"  {f.name}: {_w('answered', lang).format(answers.rated, answers.of)}")
    return lines


def framework_text(fw: Framework, targets: dict[str, dict[str, int]], lang: str = "th") -> str:
    lines = [f"{_w('purpose', lang)}: {fw.purpose.get(lang)}", "", f"{_w('goals', lang)}:"]
    lines += [f"  {i}. {g.get(lang)}" for i, g in enumerate(fw.goals, start=1)]
    for domain in fw.domains:
        lines += ["", f"{domain.code} {domain.name.get(lang)}"]
        for comp in (c for c in fw.competencies if c.domain == domain.code):
            lines.append(f"  {comp.code}  {comp.name.get(lang)}")
            for ind in comp.indicators:
                retired = f" {_w('retired', lang)}" if ind.retired else ""
                lines.append(f"    {ind.code}  {ind.text.get(lang)}{retired}")
                lines += [
                    f"          {lv}. {t.get(lang)}" for lv, t in enumerate(ind.levels, start=1)
                ]
    scale = " · ".join(f"{i} {t.get(lang)}" for i, t in enumerate(fw.level_names, start=1))
    lines += ["", f"{scale} · ? {fw.not_sure.get(lang)}", "", _w("roles", lang)]
    lines.append(
        table(
            ["", *fw.codes],
            [[r.name.get(lang), *(str(targets[r.code][c]) for c in fw.codes)] for r in fw.roles],
            numeric=[False] + [True] * len(fw.codes),
        )
    )
    return "\n".join(lines)
