"""This PC's id, made once per user and kept in the data folder, so changes name their PC."""

from __future__ import annotations

import functools
import uuid

from kmdesk.paths import data_dir


@functools.cache
def pc_id() -> str:
    """A random UUID for this user on this PC (not a hardware id: it tells nothing about them)."""
    path = data_dir() / "pc-id"
    try:
        text = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(text))
    except (OSError, ValueError):
        pass
    made = str(uuid.uuid4())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(made + "\n", encoding="ascii")
    except OSError:
        pass  # a read-only home: this session's changes still carry one id
    return made
