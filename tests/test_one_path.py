"""One path from the store to every view: the app's Team page, `kmdesk chart`, `kmdesk analyze`
and the anonymous team report give the same people the same letters, and find names alike.

The expected letters are worked out by hand from kmdesk/demo.py, not with kmdesk's own code:
a team's members are lettered A, B, C… in the team's order, which is the order the app lists
them in (by name; in Thai ก before ป before ม, ธ before น before ส, ว before ส before อ).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from tests.report_support import flat, pdftotext

ROOT = Path(__file__).resolve().parents[1]
TEAM, ROUND, ROLE = "ท่าไร่", "รอบที่ 3", "coordinator"
LETTERS = {"กาญจนา รักษ์ถิ่น": "A", "ประเสริฐ บุญมา": "B", "มาลัย ศรีสุข": "C"}
EVERY_TEAM = {
    "บางจาก": {"วิชัย ทองดี": "A", "สุภาพร ใจงาม": "B", "อรุณี แสงจันทร์": "C"},
    TEAM: LETTERS,
    "มะม่วงสองต้น": {"ธีระ ชัยมงคล": "A", "นงลักษณ์ พูลผล": "B", "สมพงษ์ เรืองศรี": "C"},
}
REVERSED = "ศรีสุข มาลัย"  # มาลัย ศรีสุข turned round: neither her full name nor one word of it
OUTSIDE = "ผู้รู้ภายนอก"  # the team report's word for "nobody in the team: outside help"
SVG_TEXT = re.compile(r"<!-- (.*?) -->")  # matplotlib keeps each text drawn as outlines here


def svg_texts(path: Path) -> list[str]:
    return SVG_TEXT.findall(path.read_text(encoding="utf-8"))


def ok(done) -> None:
    assert done.returncode == 0, done.stderr


def refused(done) -> str:
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return done.stderr.strip()


def test_the_team_page_letters_the_members_in_the_teams_order(qtbot, demo_db, tmp_path):
    from kmdesk.store import repo
    from kmdesk.ui.chart_pages.team import ID_ROLE, TeamPage
    from kmdesk.ui.common import i18n
    from tests.ui_support import make_context

    i18n.switch("th")
    with demo_db.session() as session:
        names = {f.id: f.name for f in repo.list_facilitators(session)}
        round_id = next(r.id for r in repo.list_rounds(session) if r.title == ROUND)
    page = TeamPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.team_combo.setCurrentIndex(page.team_combo.findText(TEAM))
    page.role_combo.setCurrentIndex(page.role_combo.findData(ROLE))
    page.round_combo.setCurrentIndex(page.round_combo.findData(round_id))
    page.anonymous_check.setChecked(True)
    items = [page.member_list.item(i) for i in range(page.member_list.count())]
    shown = {names[item.data(ID_ROLE)]: item.text().removesuffix(" ✓") for item in items}
    assert shown == LETTERS
    page.view.build_now()
    hovers = {h.text.split(" · ")[0] for h in page.view.chart.hovers}
    assert set(LETTERS.values()) <= hovers


def test_kmdesk_chart_gives_the_same_letters(run_kmdesk, demo_file, tmp_path):
    # one person at a time, found by one whole word of the name: the letter is in the title
    for name, letter in LETTERS.items():
        out = tmp_path / f"{letter}.svg"
        first = name.split()[0]
        done = run_kmdesk(
            "chart", "stairs", "--person", first, "--round", ROUND, "--role", ROLE,
            "--anonymous", "-o", str(out), db=demo_file,
        )  # fmt: skip
        ok(done)
        titles = [t for t in svg_texts(out) if t.startswith("บันไดแห่งการเรียนรู้:")]
        assert titles == [f"บันไดแห่งการเรียนรู้: {letter} · ผู้ประสานงาน (คุณประสาน) · {ROUND}"]
    # the whole team: the same matrix with names and with letters, row for row
    team = ("chart", "matrix", "--team", f" {TEAM} ", "--round", ROUND, "--role", ROLE)
    named, lettered = tmp_path / "named.svg", tmp_path / "lettered.svg"
    ok(run_kmdesk(*team, "-o", str(named), db=demo_file))
    ok(run_kmdesk(*team, "--anonymous", "-o", str(lettered), db=demo_file))
    swapped = {a: b for a, b in zip(svg_texts(named), svg_texts(lettered), strict=True) if a != b}
    assert swapped == LETTERS


def test_analyze_and_the_anonymous_team_report_give_the_same_letters(
    run_kmdesk, demo_file, tmp_path
):
    done = run_kmdesk(
        "analyze", "--team", f"{TEAM}  ", "--round", ROUND, "--role", ROLE, "--json",
        db=demo_file,
    )  # fmt: skip
    ok(done)
    analysis = json.loads(done.stdout)
    # the members in the team's order: the order the letters follow
    assert [m["name"] for m in analysis["members"]] == list(LETTERS)
    out = tmp_path / "anonymous.pdf"
    done = run_kmdesk(
        "report", "team", f" {TEAM}", "--round", ROUND, "--anonymous", "-o", str(out),
        db=demo_file,
    )  # fmt: skip
    ok(done)
    text = pdftotext(out)
    for name in LETTERS:
        assert not any(part in text for part in name.split()), name
    # the coordinator's section: who learns from whom, in letters
    section = flat(text.split("บทบาท: ผู้ประสานงาน")[1].split("บทบาท:")[0])
    cells = [
        "; ".join(
            f"{LETTERS[q['learner']]} → {LETTERS[q['supplier']] if q['supplier'] else OUTSIDE}"
            for q in pairs["pairs"]
        )
        for pairs in analysis["pairs"]
        if pairs["pairs"]
    ]
    assert cells
    for cell in cells:
        assert flat(cell) in section, cell


def test_every_teams_report_letters_follow_the_teams_order(demo_db):
    # the report's own data, for all three teams: a rule by chance would miss one of them
    from kmdesk.report.data import team_data
    from kmdesk.store import repo

    with demo_db.session() as session:
        rnd = next(r for r in repo.list_rounds(session) if r.title == ROUND)
        for team in repo.list_teams(session):
            data = team_data(session, team.id, rnd.id, anonymous=True)
            letters = {f.name: data.labels[f.id] for f in data.members}
            assert letters == EVERY_TEAM[team.name], team.name
            assert [data.labels[f.id] for f in data.members] == ["A", "B", "C"]


def test_chart_and_report_look_names_up_by_one_rule(run_kmdesk, demo_file, tmp_path):
    chart = ("chart", "stairs", "--round", ROUND, "--role", ROLE)
    report = ("report", "person", "--round", ROUND)
    # a name turned round is neither the full name nor one word of it: both refuse it alike,
    # naming the closest person
    by_chart = refused(
        run_kmdesk(*chart, "--person", REVERSED, "-o", str(tmp_path / "r.svg"), db=demo_file)
    )
    by_report = refused(run_kmdesk(*report, REVERSED, "-o", str(tmp_path / "r.pdf"), db=demo_file))
    assert by_chart == by_report
    assert f"no facilitator named '{REVERSED}'" in by_chart and "มาลัย ศรีสุข (ท่าไร่)" in by_chart
    assert not (tmp_path / "r.svg").exists() and not (tmp_path / "r.pdf").exists()
    # one whole word, spaced and cased any way, finds her in both
    ok(run_kmdesk(*chart, "--person", " มาลัย ", "-o", str(tmp_path / "c.svg"), db=demo_file))
    ok(run_kmdesk(*report, " มาลัย ", "-o", str(tmp_path / "c.pdf"), db=demo_file))


def test_rounds_are_put_in_order_by_the_one_domain_rule():
    """Only kmdesk.assess.people (rounds_in_order) sorts rounds by date and title."""
    found = []
    for path in sorted((ROOT / "kmdesk").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(("kmdesk/assess/", "kmdesk/store/")):
            continue  # the rule itself; the store's SQL ORDER BY gives the same order
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple) and [
                getattr(e, "attr", None) for e in node.elts[:2]
            ] == ["date", "title"]:
                found.append(f"{rel}:{node.lineno}")
    assert found == [], "order rounds with kmdesk.assess.people.rounds_in_order"
