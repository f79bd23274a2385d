"""The log file: where it is, and one set-up that every entry point shares.

What goes in: the kind of each refused input or failed operation, and the traceback of
every bug. What never goes in: notes, names, SQL parameters or passwords (engines are made
with ``hide_parameters``, and refusals are logged by kind, not by their message).
"""

from __future__ import annotations

import logging
from pathlib import Path

from kmdesk.paths import data_dir

log = logging.getLogger("kmdesk")


def log_path() -> Path:
    return data_dir() / "kmdesk.log"


def start_logging() -> Path:
    """Send kmdesk's log lines to the log file (made only when a first line is written)."""
    path = log_path()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def refused(where: str, exc: BaseException) -> None:
    """A "world is wrong" line: the kind of refusal only, since its message may name people."""
    log.info("%s refused: %s", where, type(exc).__name__)
