"""A file the app could not write, said in the window's language (not the system's English)."""

from __future__ import annotations

import errno

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The system's own words ("No space left on device") are English whatever the window's
# language; the usual causes get a sentence that also says what to do.
_FULL = QT_TRANSLATE_NOOP(
    "FileProblems", "{0}: the disk is full, so nothing was saved. Free some space and try again."
)
_DENIED = QT_TRANSLATE_NOOP("FileProblems", "{0}: you may not write there. Choose another folder.")
_WORDS = {
    errno.ENOSPC: _FULL,
    errno.EDQUOT: _FULL,
    errno.EACCES: _DENIED,
    errno.EPERM: _DENIED,
    errno.EROFS: QT_TRANSLATE_NOOP(
        "FileProblems", "{0}: that disk is read-only. Choose another folder."
    ),
    errno.ENOENT: QT_TRANSLATE_NOOP(
        "FileProblems", "{0}: that folder does not exist. Choose another one."
    ),
}


def file_problem(exc: OSError, path: object = None) -> str:
    """What went wrong writing ``path`` (else the error's own file name), in plain words."""
    where = str(exc.filename or path or "")
    known = _WORDS.get(exc.errno)
    if known is not None:
        said = QCoreApplication.translate("FileProblems", known).format(where)
    else:
        said = QCoreApplication.translate("FileProblems", "{0}: cannot be written ({1})").format(
            where, exc.strerror or exc
        )
    return said if where else said.removeprefix(": ")
