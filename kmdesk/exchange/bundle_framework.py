"""Merging frameworks, targets and pair settings: add what is missing, refuse what differs."""

# A framework version this database lacks is added. One of the same number and other
# wording is refused, unless no round here uses it (then the bundle's replaces it). The
# same holds for a competency, against any round at all. Targets and pair settings come
# from the bundle while this database has no ratings yet (the latest-exported bundle's, when
# several differ); afterwards they stay, and each difference is reported.

from __future__ import annotations

import json
from collections.abc import Sequence

from kmdesk.exchange.bundle_report import MergeReport
from kmdesk.exchange.problems import rejected
from kmdesk.store.bundle_records import Changes, CompetencyRec, Records, VersionRec

# (the command and the app add "Nothing was merged" to every refusal themselves)
EDITED_APART = "the framework was edited separately on two PCs"


def version_difference(mine: VersionRec, theirs: VersionRec) -> str:
    """The first thing two versions of one number word differently, in a few words."""
    if json.dumps(mine.meta, sort_keys=True) != json.dumps(theirs.meta, sort_keys=True):
        return "its purpose, roles or scale are worded differently"
    here = {i.code: i for i in mine.indicators}
    there = {i.code: i for i in theirs.indicators}
    for code in sorted(set(here) | set(there)):
        if code not in here:
            return f"indicator {code} is only in the file"
        if code not in there:
            return f"indicator {code} is not in the file"
        if here[code] != there[code]:
            a, b = here[code], there[code]
            if (a.text_th, a.text_en) != (b.text_th, b.text_en):
                return f"indicator {code} is worded differently"
            if a.levels != b.levels:
                return f"indicator {code}'s level sentences differ"
            if a.retired != b.retired:
                return f"indicator {code} is retired in one and not the other"
            return f"indicator {code} has another place or competency"
    return "their wording differs"


def _incoming_versions(bundles: Sequence) -> dict[int, tuple[VersionRec, str]]:
    found: dict[int, tuple[VersionRec, str]] = {}
    for b in bundles:
        for v in b.records.versions:
            seen = found.get(v.number)
            if seen is not None and seen[0].content() != v.content():
                raise rejected(
                    b.file,
                    f"framework version {v.number} differs from version {v.number} in "
                    f"{seen[1]} ({version_difference(seen[0], v)}); {EDITED_APART}",
                )
            if seen is None or (v.created_at, v.note) < (seen[0].created_at, seen[0].note):
                found[v.number] = (v, b.file)
    return found


def _competencies(state: Records, bundles: Sequence, changes: Changes, report: MergeReport):
    here = {c.code: c for c in state.competencies}
    taken: dict[str, tuple[CompetencyRec, str]] = {}
    for b in bundles:
        for c in b.records.competencies:
            seen = taken.get(c.code)
            if seen is not None and seen[0] != c:
                raise rejected(
                    b.file, f"competency {c.code} differs from {seen[1]}'s; {EDITED_APART}"
                )
            taken[c.code] = (c, b.file)
    for code, (c, file) in sorted(taken.items()):
        mine = here.get(code)
        if mine == c:
            continue
        if mine is not None and state.rounds:
            raise rejected(
                file,
                f"competency {code} is named or placed differently here ({mine.name_en!r}, "
                f"in the file {c.name_en!r}); {EDITED_APART}",
            )
        changes.competencies.append(c)
        report.framework.append(f"competency {code} {'added' if mine is None else 'replaced'}")


def plan_framework(
    state: Records, bundles: Sequence, used: set[int], changes: Changes, report: MergeReport
) -> None:
    """Competencies and versions to add or replace; FileRejected for wording that differs
    from a version some round here uses."""
    _competencies(state, bundles, changes, report)
    here = {v.number: v for v in state.versions}
    for number, (v, file) in sorted(_incoming_versions(bundles).items()):
        mine = here.get(number)
        if mine is None:
            changes.versions.append(v)
            report.framework.append(f"version {number} added from {file}")
        elif mine.content() != v.content():
            if number in used:
                raise rejected(
                    file,
                    f"framework version {number} differs from version {number} here "
                    f"({version_difference(mine, v)}); {EDITED_APART}",
                )
            changes.versions.append(v)
            report.framework.append(
                f"version {number} here (no round used it) replaced by {file}'s"
            )
        elif (mine.created_at, mine.note) != (v.created_at, v.note) and number not in used:
            changes.versions.append(v)  # the same wording; its history comes along


def plan_settings(
    state: Records, bundles: Sequence, rated: bool, changes: Changes, report: MergeReport
) -> None:
    """Targets and pair settings: the bundle's into a database without ratings, else kept."""
    if not bundles:
        return
    here_targets = {(role, code): level for role, code, level in state.targets}
    if not rated:
        source = bundles[-1]  # the latest export
        if sorted(source.records.targets) != sorted(state.targets):
            changes.targets = sorted(source.records.targets)
            report.framework.append(f"targets taken from {source.file}")
        if source.records.pair_values != state.pair_values:
            changes.pair_values = dict(source.records.pair_values)
            report.framework.append(f"learning-pair thresholds taken from {source.file}")
        here_targets = {(role, code): level for role, code, level in source.records.targets}
        pairs, where = source.records.pair_values, source.file
    else:
        pairs, where = state.pair_values, "here"
    for b in bundles:
        differs = [
            f"{role} {code} {here_targets.get((role, code))} kept, {level} in {b.file}"
            for role, code, level in sorted(b.records.targets)
            if here_targets.get((role, code)) != level
        ]
        if differs:
            report.notes.append("targets differ: " + "; ".join(differs))
        if b.records.pair_values != pairs:
            report.notes.append(
                f"learning-pair thresholds differ in {b.file}; those {_from(where)} are kept"
            )


def _from(where: str) -> str:
    return "here" if where == "here" else f"from {where}"
