"""Deleting a round: a backup first, its ratings with it, nothing deleted when it cannot be."""

from __future__ import annotations

import uuid

import pytest

from kmdesk.store import repo
from kmdesk.store.backup import list_backups
from kmdesk.store.db import open_database
from kmdesk.store.errors import StoreError
from kmdesk.store.rounds import delete_round, round_contents


def rounds_and_ratings(database):
    with database.session() as session:
        return [r.title for r in repo.list_rounds(session)], repo.rating_count(session)


def round_titled(database, title):
    with database.session() as session:
        return next(r for r in repo.list_rounds(session) if r.title == title)


def test_a_round_is_deleted_with_its_ratings_after_a_backup_that_still_holds_it(demo_db, db_path):
    titles, ratings = rounds_and_ratings(demo_db)
    third = round_titled(demo_db, "รอบที่ 3")
    with demo_db.session() as session:
        contents = round_contents(session, third.id)
    assert contents.title == "รอบที่ 3"
    assert contents.people == 9  # every demo facilitator rated in the third round
    assert 0 < contents.ratings < ratings
    assert list_backups(db_path) == []

    deleted = delete_round(demo_db, third.id)

    assert (deleted.title, deleted.ratings) == ("รอบที่ 3", contents.ratings)
    assert rounds_and_ratings(demo_db) == (
        [t for t in titles if t != "รอบที่ 3"],
        ratings - contents.ratings,
    )
    (backup,) = list_backups(db_path)
    assert backup.path == deleted.backup
    assert backup.reason == "manual"
    assert (backup.rounds, backup.ratings) == (len(titles), ratings)


def test_deleting_a_round_counts_and_takes_its_learning_plan(demo_db):
    # The demo's second round holds one agreed level (K3) and one learning action.
    second = round_titled(demo_db, "รอบที่ 2")
    with demo_db.session() as session:
        assert round_contents(session, second.id).plans == 2
        assert round_contents(session, round_titled(demo_db, "รอบที่ 3").id).plans == 0
    delete_round(demo_db, second.id)
    from kmdesk.store import learning

    assert learning.actions(demo_db) == []


def test_a_round_nobody_rated_in_is_deleted_too(demo_db):
    empty = repo.add_round(demo_db, "รอบที่ 4", round_titled(demo_db, "รอบที่ 3").date)
    with demo_db.session() as session:
        assert round_contents(session, empty.id).ratings == 0
    assert delete_round(demo_db, empty.id).ratings == 0
    assert "รอบที่ 4" not in rounds_and_ratings(demo_db)[0]


def test_a_round_already_gone_is_not_found_and_makes_no_backup(demo_db, db_path):
    with pytest.raises(repo.NotFound):
        delete_round(demo_db, str(uuid.uuid4()))
    assert list_backups(db_path) == []


def test_a_read_only_database_deletes_nothing(demo_db, db_path):
    before = rounds_and_ratings(demo_db)
    first = round_titled(demo_db, "รอบที่ 1")
    demo_db.dispose()
    viewer = open_database(str(db_path), read_only=True)
    try:
        with pytest.raises(StoreError):
            delete_round(viewer, first.id)
        assert rounds_and_ratings(viewer) == before
    finally:
        viewer.dispose()
