"""The team report's charts drawn in two processes: the same results, in order, errors raised."""

from __future__ import annotations

import os

import pytest

from kmdesk.report import parallel


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def test_results_come_back_in_the_jobs_order():
    results = parallel.map_in_two(_square_and_pid, [1, 2, 3, 4, 5])
    assert [value for value, _ in results] == [1, 4, 9, 16, 25]
    pids = {pid for _, pid in results}
    if parallel.can_fork():
        # every second job ran in the forked child
        assert len(pids) == 2
        assert results[0][1] == os.getpid() != results[1][1]
    else:
        assert pids == {os.getpid()}


def _fail_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("three")
    return n


def test_an_error_in_either_process_is_raised_here():
    with pytest.raises(ValueError, match="three"):
        parallel.map_in_two(_fail_on_three, [1, 2, 3, 4])  # 3: the parent's
    with pytest.raises(ValueError, match="three"):
        parallel.map_in_two(_fail_on_three, [1, 3, 2, 4])  # 3: the child's


def test_one_job_runs_here():
    assert parallel.map_in_two(_square_and_pid, [7]) == [(49, os.getpid())]


def test_no_fork_once_a_qt_application_runs(qapp):
    # forking a process that runs Qt is unsafe: everything is done here instead
    assert not parallel.can_fork()
    results = parallel.map_in_two(_square_and_pid, [1, 2, 3])
    assert {pid for _, pid in results} == {os.getpid()}


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_no_fork_where_forking_is_unsafe_and_the_app_worker_runs_the_job_itself(
    monkeypatch, platform
):
    # Stand-in (named as such): Windows and macOS cannot be had here, so sys.platform says
    # so. Windows has no fork at all; macOS's system libraries break in a forked child.
    from kmdesk.report import worker

    monkeypatch.setattr(parallel.sys, "platform", platform)
    assert not parallel.can_fork()
    results = parallel.map_in_two(_square_and_pid, [1, 2, 3])
    assert {pid for _, pid in results} == {os.getpid()}
    # the warm process's step: the job in that process, not in a fork of it
    assert worker._in_fork(_square_and_pid, (6,), {}) == (36, os.getpid())


@pytest.mark.skipif(not parallel.forking_is_safe(), reason="forks on Linux only")
def test_a_process_without_qt_draws_every_second_job_in_a_forked_child():
    # The test process runs a QApplication (tests/conftest.py), so the fork is seen in a
    # fresh process, as the `kmdesk report` command runs.
    import subprocess
    import sys

    code = (
        "import os\n"
        "from kmdesk.report import parallel\n"
        "def job(n):\n"
        "    return n * n, os.getpid()\n"
        "r = parallel.map_in_two(job, [1, 2, 3, 4])\n"
        "print([v for v, _ in r], len({p for _, p in r}), r[0][1] == os.getpid())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    if len(os.sched_getaffinity(0)) >= 2:
        assert done.stdout.strip() == "[1, 4, 9, 16] 2 True"
    else:
        assert done.stdout.strip() == "[1, 4, 9, 16] 1 True"
