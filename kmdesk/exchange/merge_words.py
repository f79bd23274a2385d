"""A bundle merge's report in Thai or English, for the command and the app's merge dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from kmdesk.assess.thaidate import format_date
from kmdesk.exchange.bundle_report import ADDED, CONFLICT, HERE, UNCHANGED, UPDATED, value_text
from kmdesk.wording import QT_TRANSLATE_NOOP, Words

# The context the command's words were first filed under: the translations stay as they are.
WORDS = Words(
    "CliMerge",
    {
        "head": QT_TRANSLATE_NOOP(
            "CliMerge", "Ratings in {0}: {1} added, {2} updated, {3} unchanged, {4} conflicts"
        ),
        "dry": QT_TRANSLATE_NOOP("CliMerge", " (dry run: nothing was written)"),
        "agreed": QT_TRANSLATE_NOOP(
            "CliMerge", "Agreed levels: {0} added, {1} updated, {2} unchanged"
        ),
        "action": QT_TRANSLATE_NOOP(
            "CliMerge", "Learning actions: {0} added, {1} updated, {2} unchanged"
        ),
        "teams?": QT_TRANSLATE_NOOP("CliMerge", "new teams would be added: {0}"),
        "people?": QT_TRANSLATE_NOOP("CliMerge", "new people would be added: {0}"),
        "rounds?": QT_TRANSLATE_NOOP("CliMerge", "new rounds would be added: {0}"),
        "teams": QT_TRANSLATE_NOOP("CliMerge", "new teams were added: {0}"),
        "people": QT_TRANSLATE_NOOP("CliMerge", "new people were added: {0}"),
        "rounds": QT_TRANSLATE_NOOP("CliMerge", "new rounds were added: {0}"),
        "deleted too": QT_TRANSLATE_NOOP(
            "CliMerge",
            "deleted on another PC, deleted here too: {0} ({1}), with its {2} ratings and {3} "
            "agreed levels and actions",
        ),
        "deleted too?": QT_TRANSLATE_NOOP(
            "CliMerge",
            "deleted on another PC, would be deleted here too: {0} ({1}), with its {2} ratings "
            "and {3} agreed levels and actions",
        ),
        "kept deleted": QT_TRANSLATE_NOOP(
            "CliMerge",
            "deleted here, kept deleted: {0} in {1} (deleted {2}); its {3} ratings and {4} "
            "agreed levels and actions in the file were left out",
        ),
        "round": QT_TRANSLATE_NOOP("CliMerge", "round {0}"),
        "facilitator": QT_TRANSLATE_NOOP("CliMerge", "person {0}"),
        "team": QT_TRANSLATE_NOOP("CliMerge", "team {0}"),
        "framework": QT_TRANSLATE_NOOP("CliMerge", "framework: {0}"),
        "matched": QT_TRANSLATE_NOOP("CliMerge", "matched by name: {0}"),
        "same merged": QT_TRANSLATE_NOOP(
            "CliMerge",
            "probably the same person: {0} ({1}) in {2} and in {3} have different ids "
            "(merged as one)",
        ),
        "same merged?": QT_TRANSLATE_NOOP(
            "CliMerge",
            "probably the same person: {0} ({1}) in {2} and in {3} have different ids "
            "(would be merged as one)",
        ),
        "same apart": QT_TRANSLATE_NOOP(
            "CliMerge",
            "probably the same person: {0} ({1}) in {2} and in {3} have different ids (not merged)",
        ),
        "kept here": QT_TRANSLATE_NOOP("CliMerge", "kept as it is here: {0}"),
        "conflict": QT_TRANSLATE_NOOP("CliMerge", "conflict: {0}"),
        "kept": QT_TRANSLATE_NOOP("CliMerge", "kept: {0} from {1}; {2}"),
        "here": QT_TRANSLATE_NOOP("CliMerge", "this database"),
        "none": QT_TRANSLATE_NOOP("CliMerge", "(none)"),
        "cleared": QT_TRANSLATE_NOOP("CliMerge", "cleared"),
        "later": QT_TRANSLATE_NOOP(
            "CliMerge",
            "the later change wins: {0} is after {1}; {2} stays in the rating's history",
        ),
        "same moment": QT_TRANSLATE_NOOP(
            "CliMerge", "both changed at {0}; the PC id decides ({1} comes after {2})"
        ),
        "at pc": QT_TRANSLATE_NOOP("CliMerge", "{0}, PC {1}"),
        "before history": QT_TRANSLATE_NOOP("CliMerge", "(before history)"),
    },
)


def merge_lines(report, lang: str, roles: Mapping[str, str] | None = None) -> list[str]:
    """What ``MergeReport.lines()`` says, in ``lang``.

    The framework's, matching and kept-as-is notes are sentences the merge writes itself;
    they stay as written. Times are this PC's local time, dated in the Buddhist Era in Thai
    (the report file keeps them in UTC).
    """
    if lang == "en":
        return report.lines()
    counts = report.counts
    head = WORDS("head", lang).format(
        ", ".join(report.files),
        counts[ADDED],
        counts[UPDATED],
        counts[UNCHANGED],
        counts[CONFLICT],
    )
    out = [head + (WORDS("dry", lang) if report.dry_run else "")]
    for kind in ("agreed", "action"):
        found = report.learning.get(kind, {})
        if any(found.values()):
            out.append(
                WORDS(kind, lang).format(
                    found.get(ADDED, 0), found.get(UPDATED, 0), found.get(UNCHANGED, 0)
                )
            )
    for key, names in (
        ("teams", report.new_teams),
        ("people", report.new_people),
        ("rounds", report.new_rounds),
    ):
        if names:
            out.append(
                WORDS(key + ("?" if report.dry_run else ""), lang).format(", ".join(sorted(names)))
            )
    out += [_deleted(d, report.dry_run, lang) for d in report.deleted]
    out += [WORDS("framework", lang).format(line) for line in report.framework]
    out += [WORDS("matched", lang).format(line) for line in report.matched]
    merged = "same merged?" if report.dry_run else "same merged"
    same = WORDS(merged if report.merged_people else "same apart", lang)
    for person in report.same_people:
        out.append(
            same.format(person.name, person.team, person.file, _place(person.here_from, lang))
        )
    out += [WORDS("kept here", lang).format(line) for line in report.notes]
    for line in report.conflicts:
        # the role by its name in ``lang`` (from the framework) rather than its code
        role = (roles or {}).get(line.role, line.role)
        label = f"{line.person} ({line.team}) / {line.round} / {role} / {line.indicator}"
        out.append(WORDS("conflict", lang).format(label))
        out += [
            f"    {_place(side.source, lang)}: {_value(side.event, lang)}" for side in line.sides
        ]
        kept = WORDS("kept", lang).format(
            _value(line.after, lang), _place(line.winner, lang), _reason(line, lang)
        )
        out.append("    " + kept)
    return out


def _deleted(d, dry_run: bool, lang: str) -> str:
    what = WORDS(d.kind, lang).format(d.name)
    when = WORDS("at pc", lang).format(_when(d.at, lang, "%H:%M"), d.pc[:8])
    if d.file == HERE:
        key = "deleted too?" if dry_run else "deleted too"
        return WORDS(key, lang).format(what, when, d.ratings, d.plans)
    return WORDS("kept deleted", lang).format(what, d.file, when, d.ratings, d.plans)


def _reason(line, lang: str) -> str:
    """Why the kept value won (bundle_report.why_later's sentence), with local times."""
    if not line.reason or len(line.sides) < 2:
        return line.reason
    won = line.sides[0].event
    other = max((s.event for s in line.sides[1:]), key=lambda e: e.order)
    if won.at == other.at:
        return WORDS("same moment", lang).format(
            _when(won.at, lang, "%H:%M:%S"), won.pc[:8], other.pc[:8]
        )
    return WORDS("later", lang).format(_at_pc(won, lang), _at_pc(other, lang), _value(other, lang))


def _at_pc(event, lang: str) -> str:
    pc = event.pc[:8] or WORDS("before history", lang)
    return WORDS("at pc", lang).format(_when(event.at, lang, "%H:%M:%S"), pc)


def _when(at: dt.datetime, lang: str, clock: str) -> str:
    """A stored UTC time as this PC's local date (in the Buddhist Era for Thai) and time."""
    local = at.replace(tzinfo=dt.UTC).astimezone()
    return f"{format_date(local.date(), lang)} {local.strftime(clock)}"


def _place(source: str, lang: str) -> str:
    return WORDS("here", lang) if source == HERE else source


def _value(event, lang: str) -> str:
    if event is None:
        return WORDS("none", lang)
    if event.deleted:
        return WORDS("cleared", lang)
    return value_text(event)
