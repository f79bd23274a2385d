"""``kmdesk chart``: one chart to a PNG or SVG file, found by names through kmdesk.views."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kmdesk.cli.common import UserError, open_db

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from sqlalchemy.orm import Session

PERSON_ONLY = {"progress", "domains", "stairs"}
TEAM_ONLY = {"river", "matrix", "pairs"}


def cmd_chart(args) -> int:
    from kmdesk import charting, views

    # The file is checked before any work, so a wrong ending costs nothing.
    try:
        charting.check_overwritable(args.output)
    except charting.ChartFileError as exc:
        raise UserError(str(exc)) from None
    if args.kind in PERSON_ONLY and not args.person:
        raise UserError(f"{args.kind} is one person's chart: give --person NAME")
    if args.kind in TEAM_ONLY and not args.team:
        raise UserError(f"{args.kind} is a team chart: give --team NAME")
    if args.kind in TEAM_ONLY and args.person:
        raise UserError(f"{args.kind} is a team chart: leave out --person")
    if args.kind == "radar" and not (args.team or args.person):
        raise UserError("radar: give --team NAME for the team, or --person NAME for one person")
    if args.compare_round and args.kind != "river":
        raise UserError("--compare-round is for the river only")
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
    except (views.NotFoundByName, charting.NothingToChart, charting.ChartFileError) as exc:
        raise UserError(str(exc)) from None
    finally:
        database.dispose()
    print(f"Chart written to {saved}")
    return 0


def _round(session: Session, spec: str | None):
    """The round named by ``spec``, or the latest round when None."""
    from kmdesk import views
    from kmdesk.charting import NothingToChart

    if spec is not None:
        return views.find_round(session, spec)
    latest = views.latest_round(session)
    if latest is None:
        raise NothingToChart("there are no assessment rounds yet")
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
            f"team {found.name} has no scores as {role} in {chosen.title}"
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
            raise charting.NothingToChart(f"{found.name} has no scores as {role} yet")
    else:
        end = views.find_round(session, rnd)
        upto = data.rated_until(end)
        if not upto or (kind == "stairs" and upto[-1].id != end.id):
            raise charting.NothingToChart(f"{found.name} has no scores as {role} in {end.title}")
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
