"""The store's errors on a shared server: refused by its rights, out of reach, or overtaken.

Like every StoreError they mean "the world is wrong" and ``str()`` is a sentence for the
user. None of them ever holds a password; the conflict holds the two values so the app can
show both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kmdesk.store.errors import DatabaseProblem, StoreError


class NotAllowed(StoreError):
    """The server refused a change this login has no right to make; nothing was saved."""


class NoteRefused(NotAllowed):
    """A note kmdesk does not keep (too long, or holding a control character); nothing saved.

    A kind of NotAllowed, on a file too, so every caller treats it as refused for good:
    saving the same note again cannot help, and the form shows what is stored.
    """


class ConnectionLost(StoreError):
    """The connection to the server broke, or it cannot be reached now; nothing was saved.

    The change is not lost: whoever made it keeps it (the app keeps it in the form, and
    ``server_retry.Outbox`` saves it again once the server answers).
    """


class NoServerDriver(DatabaseProblem):
    """Opening: this kmdesk was installed without the PostgreSQL driver (database files only)."""


class ServerUnreachable(DatabaseProblem):
    """Opening: no server answers at that address."""


class LoginRefused(DatabaseProblem):
    """Opening: the server refused the login or its password, or has no such database."""


class PasswordNeeded(LoginRefused):
    """Opening: the server wants a password and none was found (keyring, .pgpass, service).

    The app asks for it (``kmdesk.ui.shell.server_dialog``) and keeps it in the keyring.
    """


class ConcurrentEdit(StoreError):
    """Another session's change got in the way of this one (a serialization failure, a
    deadlock, the same new rating made twice at once); nothing was saved; trying again is
    safe."""


@dataclass(frozen=True)
class Value:
    """A rating's value as someone saved it: level (None: not sure), note, when, by which PC."""

    level: int | None
    evidence: str
    rated_at: dt.datetime | None = None
    pc: str = ""


class Conflict(StoreError):
    """Someone else saved this rating after this person read it: nothing was saved.

    ``mine`` is what this person tried to save (None: to remove it), ``theirs`` what the
    database holds now (None: they cleared it), ``version`` the version it holds now (0: no
    rating), so saving ``mine`` again with ``expected_version=version`` keeps it on purpose.
    """

    def __init__(self, mine: Value | None, theirs: Value | None, version: int):
        self.mine, self.theirs, self.version = mine, theirs, version
        now = "cleared it" if theirs is None else f"saved {_level(theirs.level)}"
        chose = "removed it" if mine is None else f"chose {_level(mine.level)}"
        super().__init__(
            f"someone else changed this rating while you were editing it: they {now}, you "
            f"{chose}. Nothing was saved; choose which one to keep"
        )


def _level(level: int | None) -> str:
    return "not sure" if level is None else str(level)
