"""A bundle merge's report in the command's language, from the report's own parts."""

from __future__ import annotations

from kmdesk.cli import language
from kmdesk.cli.language import translate


def merge_lines(report) -> list[str]:
    """What ``MergeReport.lines()`` says, worded in Thai when the command speaks Thai.

    The framework's, matching and kept-as-is notes and the conflicts' reasons are sentences
    the merge writes itself; they stay as written.
    """
    if language.current() == "en":
        return report.lines()
    from kmdesk.exchange.bundle_report import ADDED, CONFLICT, UNCHANGED, UPDATED

    counts = report.counts
    head = translate(
        "CliMerge", "Ratings in {0}: {1} added, {2} updated, {3} unchanged, {4} conflicts"
    ).format(
        ", ".join(report.files),
        counts[ADDED],
        counts[UPDATED],
        counts[UNCHANGED],
        counts[CONFLICT],
    )
    if report.dry_run:
        head += translate("CliMerge", " (dry run: nothing was written)")
    out = [head]
    if report.dry_run:
        added = (
            translate("CliMerge", "new teams would be added: {0}"),
            translate("CliMerge", "new people would be added: {0}"),
            translate("CliMerge", "new rounds would be added: {0}"),
        )
    else:
        added = (
            translate("CliMerge", "new teams were added: {0}"),
            translate("CliMerge", "new people were added: {0}"),
            translate("CliMerge", "new rounds were added: {0}"),
        )
    for text, names in zip(
        added, (report.new_teams, report.new_people, report.new_rounds), strict=True
    ):
        if names:
            out.append(text.format(", ".join(sorted(names))))
    out += [translate("CliMerge", "framework: {0}").format(line) for line in report.framework]
    out += [translate("CliMerge", "matched by name: {0}").format(line) for line in report.matched]
    for same in report.same_people:
        if report.merged_people:
            text = translate(
                "CliMerge",
                "probably the same person: {0} ({1}) in {2} and in {3} have different ids "
                "(merged as one)",
            )
        else:
            text = translate(
                "CliMerge",
                "probably the same person: {0} ({1}) in {2} and in {3} have different ids "
                "(not merged)",
            )
        out.append(text.format(same.name, same.team, same.file, _place(same.here_from)))
    out += [translate("CliMerge", "kept as it is here: {0}").format(line) for line in report.notes]
    for line in report.conflicts:
        out.append(translate("CliMerge", "conflict: {0}").format(line.label))
        out += [f"    {_place(side.source)}: {_value(side.event)}" for side in line.sides]
        out.append(
            "    "
            + translate("CliMerge", "kept: {0} from {1}; {2}").format(
                _value(line.after), _place(line.winner), line.reason
            )
        )
    return out


def _place(source: str) -> str:
    from kmdesk.exchange.bundle_report import HERE

    return translate("CliMerge", "this database") if source == HERE else source


def _value(event) -> str:
    from kmdesk.exchange.bundle_report import value_text

    if event is None:
        return translate("CliMerge", "(none)")
    if event.deleted:
        return translate("CliMerge", "cleared")
    return value_text(event)


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
