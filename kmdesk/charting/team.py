"""Team charts from a team slice: river, skills matrix, learning pairs and radar, with hovers."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kmdesk.assess.framework import Framework
from kmdesk.assess.people import rounds_in_order
from kmdesk.assess.ratings import Rating
from kmdesk.assess.scale import score_text
from kmdesk.charting.base import Chart, Hover, role_name
from kmdesk.charting.hover import below, competency_label, hover_word, level_line, point_text
from kmdesk.charts.words import completeness_note, word
from kmdesk.views import TeamAnalysis, TeamSlice, incomplete_marks, marked_labels, selected

if TYPE_CHECKING:
    from kmdesk.views.learning import TeamPlan

TEAM_KINDS = ("river", "matrix", "pairs", "radar")
# Beyond this many members the river's per-person lines hide the band they sit on.
RIVER_MEMBER_LINES = 6


def team_title(kind: str, data: TeamSlice, lang: str, compare: TeamSlice | None = None) -> str:
    """ "ธารปัญญา: ท่าไร่ · ผู้บันทึก · รอบที่ 3" — the team, never a member's name."""
    a = data.analysis
    heading = {
        "river": "title_river",
        "matrix": "title_matrix",
        "pairs": "title_pairs",
        "radar": "title_radar_team",
    }[kind]
    rounds = a.round.title
    if compare is not None and kind == "river":
        earlier, later = rounds_in_order([compare.analysis.round, a.round])
        rounds = f"{earlier.title} → {later.title}"
    role = role_name(a.framework, a.role, lang)
    return f"{word(heading, lang)}: {a.team.name} · {role} · {rounds}"


def draw_team(
    data: TeamSlice,
    kind: str,
    lang: str = "th",
    *,
    anonymous: bool = False,
    members: Collection[str] | None = None,
    compare: TeamSlice | None = None,
    figsize: tuple[float, float] | None = None,
    key: bool = True,
    include_incomplete: bool = True,
    plan: TeamPlan | None = None,
) -> Chart:
    """A team chart (river, matrix, pairs or radar) over the chosen members.

    ``plan`` (the round's agreed levels and spreads) marks the agreed levels and the
    competencies worth a conversation on the river and the matrix.

    ``compare`` (another round of the same team and role) is drawn under the river.
    With ``anonymous`` every member is a letter, in the team's order, and the hover texts
    leave out the members' own notes. Members who have not answered every indicator are
    marked "(5/18)", or left out with ``include_incomplete=False``; either way the title
    says so when there are any.
    """
    from kmdesk.charts.key import names_of
    from kmdesk.charts.style import FIGSIZE, member_styles

    if kind not in TEAM_KINDS:
        raise ValueError(f"{kind!r} is not a team chart; team charts: {', '.join(TEAM_KINDS)}")
    a = selected(data, members, include_incomplete)
    fw = a.framework
    codes = list(fw.codes)
    names = names_of(fw)
    plain = data.labels(anonymous)
    every_label = marked_labels(data.analysis, plain)
    styles = member_styles(every_label[f.id] for f in data.roster)
    labels = {f.id: every_label[f.id] for f in a.members}
    notes = {} if anonymous else data.ratings
    size = figsize or FIGSIZE
    compare = compare if kind == "river" else None
    title = team_title(kind, data, lang, compare)
    note = completeness_note(include_incomplete, incomplete_marks(a, plain), lang)
    if note:
        title = f"{title}\n{note}"
    ctx = _TeamContext(a, fw, labels, notes, lang, _Marks.of(plan))
    if kind == "river":
        return _draw_river(
            ctx, compare, include_incomplete, anonymous, codes, names, styles, title, size, key
        )
    if kind == "matrix":
        from kmdesk.charts.matrix import matrix_chart

        rows = [(labels[f.id], a.profiles[f.id]) for f in a.members]
        marks = ctx.marks
        fig = matrix_chart(
            codes,
            rows,
            a.targets,
            names,
            lang,
            title=title,
            key=key,
            figsize=size,
            agreed=marks.levels,
            worth=marks.worth,
            spread_min=marks.spread_min,
        )
        return Chart(fig, ctx.matrix_hovers(fig.axes[0], codes))
    if kind == "pairs":
        from kmdesk.charts.pairs import pairs_chart

        fig = pairs_chart(
            a.pairs, labels, names, lang, styles=styles, title=title, key=key, figsize=size
        )
        return Chart(fig, ctx.pairs_hovers(fig.axes[0]))
    from kmdesk.charts.radar import radar_team

    rows = [(labels[f.id], a.profiles[f.id]) for f in a.members]
    fig = radar_team(
        codes, rows, a.targets, lang, names=names, styles=styles, title=title, key=key, figsize=size
    )
    ax = fig.axes[0]
    # radar_team draws one ring per member in the order given, then the target
    live = dict(zip([f.id for f in a.members], ax.get_lines(), strict=False))
    chart = Chart(fig, ctx.radar_hovers(ax, codes), live)
    shown = set(labels)

    def patch(new: TeamSlice, member_id: str) -> bool:
        now = selected(new, members, include_incomplete)
        if [f.id for f in now.members] != list(labels):
            return False  # someone joined or left the chart: draw it again
        if member_id not in shown:
            return True
        if marked_labels(new.analysis, plain)[member_id] != labels[member_id]:
            return False  # their answers went from "5/18" to "6/18": the legend changes
        line = live[member_id]
        prof = new.analysis.profiles.get(member_id, {})
        values = [float(prof[c]) if c in prof else math.nan for c in codes]
        line.set_ydata([*values, values[0]])
        ctx2 = _TeamContext(now, fw, labels, {} if anonymous else new.ratings, lang)
        chart.hovers = ctx2.radar_hovers(ax, codes)
        return True

    chart.patch = patch
    return chart


@dataclass(frozen=True)
class _Marks:
    """The learning cycle's marks: agreed levels (with reasons) and spreads worth a talk."""

    levels: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    worth: dict[str, float] = field(default_factory=dict)
    spread_min: float = 2.0

    @classmethod
    def of(cls, plan: TeamPlan | None) -> _Marks:
        if plan is None:
            return cls()
        return cls(
            {code: a.level for code, a in plan.agreed.items()},
            {code: a.reason for code, a in plan.agreed.items()},
            {code: plan.spreads[code] for code in plan.worth if code in plan.spreads},
            plan.spread_min,
        )

    def lines(self, code: str, lang: str) -> list[str]:
        """What a hover over ``code`` adds: the agreed level and why, the spread worth a talk."""
        from kmdesk.charts.agreed import learn_word, spread_line

        out = []
        if code in self.levels:
            agreed = f"{learn_word('agreed', lang)}: {self.levels[code]}"
            reason = self.reasons.get(code, "")
            out.append(f"{agreed} ({reason})" if reason else agreed)
        if code in self.worth:
            out.append(spread_line(self.worth[code], self.spread_min, lang))
        return out


@dataclass
class _TeamContext:
    """What every team hover text needs."""

    a: TeamAnalysis
    fw: Framework
    labels: dict[str, str]
    notes: dict[str, list[Rating]]
    lang: str
    marks: _Marks = field(default_factory=_Marks)

    def member_text(self, member: str, code: str, extra: Sequence[str] = ()) -> str:
        heading = f"{self.labels[member]} · {competency_label(self.fw, code, self.lang)}"
        score = self.a.profiles.get(member, {}).get(code)
        notes = self.notes.get(member, ())
        return point_text(self.fw, heading, code, score, notes, self.lang, extra)

    def target_line(self, code: str) -> str:
        target = self.a.targets.get(code)
        if target is None:
            return ""
        return f"{word('target', self.lang)}: {target}"

    def matrix_hovers(self, ax, codes: Sequence[str]) -> list[Hover]:
        out = []
        for r, f in enumerate(self.a.members):
            for c, code in enumerate(codes):
                extra = [self.target_line(code), *self.marks.lines(code, self.lang)]
                text = self.member_text(f.id, code, extra)
                out.append(Hover(ax, c + 0.5, r + 0.5, text, (c, c + 1, r, r + 1)))
        r = len(self.a.members)
        for c, code in enumerate(codes):
            target = self.a.targets.get(code)
            if target is not None:
                heading = (
                    f"{word('target', self.lang)} · {competency_label(self.fw, code, self.lang)}"
                )
                text = point_text(self.fw, heading, code, target, (), self.lang)
                out.append(Hover(ax, c + 0.5, r + 0.5, text, (c, c + 1, r, r + 1)))
        if self.a.targets:
            r += 1
        for c, code in enumerate(codes):
            if code in self.marks.levels:
                label = competency_label(self.fw, code, self.lang)
                text = "\n".join([label, *self.marks.lines(code, self.lang)])
                out.append(Hover(ax, c + 0.5, r + 0.5, text, (c, c + 1, r, r + 1)))
        return out

    def radar_hovers(self, ax, codes: Sequence[str]) -> list[Hover]:
        n = len(codes)
        out = []
        for f in self.a.members:
            prof = self.a.profiles.get(f.id, {})
            for i, code in enumerate(codes):
                if code in prof:
                    angle = 2 * math.pi * i / n
                    out.append(Hover(ax, angle, prof[code], self.member_text(f.id, code)))
        return out

    def river_text(self, row, round_title: str | None) -> str:
        lines = [competency_label(self.fw, row.competency, self.lang)]
        if round_title:
            lines[0] = f"{round_title} · {lines[0]}"
        lines.append(
            f"{word('mean', self.lang)} {row.mean:.1f} "
            f"({hover_word('lowest_highest', self.lang)} "
            f"{score_text(row.min)}–{score_text(row.max)})"
        )
        lines.append(level_line(self.fw, row.competency, row.mean, self.lang))
        target = self.target_line(row.competency)
        if target:
            lines.append(target)
        lines += self.marks.lines(row.competency, self.lang)
        lines += [
            f"• {self.labels.get(m, m)}: {score_text(s)}"
            for m, s in row.scores.items()
            if m in self.labels
        ]
        return "\n".join(lines)

    def pairs_hovers(self, ax) -> list[Hover]:
        column = {m: i for i, m in enumerate(self.labels)}
        out = []
        for row, cp in enumerate(self.a.pairs):
            code = cp.competency
            for member, _score in cp.suppliers:
                text = self.member_text(member, code, [word("supplier", self.lang)])
                out.append(Hover(ax, column[member], row, text))
            teacher = {p.learner: p.supplier for p in cp.pairs}
            for learner in cp.learners:
                supplier = teacher.get(learner.member)
                who = (
                    f"{hover_word('learns_from', self.lang)} {self.labels.get(supplier, supplier)}"
                    if supplier
                    else f"{word('needs_outside', self.lang)} "
                    f"({hover_word('nobody_in_team', self.lang)})"
                )
                gap = below(learner.gap, self.lang)
                extra = [f"{hover_word('learner', self.lang)}: {gap}", who]
                text = self.member_text(learner.member, code, extra)
                out.append(Hover(ax, column[learner.member], row, text))
        return out


def _draw_river(
    ctx: _TeamContext, compare, include, anonymous, codes, names, styles, title, size, key
):
    from kmdesk.charts.river import river_chart

    a = ctx.a
    series = {a.round.id: (a.round, a.river, ctx)}
    if compare is not None:
        # the same people in the other round, by the same choice about incomplete ones
        ca = selected(compare, list(ctx.labels), include)
        notes = {} if anonymous else compare.ratings
        # no marks: the agreed levels belong to the round shown, not the one compared
        other = _TeamContext(ca, ca.framework, ctx.labels, notes, ctx.lang)
        series.setdefault(ca.round.id, (ca.round, ca.river, other))
    ordered = [series[r.id] for r in rounds_in_order(s[0] for s in series.values())]
    show = len(ctx.labels) <= RIVER_MEMBER_LINES
    fig = river_chart(
        codes,
        [(rnd.title, rows) for rnd, rows, _ in ordered],
        a.targets,
        names,
        ctx.lang,
        labels=ctx.labels,
        show_members=show,
        styles=styles,
        title=title,
        key=key,
        figsize=size,
        agreed=ctx.marks.levels,
        worth=ctx.marks.worth,
        spread_min=ctx.marks.spread_min,
    )
    ax = fig.axes[0]
    hovers = []
    for i, code in enumerate(codes):
        # the agreed diamond explains itself, where the mean's hover is not on top of it
        if code in ctx.marks.levels:
            label = competency_label(ctx.fw, code, ctx.lang)
            text = "\n".join([label, *ctx.marks.lines(code, ctx.lang)])
            hovers.append(Hover(ax, i, ctx.marks.levels[code], text))
    two = len(ordered) == 2
    for rnd, rows, c in ordered:
        latest = rnd.id == ordered[-1][0].id
        for i, row in enumerate(rows):
            if row.mean is None:
                continue
            hovers.append(Hover(ax, i, row.mean, c.river_text(row, rnd.title if two else None)))
            if latest and show:
                hovers += [
                    Hover(ax, i, s, c.member_text(m, row.competency)) for m, s in row.scores.items()
                ]
    return Chart(fig, hovers)
