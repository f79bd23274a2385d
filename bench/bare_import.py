"""The peer of `kmdesk import`: csv.reader and one executemany into a bare table, in one go."""

# python bench/bare_import.py DB FILE.csv  (DB must not exist yet)
# Standard library only. The table is line 1's: nine TEXT columns, no index, WAL as kmdesk.

import csv
import sqlite3
import sys

TABLE = (
    "CREATE TABLE rating_row (facilitator TEXT, team TEXT, agency TEXT, round TEXT, "
    "round_date TEXT, role TEXT, indicator TEXT, level TEXT, evidence TEXT)"
)


def main(argv: list[str]) -> int:
    db, path = argv
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(TABLE)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO rating_row VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", reader)
        conn.execute("COMMIT")
    count = conn.execute("SELECT count(*) FROM rating_row").fetchone()[0]
    conn.close()
    print(f"{count} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
