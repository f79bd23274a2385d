"""The peer of `kmdesk analyze --json`: a plain script giving the river in one SQL statement."""

# python bench/bare_river.py DB TEAM ROUND_NUMBER ROLE  (ROUND_NUMBER counts in date order)
# It prints what a team needs from analyze's river: per competency, in framework order, the
# lowest, mean and highest of the members' means, and each member's mean. Standard library
# only, so its start costs what any Python script's does.

import json
import sqlite3
import sys

RIVER = """
WITH scores AS (
    SELECT f.name AS name, i.competency_code AS code, AVG(r.level) AS score
    FROM rating AS r
    JOIN facilitator AS f ON f.id = r.facilitator_id
    JOIN indicator AS i ON i.id = r.indicator_id
    WHERE f.team_id = (SELECT id FROM team WHERE name = ?)
      AND r.round_id = (SELECT id FROM round ORDER BY held_on, id LIMIT 1 OFFSET ?)
      AND r.role = ?
      AND r.level IS NOT NULL
    GROUP BY f.id, i.competency_code
)
SELECT s.code, MIN(s.score), AVG(s.score), MAX(s.score),
       json_group_array(json_object('name', s.name, 'score', s.score))
FROM scores AS s JOIN competency AS c ON c.code = s.code
GROUP BY s.code
ORDER BY c.position
"""


def main(argv: list[str]) -> int:
    db, team, number, role = argv
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(RIVER, (team, int(number) - 1, role)).fetchall()
    conn.close()
    river = [
        {"competency": code, "min": lo, "mean": mean, "max": hi, "scores": json.loads(scores)}
        for code, lo, mean, hi, scores in rows
    ]
    print(json.dumps({"team": team, "role": role, "river": river}, ensure_ascii=False))
    return 0 if river else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
