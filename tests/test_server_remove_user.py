"""``kmdesk db remove-user``: a login's rights, its row and the login itself go; the last admin
and roles kmdesk did not make stay. On the real PostgreSQL the tests start."""

from __future__ import annotations

import psycopg
import pytest

from kmdesk.store.db import open_database
from kmdesk.store.server_errors import NotAllowed
from kmdesk.store.server_users import UserProblem, list_users, remove_user

pytest_plugins = ("tests.engines", "tests.server_support")
pytestmark = pytest.mark.pg


def _roles(network, *logins: str) -> set[str]:
    rows = network.admin_sql(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (list(logins),)
    )
    return {r[0] for r in rows}


def test_a_removed_login_can_no_longer_log_in(network, pg_url):
    login = network.logins["malai"]
    setup = open_database(pg_url)
    try:
        user, dropped = remove_user(setup, login)
        listed = {u.login for u in list_users(setup)}
    finally:
        setup.dispose()
    assert (user.login, user.kind, user.person, user.team) == (
        login,
        "facilitator",
        "มาลัย ศรีสุข",
        "บางจาก",
    )
    assert dropped
    assert login not in listed and network.logins["somchai"] in listed
    assert _roles(network, login) == set()
    with pytest.raises(psycopg.OperationalError):
        network.connect_as("malai").close()
    # her ratings are the team's record: they stay
    assert network.rating("malai") == (3, "เดิม")


def test_the_last_admin_and_other_roles_are_never_removed(network, pg_url):
    admin = network.logins["admin"]
    setup = open_database(pg_url)
    try:
        with pytest.raises(UserProblem, match="is the last admin login"):
            remove_user(setup, admin)
        with pytest.raises(UserProblem, match="is not a kmdesk login here"):
            remove_user(setup, "postgres")
        with pytest.raises(UserProblem, match="cannot be a login"):
            remove_user(setup, "Robert'); DROP TABLE rating;--")
        listed = {u.login for u in list_users(setup)}
    finally:
        setup.dispose()
    assert admin in listed
    assert _roles(network, admin, "postgres") == {admin, "postgres"}
    with network.connect_as("admin") as conn:  # the admin still logs in
        assert conn.execute("SELECT current_user").fetchone() == (admin,)


def test_only_the_setup_account_removes_logins(network):
    database = network.open_as("lead")
    try:
        with pytest.raises(NotAllowed, match="setup account"):
            remove_user(database, network.logins["malai"])
    finally:
        database.dispose()
    assert _roles(network, network.logins["malai"]) == {network.logins["malai"]}


def test_the_command_says_it_plainly_in_thai(network, pg_url, run_kmdesk):
    admin, lead = network.logins["admin"], network.logins["lead"]
    done = run_kmdesk("--db", pg_url, "db", "remove-user", admin, "--lang", "th")
    assert done.returncode == 2, done.stderr
    assert f"kmdesk: {admin} เป็นชื่อผู้ใช้ผู้ดูแลเครือข่ายคนสุดท้าย" in done.stderr
    assert "จึงไม่ได้เปลี่ยนแปลงอะไร" in done.stderr
    done = run_kmdesk("--db", pg_url, "db", "remove-user", lead)
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.strip()
        == f"Removed {lead}: lead (team บางจาก): its rights in kmdesk and the login"
    )
    assert _roles(network, lead) == set()
    done = run_kmdesk("--db", pg_url, "db", "remove-user", lead)
    assert done.returncode == 2
    assert f"{lead} is not a kmdesk login here" in done.stderr
