"""Jobs for test_report_worker: module-level, so the warm report process can import them."""

from __future__ import annotations

import os

import matplotlib

leftover: list[str] = []


def pid_and_leftover(mark: str) -> tuple[int, int, list[str], str]:
    """This process, its parent, what an earlier job left here, and after leaving ``mark``."""
    seen = list(leftover)
    leftover.append(mark)
    font = matplotlib.rcParams["font.size"]
    matplotlib.rcParams["font.size"] = 31.0  # a report changing matplotlib's global state
    return os.getpid(), os.getppid(), seen, str(font)


def fail(text: str) -> None:
    raise ValueError(text)
