"""Run the kmdesk benchmark (python -m bench.run [--quick] [--goals]) and write bench/results.md."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.common import FULL, HERE, QUICK, RESULTS, WORK, Config, Goal, Line, Report, say
from bench.output import print_report, write_results
from bench.peers import bench_reports_whole, office_version
from bench.processes import KMDESK, soffice
from bench.store_lines import (
    analyze_file,
    bench_analyze,
    bench_bytes,
    bench_import,
    ratings_csv,
)
from bench.whole import (
    bench_analyze_whole,
    bench_env,
    bench_import_whole,
    bench_window,
    failed_goal,
)

BUNDLES = HERE / "bundles.py"  # bundle merges, measured by another module when it exists


def demo_database() -> Path:
    """The demo, made afresh by the installed command, so every run reads the same data."""
    path = WORK / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(Path(f"{path}-backups"), ignore_errors=True)
    subprocess.run(
        [KMDESK, "demo", "--no-gui", "--db", str(path)],
        env=bench_env(),
        check=True,
        capture_output=True,
    )
    return path


def prune_backups() -> None:
    """Keep only today's automatic backups of the bench's files (the large one is 400 MB)."""
    today = dt.date.today()
    for folder in WORK.glob("*.db-backups"):
        for file in folder.iterdir():
            if dt.date.fromtimestamp(file.stat().st_mtime) != today:
                file.unlink(missing_ok=True)


def river_goal(report: Report) -> None:
    """Goal 10 is line 2b: the river through kmdesk in-process against its one SQL statement."""
    line = next((x for x in report.lines if x.key == "2b"), None)
    if line is None:
        return
    report.goals.append(
        Goal(
            "10",
            "river in-process (line 2b: team_levels + profiles + river) on the large file",
            f"{line.kmdesk:.3f} ms",
            f"the same river in one SQL statement: {line.baseline:.3f} ms",
            line.ratio,
            "≤ 1.5× and ≤ 50 ms",
            line.ratio <= 1.5 and line.kmdesk <= 50,
        )
    )


GOALS = {
    "1": ("team report vs LibreOffice", "≤ 1.0×"),
    "2": ("personal report vs LibreOffice", "≤ 0.5×"),
    "3a": ("Export PDF from the app, person, vs the command line", "≤ 1.0×"),
    "3b": ("Export PDF from the app, team, vs the command line", "≤ 1.0×"),
    "3c": ("Export PDF from the app: progress shown", "≤ 0.2 s"),
    "4a": ("first paint of the main window vs a bare window", "≤ 2×"),
    "4b": ("Assess form usable vs a bare window", "≤ 5×"),
    "5a": ("memory of the app on the demo data, start to usable", "≤ 150 MiB"),
    "5b": ("memory of the app on the demo data, every page shown", "≤ 150 MiB"),
    "6": ("`kmdesk analyze --json` vs the bare-SQL script", "≤ 4×"),
    "7": ("import rows/s vs csv + executemany", "≤ 3×"),
    "8": ("import memory at every size", "< 200 MiB"),
    "9": ("`kmdesk analyze` on the large file vs on the demo", "≤ 1.2×"),
}


def guarded(report: Report, keys: str, measure, *args) -> None:
    """Run one group of goals; if it breaks, its goals say "not measured" and why."""
    before = {g.key for g in report.goals}
    try:
        measure(*args)
    except Exception as exc:  # one broken measurement must not lose the rest of the run
        why = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc) else ''}"
        say(f"  not measured: {why}")
        report.notes.append(f"Goals {keys.replace(' ', ', ')} not measured: {exc}")
        report.goals = [g for g in report.goals if g.key in before]
        for key in keys.split():
            what, goal = GOALS[key]
            failed_goal(report, key, what, goal, why)


def bench_bundles(cfg: Config, report: Report) -> None:
    """Line 6: bundle merges, measured by bench/bundles.py (another engineer's) if it exists."""
    if not BUNDLES.exists():
        return
    count = 100 if cfg.mode == "full" else 10
    say(f"line 6: merging {count} team bundles (bench/bundles.py) …")
    try:
        from bench import bundles

        result = bundles.measure(WORK / "bundles", count)
    except Exception as exc:  # its own module: report, do not lose the run
        report.notes.append(f"Line 6 (bench/bundles.py) did not run: {type(exc).__name__}: {exc}")
        return
    report.lines.append(
        Line(
            "6",
            f"merge {result.bundles} team bundles ({result.ratings:,} ratings), merge_bundles",
            "s",
            result.merge_s,
            result.csv_s,
            aim=f"≤ {bundles.AIM_SECONDS:.0f} s",
            met=result.met,
        )
    )
    report.notes.append(
        "Line 6: bench/bundles.py's measure(): each bundle one team of 9 (3 rounds x 3 roles "
        "x every indicator), made by export_bundle; merge_bundles of all at once into a fresh "
        "database, against import_ratings of the same ratings as one CSV; timed once each; "
        f"largest bundle {result.bundle_bytes / 1024:.0f} KB."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="a much smaller run (500 facilitators), to try it out"
    )
    parser.add_argument(
        "--goals",
        action="store_true",
        help="only the goals of issue 13 (skips the in-process lines 1, 3, 4b and 5)",
    )
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    WORK.mkdir(exist_ok=True)
    started = dt.datetime.now().astimezone()
    clock = time.perf_counter()
    report = Report(cfg)
    prune_backups()
    demo = demo_database()
    csv_path, rows = ratings_csv(cfg.import_people)
    if not args.goals:
        bare_bytes = bench_import(cfg, report, csv_path, rows)
    big = bench_analyze(cfg, report)
    if not args.goals:
        bench_bytes(report, big, bare_bytes)
    river_goal(report)
    others = {n * 108: ratings_csv(n)[0] for n in cfg.memory_people}
    guarded(report, "7 8", bench_import_whole, cfg, report, csv_path, rows, others)
    guarded(report, "6 9", bench_analyze_whole, cfg, report, demo, analyze_file(cfg)[0])
    guarded(report, "4a 4b 5a 5b", bench_window, cfg, report, demo)
    guarded(report, "1 2 3a 3b 3c", bench_reports_whole, cfg, report, demo)
    if not args.goals:
        from bench.report_lines import bench_reports
        from bench.window_lines import bench_live_radar

        bench_live_radar(report)
        bench_reports(cfg, report)
        bench_bundles(cfg, report)
    report.goals.sort(key=lambda g: (int("".join(c for c in g.key if c.isdigit())), g.key))
    report.lines.sort(key=lambda x: x.key)
    seconds = time.perf_counter() - clock
    print_report(report)
    office = soffice()
    extra = {
        "PySide6": _version("PySide6"),
        "LibreOffice": office_version(office) if office else "not installed",
    }
    write_results(report, started, seconds, extra)
    say(f"written to {RESULTS.relative_to(HERE.parent)} ({seconds:.0f} s)")
    return 0


def _version(module: str) -> str:
    if importlib.util.find_spec(module) is None:
        return "not installed"
    return getattr(importlib.import_module(module), "__version__", "(version not known)")


if __name__ == "__main__":
    sys.exit(main())
