"""Team files and the server: a PC's bundle goes into the shared server, and back out.

Through the real command, as the logins an office would use: a team lead merges their
team's bundle; a facilitator may not merge one holding teammates' ratings; a bundle
exported from the server by the lead carries their team only.
"""

from __future__ import annotations

import pytest

from kmdesk.store import repo
from kmdesk.store.db import open_database

pytest_plugins = ("tests.engines", "tests.server_support")
pytestmark = pytest.mark.pg


def test_a_teams_bundle_from_a_pc_goes_into_the_server_and_comes_back_out(
    network, run_kmdesk, tmp_path
):
    # The office hands the team's PC its records as a bundle from the server ...
    start = tmp_path / "start.kmdesk"
    done = run_kmdesk("--db", network.url_for("lead"), "bundle", "export", "--team", "บางจาก",
                      "-o", str(start))  # fmt: skip
    assert done.returncode == 0, done.stderr
    pc = tmp_path / "pc.db"
    assert run_kmdesk("db", "init", str(pc)).returncode == 0
    done = run_kmdesk("--db", str(pc), "bundle", "import", str(start))
    assert done.returncode == 0, done.stderr
    # ... the workshop rates on the PC, offline ...
    laptop = open_database(str(pc))
    rnd = network.round.id
    for who, level in (("malai", 5), ("somchai", 2)):
        repo.set_rating(laptop, network.people[who].id, rnd, "recorder", "S8.1", level, "เวที")
    laptop.dispose()
    back = tmp_path / "back.kmdesk"
    done = run_kmdesk("--db", str(pc), "bundle", "export", "--team", "บางจาก", "-o", str(back))
    assert done.returncode == 0, done.stderr

    # A facilitator may not bring in their teammates' ratings: refused whole, plainly.
    done = run_kmdesk("--db", network.url_for("malai"), "bundle", "import", str(back))
    assert done.returncode == 2
    assert "you may change only your own ratings" in done.stderr
    assert network.rating("somchai") == (3, "เดิม")
    # The team lead may, and a second time changes nothing.
    for _ in range(2):
        done = run_kmdesk("--db", network.url_for("lead"), "bundle", "import", str(back))
        assert done.returncode == 0, done.stderr
    assert network.rating("malai") == (5, "เวที")
    assert network.rating("somchai") == (2, "เวที")
    assert network.rating("other") == (3, "เดิม")

    # Out again from the server: the lead's team only; the other team is not theirs to see.
    out = tmp_path / "out.kmdesk"
    done = run_kmdesk("--db", network.url_for("lead"), "bundle", "export", "--all", "-o", str(out))
    assert done.returncode == 0, done.stderr
    copy = tmp_path / "copy.db"
    assert run_kmdesk("db", "init", str(copy)).returncode == 0
    assert run_kmdesk("--db", str(copy), "bundle", "import", str(out)).returncode == 0
    check = open_database(str(copy))
    with check.session() as session:
        teams = [t.name for t in repo.list_teams(session)]
        people = {p.name for p in repo.list_facilitators(session)}
    check.dispose()
    assert teams == ["บางจาก"]
    assert people == {"มาลัย ศรีสุข", "สมชาย ใจดี"}


def test_a_facilitators_bundle_carrying_a_deleted_round_still_merges(network, run_kmdesk, tmp_path):
    """Every bundle carries the rounds deleted on its PC; a facilitator merging their own
    ratings takes that list in too (a lead or the admin deletes rounds on the server)."""
    import datetime as dt

    from kmdesk.store import deletions, rounds

    start = tmp_path / "start.kmdesk"
    done = run_kmdesk("--db", network.url_for("lead"), "bundle", "export", "--team", "บางจาก",
                      "-o", str(start))  # fmt: skip
    assert done.returncode == 0, done.stderr
    pc = tmp_path / "pc.db"
    assert run_kmdesk("db", "init", str(pc)).returncode == 0
    assert run_kmdesk("--db", str(pc), "bundle", "import", str(start)).returncode == 0
    laptop = open_database(str(pc))
    trial = repo.add_round(laptop, "รอบลองเล่น", dt.date(2025, 9, 1))
    rounds.delete_round(laptop, trial.id)
    repo.set_rating(laptop, network.people["malai"].id, network.round.id, "recorder", "S8.1", 4)
    laptop.dispose()
    mine = tmp_path / "malai.kmdesk"
    done = run_kmdesk("--db", str(pc), "bundle", "export", "--person", "มาลัย ศรีสุข",
                      "-o", str(mine))  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = run_kmdesk("--db", network.url_for("malai"), "bundle", "import", str(mine))
    assert done.returncode == 0, done.stderr
    assert network.rating("malai") == (4, "เดิม")  # the note kept, the level from the PC
    server = open_database(network.url_for("lead"))
    with server.session() as session:
        assert [(d.uid, d.kind) for d in deletions.read_deletions(session)] == [(trial.id, "round")]
    server.dispose()
