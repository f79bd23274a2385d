"""Shared fixtures: an isolated data folder, real SQLite files, a real PostgreSQL, and lanes."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

# The db, engine_name, pg_url and pg_server_url fixtures: both engines (tests/engines.py).
pytest_plugins = ["tests.engines"]

# Qt runs offscreen in tests, whatever the machine has.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KMDESK_DATABASE_URL", None)

GUI_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_collection_modifyitems(items):
    """Mark tests by what they use, so ``-m "not gui and not pg and not slow"`` is the fast lane."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & GUI_FIXTURES:
            item.add_marker(pytest.mark.gui)
        if "pg_url" in fixtures:
            item.add_marker(pytest.mark.pg)
        if "run_kmdesk" in fixtures:
            item.add_marker(pytest.mark.slow)


_QT_APP = []  # the run's one QApplication, kept alive


def pytest_runtest_setup(item):
    # One QApplication for the whole run, made before any test can make a bare
    # QGuiApplication (a report written in this process makes one, as the command does):
    # Qt allows one application object, so a widget test after such a report aborted the
    # whole run ("Cannot create a QWidget without QApplication") whatever the order.
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _QT_APP.append(QApplication([]))


def pytest_generate_tests(metafunc):
    """Store tests that take ``db`` run on SQLite and on PostgreSQL (tests/engines.py)."""
    from tests import engines

    engines.parametrize(metafunc)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory, monkeypatch):
    """Each test gets its own user data folder, so no test touches a real user's files."""
    monkeypatch.setenv("KMDESK_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    # Nor the app's settings on Linux: a command a test starts reads its language there.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def _language_back_to_start():
    """A test that switches language must not leave its translator to the next test."""
    yield
    i18n = sys.modules.get("kmdesk.ui.common.i18n")
    if i18n is not None:
        i18n.reset()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "kmdesk.db"


def new_database_file(path: Path) -> Path:
    """An empty kmdesk database at ``path``, as ``kmdesk db init PATH`` makes it."""
    from kmdesk.store.db import open_database

    open_database(str(path), create=True).dispose()
    return path


@pytest.fixture
def demo_db(db):
    from kmdesk.exchange.demo import load_demo

    load_demo(db)
    return db


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """One demo database built once per run, copied for each test that needs it."""
    from kmdesk.exchange.demo import load_demo
    from kmdesk.store.db import open_database

    path = tmp_path_factory.mktemp("template") / "demo.db"
    database = open_database(str(path), create=True)
    load_demo(database)
    database.dispose()
    return path


@pytest.fixture
def demo_file(demo_template, tmp_path):
    """A private copy of the demo database file."""
    path = tmp_path / "kmdesk.db"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def read_only_folder(tmp_path):
    """Copies a database into a folder nobody may write to, and returns the copy's path.

    Root writes through file modes, so as root (as in CI) the folder is a small tmpfs
    remounted read-only; elsewhere the folder and file lose their write bits.
    """
    import subprocess

    folder = tmp_path / "read-only"
    folder.mkdir()
    mounted = False

    def make(source: Path) -> Path:
        nonlocal mounted
        target = folder / source.name
        if os.geteuid() == 0:
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", folder], check=True)
            mounted = True
            shutil.copy(source, target)
            subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
        else:
            shutil.copy(source, target)
            target.chmod(0o444)
            folder.chmod(0o555)
        return target

    yield make
    if mounted:
        subprocess.run(["umount", folder], check=False)
    else:
        folder.chmod(0o755)


@pytest.fixture(scope="session")
def _pg_server(tmp_path_factory):
    pgserver = pytest.importorskip("pgserver", reason="pgserver is in the test extra")
    server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield server
    server.cleanup()


@pytest.fixture
def run_kmdesk(tmp_path):
    """Run the real command in a subprocess, as a user would; returns CompletedProcess."""
    import subprocess

    def run(*args: str, db: Path | None = None, env: dict | None = None):
        full_env = {
            **os.environ,
            "PYTHONIOENCODING": "utf-8",
            "KMDESK_DATA_DIR": str(tmp_path / "userdata"),
            # The command speaks the app's language, else the locale's: neither the real
            # user's settings nor this machine's locale may choose it for a test.
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "LANG": "C.UTF-8",
        }
        for name in ("KMDESK_DATABASE_URL", "LC_ALL", "LC_MESSAGES"):
            full_env.pop(name, None)
        full_env.update(env or {})
        cmd = [sys.executable, "-m", "kmdesk", *args]
        if db is not None:
            cmd += ["--db", str(db)]
        return subprocess.run(
            cmd, capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=120
        )

    return run
