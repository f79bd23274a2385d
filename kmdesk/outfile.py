"""Files kmdesk hands to people, written whole or not at all and readable like any saved file."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path


def replace_atomically(path: str | os.PathLike, write: Callable[[Path], object]) -> None:
    """Call ``write`` on a new file beside ``path``, then rename it over ``path``.

    A failed or cancelled write never leaves half a file, and an existing file is replaced
    only once the new one is complete. The new file gets the user's usual permissions:
    ``mkstemp``'s private 0600 left reports, bundles and workbooks unreadable to the team
    lead on a shared office PC. ``write`` may replace the temporary file itself; its name
    ends in ``.part`` (a left-over one is plainly unfinished). OSError is left to the
    caller, which knows how to word it.
    """
    path = Path(path)
    # 60 letters: a Thai name is three bytes a letter, and a file name may have 255 bytes
    tmp = path.with_name(f".{path.name[:60]}.{secrets.token_hex(4)}.part")
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
