"""A kmdesk without the PostgreSQL driver (the office program) says so for a server URL."""

from __future__ import annotations


def test_a_server_url_without_the_driver_is_a_plain_refusal(run_kmdesk, tmp_path):
    # Stand-in for what we can't have in this venv: a kmdesk installed without psycopg (the
    # frozen office bundle leaves it out). A package of that name that fails to import
    # makes SQLAlchemy meet exactly the ImportError a missing driver gives.
    hidden = tmp_path / "no_driver"
    (hidden / "psycopg").mkdir(parents=True)
    (hidden / "psycopg" / "__init__.py").write_text("raise ImportError('no psycopg here')\n")
    url = "postgresql+psycopg://lead@127.0.0.1:1/kmdesk"
    done = run_kmdesk(
        "--lang", "en", "analyze", "--db", url, "--team", "a", "--round", "1", "--role",
        "recorder", env={"PYTHONPATH": str(hidden)},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "opens database files only" in done.stderr
    assert "pip install kmdesk[postgres]" in done.stderr
    thai = run_kmdesk(
        "--lang", "th", "analyze", "--db", url, "--team", "a", "--round", "1", "--role",
        "recorder", env={"PYTHONPATH": str(hidden)},
    )  # fmt: skip
    assert thai.returncode == 2, thai.stderr
    assert "เฉพาะไฟล์ฐานข้อมูล" in thai.stderr
