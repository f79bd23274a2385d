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


def pdftotext(path: Path) -> str:
    done = subprocess.run(
        [poppler("pdftotext"), "-enc", "UTF-8", str(path), "-"],
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
