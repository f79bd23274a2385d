"""Team bundles: send ratings with their history to another PC, and merge what others sent."""

# The one entry point for the command and the app: export_bundle, read_bundle,
# preview_merge and merge_bundles. The format is in bundle_format (and the README).

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from kmdesk.exchange import bundle_check, bundle_decode, bundle_zip
from kmdesk.exchange.bundle_export import Exported, Selection, export_bundle
from kmdesk.exchange.bundle_plan import Bundle, Plan, plan_merge
from kmdesk.exchange.bundle_report import MergeReport
from kmdesk.exchange.problems import Cancelled, FileRejected, rejected
from kmdesk.store import bundle_write

# (done, total) -> False to cancel
Progress = Callable[[int, int], bool | None]

__all__ = [
    "Bundle",
    "Exported",
    "MergeReport",
    "SamePeopleUnconfirmed",
    "Selection",
    "export_bundle",
    "merge_bundles",
    "preview_merge",
    "read_bundle",
]


class SamePeopleUnconfirmed(Exception):
    """Some people look like the same person under two ids; nothing was merged.

    ``report`` lists them (``report.same_people``) with everything else the merge would do.
    """

    def __init__(self, report: MergeReport):
        names = ", ".join(f"{s.name} ({s.team})" for s in report.same_people)
        super().__init__(
            f"probably the same person under two ids: {names}. Nothing was merged; to merge "
            "each pair as one person, confirm it (kmdesk bundle import --merge-people)"
        )
        self.report = report


def read_bundle(path: str | os.PathLike) -> Bundle:
    """The bundle at ``path``, every entry checked; FileRejected naming the file if not."""
    path = Path(path)
    manifest, entries = bundle_zip.read_entries(path)
    try:
        records = bundle_decode.records(manifest, entries)
    except bundle_check.NoteBroken as exc:
        # Not damage: the sending kmdesk kept a note this one would not (an older version).
        raise rejected(
            path, f"{exc}. Change the note on the PC that sent the bundle, then send it again"
        ) from None
    except bundle_check.Damaged as exc:
        raise bundle_zip.damaged(path, str(exc)) from None
    digest = hashlib.sha256(
        "".join(sha for _, sha in sorted(manifest.entries.values())).encode()
    ).hexdigest()
    return Bundle(path.name, manifest, records, digest)


def _read_all(paths: Sequence[str | os.PathLike], progress: Progress | None) -> list[Bundle]:
    """Every bundle read and checked; the problems of all the files at once if any is refused.

    A file given twice is read once; files of the same name in other folders are told apart
    by their whole path.
    """
    unique = list(dict.fromkeys(Path(p).absolute() for p in paths))
    names = [p.name for p in unique]
    bundles, problems = [], []
    for i, path in enumerate(unique):
        label = path.name if names.count(path.name) == 1 else str(path)
        try:
            bundles.append(replace(read_bundle(path), file=label))
        except FileRejected as exc:
            problems.extend(exc.problems)
        if progress and progress(i + 1, len(unique) + 2) is False:
            raise Cancelled()
    if problems:
        raise FileRejected(problems)
    return bundles


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """No cyclic garbage collection while bundles are read, planned and written.

    They make hundreds of thousands of small objects and no cycles; Python's collector,
    set off again and again by so many new objects, walked all of them each time: two
    thirds of a 100-bundle merge went on it. Whatever it would have found is collected
    afterwards.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _plan(database, bundles: list[Bundle], merge_people: bool) -> Plan:
    with database.session() as session:
        return plan_merge(session, bundles, merge_people)


def preview_merge(
    database,
    paths: Sequence[str | os.PathLike],
    merge_people: bool = False,
    progress: Progress | None = None,
) -> MergeReport:
    """What merging ``paths`` would do, writing nothing (the dry run and the app's preview).

    FileRejected when a file is refused; the report lists people who look the same.
    """
    with _few_collections():
        report = _plan(database, _read_all(paths, progress), merge_people).report
    report.dry_run = True
    return report


def merge_bundles(
    database,
    paths: Sequence[str | os.PathLike],
    merge_people: bool = False,
    progress: Progress | None = None,
) -> MergeReport:
    """Merge every bundle in ``paths`` in one transaction: all or nothing.

    Refused with FileRejected (a damaged or newer file, a framework or round that differs)
    or SamePeopleUnconfirmed; Cancelled if ``progress`` returns False. A backup is made
    before anything is written; a merge that changes nothing writes nothing at all.
    """
    with _few_collections():
        return _merge(database, paths, merge_people, progress)


def _merge(database, paths, merge_people: bool, progress: Progress | None) -> MergeReport:
    bundles = _read_all(paths, progress)
    total = len(bundles) + 2
    with database.write() as session:
        # Planned inside the write transaction, so nothing can change between the plan and
        # the writing; the backup reads the last committed state beside it (WAL).
        plan = plan_merge(session, bundles, merge_people)
        if plan.report.needs_confirmation:
            raise SamePeopleUnconfirmed(plan.report)
        if not plan.changes:
            return plan.report
        if progress and progress(len(bundles), total) is False:
            raise Cancelled()
        database.backup("merge")
        bundle_write.write_changes(session, plan.changes)
        if progress and progress(len(bundles) + 1, total) is False:
            raise Cancelled()
    return plan.report
