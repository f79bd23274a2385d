"""Report goals: `kmdesk report` and the app's Export PDF against LibreOffice printing workbooks."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from bench.common import WORK, Config, Goal, Report, say
from bench.processes import (
    KMDESK,
    PYTHON,
    Failed,
    Host,
    Run,
    interleaved,
    median_mib,
    median_s,
    mib_range,
    run,
    seconds_range,
    soffice,
)
from bench.whole import DEMO_ROUND, DEMO_TEAM, bench_env, failed_goal, mib, s
from bench.workbooks import read_table, write_workbook
from kmdesk.paths import resource

DEMO_PERSON = "มาลัย ศรีสุข"  # of ท่าไร่, the first person the Assess page shows
PERSON_GOAL = 0.5
TEAM_GOAL = 1.0
PROGRESS_GOAL_S = 0.2

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def office_version(command: str) -> str:
    try:
        done = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return "(version not known)"
    return done.stdout.strip().splitlines()[0] if done.stdout.strip() else "(version not known)"


def office_env(folder: Path) -> dict:
    """LibreOffice's environment: kmdesk's Thai fonts found, as an office PC has Thai fonts."""
    conf = folder / "fonts.conf"
    conf.write_text(
        FONTS_CONF.format(fonts=resource("fonts"), cache=folder / "fontcache"), encoding="utf-8"
    )
    return {**bench_env(), "FONTCONFIG_FILE": str(conf)}


def convert(command: str, workbook: Path, folder: Path, env: dict) -> Run:
    """`soffice --headless --convert-to pdf`, with a profile of its own kept between runs."""
    out = folder / "pdf"
    made = out / workbook.with_suffix(".pdf").name
    made.unlink(missing_ok=True)
    profile = (folder / "profile").resolve().as_uri()
    argv = [
        command,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        str(workbook),
    ]
    result = run(argv, env=env, timeout=300)
    if not made.exists() or made.stat().st_size == 0:
        raise Failed(f"LibreOffice wrote no PDF for {workbook.name}:\n{result.stderr[-1000:]}")
    return result


def cli_report(kind: str, demo: Path, folder: Path, env: dict) -> Run:
    target = folder / f"kmdesk-{kind}.pdf"
    name = DEMO_TEAM if kind == "team" else DEMO_PERSON
    argv = [KMDESK, "report", kind, name, "--round", str(DEMO_ROUND), "-o", str(target)]
    argv += ["--db", str(demo)] + (["--team", DEMO_TEAM] if kind == "person" else [])
    return run(argv, env=env, timeout=300)


class AppExports:
    """kmdesk's window kept open on the demo; each call is one Export PDF, timed inside it."""

    def __init__(self, demo: Path, folder: Path):
        self.folder = folder
        self.demo = demo
        self.host = self._open()
        self.seen: dict[str, list[dict]] = {"team": [], "person": []}
        self.ended: list[str] = []  # how each window that ended early ended

    def _open(self) -> Host:
        argv = [PYTHON, "-m", "bench.apphost", "export", str(self.demo)]
        host = Host(argv, bench_env(self.folder / "app"))
        host.wait_for("ready", timeout=300)
        return host

    def export(self, kind: str) -> Run:
        """One export; if the window ends on the way, say so in the note and open another."""
        try:
            return self._export(kind)
        except Failed as exc:
            self.ended.append(" ".join(str(exc).split())[:400])
            self.host.close()
            self.host = self._open()
            return self._export(kind)

    def _export(self, kind: str) -> Run:
        target = self.folder / f"app-{kind}.pdf"
        target.unlink(missing_ok=True)
        name = DEMO_TEAM if kind == "team" else DEMO_PERSON
        self.host.send(f"{kind}\t{name}\tรอบที่ {DEMO_ROUND}\t{target}")
        info = json.loads(self.host.wait_for("exported", timeout=600))
        if not info["ok"]:
            raise Failed(f"the app's Export PDF ({kind}) wrote nothing; it said: {info['text']}")
        self.seen[kind].append(info)
        shown = info["progress"] if info["progress"] is not None else info["seconds"]
        return Run(info["seconds"], 0, 0, marks={"progress": shown})

    def close(self) -> Run:
        return self.host.close()


def bench_reports_whole(cfg: Config, report: Report, demo: Path) -> None:
    """Goals 1–3: team and personal reports, command line and app, against LibreOffice."""
    command = soffice()
    folder = WORK / "peers"
    folder.mkdir(exist_ok=True)
    goals = (
        ("1", "team report, whole process, vs LibreOffice converting the team's workbook"),
        ("2", "personal report (3 roles), whole process, vs LibreOffice, personal workbook"),
    )
    if command is None:
        for key, what in goals:
            failed_goal(
                report,
                key,
                what,
                "≤ 1.0×" if key == "1" else "≤ 0.5×",
                "LibreOffice is not installed (./dev bench installs it on Debian)",
            )
        report.notes.append("Goals 1–2: no `soffice` on PATH, so no ratio is shown.")
        _app_only(cfg, report, demo, folder)
        return
    team_book = write_workbook(read_table(demo, DEMO_TEAM, DEMO_ROUND), folder / "team.xlsx")
    person_book = write_workbook(
        read_table(demo, DEMO_TEAM, DEMO_ROUND, DEMO_PERSON), folder / "person.xlsx"
    )
    office = office_env(folder)
    env = bench_env(folder / "cli")
    say(
        f"reports: LibreOffice, kmdesk report and the app's Export PDF, team and person, "
        f"1 warm-up + {cfg.whole_repeats} each, interleaved …"
    )
    app = AppExports(demo, folder)
    try:
        runs = interleaved(
            {
                "office-team": lambda _i: convert(command, team_book, folder, office),
                "kmdesk-team": lambda _i: cli_report("team", demo, folder, env),
                "app-team": lambda _i: app.export("team"),
                "office-person": lambda _i: convert(command, person_book, folder, office),
                "kmdesk-person": lambda _i: cli_report("person", demo, folder, env),
                "app-person": lambda _i: app.export("person"),
            },
            cfg.whole_repeats,
        )
    finally:
        app_run = app.close()
    for key, kind, what, goal in (
        ("1", "team", goals[0][1], TEAM_GOAL),
        ("2", "person", goals[1][1], PERSON_GOAL),
    ):
        ours, theirs = runs[f"kmdesk-{kind}"], runs[f"office-{kind}"]
        ratio = median_s(ours) / median_s(theirs)
        report.goals.append(
            Goal(
                key,
                what,
                f"{s(median_s(ours))}, {mib(median_mib(ours))}",
                f"LibreOffice: {s(median_s(theirs))}, {mib(median_mib(theirs))}",
                ratio,
                f"≤ {goal:.1f}×",
                ratio <= goal,
            )
        )
    _app_goals(report, runs)
    report.notes.append(
        "Goals 1–2 (reports): the peer is what teams use today, the Table of Freedom kept in "
        "a spreadsheet and printed to PDF. bench/workbooks.py writes it with openpyxl from the "
        f"same demo database: {DEMO_TEAM}, round {DEMO_ROUND}; one sheet per role, "
        "competencies x people with the target and a mean column (an AVERAGE formula; the "
        "personal workbook has a gap formula), one radar chart per sheet, A4 landscape fitted "
        "to a page, in Laksaman (kmdesk's document font, given to LibreOffice through "
        f"fontconfig). LibreOffice ({office_version(command)}) converts it with `soffice "
        "--headless --convert-to pdf` and a profile of its own, made in the warm-up. kmdesk: "
        f"the installed `kmdesk report team {DEMO_TEAM} --round {DEMO_ROUND}` and `kmdesk "
        f"report person '{DEMO_PERSON}' --team {DEMO_TEAM} --round {DEMO_ROUND}`, -o a PDF. "
        "Whole processes timed from before start to exit; peak memory read by GNU time "
        "(LibreOffice's includes soffice.bin, which its launcher waits for). Medians of "
        f"{cfg.whole_repeats} after a warm-up, all six kinds of goals 1–3 interleaved, the "
        f"order turning each round. Spreads: kmdesk team {seconds_range(runs['kmdesk-team'])} "
        f"({mib_range(runs['kmdesk-team'])}), LibreOffice team "
        f"{seconds_range(runs['office-team'])}; kmdesk person "
        f"{seconds_range(runs['kmdesk-person'])}, LibreOffice person "
        f"{seconds_range(runs['office-person'])}."
    )
    _app_note(cfg, report, runs, app_run, app.ended)


def _app_only(cfg: Config, report: Report, demo: Path, folder: Path) -> None:
    """Without LibreOffice the app's Export PDF is still set against the command line."""
    env = bench_env(folder / "cli")
    app = AppExports(demo, folder)
    try:
        runs = interleaved(
            {
                "kmdesk-team": lambda _i: cli_report("team", demo, folder, env),
                "app-team": lambda _i: app.export("team"),
                "kmdesk-person": lambda _i: cli_report("person", demo, folder, env),
                "app-person": lambda _i: app.export("person"),
            },
            cfg.whole_repeats,
        )
    finally:
        app_run = app.close()
    _app_goals(report, runs)
    _app_note(cfg, report, runs, app_run, app.ended)


def _app_goals(report: Report, runs: dict[str, list[Run]]) -> None:
    for key, kind in (("3a", "person"), ("3b", "team")):
        ours, cli = median_s(runs[f"app-{kind}"]), median_s(runs[f"kmdesk-{kind}"])
        report.goals.append(
            Goal(
                key,
                f"Export PDF from the app, {kind}: from Ctrl+P to 'Saved'",
                s(ours),
                f"`kmdesk report {kind}`: {s(cli)}",
                ours / cli,
                "≤ 1.0× (no slower than the command line)",
                ours / cli <= 1.0,
            )
        )
    slowest = max(median_s(runs[f"app-{kind}"], "progress") for kind in ("person", "team"))
    report.goals.append(
        Goal(
            "3c",
            "Export PDF from the app: progress shown (the slower of person and team)",
            s(slowest),
            "—",
            None,
            f"≤ {PROGRESS_GOAL_S} s",
            slowest <= PROGRESS_GOAL_S,
        )
    )


def _app_note(
    cfg: Config, report: Report, runs: dict[str, list[Run]], app_run: Run, ended: list[str]
) -> None:
    def progress(kind: str) -> str:
        values = [r.marks["progress"] for r in runs[f"app-{kind}"]]
        return f"{min(values):.2f}–{max(values):.2f} s"

    report.notes.append(
        "Goal 3 (Export PDF from the app): one kmdesk window (bench/apphost.py export, "
        "`kmdesk --db` on the same demo file, offscreen, Thai) stays open through the run; "
        "each export chooses the page and the subject first (the Assess page for "
        "the person, the Team page for the team, not timed, 1.5 s to settle), answers the "
        "save dialog with a path, triggers File → Export PDF (Ctrl+P) and times until the "
        "'Saved' message is shown (the file checked); progress is the first QProgressDialog "
        "or QProgressBar shown, or 'Saved' if none was. Interleaved with the command line's "
        f"runs of goals 1–2 (its figure), medians of {cfg.whole_repeats} after a warm-up. "
        f"Spreads: person {seconds_range(runs['app-person'])} (progress "
        f"{progress('person')}), team {seconds_range(runs['app-team'])} (progress "
        f"{progress('team')}); the window's peak over the whole run {mib(app_run.peak_mib)} "
        "(report workers included once waited for)."
        + (
            f" The window ended early {len(ended)} time(s) and was opened again: "
            + " | ".join(ended)
            if ended
            else ""
        )
    )
