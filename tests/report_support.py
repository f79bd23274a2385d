"""Helpers for the report tests: the poppler tools, and small changes to the demo database."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed; ./dev installs it")
    return found


def pdftotext(path: Path, raw: bool = False) -> str:
    """The PDF's text; ``raw`` keeps the order it was drawn in (a table cell's lines together
    rather than interleaved with the cell beside it)."""
    done = subprocess.run(
        [poppler("pdftotext"), "-enc", "UTF-8", *(["-raw"] if raw else []), str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert not done.stderr, done.stderr.decode(errors="replace")
    return done.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Text without white space: table cells and lines wrap wherever they must."""
    return re.sub(r"\s+", "", text)


def pdffonts(path: Path) -> list[dict[str, str]]:
    """The rows of ``pdffonts``: name, type, emb, sub, uni (the columns are fixed-width)."""
    done = subprocess.run(
        [poppler("pdffonts"), str(path)], capture_output=True, check=True, text=True, timeout=60
    )
    lines = done.stdout.splitlines()
    rule = lines[1]
    # column spans from the dashed rule under the header
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
    names = [lines[0][a:b].strip() for a, b in spans]
    return [
        {name: line[a:b].strip() for name, (a, b) in zip(names, spans, strict=True)}
        for line in lines[2:]
    ]


def pdf_pages(path: Path) -> int:
    done = subprocess.run(
        [poppler("pdfinfo"), str(path)], capture_output=True, check=True, text=True, timeout=60
    )
    match = re.search(r"^Pages:\s+(\d+)", done.stdout, re.M)
    assert match, done.stdout
    return int(match.group(1))


def page_size_pt(path: Path) -> tuple[float, float]:
    done = subprocess.run(
        [poppler("pdfinfo"), str(path)], capture_output=True, check=True, text=True, timeout=60
    )
    match = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", done.stdout, re.M)
    assert match, done.stdout
    return float(match.group(1)), float(match.group(2))


def private_demo(template: Path, folder: Path):
    """A copy of the demo database in ``folder``, open: (database, folder, ids)."""
    import shutil

    from kmdesk.store.db import open_database

    shutil.copy(template, folder / "demo.db")
    database = open_database(str(folder / "demo.db"))
    return database, folder, ids(database)


def ids(database) -> dict:
    """Names to ids in the demo: people, teams and rounds (by title)."""
    from kmdesk.store import repo

    with database.session() as session:
        return {
            "people": {f.name: f for f in repo.list_facilitators(session)},
            "teams": {t.name: t for t in repo.list_teams(session)},
            "rounds": {r.title: r for r in repo.list_rounds(session)},
        }


def add_one_role_person(database, team_id: str, round_id: str, role: str = "recorder"):
    """A new facilitator who has rated one role, every indicator, in one round."""
    from kmdesk.store import frameworks, repo

    person = repo.add_facilitator(database, "ทดสอบ หนึ่งบทบาท", "กศน.", team_id)
    with database.session() as session:
        framework = frameworks.load_framework(session)
    for n, indicator in enumerate(ind for c in framework.competencies for ind in c.indicators):
        level = None if n == 0 else 1 + n % 5
        repo.set_rating(database, person.id, round_id, role, indicator.code, level, "บันทึก")
    return person


def page_text(path: Path, page: int) -> str:
    """One page's text as laid out on paper (``pdftotext -layout -f N -l N``)."""
    pages = ["-f", str(page), "-l", str(page)]
    done = subprocess.run(
        [poppler("pdftotext"), "-enc", "UTF-8", "-layout", *pages, str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


FOOTER_PAGE = re.compile(r"หน้า \d+/\d+|Page \d+ of \d+")


def page_bodies(path: Path) -> list[str]:
    """Each page's text without its footer, white space removed (see ``flat``)."""
    bodies = []
    for page in range(1, pdf_pages(path) + 1):
        lines = [line for line in page_text(path, page).splitlines() if line.strip()]
        bodies.append(flat("".join(line for line in lines if not FOOTER_PAGE.search(line))))
    return bodies


def headings_and_notes(html_text: str) -> tuple[list[str], list[str]]:
    """A document's headings, and the notes printed straight under a heading (flat text)."""
    import html as html_module

    def text(fragment: str) -> str:
        return flat(html_module.unescape(re.sub(r"<[^>]+>", "", fragment)))

    heads = re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>((?:<p class=\"note\">.*?</p>)?)", html_text)
    return [text(h) for h, _ in heads], [text(n) for _, n in heads if n]


def page_problems(path: Path, html_text: str, nones: list[str]) -> list[str]:
    """Pages that end on a heading (with or without its note), or hold nothing but
    headings, notes and "none" lines."""
    headings, notes = headings_and_notes(html_text)
    quiet = sorted({*headings, *notes, *(flat(n) for n in nones)} - {""}, key=len, reverse=True)
    problems = []
    for n, body in enumerate(page_bodies(path), start=1):
        for heading in headings:
            ends = [heading] + [heading + note for note in notes]
            if heading and any(body.endswith(end) for end in ends):
                problems.append(f"page {n} ends on the heading {heading!r}")
        rest = body
        for text in quiet:
            rest = rest.replace(text, "")
        if not rest:
            problems.append(f"page {n} holds only headings or 'none': {body!r}")
    return problems


def busiest(database) -> tuple:
    """The demo's busiest person and round: the most ratings, then the most evidence."""
    from kmdesk.store import repo

    with database.session() as session:
        rounds = repo.list_rounds(session)
        best, key = None, None
        for person in repo.list_facilitators(session):
            for rnd in rounds:
                ratings = repo.person_ratings(session, person.id, round_id=rnd.id)
                here = (len(ratings), sum(len(r.evidence or "") for r in ratings))
                if key is None or here > key:
                    best, key = (person, rnd), here
    return best


def add_partial_person(database, team_id: str, round_id: str, role: str, answered: int = 5):
    """A new facilitator who has answered the first ``answered`` indicators of one role."""
    from kmdesk.store import frameworks, repo

    person = repo.add_facilitator(database, "ทดสอบ ยังไม่ครบ", "พช.", team_id)
    with database.session() as session:
        framework = frameworks.load_framework(session)
    for indicator in framework.indicators[:answered]:
        repo.set_rating(database, person.id, round_id, role, indicator.code, 4, "")
    return person
