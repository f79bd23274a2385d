"""Roster import: people by name within their team, from CSV or XLSX, all or nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from kmdesk.exchange.problems import FileRejected
from kmdesk.exchange.roster import import_roster, read_roster
from kmdesk.store.db import open_database
from tests.ratings_samples import database_bytes, write_csv, write_xlsx

HEADER = "name,team,agency,active"


def _people(path) -> set[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return set(
            conn.execute(
                "SELECT f.name, t.name, f.agency, f.active FROM facilitator f "
                "LEFT JOIN team t ON t.id = f.team_id"
            )
        )


def test_a_roster_adds_people_and_teams_and_updates_who_is_there(demo_file, tmp_path):
    roster = write_csv(
        tmp_path,
        "สมใจ  ใหม่,ท่าไร่,อบต.,ใช่",
        "มาลัย ศรีสุข,ท่าไร่,,no",  # known: now inactive, agency kept
        "ประเสริฐ บุญมา,ท่าไร่,มรภ.,",  # known: new agency, active kept
        "สุภาพร ใจงาม,บางจาก,พช.,1",  # known, nothing changes
        "ใหม่ ทั้งทีม,ทีมใหม่,,",
        header=HEADER,
    )
    db = open_database(str(demo_file))
    result = import_roster(db, roster)
    db.dispose()
    assert result.rows == 5 and result.unchanged == 1
    assert sorted(result.added) == ["สมใจ ใหม่ (ท่าไร่)", "ใหม่ ทั้งทีม (ทีมใหม่)"]
    assert sorted(result.updated) == [
        "ประเสริฐ บุญมา (ท่าไร่): agency",
        "มาลัย ศรีสุข (ท่าไร่): active",
    ]
    assert result.new_teams == ["ทีมใหม่"]
    people = _people(demo_file)
    assert {
        ("สมใจ ใหม่", "ท่าไร่", "อบต.", 1),
        ("มาลัย ศรีสุข", "ท่าไร่", "พอช.", 0),
        ("ประเสริฐ บุญมา", "ท่าไร่", "มรภ.", 1),
        ("ใหม่ ทั้งทีม", "ทีมใหม่", "", 1),
    } <= people


def test_the_same_roster_twice_changes_nothing(demo_file, tmp_path):
    roster = write_xlsx(tmp_path, "สมใจ ใหม่,ท่าไร่,อบต.,yes", header=HEADER)
    db = open_database(str(demo_file))
    import_roster(db, roster)
    db.dispose()
    before = _people(demo_file)
    db = open_database(str(demo_file))
    again = import_roster(db, roster)
    db.dispose()
    assert (again.added, again.updated, again.unchanged) == ([], [], 1)
    assert _people(demo_file) == before


def test_columns_in_any_order_and_the_ratings_file_word_for_name(tmp_path):
    roster = write_csv(tmp_path, "พช.,ท่าไร่,มาลัย ศรีสุข", header="agency,team,facilitator")
    (entry,) = read_roster(roster)
    assert (entry.name, entry.team, entry.agency, entry.active) == (
        "มาลัย ศรีสุข",
        "ท่าไร่",
        "พช.",
        None,
    )


@pytest.mark.parametrize(
    ("rows", "header", "expected"),
    [
        (["มาลัย,ท่าไร่,,maybe"], HEADER, 'row 2, column active: "maybe" is not yes or no'),
        ([",ท่าไร่,,"], HEADER, "row 2, column name: the person's name is empty"),
        (["มาลัย,,,"], HEADER, "row 2, column team: the team name is empty"),
        (["มาลัย,ท่าไร่,กศน.,1", "มาลัย,ท่าไร่,พช.,1"], HEADER, "row 3, column name: gives"),
        (["มาลัย,ท่าไร่"], "name,agency", "row 1, column team: the column is missing"),
        ([], HEADER, "has a header but nobody in it"),
    ],
)
def test_a_bad_roster_is_refused_whole(demo_file, tmp_path, rows, header, expected):
    roster = write_csv(tmp_path, *rows, header=header)
    before = database_bytes(demo_file)
    db = open_database(str(demo_file))
    with pytest.raises(FileRejected) as refused:
        import_roster(db, roster)
    db.dispose()
    assert expected in str(refused.value)
    assert database_bytes(demo_file) == before


def test_a_formula_in_a_roster_workbook_is_refused(demo_file, tmp_path):
    roster = write_xlsx(tmp_path, "=A1,ท่าไร่,,1", header=HEADER)
    db = open_database(str(demo_file))
    with pytest.raises(FileRejected, match="column name: holds a formula"):
        import_roster(db, roster)
    db.dispose()


def test_the_command_imports_a_roster_and_refuses_a_bad_one(run_kmdesk, demo_file, tmp_path):
    good = write_csv(tmp_path, "สมใจ ใหม่,ท่าไร่,อบต.,1", header=HEADER, name="good.csv")
    done = run_kmdesk("import", "--roster", str(good), db=demo_file)
    assert done.returncode == 0, done.stderr
    assert "added: 1," in done.stdout and "สมใจ ใหม่ (ท่าไร่)" in done.stdout
    bad = write_csv(tmp_path, "x,ท่าไร่,,perhaps", header=HEADER, name="bad.csv")
    before = database_bytes(demo_file)
    refused = run_kmdesk("import", "--roster", str(bad), db=demo_file)
    assert refused.returncode == 2
    assert "bad.csv row 2, column active" in refused.stderr
    assert "Nothing was imported" in refused.stderr and "Traceback" not in refused.stderr
    assert database_bytes(demo_file) == before
    both = run_kmdesk("import", str(good), "--roster", str(good), db=demo_file)
    assert both.returncode == 2 and "give one file" in both.stderr
