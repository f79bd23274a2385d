"""The printed tables and bench/results.md: the goals first, then the in-process lines."""

from __future__ import annotations

import datetime as dt

from bench.common import RESULTS, Goal, Line, Report, machine, say


def figure(value: float, unit: str) -> str:
    if unit == "rows/s":
        return f"{value:,.0f} rows/s"
    if unit == "ms":
        return f"{value:.3f} ms" if value < 1 else f"{value:.2f} ms"
    return f"{value:.1f} {unit}"


def table(lines: list[Line]) -> list[list[str]]:
    rows = [["#", "what", "kmdesk", "baseline", "ratio", "aim", "met"]]
    for x in lines:
        met = "—" if x.met is None else ("yes" if x.met else "NO")
        rows.append(
            [
                x.key,
                x.what,
                figure(x.kmdesk, x.unit),
                figure(x.baseline, x.unit),
                f"{x.ratio:.2f}×",
                x.aim,
                met,
            ]
        )
    return rows


def print_table(rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        say("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            say("  ".join("-" * w for w in widths))


RATIO_NOTE = (
    "Ratio = kmdesk's cost ÷ the baseline's cost, measured in the same run: time for the "
    "timing lines (for rows/s, baseline rows/s ÷ kmdesk rows/s), bytes for the size lines. "
    "Above 1 means kmdesk is slower or bigger."
)


GOAL_NOTE = (
    "Ratio = kmdesk's figure ÷ its peer's, both measured in this run, interleaved (above 1: "
    "kmdesk is slower or bigger). A goal in MiB or seconds is met on kmdesk's own figure; "
    "its ratio is shown for scale. 'not measured' says why."
)


def goal_rows(goals: list[Goal]) -> list[list[str]]:
    rows = [["#", "what", "kmdesk", "peer", "ratio", "goal", "met"]]
    for g in goals:
        met = "not measured" if g.met is None else ("yes" if g.met else "NO")
        ratio = "—" if g.ratio is None else f"{g.ratio:.2f}×"
        rows.append([g.key, g.what, g.kmdesk, g.peer, ratio, g.goal, met])
    return rows


def markdown(rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("---" for _ in rows[0]) + "|"]
    return out + [
        "| " + " | ".join(cell.replace("|", "\\|") for cell in r) + " |" for r in rows[1:]
    ]


def summary(goals: list[Goal]) -> str:
    met = sum(1 for g in goals if g.met)
    unmeasured = sum(1 for g in goals if g.met is None)
    text = f"{met} of {len(goals)} goals met"
    return text + (f", {unmeasured} not measured" if unmeasured else "") + "."


def write_results(
    report: Report, started: dt.datetime, seconds: float, extra: dict[str, str]
) -> None:
    out = [
        "# kmdesk benchmark results",
        "",
        "Written by `python -m bench.run"
        + (" --quick" if report.config.mode == "quick" else "")
        + "`; every run rewrites this file.",
        "",
        f"- date: {started.isoformat(timespec='seconds')}",
        f"- mode: {report.config.mode} (whole run {seconds:.0f} s)",
    ]
    out += [f"- {key}: {value}" for key, value in {**machine(), **extra}.items()]
    out += ["", "## Goals of issue 13", ""]
    out += markdown(goal_rows(report.goals))
    out += ["", summary(report.goals), "", GOAL_NOTE, ""]
    out += ["## In-process lines (for diagnosis)", ""]
    out += markdown(table(report.lines))
    out += ["", RATIO_NOTE, "", "## How they were measured", ""]
    out += [f"- {note}" for note in report.notes]
    out += ["", "## Query plans (EXPLAIN QUERY PLAN, on the analyze file)", ""]
    for name, plan in report.plans.items():
        out += [f"{name}:", "", "```", *plan, "```", ""]
    RESULTS.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def print_report(report: Report) -> None:
    say("")
    say("Goals of issue 13")
    print_table(goal_rows(report.goals))
    say(summary(report.goals))
    say("")
    say("In-process lines")
    print_table(table(report.lines))
    say("")
    say(RATIO_NOTE)
