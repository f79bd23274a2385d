"""Malformed files thrown at the importer: a FileRejected with a message, never a partial write."""

from __future__ import annotations

import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kmdesk.exchange.importer import import_ratings
from kmdesk.exchange.problems import FileRejected
from kmdesk.store.db import open_database
from tests.ratings_samples import HEADER, ROWS

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


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=malformed_files())
def test_malformed_csv_is_refused_cleanly_or_imported_whole(tmp_path_factory, demo_template, data):
    work = tmp_path_factory.mktemp("fuzz")
    db_file = work / "kmdesk.db"
    shutil.copy(demo_template, db_file)
    source = work / "ratings.csv"
    source.write_bytes(data)
    before = db_file.read_bytes()
    database = open_database(str(db_file))
    try:
        result = import_ratings(database, source)
    except FileRejected as exc:
        # every problem names the file; nothing at all was written
        assert exc.problems and all(p.file == "ratings.csv" for p in exc.problems)
        assert all(str(p).startswith("ratings.csv") for p in exc.problems)
        database.dispose()
        assert db_file.read_bytes() == before
    else:
        database.dispose()
        # an accepted file went in whole: importing it again finds everything already there
        again = open_database(str(db_file))
        repeat = import_ratings(again, source)
        assert (repeat.added, repeat.changed) == (0, 0)
        assert repeat.unchanged == result.added + result.changed + result.unchanged
        again.dispose()
