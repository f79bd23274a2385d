"""A warm report process for the app: started once, then each PDF drawn in a fresh fork of it.

A new Python process per PDF pays for its imports (PySide6, matplotlib, SQLAlchemy: about a
second and a half) every time. The warm process pays once, keeps no Qt application and no
database connection of its own, and forks a child for each report: the child starts with
everything imported, draws (its charts in two processes, see ``parallel``) and exits, so no
state of one report (matplotlib's rcParams, Qt's offscreen application) reaches the next.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Result = TypeVar("Result")

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _warm_up() -> None:
    """In the warm process, once: what every report imports, and the chart fonts."""
    import kmdesk.report
    import kmdesk.report.chartset
    import kmdesk.store.db  # noqa: F401
    from kmdesk.charts.fonts import register_fonts

    register_fonts()


def _warm_pool() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            # spawn: the app runs Qt, and forking a process that runs Qt is unsafe
            context = multiprocessing.get_context("spawn")
            _pool = ProcessPoolExecutor(1, mp_context=context, initializer=_warm_up)
        return _pool


def start() -> None:
    """Start the warm process now (it warms up in the background), if not started yet."""
    _warm_pool()


def run(function: Callable[..., Result], *args, **kwargs) -> Result:
    """``function(*args, **kwargs)`` in a fresh fork of the warm process; blocks until done.

    ``function`` must be importable by name (a module-level function) and its arguments and
    result picklable: plain data, ids and paths. Its exceptions are raised here. If the warm
    process has died, the next call starts another.
    """
    global _pool
    pool = _warm_pool()
    try:
        return pool.submit(_in_fork, function, args, kwargs).result()
    except BrokenProcessPool:
        with _lock:
            if _pool is pool:
                _pool = None
        raise


def stop() -> None:
    """Stop the warm process (the app closing); a later ``run`` starts a new one."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def _in_fork(function: Callable[..., Result], args: tuple, kwargs: dict) -> Result:
    """In the warm process: run ``function`` in a child forked for it, and wait. Where
    forking is not safe (Windows, macOS) the warm process runs it itself, as ``report all``
    runs many reports in one process."""
    from kmdesk.report.parallel import forking_is_safe

    if not forking_is_safe():
        return function(*args, **kwargs)
    context = multiprocessing.get_context("fork")  # no Qt runs here, so forking is safe
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        return pool.submit(function, *args, **kwargs).result()
