"""A child process for the concurrency tests: saves ratings through kmdesk's own store code.

``python -m tests.store_worker save DB START`` saves rating number START, START+1, …
(each to its own person, round, role and indicator) and prints each number once committed.
``python -m tests.store_worker read DB`` opens, counts and closes the database in a loop.
``python -m tests.store_worker same DB N`` saves N ratings of one person, flipping levels.
"""

from __future__ import annotations

import sys

from kmdesk.store import repo
from kmdesk.store.db import open_database

INDICATORS = ("K1.1", "K2.1", "K3.1", "S1.1", "S2.1", "S3.1", "S4.1", "S5.1", "S6.1")
ROLES = ("coordinator", "process_lead", "recorder")


def keys(database) -> list[tuple[str, str, str, str]]:
    """Every (person, round, role, indicator) in the test rounds, in one fixed order."""
    with database.session() as session:
        people = [p.id for p in repo.list_facilitators(session)]
        rounds = [r.id for r in repo.list_rounds(session) if r.title.startswith("kill")]
    return [
        (person, rnd, role, code)
        for rnd in rounds
        for person in people
        for role in ROLES
        for code in INDICATORS
    ]


def level_of(number: int) -> int:
    return 1 + number % 5


def save(path: str, start: int) -> None:
    database = open_database(path)
    every = keys(database)
    print("ready", flush=True)
    for number in range(start, len(every)):
        person, rnd, role, code = every[number]
        repo.set_rating(database, person, rnd, role, code, level_of(number), f"n{number}")
        print(number, flush=True)


def read(path: str) -> None:
    while True:
        database = open_database(path)
        with database.session() as session:
            repo.rating_count(session)
        database.dispose()


def same(path: str, count: int) -> None:
    database = open_database(path)
    with database.session() as session:
        person = repo.list_facilitators(session)[0]
        rnd = repo.list_rounds(session)[-1]
    refused = 0
    for i in range(count):
        try:
            repo.set_rating(database, person.id, rnd.id, "recorder", "S8.1", 1 + i % 5)
        except Exception as exc:  # counted, not hidden: the test asserts there are none
            refused += 1
            print("refused", type(exc).__name__, exc, file=sys.stderr)
    database.dispose()
    print("refused", refused)


if __name__ == "__main__":
    action, db = sys.argv[1], sys.argv[2]
    if action == "save":
        save(db, int(sys.argv[3]))
    elif action == "read":
        read(db)
    else:
        same(db, int(sys.argv[3]))
