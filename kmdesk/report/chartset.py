"""The reports' charts, built with kmdesk.charts at the size they are printed, as SVG."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.transforms import IdentityTransform

from kmdesk.assess.profile import Profile
from kmdesk.charts.key import names_of
from kmdesk.charts.matrix import matrix_chart
from kmdesk.charts.pairs import pairs_chart
from kmdesk.charts.radar import radar_person, radar_team
from kmdesk.charts.river import river_chart
from kmdesk.charts.stairs import stairs_chart
from kmdesk.charts.style import chart_rc, member_styles, new_figure
from kmdesk.report.data import PersonRole, TeamReport, TeamRole
from kmdesk.report.figures import Svg, figure_svg
from kmdesk.report.parallel import map_in_two
from kmdesk.report.plan import chart_marks
from kmdesk.report.words import w
from kmdesk.views import marked_labels

# The body of the page is 167 mm (6.57 in) wide; two charts side by side take half each.
FULL_WIDTH = 6.5
HALF_WIDTH = 3.22


# A grid of one column per role: the radars' row, then the stairs', without legends (one
# legend strip under the grid serves them all).
GRID_RADAR_H = 2.0
GRID_STAIRS_H = 2.25
ONE_ROLE_H = 1.9
LEGEND_H = 0.28


def person_grid(
    roles: list[PersonRole], round_title: str, lang: str, codes
) -> tuple[list[Svg], list[Svg], Svg]:
    """Each role's radar and stairs, untitled and without legends, and one legend for all.

    Several roles make a grid of one column per role; one role, a row of two charts.
    """
    one = len(roles) == 1
    width = min(HALF_WIDTH, FULL_WIDTH / len(roles) - 0.02)
    # one role: radar and stairs side by side, the same height
    radar_h, stairs_h = (ONE_ROLE_H, ONE_ROLE_H) if one else (GRID_RADAR_H, GRID_STAIRS_H)

    def draw(job: tuple[PersonRole, str]) -> tuple[Svg, list[tuple[object, str]]]:
        role, kind = job
        if kind == "radar":
            fig = radar_person(
                codes,
                _rounds(role, round_title),
                role.targets,
                lang=lang,
                key=False,
                figsize=(width, radar_h),
                title="-",
            )
        else:
            fig = stairs_chart(role.stairs, lang=lang, key=False, figsize=(width, stairs_h))
        entries = [(_portable(handle), label) for handle, label in _take_legends(fig)]
        return figure_svg(_untitled(fig)), entries

    # two processes draw them (parallel.map_in_two); the legends' handles come back pickled
    drawn = map_in_two(draw, [(role, kind) for role in roles for kind in ("radar", "stairs")])
    legend: dict[str, object] = {}
    for _, entries in drawn:
        for handle, label in entries:
            legend.setdefault(label, handle)
    radars = [svg for svg, _ in drawn[0::2]]
    stairs = [svg for svg, _ in drawn[1::2]]
    return radars, stairs, _legend_strip(legend, lang)


def _rounds(role: PersonRole, round_title: str) -> list[tuple[str, Profile]]:
    series: list[tuple[str, Profile]] = []
    if role.previous is not None:
        series.append((role.previous[0].title, role.previous[1]))
    series.append((round_title, role.profile))
    return series


def _take_legends(fig: Figure) -> list[tuple[object, str]]:
    """Remove the figure's legends (its subfigures' too); their handles and labels."""
    found = []
    for where in (fig, *fig.subfigs):
        for legend in list(where.legends):
            texts = [t.get_text() for t in legend.get_texts()]
            found += list(zip(legend.legend_handles, texts, strict=True))
            legend.remove()
    return found


def _portable(handle: object) -> object:
    """A legend handle's look without its figure: a line or a box that pickles in a few KB
    (the handle itself drags its whole figure along) and draws the same legend entry."""
    if isinstance(handle, Line2D):
        copy = Line2D([], [])
    elif isinstance(handle, Rectangle):
        copy = Rectangle((0, 0), 1, 1)
    else:
        return handle
    copy.update_from(handle)
    copy.set_transform(IdentityTransform())
    copy.set_clip_box(None)
    copy.set_clip_path(None)
    return copy


def _legend_strip(entries: dict[str, object], lang: str) -> Svg:
    with chart_rc(lang):
        fig = new_figure((FULL_WIDTH, LEGEND_H))
        fig.legend(
            list(entries.values()),
            list(entries),
            loc="center",
            ncols=len(entries),
            frameon=False,
            handlelength=1.6,
            columnspacing=1.2,
        )
    return figure_svg(fig)


def _untitled(fig: Figure) -> Figure:
    """The figure without its title, and without the room kept for it."""
    fig.suptitle("").set_in_layout(False)
    return fig


def team_labels(data: TeamReport, role: TeamRole) -> dict[str, str]:
    """Every member's name or letter, marked "(5/18)" when their answers in this role are
    not complete, as on the app's charts."""
    return marked_labels(role.analysis, data.labels)


def _team_series(data: TeamReport, role: TeamRole) -> list[tuple[str, Profile]]:
    a = role.analysis
    labels = team_labels(data, role)
    return [(labels[f.id], a.profiles.get(f.id, {})) for f in data.members]


def _styles(data: TeamReport, role: TeamRole):
    # over the whole team in its order, as on the app's charts: a person's colour, like their
    # letter, is the same on screen, in a saved chart and in the report
    return member_styles(team_labels(data, role).values())


def team_radar(data: TeamReport, role: TeamRole, lang: str) -> Svg:
    a = role.analysis
    fig = radar_team(
        a.framework.codes,
        [(label, prof) for label, prof in _team_series(data, role) if prof],
        a.targets,
        lang,
        names=names_of(data.framework),
        styles=_styles(data, role),
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
        labels={f.id: team_labels(data, role)[f.id] for f in data.members},
        show_members=True,
        styles=_styles(data, role),
        figsize=(FULL_WIDTH, 4.4),
        **chart_marks(data, role),  # the agreed levels, what is worth a conversation
    )
    return figure_svg(fig)


def team_matrix(data: TeamReport, role: TeamRole, lang: str) -> Svg:
    a = role.analysis
    rows = [(label, prof) for label, prof in _team_series(data, role) if prof]
    height = 1.6 + 0.3 * (len(rows) + 1)
    # the key of the names is printed under it as text, which reads better than the chart's
    marks = chart_marks(data, role)  # the agreed levels, what is worth a conversation
    height += 0.3 * (bool(marks.get("agreed")) + bool(marks.get("worth")))  # a row, a legend
    fig = matrix_chart(
        a.framework.codes,
        rows,
        a.targets,
        lang=lang,
        key=False,
        figsize=(FULL_WIDTH, height),
        **marks,
    )
    return figure_svg(fig)


def team_pairs(data: TeamReport, role: TeamRole, lang: str) -> Svg:
    a = role.analysis
    # those in the sums: a member left out of them has no column
    labels = {f.id: team_labels(data, role)[f.id] for f in a.members}
    fig = pairs_chart(
        a.pairs,
        labels,
        names_of(data.framework),
        lang,
        styles=_styles(data, role),
        figsize=(FULL_WIDTH, 4.6),
    )
    return figure_svg(fig)


_TEAM_CHARTS = {
    "radar": team_radar,
    "river": team_river,
    "matrix": team_matrix,
    "pairs": team_pairs,
}


def team_charts(data: TeamReport, lang: str) -> dict[tuple[str, str], Svg]:
    """Every chart of the team report, keyed (role code, "radar" | "river" | "matrix" |
    "pairs"), drawn in two processes where that is possible (``parallel.map_in_two``).

    A role nobody rated has no charts; one without learning pairs, no pairs chart.
    """
    roles = {role.analysis.role: role for role in data.roles}
    jobs = []
    for code, role in roles.items():
        if not role.rated:
            continue
        kinds = ["radar", "river", "matrix"]
        if any(cp.pairs for cp in role.analysis.pairs):
            kinds.append("pairs")
        jobs += [(code, kind) for kind in kinds]
    svgs = map_in_two(lambda job: _TEAM_CHARTS[job[1]](data, roles[job[0]], lang), jobs)
    return dict(zip(jobs, svgs, strict=True))
