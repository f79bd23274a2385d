"""A report's charts drawn in two processes: half of them in a child forked for the purpose."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

Job = TypeVar("Job")
Result = TypeVar("Result")

# What the forked child is to do: set just before it is forked, so the report's data reach it
# as the parent's memory, not pickled (only the results travel back).
_shared: tuple[Callable, Sequence] | None = None


def forking_is_safe() -> bool:
    """Linux only: Windows cannot fork, and macOS's system libraries (which Qt and
    matplotlib's fonts load) are not safe in a forked child."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def can_fork() -> bool:
    """Whether a second process is worth it and safe: two or more CPUs for this process, a
    platform that forks safely, and no Qt application yet (forking a process that runs Qt is
    unsafe; a report makes its offscreen one only after its charts)."""
    if not forking_is_safe() or QCoreApplication.instance() is not None:
        return False
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return cpus >= 2


def map_in_two(function: Callable[[Job], Result], jobs: Sequence[Job]) -> list[Result]:
    """``[function(job) for job in jobs]``, every second job in a forked child when that is
    safe (``can_fork``), the rest here at the same time.

    Matplotlib draws a chart in one thread, with the interpreter's lock held, so a second
    process is the way to use a second CPU. ``function`` must return something picklable
    (bytes, a dataclass of them). An exception in the child is raised here.
    """
    if len(jobs) < 2 or not can_fork():
        return [function(job) for job in jobs]
    global _shared
    _shared = (function, jobs)
    theirs = list(range(1, len(jobs), 2))
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            future = pool.submit(_run_shared, theirs)
            results: dict[int, Result] = {i: function(jobs[i]) for i in range(0, len(jobs), 2)}
            results.update(zip(theirs, future.result(), strict=True))
    finally:
        _shared = None
    return [results[i] for i in range(len(jobs))]


def _run_shared(indices: list[int]) -> list:
    """In the child: the jobs at ``indices`` of what the parent shared before forking."""
    assert _shared is not None
    function, jobs = _shared
    return [function(jobs[i]) for i in indices]
