"""Profiles of the goals: where kmdesk's time (and memory) goes, for whoever removes the cost."""

# python -m bench.profile [TARGET ...] [--quick]      (default: every target)
#
# Each target runs kmdesk's side of a goal once, as the benchmark does, under pyinstrument
# (a sampling profiler: wall-clock time, C calls and waiting included) and writes
# bench/cache/profiles/TARGET.txt (the call tree) and TARGET-flat.txt (functions by their own
# time), then prints the top of the tree. `memory` instead prints the resident set added by
# each large package kmdesk's window imports, in the order it imports them; `import-memory`
# the lines holding Python's memory near the peak of a 10,044-row import (tracemalloc). Run
# the benchmark (or --quick) once before, so the demo and the large file exist in bench/cache/.

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cache" / "profiles"
INTERVAL = 0.001
TOP_LINES = 45


def write_profile(profiler, path: Path) -> Path:
    from pyinstrument.renderers import ConsoleRenderer

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(profiler.output(ConsoleRenderer(show_all=False)), encoding="utf-8")
    flat = path.with_name(path.stem + "-flat.txt")
    flat.write_text(profiler.output(ConsoleRenderer(flat=True)), encoding="utf-8")
    return path


def child(out: str, args: list[str]) -> int:
    """In a fresh interpreter: profile `kmdesk ARGS` from its first import to its return."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=INTERVAL)
    profiler.start()
    from kmdesk.cli.main import main

    with contextlib.redirect_stdout(io.StringIO()):
        code = main(args)
    profiler.stop()
    write_profile(profiler, Path(out))
    return code


def child_memory(out: str, args: list[str]) -> int:
    """In a fresh interpreter: `kmdesk ARGS` under tracemalloc; the largest snapshot's lines.

    A thread takes a snapshot every half second and keeps the one holding the most, so the
    lines shown are those holding memory near the peak, not at the end.
    """
    import threading
    import time
    import tracemalloc

    tracemalloc.start(1)
    best: list = [0, None]
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.5):
            size = tracemalloc.get_traced_memory()[0]
            if size > best[0]:
                best[:] = [size, tracemalloc.take_snapshot()]

    threading.Thread(target=watch, daemon=True).start()
    from kmdesk.cli.main import main

    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(args)
    done.set()
    peak = tracemalloc.get_traced_memory()[1]
    snapshot = best[1] or tracemalloc.take_snapshot()
    lines = [
        f"kmdesk {' '.join(args)}",
        f"{time.perf_counter() - start:.1f} s under tracemalloc; Python's traced peak "
        f"{peak / 2**20:.1f} MiB; the snapshot below holds {best[0] / 2**20:.1f} MiB",
        "",
        "by line:",
    ]
    for stat in snapshot.statistics("lineno")[: TOP_LINES // 2]:
        frame = stat.traceback[0]
        lines.append(f"{stat.size / 2**20:8.1f} MiB {stat.count:9,} blocks  {frame}")
    lines += ["", "by file:"]
    for stat in snapshot.statistics("filename")[:15]:
        lines.append(f"{stat.size / 2**20:8.1f} MiB  {stat.traceback[0].filename}")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return code


def cli_targets(quick: bool) -> dict[str, list[str]]:
    from bench.common import FULL, QUICK, team_name
    from bench.peers import DEMO_PERSON
    from bench.store_lines import analyze_file
    from bench.whole import DEMO_ROLE, DEMO_ROUND, DEMO_TEAM

    cache = HERE / "cache"
    demo = str(cache / "demo.db")
    big = str(analyze_file(QUICK if quick else FULL)[0])
    analyze = ["analyze", "--round", str(DEMO_ROUND), "--role", DEMO_ROLE, "--json"]
    people = (QUICK if quick else FULL).import_people
    return {
        "report-team": [
            *("report", "team", DEMO_TEAM, "--round", str(DEMO_ROUND), "--db", demo),
            *("-o", str(OUT / "team.pdf")),
        ],
        "report-person": [
            *("report", "person", DEMO_PERSON, "--team", DEMO_TEAM, "--round", str(DEMO_ROUND)),
            *("--db", demo, "-o", str(OUT / "person.pdf")),
        ],
        "analyze": [*analyze, "--team", DEMO_TEAM, "--db", demo],
        "analyze-large": [
            "analyze",
            "--round",
            "12",
            "--role",
            DEMO_ROLE,
            "--json",
            "--team",
            team_name(0),
            "--db",
            big,
        ],
        "import": ["import", str(cache / f"ratings-{people}.csv"), "--db", "IMPORT_DB"],
        # a tenth of the size: memory grows with the rows, and tracemalloc is slow
        "import-memory": ["import", str(cache / "ratings-93.csv"), "--db", "IMPORT_DB"],
    }


def profile_cli(name: str, args: list[str]) -> Path:
    import shutil

    from bench.processes import KMDESK, PYTHON, run
    from bench.whole import bench_env, forget_backups

    if "IMPORT_DB" in args:
        target = OUT / "import.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        forget_backups(target)
        run([KMDESK, "db", "init", str(target)], env=bench_env())
        args = [str(target) if a == "IMPORT_DB" else a for a in args]
    for pdf in ("team.pdf", "person.pdf"):
        (OUT / pdf).unlink(missing_ok=True)
    path = OUT / f"{name}.txt"
    mode = "--child-memory" if name.endswith("-memory") else "--child"
    run([PYTHON, "-m", "bench.profile", mode, str(path), "--", *args], env=bench_env())
    shutil.rmtree(OUT / "import.db-backups", ignore_errors=True)
    return path


def profile_window() -> list[Path]:
    """The app from process start to the Assess form usable (first paint inside)."""
    import tempfile

    from bench.processes import PYTHON, run
    from bench.whole import bench_env, window_database

    db = window_database(HERE / "cache" / "demo.db")
    run([PYTHON, "-m", "bench.apphost", "window", str(db)], env=bench_env())  # the day's backup
    with tempfile.TemporaryDirectory() as tmp:
        env = {**bench_env(Path(tmp)), "BENCH_PROFILE": str(OUT / "window")}
        run([PYTHON, "-m", "bench.apphost", "window", str(db)], env=env)
    return [OUT / "window-usable.txt"]


def profile_export() -> list[Path]:
    """The app's GUI thread from Ctrl+P until 'Saved' (the report itself is in a worker)."""
    import json

    from bench.peers import DEMO_PERSON
    from bench.processes import PYTHON, Host
    from bench.whole import DEMO_ROUND, DEMO_TEAM, bench_env

    env = {**bench_env(OUT / "app"), "BENCH_PROFILE": str(OUT / "export")}
    host = Host([PYTHON, "-m", "bench.apphost", "export", str(HERE / "cache" / "demo.db")], env)
    try:
        host.wait_for("ready")
        for kind, name in (("person", DEMO_PERSON), ("team", DEMO_TEAM)):
            host.send(f"{kind}\t{name}\tรอบที่ {DEMO_ROUND}\t{OUT / f'app-{kind}.pdf'}")
            info = json.loads(host.wait_for("exported"))
            print(f"export {kind}: {info['seconds']:.2f} s, progress {info['progress']}")
    finally:
        host.close()
    return [OUT / "export-person.txt", OUT / "export-team.txt"]


def profile_river(quick: bool) -> list[Path]:
    """Line 2b in-process: the river through kmdesk, 200 calls on the large file."""
    import random

    from pyinstrument import Profiler

    from bench.common import FULL, QUICK, ROLES, TEAM_SIZE
    from bench.store_lines import analyze_file, kmdesk_river
    from kmdesk.store import frameworks, repo
    from kmdesk.store import models as m
    from kmdesk.store.db import open_database

    cfg = QUICK if quick else FULL
    database = open_database(str(analyze_file(cfg)[0]))
    rng = random.Random(2)
    try:
        with database.session() as session:
            rounds = repo.list_rounds(session)
            codes = frameworks.load_framework(session, rounds[0].framework_version).codes
            teams = [
                repo.team_of(session.get(m.Team, rng.randint(1, cfg.analyze_people // TEAM_SIZE)))
                for _ in range(200)
            ]
        profiler = Profiler(interval=0.0001)
        profiler.start()
        for team in teams:
            kmdesk_river(database, team.id, rng.choice(rounds).id, rng.choice(ROLES), codes)
        profiler.stop()
    finally:
        database.dispose()
    return [write_profile(profiler, OUT / "river.txt")]


MEMORY_STEPS = (
    ("PySide6.QtWidgets", "from PySide6 import QtWidgets; app = QtWidgets.QApplication([])"),
    ("sqlalchemy.orm", "import sqlalchemy.orm"),
    ("kmdesk.store.db", "import kmdesk.store.db"),
    ("alembic", "import alembic.command, alembic.config"),
    ("numpy", "import numpy"),
    ("matplotlib (+ QtAgg)", "import matplotlib.pyplot, matplotlib.backends.backend_qtagg"),
    ("openpyxl", "import openpyxl"),
    (
        "kmdesk.ui.shell.main_window (+ pages)",
        "import kmdesk.ui.shell.main_window as w; w.build_pages",
    ),
)


def profile_memory() -> list[Path]:
    """Resident set added by each large import, in a fresh offscreen interpreter."""
    from bench.processes import PYTHON, quiet_env, run

    code = [
        "import json",
        "def rss():",
        "    for t in open('/proc/self/status'):",
        "        if t.startswith('VmRSS:'): return int(t.split()[1]) / 1024",
        "steps = []",
        "before = rss()",
    ]
    for name, statement in MEMORY_STEPS:
        code += [statement, f"after = rss(); steps.append(({name!r}, after - before)); "]
        code += ["before = after"]
    code += ["print(json.dumps(steps))"]
    done = run([PYTHON, "-c", "\n".join(code)], env=quiet_env())
    lines = [f"{mib:7.1f} MiB  {name}" for name, mib in json_lines(done.stdout)]
    lines.append(f"{done.peak_mib:7.1f} MiB  peak of that interpreter")
    path = OUT / "memory.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [path]


def json_lines(text: str) -> list:
    import json

    return json.loads(text.strip().splitlines()[-1])


TARGETS = (
    "report-team",
    "report-person",
    "export",
    "window",
    "memory",
    "analyze",
    "analyze-large",
    "import",
    "import-memory",
    "river",
)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child(argv[1], argv[3:])
    if argv[:1] == ["--child-memory"]:
        return child_memory(argv[1], argv[3:])
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=", ".join(TARGETS))
    parser.add_argument("--quick", action="store_true", help="the --quick run's large file")
    args = parser.parse_args(argv)
    unknown = [t for t in args.targets if t not in TARGETS]
    if unknown:
        parser.error(f"unknown target {', '.join(unknown)}; choose from {', '.join(TARGETS)}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    OUT.mkdir(parents=True, exist_ok=True)
    for name in args.targets or TARGETS:
        print(f"== {name}", flush=True)
        if name in cli_targets(args.quick):
            paths = [profile_cli(name, cli_targets(args.quick)[name])]
        elif name == "window":
            paths = profile_window()
        elif name == "export":
            paths = profile_export()
        elif name == "river":
            paths = profile_river(args.quick)
        else:
            paths = profile_memory()
        for path in paths:
            print(f"-- {path.relative_to(HERE.parent)}")
            text = path.read_text(encoding="utf-8").splitlines()
            print("\n".join(text[:TOP_LINES]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
