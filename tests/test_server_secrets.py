"""The password of a server login: where kmdesk finds it, and that it shows up nowhere.

Not in what a command prints, not in the log (data folder's kmdesk.log), not in the
database URL kmdesk keeps. (The settings file: test_server_dialog.py.)
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy.engine import make_url

from kmdesk.store import server_secrets
from kmdesk.store.db import open_database
from kmdesk.store.server_errors import LoginRefused, PasswordNeeded

pytest_plugins = ("tests.engines", "tests.server_support")
pytestmark = pytest.mark.pg


def _nowhere(password: str, done, tmp_path) -> None:
    log = tmp_path / "userdata" / "kmdesk.log"
    shown = done.stdout + done.stderr + (log.read_text(encoding="utf-8") if log.exists() else "")
    assert password not in shown
    assert password.encode("utf-8").hex() not in shown


def test_a_password_given_in_the_url_is_never_printed_or_logged(network, run_kmdesk, tmp_path):
    url = network.url_for("malai")
    exported = tmp_path / "mine.csv"
    done = run_kmdesk("--db", url, "export", str(exported))
    assert done.returncode == 0, done.stderr
    _nowhere(network.password, done, tmp_path)
    done = run_kmdesk("--db", url, "db", "users")  # a login sees its own row
    assert done.returncode == 0 and network.logins["malai"] in done.stdout
    _nowhere(network.password, done, tmp_path)
    for args in (("db", "check"), ("db", "add-user", "x_y", "--as", "admin")):
        done = run_kmdesk("--db", url, *args)
        assert done.returncode == 2
        _nowhere(network.password, done, tmp_path)
    wrong = network.url_for("malai", password="ผิด-" + network.password)
    done = run_kmdesk("--db", wrong, "export", str(tmp_path / "no.csv"))
    assert done.returncode == 2 and "refused the password" in done.stderr
    _nowhere(network.password, done, tmp_path)
    assert (tmp_path / "userdata" / "kmdesk.log").exists()  # the refusals were logged, by kind


def test_without_a_password_the_server_asks_for_one_plainly(network, run_kmdesk, tmp_path):
    done = run_kmdesk("--db", network.url_for("malai", password=None), "db", "users")
    assert done.returncode == 2
    assert "the server wants a password for " + network.logins["malai"] in done.stderr
    with pytest.raises(PasswordNeeded):
        open_database(network.url_for("somchai", password=None))


def test_libpq_finds_the_password_in_pgpass(network, run_kmdesk, tmp_path):
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{network.logins['lead']}:{network.password}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    done = run_kmdesk(
        "--db", network.url_for("lead", password=None), "db", "users",
        env={"PGPASSFILE": str(pgpass)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert network.logins["lead"] in done.stdout
    _nowhere(network.password, done, tmp_path)


def test_the_url_kmdesk_keeps_has_no_password_and_a_wrong_one_is_refused(network, monkeypatch):
    monkeypatch.setattr(server_secrets, "_held", {})
    database = open_database(network.url_for("malai"))
    try:
        assert make_url(database.url).password is None
        assert network.password not in database.url + database.location + repr(database.engine)
    finally:
        database.dispose()
    monkeypatch.setattr(server_secrets, "_held", {})
    with pytest.raises(LoginRefused, match="refused the password") as refused:
        open_database(network.url_for("malai", password="not it"))
    assert "not it" not in str(refused.value)


def test_add_user_reads_the_password_from_standard_input_and_never_shows_it(
    network, pg_url, tmp_path
):
    import subprocess
    import sys

    new_password = "รหัส-ใหม่-9Zx"
    login = network.logins["admin"] + "_2"
    env = {**os.environ, "KMDESK_DATA_DIR": str(tmp_path / "userdata"), "PYTHONIOENCODING": "utf-8"}
    args = [sys.executable, "-m", "kmdesk", "--db", pg_url, "db", "add-user", login,
            "--person", "ปรีดา ต่างทีม", "--team", "ท่าไร่", "--as", "facilitator"]  # fmt: skip
    done = subprocess.run(
        args, input=new_password + "\n", capture_output=True, text=True, env=env, timeout=120
    )
    try:
        assert done.returncode == 0, done.stderr
        assert f"{login}: facilitator (ปรีดา ต่างทีม, team ท่าไร่)" in done.stdout
        _nowhere(new_password, done, tmp_path)
        network.logins["new"] = login
        database = open_database(network.url_for("new", password=new_password))
        database.dispose()
    finally:
        network.logins["new"] = login  # dropped with the others
