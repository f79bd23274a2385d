"""Charts as image files: PNG (200 dpi) or SVG by the file's ending, never over another file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from kmdesk.outfile import replace_atomically

if TYPE_CHECKING:
    from matplotlib.figure import Figure

IMAGE_ENDINGS = {".png": "png", ".svg": "svg"}
PNG_DPI = 200


class ChartFileError(ValueError):
    """The chart cannot be written there (wrong ending, a file that is not ours, no room)."""


def image_format(path: str | os.PathLike) -> str:
    """ "png" or "svg" from the file's ending; any other ending is refused."""
    suffix = Path(path).suffix.lower()
    if suffix not in IMAGE_ENDINGS:
        raise ChartFileError(
            f"{path}: a chart is written as .png or .svg (the ending chooses), "
            f"not {suffix or 'a name without an ending'}"
        )
    return IMAGE_ENDINGS[suffix]


def _is_image(path: Path, fmt: str) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if fmt == "png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith((b"<?xml", b"<svg", b"<!DOCTYPE svg")) and b"<svg" in head


def check_overwritable(path: str | os.PathLike) -> None:
    """Only an image of the same kind may be replaced; any other file is left alone."""
    path = Path(path)
    fmt = image_format(path)
    if path.is_dir():
        raise ChartFileError(f"{path} is a folder; give a file name ending in .{fmt}")
    if path.exists() and not _is_image(path, fmt):
        raise ChartFileError(
            f"{path} exists and is not a {fmt.upper()} image; it was left untouched"
        )


def save_chart(fig: Figure, path: str | os.PathLike) -> Path:
    """Write ``fig`` as PNG (200 dpi) or SVG by the file's ending, replacing it atomically."""
    path = Path(path)
    fmt = image_format(path)
    check_overwritable(path)
    try:
        replace_atomically(
            path, lambda tmp: fig.savefig(tmp, format=fmt, dpi=PNG_DPI if fmt == "png" else None)
        )
    except OSError as exc:
        raise ChartFileError(f"{path}: cannot be written ({exc.strerror})") from None
    return path
