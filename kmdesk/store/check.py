"""``kmdesk db check``: SQLite's own checks, then the rules a kmdesk database always keeps."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from kmdesk.assess.people import name_key
from kmdesk.assess.scale import LEVELS
from kmdesk.store.sqlite import connect_raw

MAX_LISTED = 20


def _integrity(conn: sqlite3.Connection) -> list[str]:
    verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if verdict == ["ok"]:
        return []
    return [f"SQLite integrity check: {line}" for line in verdict[:MAX_LISTED]]


def _foreign_keys(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    return [f"{table} row {rowid} points at a missing {parent}" for table, rowid, parent, _ in rows]


def _levels(conn: sqlite3.Connection) -> list[str]:
    allowed = ",".join(str(level) for level in LEVELS)
    count = conn.execute(
        f"SELECT count(*) FROM rating WHERE level IS NOT NULL AND level NOT IN ({allowed})"
    ).fetchone()[0]
    return [f"{count} ratings have a level outside 1–5"] if count else []


def _indicators_in_round_version(conn: sqlite3.Connection) -> list[str]:
    count = conn.execute(
        "SELECT count(*) FROM rating r JOIN round o ON o.id = r.round_id "
        "JOIN indicator i ON i.id = r.indicator_id "
        "WHERE i.version_id != o.framework_version_id"
    ).fetchone()[0]
    if not count:
        return []
    return [f"{count} ratings use an indicator that is not in their round's framework version"]


def _same_names(conn: sqlite3.Connection) -> list[str]:
    teams: dict[tuple, list[str]] = defaultdict(list)
    query = (
        "SELECT t.name, f.name FROM facilitator f LEFT JOIN team t ON t.id = f.team_id "
        "ORDER BY t.name, f.name"
    )
    for team, person in conn.execute(query):
        teams[(team, name_key(person))].append(person)
    return [
        f"team {team or '(none)'} has {len(names)} people with the same name: {', '.join(names)}"
        for (team, _), names in teams.items()
        if len(names) > 1
    ]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _text_not_utf8(conn: sqlite3.Connection, tables: set[str]) -> list[str]:
    """Text that does not decode: damage inside a value, which integrity_check does not see.

    kmdesk writes only UTF-8, and reading such a value would stop the app, so each is named.
    """
    columns = [
        (table, row[1])
        for table in sorted(t for t in tables if not t.startswith("sqlite_"))
        for row in conn.execute(f"PRAGMA table_info({_quoted(table)})")
    ]
    problems = []
    conn.text_factory = bytes  # the values as stored, decoded here where a failure is counted
    try:
        for table, column in columns:
            query = (
                f"SELECT {_quoted(column)} FROM {_quoted(table)} "
                f"WHERE typeof({_quoted(column)}) = 'text'"
            )
            bad = 0
            for (value,) in conn.execute(query):
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError:
                    bad += 1
            if bad:
                problems.append(f"{table}.{column}: {bad} values are not UTF-8 text (damaged)")
    finally:
        conn.text_factory = str
    return problems


def check_file(path: Path) -> list[str]:
    """Every problem found in the file, in plain words; an empty list means it is sound.

    It reads through SQLite, read-only, so a damaged file is looked at but never changed.
    """
    conn = connect_raw(path, read_only=True)
    try:
        problems = _integrity(conn)
        if problems:
            return problems  # the rules below would read damaged pages
        problems += _foreign_keys(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        problems += _text_not_utf8(conn, tables)
        if problems:
            return problems
        if {"rating", "round", "indicator", "facilitator"} <= tables:
            problems += _levels(conn)
            problems += _indicators_in_round_version(conn)
            problems += _same_names(conn)
        return problems
    except sqlite3.DatabaseError as exc:
        # SQLite gave up part-way (a page too damaged to read even for the check itself)
        return [f"SQLite could not read the whole file ({exc})"]
    except UnicodeDecodeError:
        # integrity_check does not look inside text; kmdesk writes only UTF-8
        return ["the file holds text that is not UTF-8, so part of it is damaged"]
    finally:
        conn.close()
