"""Malformed rosters thrown at the roster importer: a FileRejected with a message, never a
partial write (issue 8 asks Hypothesis against every importer; ratings and bundles have theirs)."""

from __future__ import annotations

import io
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from kmdesk.exchange.problems import FileRejected
from kmdesk.exchange.roster import import_roster
from kmdesk.store.db import open_database
from tests.ratings_samples import database_bytes
from tests.test_import_fuzz import CELLS, FUZZ, WORKBOOK_CELLS, damaged

HEADERS = [
    "name,team,agency,active",
    "facilitator,team",
    "NAME,TEAM,ACTIVE",
    "name,team,team",
    "team,name,agency,active,extra",
    "name",
    "",
]
GOOD = ["ลำดวน ทดลอง,ท่าไร่,กศน.,yes", "มาลัย ศรีสุข,ท่าไร่,พช.,ไม่", "ใหม่ มาก,ทีมใหม่,,"]
ROW = st.lists(CELLS, min_size=0, max_size=6).map(lambda cells: ",".join(cells))


def _whole_or_refused_cleanly(tmp_path_factory, demo_template, name: str, data: bytes) -> None:
    work = tmp_path_factory.mktemp("roster_fuzz")
    db_file = work / "kmdesk.db"
    shutil.copy(demo_template, db_file)
    source = work / name
    source.write_bytes(data)
    before = database_bytes(db_file)
    database = open_database(str(db_file))
    try:
        import_roster(database, source)
    except FileRejected as exc:
        assert exc.problems and all(str(p).startswith(name) for p in exc.problems)
        database.dispose()
        assert database_bytes(db_file) == before
    else:
        database.dispose()
        # an accepted roster went in whole: the same file again changes nobody
        again = open_database(str(db_file))
        repeat = import_roster(again, source)
        assert (repeat.added, repeat.updated, repeat.new_teams) == ([], [], [])
        again.dispose()


@st.composite
def csv_rosters(draw) -> bytes:
    header = draw(st.sampled_from(HEADERS))
    rows = draw(st.lists(st.one_of(ROW, st.sampled_from(GOOD)), max_size=6))
    data = "\n".join([header, *rows]).encode(
        draw(st.sampled_from(["utf-8", "utf-8-sig", "cp874", "utf-16"])), errors="replace"
    )
    if draw(st.booleans()):
        cut = draw(st.integers(min_value=0, max_value=len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut:]
    return data


@st.composite
def workbook_rosters(draw) -> bytes:
    book = Workbook()
    book.active.append(draw(st.sampled_from(HEADERS)).split(","))
    good = [row.split(",") for row in GOOD]
    for row in draw(
        st.lists(st.one_of(st.lists(WORKBOOK_CELLS, max_size=6), st.sampled_from(good)), max_size=6)
    ):
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _good_workbook() -> bytes:
    book = Workbook()
    for row in [HEADERS[0], *GOOD]:
        book.active.append(row.split(","))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.slow
@FUZZ
@given(data=st.one_of(csv_rosters(), damaged("\n".join([HEADERS[0], *GOOD]).encode())))
def test_a_malformed_roster_csv_is_refused_cleanly_or_imported_whole(
    tmp_path_factory, demo_template, data
):
    _whole_or_refused_cleanly(tmp_path_factory, demo_template, "roster.csv", data)


@pytest.mark.slow
@FUZZ
@given(data=st.one_of(workbook_rosters(), damaged(_good_workbook())))
def test_a_malformed_roster_workbook_is_refused_cleanly_or_imported_whole(
    tmp_path_factory, demo_template, data
):
    _whole_or_refused_cleanly(tmp_path_factory, demo_template, "roster.xlsx", data)
