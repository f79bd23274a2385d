"""Real read-only and full disks for tests: a small tmpfs when root may mount one, else chmod.

Tests run as root in CI, where chmod stops nothing; a tmpfs remounted read-only stops root
too, and a small one fills up for real.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "8m") -> Iterator[Path]:
    """A tmpfs of ``size`` at ``folder``; the test is skipped where none can be mounted."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small disk needs root")
    folder.mkdir(exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("this machine cannot mount a tmpfs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextlib.contextmanager
def read_only_copy(source: Path, folder: Path) -> Iterator[Path]:
    """A copy of ``source`` as ``folder/kmdesk.db`` on a disk nobody may write to."""
    if os.geteuid() == 0:
        with small_disk(folder) as disk:
            target = Path(shutil.copy(source, disk / "kmdesk.db"))
            assert _mount("-o", "remount,ro", str(disk))
            yield target
        return
    folder.mkdir()
    target = Path(shutil.copy(source, folder / "kmdesk.db"))
    target.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield target
    finally:
        folder.chmod(0o755)
        target.chmod(0o644)


def fill(disk: Path) -> Path:
    """Write a file until ``disk`` is full; delete it to free the space again."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 20, 1 << 12):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    return filler
