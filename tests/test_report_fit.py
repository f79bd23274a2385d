"""Every demo person's report fits: one role on two pages, three roles on five, no page that
ends on a heading or holds only "none" (issue 12), counted with pdftotext page by page."""

from __future__ import annotations

import json

import pytest

from kmdesk.paths import resource
from tests.report_support import flat, page_problems, pdf_pages, pdftotext, private_demo

ROLES = ("recorder", "process_lead", "coordinator")


@pytest.fixture(scope="module")
def reports(qapp, demo_template, tmp_path_factory):
    """The last round's reports of every demo person: one role each (the three roles in
    turn down the list) and, for every third person, all three; (label, path, html)."""
    from kmdesk.report.data import NothingToReport, person_data
    from kmdesk.report.person import build_person_document

    database, folder, known = private_demo(demo_template, tmp_path_factory.mktemp("fit"))
    last = max(known["rounds"].values(), key=lambda r: r.date)
    written = []
    try:
        people = sorted(known["people"].values(), key=lambda p: p.name)
        for n, person in enumerate(people):
            asked = [ROLES[n % len(ROLES)]] + ([None] if n % 3 == 0 else [])
            for role in asked:
                with database.session() as session:
                    try:
                        data = person_data(session, person.id, last.id, role=role)
                    except NothingToReport:
                        continue
                doc = build_person_document(data, "th")
                label = f"{person.name} {role or 'all roles'}"
                path = folder / f"{n} {role or 'all'}.pdf"
                doc.write(path)
                written.append((label, role, path, doc.html()))
    finally:
        database.dispose()
    return written


def nones() -> list[str]:
    from kmdesk.report.words import WORDS, w

    return [w(key, "th") for key in WORDS.entries if key.startswith(("none", "no_"))]


def test_the_demo_gives_reports_of_several_people_in_each_role(reports):
    roles = [role for _, role, _, _ in reports]
    assert len(reports) >= 10
    assert all(roles.count(role) >= 2 for role in ROLES)
    assert roles.count(None) >= 2


def test_one_role_fits_two_pages_and_three_roles_five(reports):
    too_long = [
        (label, pages)
        for label, role, path, _ in reports
        if (pages := pdf_pages(path)) > (2 if role else 5)
    ]
    assert too_long == []


def test_no_page_ends_on_a_heading_or_holds_only_none(reports):
    found = {label: page_problems(path, html, nones()) for label, _, path, html in reports}
    assert {label: problems for label, problems in found.items() if problems} == {}


def test_the_first_page_keys_the_codes_to_the_names(reports):
    # the charts print only codes (K1 … S9); the key under them names every one
    with open(resource("framework", "default.json"), encoding="utf-8") as fh:
        competencies = json.load(fh)["competencies"]
    keyed = [flat(c["code"] + c["th"]) for c in competencies]
    for label, _, path, _ in reports:
        first = flat(pdftotext(path).split("\f")[0])
        assert [k for k in keyed if k not in first] == [], label
