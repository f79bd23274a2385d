"""Person charts from a person slice: radar across rounds, progress, K/S means and stairs."""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass

from kmdesk.assess.framework import Framework
from kmdesk.assess.people import Round
from kmdesk.assess.profile import Profile, progress
from kmdesk.assess.ratings import Rating
from kmdesk.assess.stairs import stairs
from kmdesk.charting.base import Chart, Hover, NothingToChart, role_name
from kmdesk.charting.hover import below, competency_label, hover_word, level_line, point_text
from kmdesk.charts.words import word
from kmdesk.views import PersonSlice

PERSON_KINDS = ("radar", "progress", "domains", "stairs")
# The person radar stays readable with the chosen round and three before it.
RADAR_ROUNDS = 4
DROP_NOTE_CHARS = 70


def person_title(
    kind: str, data: PersonSlice, lang: str, anonymous: bool, rnd: Round | None
) -> str:
    heading = {
        "radar": "title_radar_person",
        "progress": "title_progress",
        "domains": "title_domains",
        "stairs": "title_stairs",
    }[kind]
    who = data.letter if anonymous else data.person.name
    title = f"{word(heading, lang)}: {who} · {role_name(data.framework(), data.role, lang)}"
    return f"{title} · {rnd.title}" if rnd is not None else title


def draw_person(
    data: PersonSlice,
    kind: str,
    lang: str = "th",
    *,
    rounds: Collection[str] | None = None,
    stairs_round: str | None = None,
    anonymous: bool = False,
    figsize: tuple[float, float] | None = None,
    key: bool = True,
) -> Chart:
    """A person chart: radar across the chosen rounds, progress, K/S means, or stairs.

    ``rounds`` limits the rounds (ids) shown; the stairs are for ``stairs_round`` or the
    latest chosen round with scores.
    """
    if kind not in PERSON_KINDS:
        raise ValueError(f"{kind!r} is not a person chart; they are: {', '.join(PERSON_KINDS)}")
    chosen = data.rated_rounds(rounds)
    if not chosen:
        raise NothingToChart(f"{data.person.name} has no scores as {data.role} in these rounds")
    ask = _Ask(data, kind, chosen, lang, anonymous, figsize, key)
    if kind == "stairs":
        return _stairs(ask, next((r for r in chosen if r.id == stairs_round), chosen[-1]))
    return {"radar": _radar, "domains": _domains, "progress": _progress}[kind](ask)


@dataclass(frozen=True)
class _Ask:
    """One person chart asked for: whose, which rounds, how it is drawn."""

    data: PersonSlice
    kind: str
    chosen: list[Round]  # the rounds shown, with scores, in date order
    lang: str
    anonymous: bool
    figsize: tuple[float, float] | None
    key: bool

    @property
    def fw(self) -> Framework:
        return self.data.framework(self.chosen[-1])

    @property
    def series(self) -> list[tuple[str, Profile]]:
        profiles = self.data.profiles
        return [(r.title, profiles[r.id]) for r in self.chosen]

    @property
    def notes(self) -> dict[str, list[Rating]]:
        """Round id -> the person's ratings with their notes; none when anonymous."""
        return {} if self.anonymous else self.data.ratings

    @property
    def size(self) -> dict:
        # progress is tall and the K/S means short by default: the builders know their sizes
        return {"figsize": self.figsize} if self.figsize else {}

    def title(self, rnd: Round | None = None) -> str:
        return person_title(self.kind, self.data, self.lang, self.anonymous, rnd)


def _stairs(ask: _Ask, rnd: Round) -> Chart:
    from kmdesk.charts.key import names_of
    from kmdesk.charts.stairs import stairs_chart

    lang = ask.lang
    codes = list(ask.fw.codes)
    steps = stairs(codes, ask.data.profiles[rnd.id], ask.data.targets)
    fig = stairs_chart(steps, names_of(ask.fw), lang, title=ask.title(rnd), key=ask.key, **ask.size)
    fw = ask.data.framework(rnd)
    ax = fig.axes[0]
    hovers = []
    for y, step in enumerate(steps):
        code = step.competency
        lines = [competency_label(fw, code, lang)]
        if step.current is not None:
            lines.append(f"{word('current', lang)}: {level_line(fw, code, step.current, lang)}")
        lines.append(f"{word('target', lang)}: {level_line(fw, code, step.target, lang)}")
        if step.gap is not None and step.gap > 0:
            lines.append(below(step.gap, lang))
        text = point_text(fw, "\n".join(lines), code, None, ask.notes.get(rnd.id, ()), lang)
        right = max(step.current or 0.0, float(step.target))
        hovers.append(Hover(ax, right, y, text, (0.0, right + 0.2, y - 0.4, y + 0.4)))
    return Chart(fig, hovers)


def _radar(ask: _Ask) -> Chart:
    from kmdesk.charts.key import names_of
    from kmdesk.charts.radar import radar_person

    codes = list(ask.fw.codes)
    names = names_of(ask.fw)
    fig = radar_person(
        codes,
        ask.series,
        ask.data.targets,
        names,
        ask.lang,
        title=ask.title(),
        key=ask.key,
        **ask.size,
    )
    ax = fig.axes[0]
    hovers = []
    for rnd, (_, prof) in zip(ask.chosen, ask.series, strict=True):
        for i, code in enumerate(codes):
            if code in prof:
                text = _point(ask, rnd, code, prof[code])
                hovers.append(Hover(ax, 2 * math.pi * i / len(codes), prof[code], text))
    return Chart(fig, hovers)


def _domains(ask: _Ask) -> Chart:
    from kmdesk.assess.profile import domain_means
    from kmdesk.charts.progress import progress_domains

    domain_of = {c.code: c.domain for c in ask.fw.competencies}
    domains = {d.code: d.name for d in ask.fw.domains}
    fig = progress_domains(
        ask.series,
        domain_of,
        ask.data.targets,
        ask.lang,
        domains=domains,
        title=ask.title(),
        **ask.size,
    )
    ax = fig.axes[0]
    hovers = []
    for x, (label, prof) in enumerate(ask.series):
        for domain, mean in domain_means(prof, domain_of).items():
            name = domains[domain].get(ask.lang) if domain in domains else domain
            text = f"{label} · {name}\n{word('mean', ask.lang)} {mean:.2f}"
            hovers.append(Hover(ax, x, mean, text))
    return Chart(fig, hovers)


def _progress(ask: _Ask) -> Chart:
    from kmdesk.charts.key import names_of
    from kmdesk.charts.progress import progress_chart

    codes = list(ask.fw.codes)
    points = progress(ask.chosen, ask.data.profiles)
    fig = progress_chart(
        codes,
        ask.series,
        ask.data.targets,
        names_of(ask.fw),
        ask.lang,
        notes=_drop_notes(points, ask.notes),
        title=ask.title(),
        **ask.size,
    )
    hovers = []
    visible = [ax for ax in fig.axes if ax.get_visible()]
    for ax, code in zip(visible, codes, strict=False):
        for x, point in enumerate(points):
            if code in point.profile:
                value = point.profile[code]
                extra = []
                if code in point.change:
                    change = f"{point.change[code]:+.1f}".replace("-", "−")
                    extra.append(f"{change} {hover_word('change', ask.lang)}")
                hovers.append(Hover(ax, x, value, _point(ask, point.round, code, value, extra)))
    return Chart(fig, hovers)


def _point(ask: _Ask, rnd: Round, code: str, value: float, extra=()) -> str:
    fw = ask.data.framework(rnd)
    heading = f"{rnd.title} · {competency_label(fw, code, ask.lang)}"
    return point_text(fw, heading, code, value, ask.notes.get(rnd.id, ()), ask.lang, extra)


def _drop_notes(points, ratings: dict[str, list[Rating]]) -> dict[tuple[str, str], str]:
    """A person's note on each score that dropped: it usually says why."""
    out = {}
    for point in points:
        for code, change in point.change.items():
            if change >= 0:
                continue
            note = next(
                (
                    r.evidence
                    for r in ratings.get(point.round.id, ())
                    if r.competency == code and r.evidence
                ),
                "",
            )
            if note:
                short = len(note) <= DROP_NOTE_CHARS
                out[(point.round.title, code)] = note if short else note[:DROP_NOTE_CHARS] + "…"
    return out
