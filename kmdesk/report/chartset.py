"""The reports' charts, built with kmdesk.charts at the size they are printed, as SVG."""

from __future__ import annotations

from kmdesk.assess.profile import Profile
from kmdesk.charts.key import names_of
from kmdesk.charts.matrix import matrix_chart
from kmdesk.charts.pairs import pairs_chart
from kmdesk.charts.radar import radar_person, radar_team
from kmdesk.charts.river import river_chart
from kmdesk.charts.stairs import stairs_chart
from kmdesk.charts.style import member_styles
from kmdesk.report.data import PersonRole, TeamReport, TeamRole
from kmdesk.report.figures import Svg, figure_svg
from kmdesk.report.words import w

# The body of the page is 167 mm (6.57 in) wide; two charts side by side take half each.
FULL_WIDTH = 6.5
HALF = (3.22, 3.7)


def person_radar(role: PersonRole, round_title: str, lang: str, codes) -> Svg:
    series: list[tuple[str, Profile]] = []
    if role.previous is not None:
        series.append((role.previous[0].title, role.previous[1]))
    series.append((round_title, role.profile))
    fig = radar_person(
        codes, series, role.targets, lang=lang, key=False, figsize=HALF, title=w("profile", lang)
    )
    return figure_svg(fig)


def person_stairs(role: PersonRole, lang: str) -> Svg:
    return figure_svg(stairs_chart(role.stairs, lang=lang, key=False, figsize=HALF))


def _team_series(data: TeamReport, role: TeamRole) -> list[tuple[str, Profile]]:
    a = role.analysis
    return [(data.labels[f.id], a.profiles.get(f.id, {})) for f in data.members]


def _styles(data: TeamReport):
    # over the whole team in its order, as on the app's charts: a person's colour, like their
    # letter, is the same on screen, in a saved chart and in the report
    return member_styles(data.labels.values())


def team_radar(data: TeamReport, role: TeamRole, lang: str) -> Svg:
    a = role.analysis
    fig = radar_team(
        a.framework.codes,
        [(label, prof) for label, prof in _team_series(data, role) if prof],
        a.targets,
        lang,
        names=names_of(data.framework),
        styles=_styles(data),
        title=w("radar_team", lang),
        figsize=(FULL_WIDTH, 4.3),
    )
    return figure_svg(fig)


def team_river(data: TeamReport, role: TeamRole, lang: str) -> Svg:
    a = role.analysis
    rounds = []
    if role.previous is not None:
        rounds.append((role.previous[0].title, role.previous[1]))
    rounds.append((data.round.title, a.river))
    fig = river_chart(
        a.framework.codes,
        rounds,
        a.targets,
        names_of(data.framework),
        lang,
        labels={f.id: data.labels[f.id] for f in data.members},
        show_members=True,
        styles=_styles(data),
        figsize=(FULL_WIDTH, 4.4),
    )
    return figure_svg(fig)


def team_matrix(data: TeamReport, role: TeamRole, lang: str) -> Svg:
    a = role.analysis
    rows = [(label, prof) for label, prof in _team_series(data, role) if prof]
    height = 1.6 + 0.3 * (len(rows) + 1)
    fig = matrix_chart(
        a.framework.codes, rows, a.targets, lang=lang, key=False, figsize=(FULL_WIDTH, height)
    )
    return figure_svg(fig)


def team_pairs(data: TeamReport, role: TeamRole, lang: str) -> Svg:
    a = role.analysis
    labels = {f.id: data.labels[f.id] for f in data.members}
    fig = pairs_chart(
        a.pairs,
        labels,
        names_of(data.framework),
        lang,
        styles=_styles(data),
        figsize=(FULL_WIDTH, 4.6),
    )
    return figure_svg(fig)
