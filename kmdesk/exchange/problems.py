"""Problems with a file the user gave us, worded to name the file, row and column."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file; rows count as a spreadsheet does (header is row 1)."""

    file: str
    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        if self.row is None:
            return f"{self.file}: {self.message}"
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{self.file} {where}: {self.message}"


class FileRejected(Exception):
    """The file was refused as a whole and nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def rejected(path: str | os.PathLike, message: str) -> FileRejected:
    """The whole file refused for one reason, named by the file's name alone."""
    return FileRejected([Problem(Path(path).name, message)])


class Cancelled(Exception):
    """The user cancelled; everything done so far was rolled back."""
