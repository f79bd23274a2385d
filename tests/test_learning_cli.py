"""``kmdesk plan`` and ``kmdesk analyze --json`` run for real on the demo database."""

from __future__ import annotations

import hashlib
import json

THA_RAI = ["--team", "ท่าไร่"]
RECORDERS_R2 = [*THA_RAI, "--round", "รอบที่ 2", "--role", "recorder"]
RECORDERS_R3 = [*THA_RAI, "--round", "รอบที่ 3", "--role", "recorder"]
ANALYZE_KEYS = {
    "team", "round", "role", "settings", "members", "competencies", "river", "stairs", "pairs",
    "needs_outside_help",
}  # fmt: skip


def _json(done) -> dict:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _bytes(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_demo_shows_a_reviewed_action_and_the_learners_change(run_kmdesk, demo_file):
    plan = _json(run_kmdesk("plan", "list", *RECORDERS_R2, "--json", db=demo_file))
    assert plan["agreed"]["K3"]["level"] == 3
    # Round 2's K3 means: กาญจนา 2.0, ประเสริฐ 4.0, มาลัย 2.0, so the spread is 4 − 2 = 2.
    assert {"competency": "K3", "spread": 2.0, "threshold": 2.0} in plan["worth_a_conversation"]
    (action,) = plan["actions"]
    assert (action["learner"], action["supplier"]) == ("กาญจนา รักษ์ถิ่น", "ประเสริฐ บุญมา")
    assert action["status"] == "done" and action["review"]["why"]
    # Her K3 mean was 2.0 in round 2 and 3.0 in round 3: a change of +1.0.
    assert (action["before"], action["after"], action["change"]) == (2.0, 3.0, 1.0)
    assert action["next_round"] == "รอบที่ 3"


def test_add_done_review_and_agree_then_list(run_kmdesk, demo_file):
    done = run_kmdesk(
        "plan", "add", *RECORDERS_R3, "--competency", "s8", "--learner", "มาลัย",
        "--from", "ประเสริฐ", "--what", "ฝึกจดบันทึกเวทีประชาคม", "--due", "2569-01-31",
        db=demo_file,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (action,) = _json(run_kmdesk("plan", "list", *RECORDERS_R3, "--json", db=demo_file))["actions"]
    assert action["due"] == "2026-01-31"  # 2569 in the Buddhist Era
    assert (action["competency"], action["status"]) == ("S8", "planned")
    assert action["supplier"] == "ประเสริฐ บุญมา" and action["source"] == ""

    assert run_kmdesk("plan", "done", action["id"][:8], db=demo_file).returncode == 0
    review = run_kmdesk(
        "plan", "review", action["id"], "--expected", "จดครบทุกวาระ", "--happened", "จดได้ครึ่ง",
        "--why", "พูดเร็ว", "--next", "อัดเสียงช่วย", "--asset", "บันทึกเวที.docx", db=demo_file,
    )  # fmt: skip
    assert review.returncode == 0, review.stderr
    agree = run_kmdesk(
        "plan", "agree", *RECORDERS_R3, "--competency", "S8", "--level", "4",
        "--reason", "คุยกันแล้ว", db=demo_file,
    )  # fmt: skip
    assert agree.returncode == 0, agree.stderr

    plan = _json(run_kmdesk("plan", "list", *RECORDERS_R3, "--json", db=demo_file))
    (after,) = plan["actions"]
    assert after["status"] == "done"
    assert after["review"] == {
        "expected": "จดครบทุกวาระ",
        "happened": "จดได้ครึ่ง",
        "why": "พูดเร็ว",
        "next_time": "อัดเสียงช่วย",
    }
    assert after["asset"] == "บันทึกเวที.docx"
    assert plan["agreed"] == {"S8": {"level": 4, "reason": "คุยกันแล้ว"}}
    # The last round: no next round to show a change in.
    assert after["change"] is None and after["next_round"] is None

    dropped = run_kmdesk("plan", "done", action["id"], "--dropped", db=demo_file)
    assert dropped.returncode == 0, dropped.stderr
    (last,) = _json(run_kmdesk("plan", "list", *RECORDERS_R3, "--json", db=demo_file))["actions"]
    assert last["status"] == "dropped"
    text = run_kmdesk("plan", "list", *RECORDERS_R3, "--lang", "en", db=demo_file)
    assert text.returncode == 0, text.stderr
    assert "มาลัย ศรีสุข" in text.stdout and "31 Jan 2026" in text.stdout


def test_analyze_json_gains_the_plan_and_keeps_its_keys(run_kmdesk, demo_file):
    data = _json(run_kmdesk("analyze", *RECORDERS_R2, "--json", db=demo_file))
    assert set(data) == ANALYZE_KEYS | {"agreed", "worth_a_conversation", "actions"}
    assert data["agreed"]["K3"]["level"] == 3
    assert [a["learner"] for a in data["actions"]] == ["กาญจนา รักษ์ถิ่น"]
    worth = {w["competency"] for w in data["worth_a_conversation"]}
    # worth ⇔ highest − lowest of the river's scores ≥ 2
    by_river = {r["competency"] for r in data["river"] if r["max"] - r["min"] >= 2}
    assert worth == by_river and "K3" in worth


def test_bad_input_is_refused_plainly_and_nothing_changes(run_kmdesk, demo_file):
    before = _bytes(demo_file)
    add = ["plan", "add", *RECORDERS_R3, "--learner", "มาลัย", "--source", "คู่มือ"]
    for args, expected in (
        ([*add, "--competency", "Z8", "--what", "x"], "Z8"),
        ([*add, "--competency", "S8", "--what", "x", "--due", "2025-13-01"], "--due"),
        ([*add, "--competency", "S8", "--what", "ก" * 2001], "2,000"),
        (
            [
                "plan",
                "add",
                *RECORDERS_R3,
                "--competency",
                "S8",
                "--learner",
                "ไม่มีใคร",
                "--source",
                "x",
                "--what",
                "x",
            ],
            "ไม่มีใคร",
        ),
        (["plan", "done", "12345678"], "12345678"),
        (
            ["plan", "agree", *RECORDERS_R3, "--competency", "S8", "--level", "7", "--reason", "x"],
            "--level",
        ),
    ):
        done = run_kmdesk(*args, db=demo_file)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert expected in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    assert _bytes(demo_file) == before
