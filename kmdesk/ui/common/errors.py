"""Errors in the app: a bug is logged with its traceback, the world's problems get plain words."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kmdesk.logs import log_path, refused, start_logging
from kmdesk.store import errors as store
from kmdesk.store import server_errors as server
from kmdesk.wording import QT_TRANSLATE_NOOP

log = logging.getLogger("kmdesk.ui")


def log_unexpected(exc_type, exc, tb) -> None:
    """A bug: its traceback goes to the log file for whoever supports kmdesk."""
    start_logging()
    log.error("unexpected error", exc_info=(exc_type, exc, tb))


# The world's problems in plain words, most particular first (marked for lupdate).
PLAIN = (
    (
        server.NoteRefused,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This note cannot be kept: kmdesk keeps notes of up to 2,000 characters of "
            "readable text (tabs and line breaks are fine). Nothing was saved.",
        ),
    ),
    (
        server.NotAllowed,
        QT_TRANSLATE_NOOP(
            "Errors",
            "You may change only your own ratings (the server decides who may change what). "
            "Nothing was saved.",
        ),
    ),
    (
        server.ConnectionLost,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The connection to the server was lost, so this was not saved yet. Nothing is "
            "lost: kmdesk keeps your change and saves it when the server answers again.",
        ),
    ),
    (
        server.Conflict,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this rating while you were working on it, so yours was not "
            "saved. Look at both answers and choose which one to keep.",
        ),
    ),
    (
        server.ConcurrentEdit,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else was saving the same thing at the same moment, so nothing was saved. "
            "Try again.",
        ),
    ),
    (
        store.DiskFull,
        QT_TRANSLATE_NOOP(
            "Errors", "The disk is full, so nothing was saved. Free some space and try again."
        ),
    ),
    (
        store.DatabaseBusy,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another program (perhaps another kmdesk) kept the database busy, so nothing was "
            "saved. Try again in a moment.",
        ),
    ),
    (
        store.ReadOnlyDatabase,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database cannot be written (the file, its folder or the disk is read-only), "
            "so nothing was changed.",
        ),
    ),
    (
        store.DiskProblem,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk refused to read or write the database (was it removed, or is it "
            "failing?). Nothing was saved.",
        ),
    ),
    (
        store.BackupProblem,
        QT_TRANSLATE_NOOP("Errors", "The backup could not be made or put back:\n{0}"),
    ),
)


def plain_message(exc: store.StoreError) -> str:
    """What a "world is wrong" error means for the user, in their language."""
    if isinstance(exc, store.DatabaseProblem):
        from kmdesk.ui.common.database_words import explain

        return explain(exc)
    for kind, text in PLAIN:
        if isinstance(exc, kind):
            return QApplication.translate("Errors", text).format(exc)
    return str(exc)


def show_problem(parent: QWidget | None, where: str, exc: store.StoreError) -> None:
    """Say plainly what went wrong, and log its kind (never its words, which may name people)."""
    refused(where, exc)
    QMessageBox.warning(parent, QApplication.translate("Errors", "kmdesk"), plain_message(exc))


_pending: list[tuple[str, object]] = []  # the message waiting to be shown, at most one


def _show_pending() -> None:
    while _pending:
        kind, what = _pending[0]
        if kind == "store":
            show_problem(None, "app", what)
        else:
            QMessageBox.critical(
                None,
                QApplication.translate("Errors", "kmdesk"),
                QApplication.translate(
                    "Errors",
                    "Something went wrong that kmdesk did not expect. Your ratings saved so far "
                    "are safe. The details are in:\n{0}",
                ).format(what),
            )
        _pending.pop(0)


def install_excepthook() -> None:
    """A bug shows a short message naming the log, never a traceback window or a silent crash.

    A store error that reaches here (a page that does not catch it) is the world being
    wrong, not a bug: it gets the same plain words as everywhere else.

    The message is shown from the event loop, not inside the hook: an error raised in a paint
    or an event filter would otherwise open a modal box inside that handler, which crashed the
    process. One message at a time: an error that repeats on every paint is logged each time
    but does not stack boxes.
    """

    def hook(exc_type, exc, tb):
        app = QApplication.instance()
        if app is not None and isinstance(exc, store.StoreError):
            message = ("store", exc)
        else:
            log_unexpected(exc_type, exc, tb)
            message = ("bug", log_path())
        if app is None or _pending:
            return
        _pending.append(message)
        QTimer.singleShot(0, _show_pending)

    sys.excepthook = hook


__all__ = ["install_excepthook", "log_path", "log_unexpected", "plain_message", "show_problem"]
