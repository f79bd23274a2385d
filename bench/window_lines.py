"""In-process line 4b: the Team page's live radar after one rating, against a full redraw."""

from __future__ import annotations

import csv
import math
import os
import random
import tempfile
import time
from pathlib import Path

from bench.common import (
    AGENCIES,
    EVIDENCE,
    WORK,
    Line,
    Report,
    fresh,
    median_ms,
    person_name,
    spread,
)
from kmdesk.assess.framework import framework_from_dict
from kmdesk.assess.profile import profiles_from_levels
from kmdesk.exchange.importer import import_ratings
from kmdesk.exchange.ratings_file import HEADER
from kmdesk.store import frameworks, repo
from kmdesk.store.db import open_database
from kmdesk.views import find_team

LIVE_SAMPLES = 25  # rating changes timed on the live radar
LIVE_TEAM = "ทีมวัดเวลา"
LIVE_PEOPLE = 9


def live_radar_database() -> tuple[Path, int]:
    """One team of 9 rating themselves as recorder on every indicator of the 12 competencies."""
    path = WORK / "live-radar.db"
    fresh(path)
    csv_path = WORK / "live-radar.csv"
    framework = framework_from_dict(frameworks.default_framework_data())
    indicators = [ind.code for ind in framework.indicators if not ind.retired]
    rng = random.Random(9)
    with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for person in range(LIVE_PEOPLE):
            for code in indicators:
                writer.writerow(
                    (
                        person_name(person),
                        LIVE_TEAM,
                        AGENCIES[person % len(AGENCIES)],
                        "รอบที่ 1",
                        "2025-08-08",
                        "recorder",
                        code,
                        rng.randint(1, 5),
                        rng.choice(EVIDENCE),
                    )
                )
    database = open_database(str(path), create=True)
    try:
        import_ratings(database, csv_path)
    finally:
        database.dispose()
    return path, len(indicators)


def bench_live_radar(report: Report) -> None:
    """Line 4b: a rating arrives; the Team page's radar shows it (9 people, 12 competencies)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kmdesk.ui.chart_pages.team import KINDS, TeamPage
    from kmdesk.ui.common.events import DataEvents
    from kmdesk.ui.common.fonts import install_fonts
    from kmdesk.ui.common.page import AppContext
    from kmdesk.ui.common.settings import Settings

    path, n_indicators = live_radar_database()
    app = QApplication.instance() or QApplication([])
    app.setFont(install_fonts())
    database = open_database(str(path), create=True)
    tmp = tempfile.TemporaryDirectory()
    try:
        settings = Settings(QSettings(str(Path(tmp.name) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(database, DataEvents(), settings)
        page = TeamPage(ctx)
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        with database.session() as session:
            team = find_team(session, LIVE_TEAM)
            rnd = repo.list_rounds(session)[0]
        page.team_combo.setCurrentIndex(page.team_combo.findData(team.id))
        page.role_combo.setCurrentIndex(page.role_combo.findData("recorder"))
        page.round_combo.setCurrentIndex(page.round_combo.findData(rnd.id))
        page.tabs.setCurrentIndex(KINDS.index("radar"))
        page.view.build_now()
        app.processEvents()
        members = page.data.analysis.members
        codes = list(page.data.analysis.framework.codes)
        indicators = [ind for ind in page.data.analysis.framework.indicators if not ind.retired]
        if len(members) != LIVE_PEOPLE or len(codes) != 12:
            raise RuntimeError(f"live radar: {len(members)} people, {len(codes)} competencies")
        chart = page.view.chart
        ours, theirs = [], []
        for k in range(1 + LIVE_SAMPLES):
            person = members[k % LIVE_PEOPLE]
            indicator = indicators[(k * 5) % len(indicators)]
            level = 1 + (k * 3) % 5
            repo.set_rating(database, person.id, rnd.id, "recorder", indicator.code, level)
            before = page.view.updates
            start = time.perf_counter()
            ctx.events.rating_changed.emit(person.id, rnd.id, "recorder")
            while page.view.updates == before:
                app.processEvents()
            elapsed = time.perf_counter() - start
            # the line moved in place and shows what the database now holds
            with database.session() as session:
                mine = profiles_from_levels(
                    (person.id, r.competency, r.level)
                    for r in repo.person_ratings(session, person.id, "recorder", rnd.id)
                ).get(person.id, {})
            ring = list(chart.live[person.id].get_ydata())[: len(codes)]
            if page.view.chart is not chart or any(
                not math.isclose(ring[i], mine[c]) for i, c in enumerate(codes) if c in mine
            ):
                raise RuntimeError("the live radar does not show the changed rating")
            start_b = time.perf_counter()
            page.view.canvas.draw()
            page.view.canvas.repaint()
            elapsed_b = time.perf_counter() - start_b
            if k:
                ours.append(elapsed)
                theirs.append(elapsed_b)
        page.close()
    finally:
        database.dispose()
        tmp.cleanup()
    a, b = median_ms(ours), median_ms(theirs)
    report.lines.append(
        Line(
            "4b",
            "live team radar after one rating (9 people, 12 competencies)",
            "ms",
            a,
            b,
            aim="≤ 50 ms",
            met=a <= 50,
        )
    )
    report.notes.append(
        f"Line 4b: the Team page (1280x800, offscreen) shows the radar of a team of "
        f"{LIVE_PEOPLE} rating themselves as recorder on all {n_indicators} indicators of the 12 "
        "competencies. Each sample writes one rating with repo.set_rating (not timed), then "
        "times DataEvents.rating_changed.emit until the canvas has been repainted: the page "
        "reads that one person's ratings in that round again, redoes the sums and moves their "
        "line over the cached background (blitting). Checked after each sample: the same "
        "figure, the line equal to the stored ratings. Baseline: a full canvas.draw() + "
        f"repaint of the same figure. Medians of {LIVE_SAMPLES} after a warm-up; kmdesk "
        f"{spread(ours)} ms, full redraw {spread(theirs)} ms."
    )


# --- output ----------------------------------------------------------------------------------
