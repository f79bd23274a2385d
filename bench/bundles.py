"""Merging 100 team bundles against importing the same ratings as one CSV (issue 10's speed).

Run from the top of the checkout, with kmdesk installed in the virtual environment:

    python -m bench.bundles            # 100 bundles, the figure the issue asks for
    python -m bench.bundles --quick    # 10 bundles, to try it out
    python -m bench.bundles --repeat 3 # medians of three runs, on a busy machine

or call ``measure(work_dir)`` (bench/run.py may). Each bundle is one team of 9 people,
3 rounds x 3 roles x the framework's 18 indicators (1,458 ratings with one change each),
exported by ``kmdesk bundle export --team``. Timed: ``merge_bundles`` of all of them at once
(one transaction, as ``kmdesk bundle import FILE...``) into a database fresh from
``open_database`` (its making not timed); against it, ``import_ratings`` of one CSV holding
the same ratings into another fresh database. The aim: the merge within 10 s.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kmdesk.exchange.bundle import Selection, export_bundle, merge_bundles
from kmdesk.exchange.importer import import_ratings
from kmdesk.exchange.ratings_file import HEADER
from kmdesk.store import repo
from kmdesk.store.db import open_database
from kmdesk.store.frameworks import load_framework

TEAM = 9
ROUNDS = (("รอบที่ 1", dt.date(2024, 8, 8)), ("รอบที่ 2", dt.date(2025, 2, 14)))
ROUNDS += (("รอบที่ 3", dt.date(2025, 8, 8)),)
ROLES = ("coordinator", "process_lead", "recorder")
AIM_SECONDS = 10.0


@dataclass(frozen=True)
class BundleBench:
    """The figures of one run."""

    bundles: int
    ratings: int
    merge_s: float  # merge_bundles of every bundle at once
    csv_s: float  # import_ratings of the same ratings as one CSV
    bundle_bytes: int  # the largest bundle's size

    @property
    def ratio(self) -> float:
        """The merge's time as a multiple of the CSV import's."""
        return self.merge_s / self.csv_s

    @property
    def met(self) -> bool:
        return self.merge_s <= AIM_SECONDS


def _write_csv(path: Path, teams: int, codes: list[str]) -> int:
    rng = random.Random(2568)
    rows = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for t in range(teams):
            for p in range(TEAM):
                for title, day in ROUNDS:
                    for role in ROLES:
                        for code in codes:
                            level = "?" if rng.random() < 0.03 else str(rng.randint(1, 5))
                            note = "จดบันทึกเวทีและส่งสรุปให้ทีม" if rng.random() < 0.25 else ""
                            row = (f"คน {p + 1} ทีม {t + 1}", f"ทีม {t + 1}", "พช.", title)
                            writer.writerow((*row, day.isoformat(), role, code, level, note))
                            rows += 1
    return rows


def _fresh(path: Path):
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return open_database(str(path), create=True)


def measure(work: Path, bundles: int = 100) -> BundleBench:
    """Make ``bundles`` team bundles in ``work`` and time merging them, and the CSV."""
    work.mkdir(parents=True, exist_ok=True)
    source = _fresh(work / "source.db")
    with source.session() as session:
        codes = [i.code for i in load_framework(session).indicators]
    ratings_csv = work / "ratings.csv"
    rows = _write_csv(ratings_csv, bundles, codes)
    start = time.perf_counter()
    import_ratings(source, ratings_csv)
    csv_s = time.perf_counter() - start
    files = []
    with source.session() as session:
        teams = repo.list_teams(session)
    for team in teams:
        path = work / f"{team.name}.kmdesk"
        path.unlink(missing_ok=True)
        export_bundle(source, path, Selection(team=team.id))
        files.append(path)
    source.dispose()
    target = _fresh(work / "merged.db")
    start = time.perf_counter()
    report = merge_bundles(target, files)
    merge_s = time.perf_counter() - start
    target.dispose()
    if report.counts["added"] != rows:
        raise RuntimeError(f"the merge added {report.counts['added']} ratings, expected {rows}")
    return BundleBench(bundles, rows, merge_s, csv_s, max(f.stat().st_size for f in files))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 bundles instead of 100")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs, each timing both; their medians are shown"
    )
    args = parser.parse_args()
    runs = []
    for _ in range(max(1, args.repeat)):
        with tempfile.TemporaryDirectory(prefix="kmdesk-bundles-") as folder:
            runs.append(measure(Path(folder), 10 if args.quick else 100))
    result = BundleBench(
        runs[0].bundles,
        runs[0].ratings,
        statistics.median(r.merge_s for r in runs),
        statistics.median(r.csv_s for r in runs),
        runs[0].bundle_bytes,
    )
    if len(runs) > 1:
        merges = ", ".join(f"{r.merge_s:.2f}" for r in runs)
        csvs = ", ".join(f"{r.csv_s:.2f}" for r in runs)
        print(f"{len(runs)} runs: merge {merges} s; CSV {csvs} s; medians below")
    print(
        f"merge {result.bundles} bundles ({result.ratings:,} ratings): {result.merge_s:.2f} s "
        f"(aim ≤ {AIM_SECONDS:.0f} s: {'met' if result.met else 'NOT met'}); the same as one "
        f"CSV: {result.csv_s:.2f} s; ratio {result.ratio:.2f}x; largest bundle "
        f"{result.bundle_bytes / 1024:.0f} KB"
    )


if __name__ == "__main__":
    main()
