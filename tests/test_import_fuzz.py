"""Malformed files thrown at each importer: a FileRejected with a message, never a partial write."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from kmdesk.exchange.cell_text import escape_csv, unescape_csv
from kmdesk.exchange.importer import import_ratings
from kmdesk.exchange.problems import FileRejected
from kmdesk.store.db import open_database
from tests.ratings_samples import HEADER, ROWS, database_bytes

CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "?",
            "0",
            "3",
            "6",
            "2.5",
            "S8",
            "S8.1",
            "X1",
            "recorder",
            "ผู้บันทึก",
            "2568-08-08",
            "2025-02-30",
            "ท่าไร่",
            '"',
            "\x00",
            ",",
            "\n",
            "\ufeff",
        ]
    ),
)
ROW = st.lists(CELLS, min_size=0, max_size=11).map(lambda cells: ",".join(cells))


@st.composite
def malformed_files(draw):
    header = draw(
        st.sampled_from([HEADER, HEADER.replace(",level", ""), "", "a,b", HEADER.upper()])
    )
    rows = draw(st.lists(st.one_of(ROW, st.sampled_from(ROWS)), max_size=6))
    text = "\n".join([header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp874", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        cut = draw(st.integers(min_value=0, max_value=len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut:]
    return data


def _imported_whole_or_refused_cleanly(tmp_path_factory, demo_template, name, data) -> None:
    """The property every importer keeps: all of the file goes in, or nothing and a reason."""
    work = tmp_path_factory.mktemp("fuzz")
    db_file = work / "kmdesk.db"
    shutil.copy(demo_template, db_file)
    source = work / name
    source.write_bytes(data)
    before = database_bytes(db_file)
    database = open_database(str(db_file))
    try:
        result = import_ratings(database, source)
    except FileRejected as exc:
        # every problem names the file; nothing at all was written
        assert exc.problems and all(p.file == name for p in exc.problems)
        assert all(str(p).startswith(name) for p in exc.problems)
        database.dispose()
        assert database_bytes(db_file) == before
    else:
        database.dispose()
        # an accepted file went in whole: importing it again finds everything already there
        again = open_database(str(db_file))
        repeat = import_ratings(again, source)
        assert (repeat.added, repeat.changed) == (0, 0)
        assert repeat.unchanged == result.added + result.changed + result.unchanged
        again.dispose()


FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.slow
@FUZZ
@given(data=malformed_files())
def test_malformed_csv_is_refused_cleanly_or_imported_whole(tmp_path_factory, demo_template, data):
    _imported_whole_or_refused_cleanly(tmp_path_factory, demo_template, "ratings.csv", data)


# Cells a workbook can hold: typed values of every kind, formulas, overlong text, and the
# file's own words in the wrong places. openpyxl cannot save the control characters XML
# forbids, so a person cannot either.
WORKBOOK_CELLS = st.one_of(
    CELLS.map(lambda text: ILLEGAL_CHARACTERS_RE.sub("", text)),
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=dt.date(1900, 3, 1)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1)),
    st.sampled_from(["=2+2", "=A1", '=HYPERLINK("https://example.org")', "=1/0", "#N/A", "'=1"]),
    st.sampled_from(["ก" * 2000, "ก" * 2001, "ข" * 121]),
)
WORKBOOK_HEADERS = [
    HEADER.split(","),
    HEADER.upper().split(","),
    HEADER.split(",")[::-1],
    [*HEADER.split(","), "level"],
    HEADER.replace("level", "=1+1").split(","),
    ["a", "b"],
    [],
]


@st.composite
def workbooks(draw) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(draw(st.sampled_from(WORKBOOK_HEADERS)))
    good = [row.split(",") for row in ROWS]
    for row in draw(
        st.lists(
            st.one_of(st.lists(WORKBOOK_CELLS, max_size=11), st.sampled_from(good)), max_size=6
        )
    ):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.slow
@FUZZ
@given(data=workbooks())
def test_workbook_cells_of_any_kind_are_refused_cleanly_or_imported_whole(
    tmp_path_factory, demo_template, data
):
    _imported_whole_or_refused_cleanly(tmp_path_factory, demo_template, "ratings.xlsx", data)


def _good_workbook() -> bytes:
    book = Workbook()
    for row in [HEADER, *ROWS]:
        book.active.append(row.split(","))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_sheet(workbook: bytes, sheet_xml: bytes) -> bytes:
    """The workbook with its sheet's XML replaced, the zip itself intact."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, sheet_xml if info.filename == SHEET else src.read(info))
    return out.getvalue()


GOOD_WORKBOOK = _good_workbook()
SHEET = "xl/worksheets/sheet1.xml"
GOOD_SHEET = zipfile.ZipFile(io.BytesIO(GOOD_WORKBOOK)).read(SHEET)


@st.composite
def damaged(draw, data: bytes) -> bytes:
    """``data`` with bytes changed, cut out, or put in, at a few places."""
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(data)))
        cut = draw(st.integers(min_value=0, max_value=16))
        data = data[:at] + draw(st.binary(max_size=16)) + data[at + cut :]
    return data


@pytest.mark.slow
@FUZZ
@given(
    data=st.one_of(
        damaged(GOOD_WORKBOOK),
        damaged(GOOD_SHEET).map(lambda xml: _with_sheet(GOOD_WORKBOOK, xml)),
        st.binary(max_size=64).map(lambda junk: b"PK\x03\x04" + junk),
    )
)
def test_damaged_workbooks_are_refused_cleanly_or_imported_whole(
    tmp_path_factory, demo_template, data
):
    _imported_whole_or_refused_cleanly(tmp_path_factory, demo_template, "ratings.xlsx", data)


@pytest.mark.slow
@FUZZ
@given(data=st.one_of(st.binary(max_size=200), damaged("\n".join([HEADER, *ROWS]).encode())))
def test_any_bytes_as_csv_are_refused_cleanly_or_imported_whole(
    tmp_path_factory, demo_template, data
):
    _imported_whole_or_refused_cleanly(tmp_path_factory, demo_template, "ratings.csv", data)


@pytest.mark.slow
@given(text=st.text())
def test_csv_escaping_gives_back_the_text_it_was_given(text):
    escaped = escape_csv(text)
    assert unescape_csv(escaped) == text
    assert escaped[:1] not in ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.slow
@given(
    text=st.lists(st.one_of(st.text(), st.sampled_from(["_x", "_x000B_", "_x005F_", "0041_"]))).map(
        "".join
    )
)
def test_xlsx_escaping_gives_back_the_text_it_was_given(text):
    from kmdesk.assess.notes import CONTROL
    from kmdesk.exchange.cell_text import ooxml_escape, ooxml_unescape

    escaped = ooxml_escape(text)
    assert ooxml_unescape(escaped) == text
    assert not CONTROL.search(escaped)  # what an .xlsx can hold
