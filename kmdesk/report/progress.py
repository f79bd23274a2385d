"""The progress table both reports print: rounds down, competencies across, change and target."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kmdesk.assess.framework import Framework
from kmdesk.assess.people import Round
from kmdesk.assess.profile import Profile, domain_means
from kmdesk.report.markup import change, esc, group, score, table
from kmdesk.report.words import w

# (a group's title, "" for none; the rounds and their profiles, oldest first; the targets)
Group = tuple[str, Sequence[tuple[Round, Profile]], Mapping[str, int]]


def progress_table(fw: Framework, groups: Sequence[Group], lang: str) -> str:
    """One table: for each group (a role), one row per round, oldest first, so it grows
    downwards as rounds are added; then the change and the target.

    The change row compares the last two rounds shown, competency by competency.
    """
    domain_of = {c.code: c.domain for c in fw.competencies}
    domains = [d.code for d in fw.domains]
    head = [esc(w("round_short", lang))]
    head += [f"<b>{esc(code)}</b>" for code in fw.codes]
    head += [esc(w(f"domain_{d}", lang)) for d in domains]
    rows: list = []
    for name, series, targets in groups:
        if name:
            rows.append(group(esc(name)))
        rows += _rows(fw, series, targets, lang, domain_of, domains)
    n = len(fw.codes) + len(domains)
    rest = 100 - 10 - round(5.5 * len(fw.codes))
    widths = [10] + [5.5] * len(fw.codes) + [rest // max(len(domains), 1)] * len(domains)
    return table(head, rows, widths=widths, align=["left"] + ["center"] * n, pad=2, cls="dense")


def _rows(fw, series, targets, lang, domain_of, domains) -> list[list[str]]:
    rows = []
    for rnd, prof in series:
        means = domain_means(prof, domain_of)
        rows.append(
            [esc(rnd.title)]
            + [score(prof.get(code)) for code in fw.codes]
            + [f"<b>{score(means.get(d))}</b>" for d in domains]
        )
    if len(series) >= 2:
        (_, before), (_, last) = series[-2], series[-1]
        then, now = domain_means(before, domain_of), domain_means(last, domain_of)
        rows.append(
            [esc(w("change", lang))]
            + [_delta(last.get(code), before.get(code)) for code in fw.codes]
            + [_delta(now.get(d), then.get(d)) for d in domains]
        )
    wanted = {d: [targets[c] for c in fw.codes if domain_of[c] == d] for d in domains}
    rows.append(
        [esc(w("target", lang))]
        + [str(targets[code]) for code in fw.codes]
        + [score(sum(v) / len(v)) if v else "" for v in wanted.values()]
    )
    return rows


def _delta(now: float | None, then: float | None) -> str:
    return "" if now is None or then is None else change(now - then)
