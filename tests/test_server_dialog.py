"""File → Open server…: the password asked once, kept in the keyring, never in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from kmdesk.store import server_secrets
from kmdesk.store.server_errors import PasswordNeeded
from kmdesk.ui.common.settings import Settings
from kmdesk.ui.shell.server_dialog import LAST_SERVER, ServerDialog

keyring = pytest.importorskip("keyring", reason="keyring is in the postgres extra")
pytest_plugins = ("tests.engines", "tests.server_support")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The OS keyring, for a test: a dict."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    monkeypatch.setattr(server_secrets, "_held", {})
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def settings(tmp_path):
    store = QSettings(str(tmp_path / "kmdesk.ini"), QSettings.Format.IniFormat)
    return Settings(store)


def _fill(dialog, host, port, database, login, password=""):
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database_name.setText(database)
    dialog.login.setText(login)
    dialog.password.setText(password)


def test_the_password_goes_to_the_keyring_once_and_never_into_the_settings(
    qtbot, network, memory_keyring, settings, tmp_path
):
    from sqlalchemy.engine import make_url

    from kmdesk.store import repo

    real = make_url(network.url)
    host = real.query.get("host") or real.host
    login = network.logins["malai"]
    dialog = ServerDialog(None, settings)
    qtbot.addWidget(dialog)
    _fill(dialog, "", real.port or 5432, network.name, login)
    dialog.accept()
    assert dialog.problem.text() == "Please fill in the server."
    _fill(dialog, host, real.port or 5432, network.name, login, "wrong password")
    dialog.accept()
    assert "refused the password" in dialog.problem.text()
    assert memory_keyring.kept == {}  # a refused password is not kept
    _fill(dialog, host, real.port or 5432, network.name, login, network.password)
    dialog.accept()
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    database = dialog.database
    try:
        with database.session() as session:
            assert [t.name for t in repo.list_teams(session)] == ["บางจาก"]
        assert network.password not in database.url
    finally:
        database.dispose()
    assert list(memory_keyring.kept.values()) == [network.password]
    settings.sync()
    written = (tmp_path / "kmdesk.ini").read_bytes()
    assert login.encode() in written
    assert network.password.encode() not in written
    assert network.password.encode("utf-8").hex().encode() not in written.lower()
    assert network.password not in dialog.problem.text() + dialog.password.text()

    # Next time the fields are filled in and the keyring answers: no password asked.
    server_secrets._held.clear()
    again = ServerDialog(None, settings)
    qtbot.addWidget(again)
    assert (again.login.text(), again.database_name.text()) == (login, network.name)
    again.accept()
    assert again.result() == ServerDialog.DialogCode.Accepted
    again.database.dispose()


def test_a_server_that_wants_a_password_says_so_and_keeps_the_dialog_open(
    qtbot, memory_keyring, settings
):
    def opener(url):
        raise PasswordNeeded(url, "the server wants a password for malai")

    dialog = ServerDialog(None, settings, opener)
    qtbot.addWidget(dialog)
    _fill(dialog, "server.office.local", 5432, "kmdesk", "malai")
    dialog.accept()
    assert dialog.problem.text() == "The server wants a password: please type it."
    assert dialog.result() != ServerDialog.DialogCode.Accepted
    assert dialog.url() == "postgresql+psycopg://malai@server.office.local:5432/kmdesk"
    assert settings.text(LAST_SERVER) == ""


def test_a_kmdesk_without_the_server_driver_says_so_in_the_window(
    qtbot, memory_keyring, settings, monkeypatch
):
    # Stand-in for the office bundle, which leaves psycopg out: the import fails as there.
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)
    dialog = ServerDialog(None, settings)  # the real opener
    qtbot.addWidget(dialog)
    _fill(dialog, "server.office.local", 5432, "kmdesk", "malai")
    dialog.accept()
    assert dialog.problem.text() == (
        "This kmdesk opens database files only. A shared server needs kmdesk installed "
        "with its PostgreSQL driver; please ask whoever supports kmdesk."
    )
    assert dialog.result() != ServerDialog.DialogCode.Accepted
    assert settings.text(LAST_SERVER) == ""
