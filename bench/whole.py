"""Whole-process goals: the window, analyze and import, each interleaved with its peer."""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import zipfile
from pathlib import Path

from bench.common import WORK, Config, Goal, Report, say, team_name
from bench.processes import (
    KMDESK,
    PYTHON,
    Failed,
    Run,
    interleaved,
    median_mib,
    median_s,
    mib_range,
    quiet_env,
    run,
    seconds_range,
)
from kmdesk.exchange import limits

DEMO_TEAM = "ท่าไร่"
DEMO_ROUND = 3  # รอบที่ 3, the latest, by its number in date order
DEMO_ROLE = "recorder"
MEMORY_GOAL_MIB = 150
IMPORT_MEMORY_GOAL_MIB = 200


def bench_env(tmp: Path | None = None, language: str = "th", page: str | None = None) -> dict:
    """A kmdesk process's own data and settings folders (never the user's), in Thai."""
    base = Path(tmp) if tmp else WORK / "home"
    config = base / "config" / "kmdesk"
    config.mkdir(parents=True, exist_ok=True)
    ini = f"[ui]\nlanguage={language}\n" + (f"[window]\npage={page}\n" if page else "")
    (config / "kmdesk.conf").write_text(ini, encoding="utf-8")
    (base / "data").mkdir(exist_ok=True)
    return quiet_env(
        {"XDG_CONFIG_HOME": str(base / "config"), "KMDESK_DATA_DIR": str(base / "data")}
    )


def forget_backups(path: Path) -> None:
    """Remove the automatic backups beside a bench file, so its next open is a day's first."""
    shutil.rmtree(Path(f"{path}-backups"), ignore_errors=True)


def s(value: float) -> str:
    return f"{value:.2f} s"


def mib(value: float) -> str:
    return f"{value:.0f} MiB"


def failed_goal(report: Report, key: str, what: str, goal: str, why: str) -> None:
    report.goals.append(Goal(key, what, f"not measured: {why}", "—", None, goal, None))


# --- the window --------------------------------------------------------------------------


def window_database(demo: Path) -> Path:
    """A copy of the demo for the window runs, which each answer one indicator."""
    path = WORK / "window-demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    forget_backups(path)
    shutil.copyfile(demo, path)
    return path


def window_once(
    mode: str, db: Path | None, *extra: str, page: str | None = None, language: str = "th"
) -> Run:
    with tempfile.TemporaryDirectory() as tmp:
        argv = [PYTHON, "-m", "bench.apphost", mode, *([str(db)] if db else []), *extra]
        env = bench_env(Path(tmp), language=language, page=page)
        result = run(argv, env=env, timeout=300, expect=None)
    if "failed" in result.marks:
        why = json.loads(result.texts["failed"]).get("why", result.texts["failed"])
        raise Failed(f"the window run ({mode}) failed: {why}")
    if result.code != 0:
        raise Failed(f"the window run ({mode}) exited {result.code}:\n{result.stderr[-1500:]}")
    return result


def bench_window(cfg: Config, report: Report, demo: Path) -> None:
    """Goals: first paint ≤ 2× a bare window; Assess usable ≤ 5×; memory ≤ 150 MiB."""
    db = window_database(demo)
    say(f"window: bare vs kmdesk, 1 warm-up + {cfg.whole_repeats} each, interleaved …")
    try:
        runs = interleaved(
            {
                "bare": lambda _i: window_once("bare", None),
                "kmdesk": lambda _i: window_once("window", db),
            },
            cfg.whole_repeats,
        )
        visit = window_once("window", db, "--visit")
        pages = {}
        if cfg.start_pages:  # diagnosis: other start pages, and the window in English
            for page, language in (("team", "th"), ("progress", "th"), (None, "en")):
                pages[(page or "Assess", language)] = [
                    window_once("window", db, "--paint-only", page=page, language=language)
                    for _ in range(1 + max(1, cfg.whole_repeats // 2))
                ][1:]
    except Failed as exc:
        why = str(exc).splitlines()[0]
        for key, what, goal in (
            ("4a", "first paint of the main window", "≤ 2×"),
            ("4b", "Assess form usable", "≤ 5×"),
            ("5a", "app memory, start to usable", f"≤ {MEMORY_GOAL_MIB} MiB"),
            ("5b", "app memory, every page shown", f"≤ {MEMORY_GOAL_MIB} MiB"),
        ):
            failed_goal(report, key, what, goal, why)
        report.notes.append(f"Window goals not measured: {exc}")
        return
    bare, ours = runs["bare"], runs["kmdesk"]
    b_paint, k_paint = median_s(bare, "paint"), median_s(ours, "paint")
    k_usable = median_s(ours, "usable")
    report.goals.append(
        Goal(
            "4a",
            "first paint of the main window on the demo data, whole process",
            s(k_paint),
            f"bare PySide6 QMainWindow: {s(b_paint)}",
            k_paint / b_paint,
            "≤ 2×",
            k_paint / b_paint <= 2,
        )
    )
    report.goals.append(
        Goal(
            "4b",
            "Assess form usable (ratings shown, a level key works), whole process",
            s(k_usable),
            f"bare window's first paint: {s(b_paint)}",
            k_usable / b_paint,
            "≤ 5×",
            k_usable / b_paint <= 5,
        )
    )
    k_mem, b_mem = median_mib(ours), median_mib(bare)
    v_mem = visit.peak_mib
    report.goals.append(
        Goal(
            "5a",
            "memory of the app on the demo data: peak from start to the Assess form usable",
            mib(k_mem),
            f"bare window: {mib(b_mem)}",
            k_mem / b_mem,
            f"≤ {MEMORY_GOAL_MIB} MiB",
            k_mem <= MEMORY_GOAL_MIB,
        )
    )
    report.goals.append(
        Goal(
            "5b",
            "memory of the app on the demo data: peak after showing every page once",
            mib(v_mem),
            f"bare window: {mib(b_mem)}",
            v_mem / b_mem,
            f"≤ {MEMORY_GOAL_MIB} MiB",
            v_mem <= MEMORY_GOAL_MIB,
        )
    )

    def loaded(results: list[Run], at: str) -> str:
        seen = {json.loads(r.texts[at])["matplotlib"] for r in results}
        return "loaded" if seen == {True} else "not loaded" if seen == {False} else "sometimes"

    at_paint = statistics.median(json.loads(r.texts["paint"])["peak"] for r in ours)
    modules = ", ".join(json.loads(ours[-1].texts["paint"]).get("modules", [])) or "none"
    starts = "; ".join(
        f"starting on the {page} page{' in English' if language == 'en' else ''}, first paint "
        f"{s(median_s(rs, 'paint'))}, {mib(median_mib(rs))} (matplotlib {loaded(rs, 'paint')})"
        for (page, language), rs in pages.items()
    )
    report.notes.append(
        "Goals 4a, 4b, 5a, 5b (window): each run is a fresh `python -m bench.apphost` with its own "
        "settings and data folders (Thai), offscreen Qt, timed from just before the process "
        "starts until it prints each mark (bench/processes.py). kmdesk: "
        "`kmdesk.cli.main.main(['--db', DB])`, the installed command, on a copy of the demo "
        "database; 'paint' is the first Paint event anywhere in the window (an application "
        "filter put in when the window is shown); 'usable' is when the Assess page shows the "
        "stored ratings of its first person, a level key sent to the current card has set "
        "that answer (the form moves on to the next card; the key writes the rating) and the "
        "form has been painted since. Bare: a "
        f"1280x800 QMainWindow, first paint. Medians of {cfg.whole_repeats} after a warm-up, "
        f"interleaved; kmdesk paint {seconds_range(ours, 'paint')}, usable "
        f"{seconds_range(ours, 'usable')}; bare paint {seconds_range(bare, 'paint')}. "
        f"matplotlib in sys.modules at kmdesk's first paint: {loaded(ours, 'paint')}; at "
        f"usable: {loaded(ours, 'usable')}; large packages imported by the first paint: "
        f"{modules}. Memory: the process's peak resident set, read by GNU time "
        f"(kmdesk {mib_range(ours)}, {at_paint:.0f} MiB of it already at the first "
        f"paint; bare {mib_range(bare)}); 5b: one run that then shows each page in turn, "
        "1.5 s each." + (f" Diagnosis: {starts}." if starts else "")
    )


# --- analyze -----------------------------------------------------------------------------


def analyze_argv(db: Path, team: str, round_number: int) -> list[str]:
    return [
        KMDESK,
        "analyze",
        "--team",
        team,
        "--round",
        str(round_number),
        "--role",
        DEMO_ROLE,
        "--json",
        "--db",
        str(db),
    ]


def same_river(ours: str, theirs: str) -> bool:
    a = {r["competency"]: r for r in json.loads(ours)["river"] if r["mean"] is not None}
    b = {r["competency"]: r for r in json.loads(theirs)["river"]}
    return a.keys() == b.keys() and all(
        abs(a[c][k] - b[c][k]) < 0.001 for c in a for k in ("min", "mean", "max")
    )


def bench_analyze_whole(cfg: Config, report: Report, demo: Path, big: Path) -> None:
    """Goals: analyze --json ≤ 4× the bare-SQL script; on the large file ≤ 1.2× on the demo."""
    env = bench_env()
    bare_argv = [PYTHON, "bench/bare_river.py", str(demo), DEMO_TEAM, str(DEMO_ROUND), DEMO_ROLE]
    big_rounds = 12
    big_argv = analyze_argv(big, team_name(0), big_rounds)
    say(f"analyze: kmdesk on the demo, bare SQL, kmdesk on {big.name}, 1 + {cfg.whole_repeats} …")
    runs = interleaved(
        {
            "demo": lambda _i: run(analyze_argv(demo, DEMO_TEAM, DEMO_ROUND), env=env),
            "bare": lambda _i: run(bare_argv, env=env),
            "big": lambda _i: run(big_argv, env=env),
        },
        cfg.whole_repeats,
    )
    demo_s, bare_s, big_s = (median_s(runs[k]) for k in ("demo", "bare", "big"))
    agree = same_river(runs["demo"][0].stdout, runs["bare"][0].stdout)
    report.goals.append(
        Goal(
            "6",
            f"`kmdesk analyze --json` ({DEMO_TEAM}, round {DEMO_ROUND}, {DEMO_ROLE}), "
            "whole process",
            f"{s(demo_s)}, {mib(median_mib(runs['demo']))}",
            f"bare-SQL script: {s(bare_s)}, {mib(median_mib(runs['bare']))}",
            demo_s / bare_s,
            "≤ 4×",
            demo_s / bare_s <= 4,
        )
    )
    size = big.stat().st_size / 1e6
    report.goals.append(
        Goal(
            "9",
            f"`kmdesk analyze` on the large file ({size:,.0f} MB) vs on the demo database",
            f"{s(big_s)}, {mib(median_mib(runs['big']))}",
            f"demo database: {s(demo_s)}",
            big_s / demo_s,
            "≤ 1.2×",
            big_s / demo_s <= 1.2,
        )
    )
    report.notes.append(
        "Goals 6 and 9 (analyze): whole processes of the installed `kmdesk analyze --team T "
        f"--round N --role {DEMO_ROLE} --json --db DB`, timed from before start to exit, "
        "medians of "
        f"{cfg.whole_repeats} after a warm-up, the three kinds interleaved. Peer of 6: "
        "bench/bare_river.py, a standard-library script doing the river in one SQL statement "
        "(team by name, round by number, per-person means then min/mean/max per competency) "
        "on the same demo file; the two rivers "
        + ("agree." if agree else "DO NOT agree (check bench/bare_river.py).")
        + f" 9: the same command on line 2's file ({big.name}, team {team_name(0)}, round "
        f"{big_rounds}); its first open of the day (the daily backup and full check) falls in "
        f"the warm-up. Spreads: demo {seconds_range(runs['demo'])}, bare "
        f"{seconds_range(runs['bare'])}, large {seconds_range(runs['big'])}."
    )


# --- import ------------------------------------------------------------------------------


def empty_database(env: dict) -> Path:
    """A new kmdesk database made by `kmdesk db init`, copied before each import."""
    path = WORK / "import-empty.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    forget_backups(path)
    run([KMDESK, "db", "init", str(path)], env=env)
    return path


def kmdesk_import(template: Path, file: Path, env: dict, expect: int = 0) -> Run:
    target = WORK / "import-whole.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    forget_backups(target)
    shutil.copyfile(template, target)
    return run([KMDESK, "import", str(file), "--db", str(target)], env=env, expect=expect)


def bare_import(file: Path, env: dict) -> Run:
    target = WORK / "import-bare.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return run([PYTHON, "bench/bare_import.py", str(target), str(file)], env=env)


def bomb_file() -> Path:
    """A 1 MB .xlsx whose sheet unpacks to about 1 GB of spaces (kept in bench/cache/)."""
    path = WORK / "bomb-1mb.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    plain = WORK / "bomb-seed.xlsx"
    book = Workbook()
    book.active.append(["facilitator", "team", "round", "round_date", "role", "indicator"])
    book.save(plain)
    sheet = "xl/worksheets/sheet1.xml"
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(plain) as seed, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for part in seed.infolist():
            data = seed.read(part.filename)
            if part.filename != sheet:
                out.writestr(part, data)
                continue
            head, _, tail = data.decode().partition("</sheetData>")
            with out.open(sheet, "w", force_zip64=True) as fh:
                fh.write(head.encode())
                chunk = b" " * (16 << 20)
                for _ in range(64):  # 1 GiB of whitespace inside <sheetData>: valid XML
                    fh.write(chunk)
                fh.write(b"</sheetData>" + tail.encode())
    plain.unlink()
    tmp.replace(path)
    return path


def bench_import_whole(
    cfg: Config, report: Report, csv_path: Path, rows: int, others: dict[int, Path]
) -> None:
    """Goals: import rows/s ≤ 3× csv + executemany; import memory under 200 MiB at any size."""
    env = bench_env()
    template = empty_database(env)
    say(f"import: kmdesk vs csv + executemany, {rows:,} rows, 1 + {cfg.whole_repeats} …")
    runs = interleaved(
        {
            "kmdesk": lambda _i: kmdesk_import(template, csv_path, env),
            "bare": lambda _i: bare_import(csv_path, env),
        },
        cfg.whole_repeats,
    )
    k_s, b_s = median_s(runs["kmdesk"]), median_s(runs["bare"])
    report.goals.append(
        Goal(
            "7",
            f"`kmdesk import` of a {rows:,}-row CSV into a new database, whole process",
            f"{rows / k_s:,.0f} rows/s ({s(k_s)})",
            f"csv + executemany: {rows / b_s:,.0f} rows/s ({s(b_s)})",
            k_s / b_s,
            "≤ 3×",
            k_s / b_s <= 3,
        )
    )
    say("import memory: other sizes and a decompression bomb, once each …")
    peaks = {rows: median_mib(runs["kmdesk"])}
    for n, path in sorted(others.items()):
        peaks[n] = kmdesk_import(template, path, env).peak_mib
    bomb = bomb_file()
    refused = kmdesk_import(template, bomb, env, expect=2)
    said = refused.stderr.strip().splitlines()[0] if refused.stderr.strip() else "(nothing)"
    worst = max([*peaks.values(), refused.peak_mib])
    sizes = sorted(peaks)
    by_size = ", ".join(f"{n:,} rows {mib(peaks[n])}" for n in sizes)
    growth = (
        (peaks[sizes[-1]] - peaks[sizes[0]]) * 1024 * 1024 / (sizes[-1] - sizes[0])
        if len(sizes) > 1
        else 0.0
    )
    bare_peak = median_mib(runs["bare"])
    report.goals.append(
        Goal(
            "8",
            "import memory: peak of `kmdesk import` at every file size, and refusing a "
            f"{bomb.stat().st_size / 1e6:.1f} MB .xlsx bomb",
            f"{by_size}; bomb {mib(refused.peak_mib)}",
            f"csv + executemany, {rows:,} rows: {mib(bare_peak)}",
            worst / bare_peak,
            f"< {IMPORT_MEMORY_GOAL_MIB} MiB at every size",
            worst < IMPORT_MEMORY_GOAL_MIB,
        )
    )
    report.notes.append(
        "Goals 7–8 (import): the installed `kmdesk import FILE --db DB` into a copy of a "
        "database just made by `kmdesk db init` (copying not timed; its first open makes "
        "the day's backup, as a user's first import would), against bench/bare_import.py "
        "(csv.reader + one executemany into a bare 9-column TEXT table, one transaction, WAL, "
        f"standard library only), whole processes, medians of {cfg.whole_repeats} after a "
        f"warm-up, interleaved; kmdesk {seconds_range(runs['kmdesk'])} "
        f"({mib_range(runs['kmdesk'])}), bare {seconds_range(runs['bare'])}. Memory: peak "
        f"resident set read by GNU time; other sizes run once; growth {growth / 1024:,.2f} KiB per "
        f"row between the smallest and the largest file (the limit is "
        f"{limits.MAX_ROWS:,} rows). The bomb: a {bomb.stat().st_size / 1e6:.1f} MB workbook "
        "whose sheet unpacks to 1 GiB; kmdesk exited "
        f"{refused.code} in {s(refused.seconds)} saying: {said}"
    )
