"""Unexpected errors: logged with the traceback for us, a short message for the user."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox

from kmdesk.paths import data_dir


def log_path():
    return data_dir() / "kmdesk.log"


def log_unexpected(exc_type, exc, tb) -> None:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("".join(traceback.format_exception(exc_type, exc, tb)))
    logging.getLogger("kmdesk").error("unexpected error: %s", exc)


def install_excepthook() -> None:
    """A bug shows a short message naming the log, never a traceback window or a silent crash."""

    def hook(exc_type, exc, tb):
        log_unexpected(exc_type, exc, tb)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                QApplication.translate("Errors", "kmdesk"),
                QApplication.translate(
                    "Errors",
                    "Something went wrong that kmdesk did not expect. Your ratings saved so far "
                    "are safe. The details are in:\n{0}",
                ).format(log_path()),
            )

    sys.excepthook = hook
