"""A bundle merge's report in the command's language, from the report's own parts."""

from __future__ import annotations

from collections.abc import Mapping

from kmdesk.cli import language
from kmdesk.cli.language import translate
from kmdesk.exchange import merge_words


def merge_lines(report, roles: Mapping[str, str] | None = None) -> list[str]:
    """What ``MergeReport.lines()`` says, in the command's language (the app's merge dialog
    words it the same way, from kmdesk.exchange.merge_words); ``roles`` names the roles."""
    return merge_words.merge_lines(report, language.current(), roles)


def role_names(database) -> dict[str, str]:
    """Each role's name in the command's language, from the newest framework version."""
    from kmdesk.store import frameworks

    with database.session() as session:
        found = frameworks.latest_version(session)
        framework = frameworks.load_framework(session, found) if found else None
    return framework.role_names(language.current()) if framework else {}


def same_people(exc) -> str:
    """SamePeopleUnconfirmed: who looks like one person under two ids; nothing was merged."""
    if language.current() == "en":
        return str(exc)
    names = ", ".join(f"{s.name} ({s.team})" for s in exc.report.same_people)
    return translate(
        "CliMerge",
        "probably the same person under two ids: {0}. Nothing was merged; to merge each pair "
        "as one person, confirm it (kmdesk bundle import --merge-people)",
    ).format(names)
