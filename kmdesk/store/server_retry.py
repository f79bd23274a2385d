"""Saves that could not reach the server, kept in order and saved again when it answers.

A facilitator's change must survive a dropped connection (Wi-Fi in a village hall). The
app hands each save to an ``Outbox``: if the connection is lost the save is kept, the user
is told in plain words (``ConnectionLost``), and ``retry()`` (on a timer, or when the user
asks) saves the waiting changes in the order they were made. A later change of the same
rating replaces an earlier one still waiting, so the last word wins, as it would have.
A conflict found on retry is raised like any other: someone else saved meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from kmdesk.store.server_errors import ConcurrentEdit, ConnectionLost


@dataclass
class _Save:
    key: Hashable
    call: Callable[..., Any]
    args: tuple
    kwargs: dict = field(default_factory=dict)


class Outbox:
    """Waiting saves, oldest first. Not thread-safe: use it from one thread (the app's)."""

    def __init__(self) -> None:
        self._waiting: list[_Save] = []

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    def keys(self) -> list[Hashable]:
        """What is waiting, oldest first (e.g. to mark those ratings as not saved yet)."""
        return [save.key for save in self._waiting]

    def save(self, key: Hashable, call: Callable[..., Any], *args, **kwargs) -> Any:
        """Run ``call(*args, **kwargs)`` now, after anything still waiting.

        Returns its result. On a lost connection the save is kept and ``ConnectionLost``
        raised; a save that would overtake an older waiting one waits behind it.
        """
        self._waiting = [s for s in self._waiting if s.key != key]
        self._waiting.append(_Save(key, call, args, kwargs))
        results = self.retry()
        return results.get(key)

    def retry(self) -> dict[Hashable, Any]:
        """Save what is waiting, in order; stop at the first lost connection (and raise it).

        A moment's clash with another session (``ConcurrentEdit``) is tried once more.
        Returns each saved key's result.
        """
        done: dict[Hashable, Any] = {}
        while self._waiting:
            save = self._waiting[0]
            try:
                result = self._run(save)
            except ConnectionLost:
                raise
            except Exception:
                self._waiting.pop(0)  # refused for good (a conflict, no right): not retried
                raise
            self._waiting.pop(0)
            done[save.key] = result
        return done

    @staticmethod
    def _run(save: _Save) -> Any:
        try:
            return save.call(*save.args, **save.kwargs)
        except ConcurrentEdit:
            return save.call(*save.args, **save.kwargs)
