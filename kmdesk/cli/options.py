"""Options several sub-commands share: their help, and the files they may write."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kmdesk.cli.common import UserError
from kmdesk.cli.language import translate


def round_help() -> str:
    return translate(
        "CliHelp", "round title, date (2025-08-08 or 2568-08-08) or number in date order"
    )


def role_help() -> str:
    return translate("CliHelp", "coordinator, process_lead or recorder, or the Thai label (ผู้บันทึก)")


def require_ending(path: Path, endings: Sequence[str]) -> None:
    """Refuse, before any work, a file to write whose ending is not one of ``endings``.

    A PDF named ``.docx`` would open in nothing; the ending is how the user's PC knows a file.
    """
    if path.suffix.lower() in endings:
        return
    expected = translate("Cli", " or ").join(endings)
    raise UserError(
        translate(
            "Cli", "{0}: the file written here ends in {1}; give a name ending in {1}"
        ).format(path, expected)
    )


def cannot_write(path: Path, exc: OSError) -> UserError:
    """The operating system refused to write ``path``: say which file and why."""
    return UserError(
        translate("Cli", "{0}: cannot be written ({1})").format(path, exc.strerror or exc)
    )
