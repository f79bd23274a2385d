"""``kmdesk chart``: one chart to a PNG or SVG file, found by names through kmdesk.views."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kmdesk.cli import language
from kmdesk.cli.common import UserError, open_db
from kmdesk.cli.explain import explain
from kmdesk.cli.language import translate
from kmdesk.cli.options import require_ending

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from sqlalchemy.orm import Session

PERSON_ONLY = {"progress", "domains", "stairs"}
TEAM_ONLY = {"river", "matrix", "pairs"}


def cmd_chart(args) -> int:
    from kmdesk import charting, views
    from kmdesk.charting.files import IMAGE_ENDINGS

    # The file is checked before any work, so a wrong ending costs nothing.
    require_ending(args.output, tuple(IMAGE_ENDINGS))
    try:
        charting.check_overwritable(args.output)
    except charting.ChartFileError as exc:
        raise UserError(_file_problem(args.output, exc)) from None
    if args.kind in PERSON_ONLY and not args.person:
        raise UserError(
            translate("Cli", "{0} is one person's chart: give --person NAME").format(args.kind)
        )
    if args.kind in TEAM_ONLY and not args.team:
        raise UserError(translate("Cli", "{0} is a team chart: give --team NAME").format(args.kind))
    if args.kind in TEAM_ONLY and args.person:
        raise UserError(
            translate("Cli", "{0} is a team chart: leave out --person").format(args.kind)
        )
    if args.kind == "radar" and not (args.team or args.person):
        raise UserError(
            translate(
                "Cli", "radar: give --team NAME for the team, or --person NAME for one person"
            )
        )
    if args.compare_round and args.kind != "river":
        raise UserError(translate("Cli", "--compare-round is for the river only"))
    import matplotlib

    matplotlib.use("Agg")  # files only: no window, no Qt
    database = open_db(args)
    try:
        with database.session() as session:
            if args.person:
                fig = person_figure(
                    session,
                    args.kind,
                    args.person,
                    args.round,
                    args.role,
                    args.lang,
                    anonymous=args.anonymous,
                    team=args.team,
                )
            else:
                fig = team_figure(
                    session,
                    args.kind,
                    args.team,
                    args.round,
                    args.role,
                    args.lang,
                    anonymous=args.anonymous,
                    compare_round=args.compare_round,
                )
        saved = charting.save_chart(fig, args.output)
    except (views.NotFoundByName, charting.NothingToChart) as exc:
        raise UserError(explain(exc)) from None
    except charting.ChartFileError as exc:
        raise UserError(_file_problem(args.output, exc)) from None
    finally:
        database.dispose()
    print(translate("Cli", "Chart written to {0}").format(saved))
    return 0


def _file_problem(path, exc) -> str:
    """ChartFileError in the command's language: a folder, another kind of file, no room."""
    if language.current() == "en":
        return str(exc)
    if path.is_dir():
        return translate("Cli", "{0} is a folder; give a file name ending in .png or .svg").format(
            path
        )
    if path.exists():
        return translate(
            "Cli", "{0} exists and is not an image of that kind; it was left untouched"
        ).format(path)
    return translate("Cli", "{0}: cannot be written").format(path)


def _round(session: Session, spec: str | None):
    """The round named by ``spec``, or the latest round when None."""
    from kmdesk import views
    from kmdesk.charting import NothingToChart

    if spec is not None:
        return views.find_round(session, spec)
    latest = views.latest_round(session)
    if latest is None:
        raise NothingToChart(translate("Cli", "there are no assessment rounds yet"))
    return latest


def team_figure(
    session: Session,
    kind: str,
    team: str,
    rnd: str | None,
    role: str,
    lang: str = "th",
    anonymous: bool = False,
    members: Iterable[str] | None = None,
    compare_round: str | None = None,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """A team chart by names: team, round (latest if None) and role.

    ``members`` are ids or names of the members to show (all by default).
    """
    from kmdesk import charting, views

    found = views.find_team(session, team)
    chosen = _round(session, rnd)
    role = views.find_role(session, role)
    data = views.team_slice(session, found, chosen, role, with_ratings=False)
    if not data.has_scores:
        raise charting.NothingToChart(
            translate("Cli", "team {0} has no scores as {1} in {2}").format(
                found.name, role, chosen.title
            )
        )
    compare = None
    if compare_round is not None:
        other = _round(session, compare_round)
        if other.id != chosen.id:
            compare = views.team_slice(session, found, other, role, with_ratings=False)
    ids = None
    if members is not None:
        ids = [views.find_member(data.roster, m, found).id for m in members]
    chart = charting.draw_team(
        data, kind, lang, anonymous=anonymous, members=ids, compare=compare, figsize=figsize
    )
    return chart.figure


def person_figure(
    session: Session,
    kind: str,
    person: str,
    rnd: str | None,
    role: str,
    lang: str = "th",
    anonymous: bool = False,
    team: str | None = None,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """A person chart by name: rounds up to ``rnd`` (all if None); the stairs are for ``rnd``.

    The radar shows the chosen round and up to three before it; ``team`` narrows the name.
    """
    from kmdesk import charting, views

    where = views.find_team(session, team) if team else None
    found = views.find_person(session, person, where)
    role = views.find_role(session, role)
    data = views.person_slice(session, found, role)
    if rnd is None:
        upto = data.rated_rounds()
        if not upto:
            raise charting.NothingToChart(
                translate("Cli", "{0} has no scores as {1} yet").format(found.name, role)
            )
    else:
        end = views.find_round(session, rnd)
        upto = data.rated_until(end)
        if not upto or (kind == "stairs" and upto[-1].id != end.id):
            raise charting.NothingToChart(
                translate("Cli", "{0} has no scores as {1} in {2}").format(
                    found.name, role, end.title
                )
            )
    if kind == "radar":
        upto = upto[-charting.RADAR_ROUNDS :]
    chart = charting.draw_person(
        data,
        kind,
        lang,
        rounds={r.id for r in upto},
        stairs_round=upto[-1].id,
        anonymous=anonymous,
        figsize=figsize,
    )
    return chart.figure
