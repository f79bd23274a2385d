"""File → Open server…: a shared PostgreSQL server's address, the database and the login.

The password is asked here once and kept in the operating system's keyring (Windows
Credential Manager, macOS Keychain, the Secret Service on Linux), never in the settings:
the settings keep the URL without it. A server that needs no password from kmdesk
(``.pgpass``, a service file) opens with the field left empty.

Entry point: ``ServerDialog.ask(parent, settings)`` returns the open ``Database`` or None.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kmdesk.store import server_secrets
from kmdesk.store.db import Database, open_database
from kmdesk.store.errors import DatabaseProblem, StoreError
from kmdesk.store.server_errors import LoginRefused
from kmdesk.ui.common.database_words import explain
from kmdesk.ui.common.settings import LAST_SERVER, Settings

APP_BUSY_MS = 2000  # as the app's own database: a save waits briefly, then is retried
PLACEHOLDER_MARGIN_PX = 24  # a line edit's frame and text margins, both sides


def _open(url: str) -> Database:
    return open_database(url, busy_ms=APP_BUSY_MS)


class ServerDialog(QDialog):
    """The server's fields, a password asked once, and the problem in plain words if any."""

    def __init__(
        self,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        opener: Callable[[str], Database] = _open,
    ):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.opener = opener
        self.database: Database | None = None
        self.setWindowTitle(self.tr("Open a shared server"))
        last = server_secrets.url_parts(self.settings.text(LAST_SERVER))
        self.host = QLineEdit(last["host"])
        self.host.setPlaceholderText(self.tr("e.g. server.office.local or 192.168.1.20"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(last["port"]))
        self.database_name = QLineEdit(last["database"] or "kmdesk")
        self.login = QLineEdit(last["login"])
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty if this computer already knows it"))
        self.keep = QCheckBox(self.tr("Keep the password in this computer's keyring"))
        self.keep.setChecked(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()

        # the hints stay whole in either language (the English one lost its last letters)
        for field in (self.host, self.password):
            hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
            field.setMinimumWidth(hint + PLACEHOLDER_MARGIN_PX)

        # labelled like the other forms: a colon and a key to jump to each field
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database_name)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.keep)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        (self.password if last["login"] else self.host).setFocus()

    def url(self) -> str:
        """The server URL from the fields: never with the password."""
        return server_secrets.server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database_name.text().strip(),
            self.login.text().strip(),
        )

    def missing(self) -> str | None:
        """What must still be filled in, as a sentence; None when all is there."""
        for field, name in (
            (self.host, self.tr("the server")),
            (self.database_name, self.tr("the database")),
            (self.login, self.tr("your login")),
        ):
            if not field.text().strip():
                return self.tr("Please fill in {0}.").format(name)
        return None

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        """Try the server; stay open with the reason if it cannot be opened."""
        missing = self.missing()
        if missing:
            self.say(missing)
            return
        url = self.url()
        typed = self.password.text()
        if typed:
            if self.keep.isChecked():
                server_secrets.remember(url, typed)
            else:
                server_secrets.hold(url, typed)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.database = self.opener(url)
        except LoginRefused as exc:
            server_secrets.forget(url)  # a refused password is not kept for next time
            self.password.setFocus()
            self.say(explain(exc))
            return
        except DatabaseProblem as exc:
            self.say(explain(exc))
            return
        except StoreError as exc:
            self.say(getattr(exc, "message", None) or str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.password.clear()
        self.settings.set_text(LAST_SERVER, url)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None, settings: Settings | None = None):
        """Show the dialog; the open Database, or None if the user gave up."""
        dialog = cls(parent, settings)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.database
        return None
