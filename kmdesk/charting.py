"""Chart data from the store, drawn by kmdesk.charts: shared by the app, the CLI and reports."""

from __future__ import annotations

import difflib
import math
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

# Nothing here imports matplotlib at module level: the app's pages use the data half of this
# module while the window is still opening, and matplotlib costs more than the window itself.
from kmdesk.analysis import NotFoundByName, TeamAnalysis, analyze_team, find_round, find_team
from kmdesk.assess.framework import Framework, parse_role
from kmdesk.assess.pairs import learning_pairs, needs_outside_help
from kmdesk.assess.people import Facilitator, Round, Team, name_key, rounds_in_order
from kmdesk.assess.profile import Profile, profile, progress
from kmdesk.assess.ratings import Rating
from kmdesk.assess.river import river
from kmdesk.assess.scale import MAX_LEVEL, MIN_LEVEL
from kmdesk.assess.stairs import stairs
from kmdesk.charts.words import word
from kmdesk.store import frameworks, repo
from kmdesk.wording import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

TEAM_KINDS = ("river", "matrix", "pairs", "radar")
PERSON_KINDS = ("radar", "progress", "domains", "stairs")
IMAGE_ENDINGS = {".png": "png", ".svg": "svg"}
PNG_DPI = 200
# Beyond this many members the river's per-person lines hide the band they sit on.
RIVER_MEMBER_LINES = 6
# The person radar stays readable with the chosen round and three before it.
RADAR_ROUNDS = 4
MAX_NOTES = 3
NOTE_CHARS = 160

_WORDS = Words(
    "ChartHover",
    {
        "evidence": QT_TRANSLATE_NOOP("ChartHover", "Evidence"),
        "lowest_highest": QT_TRANSLATE_NOOP("ChartHover", "lowest–highest"),
        "below_target": QT_TRANSLATE_NOOP("ChartHover", "{0} below the target"),
        "change": QT_TRANSLATE_NOOP("ChartHover", "since the round before"),
        "learns_from": QT_TRANSLATE_NOOP("ChartHover", "learns from"),
        "nobody_in_team": QT_TRANSLATE_NOOP("ChartHover", "nobody in the team can teach it yet"),
        "learner": QT_TRANSLATE_NOOP("ChartHover", "Learner"),
    },
)


def _w(key: str, lang: str) -> str:
    return _WORDS(key, lang)


class AmbiguousName(NotFoundByName):
    """Several people match what the user typed; the message lists them."""


class NothingToChart(LookupError):
    """The chosen team, person, round and role have no ratings to draw."""


class ChartFileError(ValueError):
    """The chart cannot be written there (wrong ending, a file that is not ours, no room)."""


# --- finding things by name ----------------------------------------------------------------


def find_person(session: Session, name: str, team: Team | None = None) -> Facilitator:
    """A facilitator by name (any spacing or case, or one whole word of the name).

    When nobody or several people match, the message lists the close matches.
    """
    people = repo.list_facilitators(session, team.id if team else None)
    teams = {t.id: t.name for t in repo.list_teams(session)}
    key = name_key(name)
    found = [p for p in people if name_key(p.name) == key]
    if not found and key:
        # "มาลัย" for "มาลัย ศรีสุข": every typed word is a whole word of the name
        typed = set(key.split())
        found = [p for p in people if typed <= set(name_key(p.name).split())]
    where = f" in team {team.name}" if team else ""
    if len(found) == 1:
        return found[0]
    if found:
        listed = ", ".join(f"{p.name} ({teams.get(p.team_id or '', '-')})" for p in found)
        raise AmbiguousName(
            f"{name!r} matches several facilitators{where}: {listed}; "
            "give the full name, or --team to choose"
        )
    close = difflib.get_close_matches(name, [p.name for p in people], n=5, cutoff=0.5)
    if close:
        hint = "did you mean: " + ", ".join(close) + "?"
    else:
        shown = [p.name for p in people[:12]]
        hint = (
            "facilitators: " + (", ".join(shown) or "(none)") + (" …" if len(people) > 12 else "")
        )
    raise NotFoundByName(f"no facilitator named {name!r}{where}; {hint}")


def find_role(session: Session, role: str) -> str:
    """A role code from its code or its Thai or English name."""
    roles = frameworks.load_framework(session).roles
    code = parse_role(role, roles)
    if code is None:
        raise NotFoundByName(f"no role {role!r}; roles: {', '.join(r.code for r in roles)}")
    return code


def latest_round(session: Session) -> Round:
    rounds = repo.list_rounds(session)
    if not rounds:
        raise NothingToChart("there are no assessment rounds yet")
    return rounds[-1]


def _team(session: Session, team: Team | str) -> Team:
    return team if isinstance(team, Team) else find_team(session, team)


def _round(session: Session, rnd: Round | str | None) -> Round:
    if rnd is None:
        return latest_round(session)
    return rnd if isinstance(rnd, Round) else find_round(session, rnd)


# --- team data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamData:
    """One team, round and role: the analysis, the whole team and each member's ratings."""

    analysis: TeamAnalysis
    # Every member of the team in its usual order, inactive ones too, so that a person's
    # letter and colour stay the same whoever is shown.
    roster: list[Facilitator]
    # member id -> ratings with evidence notes; empty when loaded without them (the CLI)
    ratings: dict[str, list[Rating]] = field(default_factory=dict)

    @property
    def member_ids(self) -> list[str]:
        return [f.id for f in self.analysis.members]

    @property
    def has_scores(self) -> bool:
        return any(self.analysis.profiles.values())


def team_data(
    session: Session, team: Team, rnd: Round, role: str, *, with_ratings: bool = True
) -> TeamData:
    """Everything the team charts need, with each member's ratings for the hover texts."""
    analysis = analyze_team(session, team, rnd, role)
    roster = repo.list_facilitators(session, team.id)
    ratings = (
        {f.id: repo.person_ratings(session, f.id, role, rnd.id) for f in analysis.members}
        if with_ratings
        else {}
    )
    return TeamData(analysis, roster, ratings)


def _reanalyzed(a: TeamAnalysis, roster: Sequence[Facilitator], profiles) -> TeamAnalysis:
    """The analysis again from new profiles: the same sums ``analyze_team`` runs, no queries."""
    members = [f for f in roster if f.active or profiles.get(f.id)]
    ids = [f.id for f in members]
    profiles = {i: profiles.get(i, {}) for i in ids}
    codes = a.framework.codes
    per_competency = learning_pairs(codes, ids, profiles, a.targets, a.settings)
    return replace(
        a,
        members=members,
        profiles=profiles,
        river=river(codes, ids, profiles),
        stairs={i: stairs(codes, profiles[i], a.targets) for i in ids},
        pairs=per_competency,
        outside_help=needs_outside_help(per_competency),
    )


def with_member_ratings(data: TeamData, member_id: str, ratings: list[Rating]) -> TeamData | None:
    """The same slice after one member's ratings changed; None if they are not in this team.

    Only that member's ratings are read again; the river, stairs and pairs are sums over
    the profiles already held.
    """
    if member_id not in {f.id for f in data.roster}:
        return None
    profiles = dict(data.analysis.profiles)
    profiles[member_id] = profile(ratings)
    analysis = _reanalyzed(data.analysis, data.roster, profiles)
    kept = {**data.ratings, member_id: list(ratings)}
    return TeamData(analysis, data.roster, {i: kept[i] for i in analysis.profiles if i in kept})


def selected(data: TeamData, members: Collection[str] | None) -> TeamAnalysis:
    """The analysis over the chosen members only (all when ``members`` is None).

    The river's band, the matrix rows and the learning pairs are then those of the people
    at the table, not of the whole team.
    """
    if members is None or set(members) >= set(data.member_ids):
        return data.analysis
    chosen = [f for f in data.roster if f.id in members and f.id in data.analysis.profiles]
    return _reanalyzed(
        replace(data.analysis, members=chosen),
        chosen,
        {f.id: data.analysis.profiles[f.id] for f in chosen},
    )


def team_labels(data: TeamData, anonymous: bool) -> dict[str, str]:
    """Member id -> the label charts show: the name, or a letter A, B, C… in team order."""
    ids = [f.id for f in data.roster]
    if anonymous:
        return {member: _letter(i) for i, member in enumerate(ids)}
    return {f.id: f.name for f in data.roster}


def _letter(index: int) -> str:
    # the same sequence as kmdesk.charts.style.letter, without importing matplotlib
    out, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


# --- person data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonData:
    """One facilitator in one role across every round."""

    person: Facilitator
    team: Team | None
    role: str
    rounds: list[Round]  # every round, in date order
    ratings: dict[str, list[Rating]]  # round id -> this person's ratings in the role
    frameworks: dict[int, Framework]  # version number -> framework, for the rounds held
    targets: dict[str, int]
    letter: str  # the person's letter in their team, for charts shown without names

    @property
    def profiles(self) -> dict[str, Profile]:
        return {rid: profile(rs) for rid, rs in self.ratings.items()}

    def rated_rounds(self, chosen: Collection[str] | None = None) -> list[Round]:
        """Rounds (date order) with at least one score, limited to ``chosen`` ids if given."""
        profiles = self.profiles
        return [r for r in self.rounds if profiles.get(r.id) and (chosen is None or r.id in chosen)]

    def framework(self, rnd: Round | None = None) -> Framework:
        if rnd is not None and rnd.framework_version in self.frameworks:
            return self.frameworks[rnd.framework_version]
        return self.frameworks[max(self.frameworks)]


def person_data(session: Session, person: Facilitator, role: str) -> PersonData:
    """A person's ratings in a role for every round, read in one query."""
    rounds = rounds_in_order(repo.list_rounds(session))
    by_round: dict[str, list[Rating]] = defaultdict(list)
    for rating in repo.person_ratings(session, person.id, role):
        by_round[rating.round_id].append(rating)
    versions = {r.framework_version for r in rounds if r.id in by_round}
    versions.add(frameworks.latest_version(session))
    loaded = {v: frameworks.load_framework(session, v) for v in sorted(versions)}
    team = next((t for t in repo.list_teams(session) if t.id == person.team_id), None)
    roster = repo.list_facilitators(session, team.id) if team else [person]
    index = next((i for i, f in enumerate(roster) if f.id == person.id), 0)
    return PersonData(
        person=person,
        team=team,
        role=role,
        rounds=rounds,
        ratings=dict(by_round),
        frameworks=loaded,
        targets=frameworks.load_targets(session)[role],
        letter=_letter(index),
    )


def with_round_ratings(data: PersonData, round_id: str, ratings: list[Rating]) -> PersonData | None:
    """The same person after their ratings in one round changed; None for an unknown round."""
    rnd = next((r for r in data.rounds if r.id == round_id), None)
    if rnd is None or rnd.framework_version not in data.frameworks:
        return None
    by_round = dict(data.ratings)
    if ratings:
        by_round[round_id] = list(ratings)
    else:
        by_round.pop(round_id, None)
    return replace(data, ratings=by_round)


# --- hover texts -----------------------------------------------------------------------------


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _below(gap: float, lang: str) -> str:
    if gap <= 0:
        return f"{word('above_target', lang)} {_fmt(-gap)}" if gap < 0 else "✓"
    return _w("below_target", lang).format(_fmt(gap))


def nearest_level(value: float) -> int:
    """The level a score is closest to (halves round up: 2.5 reads as 3)."""
    return min(MAX_LEVEL, max(MIN_LEVEL, math.floor(value + 0.5)))


def level_sentence(fw: Framework, code: str, value: float, lang: str) -> str:
    """What the level means: the indicator's own sentence where the competency has one
    indicator, else the scale's level name."""
    level = nearest_level(value)
    comp = fw.competency(code)
    indicators = comp.active_indicators if comp else ()
    if len(indicators) == 1:
        return indicators[0].level_text(level).get(lang)
    return fw.level_names[level - 1].get(lang)


def _level_line(fw: Framework, code: str, value: float, lang: str) -> str:
    approx = "" if float(value).is_integer() else f" ≈ {nearest_level(value)}"
    return f"{word('level', lang)} {_fmt(value)}{approx}: {level_sentence(fw, code, value, lang)}"


def _competency(fw: Framework, code: str, lang: str) -> str:
    comp = fw.competency(code)
    return f"{code} {comp.name.get(lang)}" if comp else code


def evidence_lines(fw: Framework, ratings: Iterable[Rating], code: str, lang: str) -> list[str]:
    """The person's own notes for a competency (and any not-sure answers), shortest first."""
    mine = [r for r in ratings if r.competency == code]
    several = len({r.indicator for r in mine}) > 1
    lines = []
    for r in sorted(mine, key=lambda r: r.indicator):
        tag = f"{r.indicator}: " if several else ""
        if r.level is None:
            lines.append(f"{tag}{fw.not_sure.get(lang)}")
        if r.evidence:
            note = r.evidence if len(r.evidence) <= NOTE_CHARS else r.evidence[:NOTE_CHARS] + "…"
            lines.append(f"{tag}{note}")
    if not lines:
        return []
    shown = lines[:MAX_NOTES] + (["…"] if len(lines) > MAX_NOTES else [])
    return [f"{_w('evidence', lang)}:", *(f"• {line}" for line in shown)]


@dataclass
class Hover:
    """A spot on a chart and what hovering over it explains (plain text, first line a heading).

    A point is found by its distance from the pointer; a ``box`` (x0, x1, y0, y1 in data
    units) by containing it.
    """

    axes: Axes
    x: float
    y: float
    text: str
    box: tuple[float, float, float, float] | None = None


@dataclass
class Chart:
    """A drawn Figure with its hover spots.

    ``live`` maps member id to a line the app may move in place after a rating; ``patch``
    does that from new data and returns False when the chart must be drawn again instead.
    """

    figure: Figure
    hovers: list[Hover] = field(default_factory=list)
    live: dict[str, Line2D] = field(default_factory=dict)
    patch: Callable[[TeamData, str], bool] | None = None


# --- drawing team charts ---------------------------------------------------------------------


def _role_name(fw: Framework, role: str, lang: str) -> str:
    found = fw.role(role)
    return found.name.get(lang) if found else role


def team_title(kind: str, data: TeamData, lang: str, compare: TeamData | None = None) -> str:
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
        earlier, later = sorted((compare.analysis.round, a.round), key=lambda r: (r.date, r.title))
        rounds = f"{earlier.title} → {later.title}"
    return (
        f"{word(heading, lang)}: {a.team.name} · {_role_name(a.framework, a.role, lang)} · {rounds}"
    )


def draw_team(
    data: TeamData,
    kind: str,
    lang: str = "th",
    *,
    anonymous: bool = False,
    members: Collection[str] | None = None,
    compare: TeamData | None = None,
    figsize: tuple[float, float] | None = None,
    key: bool = True,
) -> Chart:
    """A team chart (river, matrix, pairs or radar) over the chosen members.

    ``compare`` (another round of the same team and role) is drawn under the river.
    With ``anonymous`` every member is a letter, in the team's order, and the hover texts
    leave out the members' own notes.
    """
    from kmdesk.charts.key import names_of
    from kmdesk.charts.style import FIGSIZE, member_styles

    if kind not in TEAM_KINDS:
        raise ValueError(f"{kind!r} is not a team chart; team charts: {', '.join(TEAM_KINDS)}")
    a = selected(data, members)
    fw = a.framework
    codes = list(fw.codes)
    names = names_of(fw)
    every_label = team_labels(data, anonymous)
    styles = member_styles(every_label[f.id] for f in data.roster)
    labels = {f.id: every_label[f.id] for f in a.members}
    notes = {} if anonymous else data.ratings
    size = figsize or FIGSIZE
    title = team_title(kind, data, lang, compare)
    ctx = _TeamContext(a, fw, labels, notes, lang)
    if kind == "river":
        return _draw_river(ctx, compare, anonymous, codes, names, styles, title, size, key)
    if kind == "matrix":
        from kmdesk.charts.matrix import matrix_chart

        rows = [(labels[f.id], a.profiles[f.id]) for f in a.members]
        fig = matrix_chart(codes, rows, a.targets, names, lang, title=title, key=key, figsize=size)
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

    def patch(new: TeamData, member_id: str) -> bool:
        if [f.id for f in selected(new, members).members] != list(labels):
            return False  # someone joined or left the chart: draw it again
        if member_id not in shown:
            return True
        line = live[member_id]
        prof = new.analysis.profiles.get(member_id, {})
        values = [float(prof[c]) if c in prof else math.nan for c in codes]
        line.set_ydata([*values, values[0]])
        ctx2 = _TeamContext(
            selected(new, members), fw, labels, {} if anonymous else new.ratings, lang
        )
        chart.hovers = ctx2.radar_hovers(ax, codes)
        return True

    chart.patch = patch
    return chart


@dataclass
class _TeamContext:
    """What every team hover text needs."""

    a: TeamAnalysis
    fw: Framework
    labels: dict[str, str]
    notes: dict[str, list[Rating]]
    lang: str

    def member_text(self, member: str, code: str, extra: Sequence[str] = ()) -> str:
        score = self.a.profiles.get(member, {}).get(code)
        lines = [f"{self.labels[member]} · {_competency(self.fw, code, self.lang)}"]
        if score is not None:
            lines.append(_level_line(self.fw, code, score, self.lang))
        lines += list(extra)
        lines += evidence_lines(self.fw, self.notes.get(member, ()), code, self.lang)
        return "\n".join(lines)

    def target_line(self, code: str) -> str:
        target = self.a.targets.get(code)
        if target is None:
            return ""
        return f"{word('target', self.lang)}: {target}"

    def matrix_hovers(self, ax, codes: Sequence[str]) -> list[Hover]:
        out = []
        for r, f in enumerate(self.a.members):
            for c, code in enumerate(codes):
                text = self.member_text(f.id, code, [self.target_line(code)])
                out.append(Hover(ax, c + 0.5, r + 0.5, text, (c, c + 1, r, r + 1)))
        r = len(self.a.members)
        for c, code in enumerate(codes):
            target = self.a.targets.get(code)
            if target is not None:
                text = "\n".join(
                    [
                        f"{word('target', self.lang)} · {_competency(self.fw, code, self.lang)}",
                        _level_line(self.fw, code, target, self.lang),
                    ]
                )
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
        lines = [_competency(self.fw, row.competency, self.lang)]
        if round_title:
            lines[0] = f"{round_title} · {lines[0]}"
        lines.append(
            f"{word('mean', self.lang)} {row.mean:.1f} "
            f"({_w('lowest_highest', self.lang)} {_fmt(row.min)}–{_fmt(row.max)})"
        )
        lines.append(_level_line(self.fw, row.competency, row.mean, self.lang))
        target = self.target_line(row.competency)
        if target:
            lines.append(target)
        lines += [
            f"• {self.labels.get(m, m)}: {_fmt(s)}"
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
                    f"{_w('learns_from', self.lang)} {self.labels.get(supplier, supplier)}"
                    if supplier
                    else f"{word('needs_outside', self.lang)} ({_w('nobody_in_team', self.lang)})"
                )
                extra = [
                    f"{_w('learner', self.lang)}: {_below(learner.gap, self.lang)}",
                    who,
                ]
                text = self.member_text(learner.member, code, extra)
                out.append(Hover(ax, column[learner.member], row, text))
        return out


def _draw_river(ctx: _TeamContext, compare, anonymous, codes, names, styles, title, size, key):
    from kmdesk.charts.river import river_chart

    a = ctx.a
    series = [(a.round, a.river, ctx)]
    if compare is not None:
        ca = selected(compare, list(ctx.labels))
        notes = {} if anonymous else compare.ratings
        other = _TeamContext(ca, ca.framework, ctx.labels, notes, ctx.lang)
        series.append((ca.round, ca.river, other))
        series.sort(key=lambda s: (s[0].date, s[0].title))
    show = len(ctx.labels) <= RIVER_MEMBER_LINES
    fig = river_chart(
        codes,
        [(rnd.title, rows) for rnd, rows, _ in series],
        a.targets,
        names,
        ctx.lang,
        labels=ctx.labels,
        show_members=show,
        styles=styles,
        title=title,
        key=key,
        figsize=size,
    )
    ax = fig.axes[0]
    hovers = []
    two = len(series) == 2
    for rnd, rows, c in series:
        latest = rnd.id == series[-1][0].id
        for i, row in enumerate(rows):
            if row.mean is None:
                continue
            hovers.append(Hover(ax, i, row.mean, c.river_text(row, rnd.title if two else None)))
            if latest and show:
                hovers += [
                    Hover(ax, i, s, c.member_text(m, row.competency)) for m, s in row.scores.items()
                ]
    return Chart(fig, hovers)


# --- drawing person charts -------------------------------------------------------------------


def person_title(kind: str, data: PersonData, lang: str, anonymous: bool, rnd: Round | None) -> str:
    heading = {
        "radar": "title_radar_person",
        "progress": "title_progress",
        "domains": "title_domains",
        "stairs": "title_stairs",
    }[kind]
    who = data.letter if anonymous else data.person.name
    title = f"{word(heading, lang)}: {who} · {_role_name(data.framework(), data.role, lang)}"
    return f"{title} · {rnd.title}" if rnd is not None else title


def draw_person(
    data: PersonData,
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
    from kmdesk.charts.key import names_of

    if kind not in PERSON_KINDS:
        raise ValueError(f"{kind!r} is not a person chart; they are: {', '.join(PERSON_KINDS)}")
    chosen = data.rated_rounds(rounds)
    if not chosen:
        raise NothingToChart(f"{data.person.name} has no scores as {data.role} in these rounds")
    fw = data.framework(chosen[-1])
    codes = list(fw.codes)
    names = names_of(fw)
    profiles = data.profiles
    # progress is tall and the K/S means short by default: the builders know their sizes
    size = {"figsize": figsize} if figsize else {}
    notes = {} if anonymous else data.ratings
    if kind == "stairs":
        from kmdesk.charts.stairs import stairs_chart

        rnd = next((r for r in chosen if r.id == stairs_round), chosen[-1])
        fw = data.framework(rnd)
        steps = stairs(codes, profiles[rnd.id], data.targets)
        title = person_title(kind, data, lang, anonymous, rnd)
        fig = stairs_chart(steps, names, lang, title=title, key=key, **size)
        ax = fig.axes[0]
        hovers = []
        for y, step in enumerate(steps):
            lines = [_competency(fw, step.competency, lang)]
            if step.current is not None:
                now = _level_line(fw, step.competency, step.current, lang)
                lines.append(f"{word('current', lang)}: {now}")
            lines.append(
                f"{word('target', lang)}: {_level_line(fw, step.competency, step.target, lang)}"
            )
            if step.gap is not None and step.gap > 0:
                lines.append(_below(step.gap, lang))
            lines += evidence_lines(fw, notes.get(rnd.id, ()), step.competency, lang)
            right = max(step.current or 0.0, float(step.target))
            hovers.append(
                Hover(ax, right, y, "\n".join(lines), (0.0, right + 0.2, y - 0.4, y + 0.4))
            )
        return Chart(fig, hovers)
    title = person_title(kind, data, lang, anonymous, None)
    series = [(r.title, profiles[r.id]) for r in chosen]
    by_title = {r.title: r for r in chosen}
    if kind == "radar":
        from kmdesk.charts.radar import radar_person

        fig = radar_person(codes, series, data.targets, names, lang, title=title, key=key, **size)
        ax = fig.axes[0]
        hovers = []
        for label, prof in series:
            rnd = by_title[label]
            for i, code in enumerate(codes):
                if code in prof:
                    text = _person_point(data, rnd, code, prof[code], notes, lang)
                    hovers.append(Hover(ax, 2 * math.pi * i / len(codes), prof[code], text))
        return Chart(fig, hovers)
    if kind == "domains":
        from kmdesk.assess.profile import domain_means
        from kmdesk.charts.progress import progress_domains

        domain_of = {c.code: c.domain for c in fw.competencies}
        domains = {d.code: d.name for d in fw.domains}
        fig = progress_domains(
            series, domain_of, data.targets, lang, domains=domains, title=title, **size
        )
        ax = fig.axes[0]
        hovers = []
        for x, (label, prof) in enumerate(series):
            for domain, mean in domain_means(prof, domain_of).items():
                name = domains[domain].get(lang) if domain in domains else domain
                text = f"{label} · {name}\n{word('mean', lang)} {mean:.2f}"
                hovers.append(Hover(ax, x, mean, text))
        return Chart(fig, hovers)
    from kmdesk.charts.progress import progress_chart

    points = progress(chosen, profiles)
    drop_notes = _drop_notes(points, data.ratings if not anonymous else {})
    fig = progress_chart(
        codes, series, data.targets, names, lang, notes=drop_notes, title=title, **size
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
                    extra.append(f"{change} {_w('change', lang)}")
                text = _person_point(data, point.round, code, value, notes, lang, extra)
                hovers.append(Hover(ax, x, value, text))
    return Chart(fig, hovers)


def _person_point(data, rnd, code, value, notes, lang, extra=()) -> str:
    fw = data.framework(rnd)
    lines = [f"{rnd.title} · {_competency(fw, code, lang)}", _level_line(fw, code, value, lang)]
    lines += list(extra)
    lines += evidence_lines(fw, notes.get(rnd.id, ()), code, lang)
    return "\n".join(lines)


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
                out[(point.round.title, code)] = note if len(note) <= 70 else note[:70] + "…"
    return out


# --- from the store straight to a Figure -----------------------------------------------------


def team_chart(
    session: Session,
    kind: str,
    team: Team | str,
    rnd: Round | str | None,
    role: str,
    lang: str = "th",
    anonymous: bool = False,
    members: Iterable[str] | None = None,
    compare_round: Round | str | None = None,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """A team chart by names (or records): team, round (latest if None) and role.

    ``members`` are ids or names of the members to show (all by default).
    """
    team = _team(session, team)
    rnd = _round(session, rnd)
    role = find_role(session, role)
    data = team_data(session, team, rnd, role, with_ratings=False)
    if not data.has_scores:
        raise NothingToChart(f"team {team.name} has no scores as {role} in {rnd.title}")
    compare = None
    if compare_round is not None:
        other = _round(session, compare_round)
        if other.id != rnd.id:
            compare = team_data(session, team, other, role, with_ratings=False)
    ids = None if members is None else [_member_id(data, m) for m in members]
    return draw_team(
        data, kind, lang, anonymous=anonymous, members=ids, compare=compare, figsize=figsize
    ).figure


def _member_id(data: TeamData, wanted: str) -> str:
    for f in data.roster:
        if wanted == f.id or name_key(wanted) == name_key(f.name):
            return f.id
    close = difflib.get_close_matches(wanted, [f.name for f in data.roster], n=3, cutoff=0.5)
    hint = (
        f"did you mean: {', '.join(close)}?"
        if close
        else "members: " + ", ".join(f.name for f in data.roster)
    )
    raise NotFoundByName(f"no member {wanted!r} in team {data.analysis.team.name}; {hint}")


def person_chart(
    session: Session,
    kind: str,
    person: Facilitator | str,
    rnd: Round | str | None,
    role: str,
    lang: str = "th",
    anonymous: bool = False,
    team: Team | str | None = None,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """A person chart by name: rounds up to ``rnd`` (all if None); the stairs are for ``rnd``.

    The radar shows the chosen round and up to three before it; ``team`` narrows the name.
    """
    if isinstance(person, str):
        person = find_person(session, person, _team(session, team) if team else None)
    role = find_role(session, role)
    data = person_data(session, person, role)
    if rnd is None:
        upto = data.rated_rounds()
        if not upto:
            raise NothingToChart(f"{person.name} has no scores as {role} yet")
    else:
        end = _round(session, rnd)
        upto = [r for r in data.rated_rounds() if (r.date, r.title) <= (end.date, end.title)]
        if not upto or (kind == "stairs" and upto[-1].id != end.id):
            raise NothingToChart(f"{person.name} has no scores as {role} in {end.title}")
    if kind == "radar":
        upto = upto[-RADAR_ROUNDS:]
    chart = draw_person(
        data,
        kind,
        lang,
        rounds={r.id for r in upto},
        stairs_round=upto[-1].id,
        anonymous=anonymous,
        figsize=figsize,
    )
    return chart.figure


# --- writing image files ---------------------------------------------------------------------


def image_format(path: str | os.PathLike) -> str:
    """ "png" or "svg" from the file's ending; any other ending is refused."""
    suffix = Path(path).suffix.lower()
    if suffix not in IMAGE_ENDINGS:
        raise ChartFileError(
            f"{path}: a chart is written as .png or .svg (the ending chooses), "
            f"not {suffix or 'a name without an ending'}"
        )
    return IMAGE_ENDINGS[suffix]


def _is_image(path: Path, fmt: str) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if fmt == "png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith((b"<?xml", b"<svg", b"<!DOCTYPE svg")) and b"<svg" in head


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_overwritable(path: str | os.PathLike) -> None:
    """Only an image of the same kind may be replaced; any other file is left alone."""
    path = Path(path)
    fmt = image_format(path)
    if path.is_dir():
        raise ChartFileError(f"{path} is a folder; give a file name ending in .{fmt}")
    if path.exists() and not _is_image(path, fmt):
        raise ChartFileError(
            f"{path} exists and is not a {fmt.upper()} image; it was left untouched"
        )


def save_chart(fig: Figure, path: str | os.PathLike) -> Path:
    """Write ``fig`` as PNG (200 dpi) or SVG by the file's ending, replacing it atomically."""
    path = Path(path)
    fmt = image_format(path)
    check_overwritable(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".{fmt}", dir=path.parent)
    except OSError as exc:
        raise ChartFileError(f"{path}: cannot be written ({exc.strerror})") from None
    os.close(fd)
    try:
        fig.savefig(tmp, format=fmt, dpi=PNG_DPI if fmt == "png" else None)
        # mkstemp makes the file private; an image is as readable as any file the user saves
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ChartFileError(f"{path}: cannot be written ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
