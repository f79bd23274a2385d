"""The app's warm report process: each job in a fresh fork of it, nothing left from the last."""

from __future__ import annotations

import os

import pytest

from kmdesk.report import worker
from tests.report_worker_jobs import fail, pid_and_leftover


@pytest.fixture
def warm():
    worker.start()
    yield worker
    worker.stop()


def test_each_job_runs_in_a_fresh_child_of_one_warm_process(warm):
    first = warm.run(pid_and_leftover, "one")
    second = warm.run(pid_and_leftover, "two")
    pids = {first[0], second[0], os.getpid()}
    assert len(pids) == 3  # neither here nor in the same process twice
    assert first[1] == second[1] != os.getpid()  # both forked from the same warm process
    # nothing the first job changed reached the second
    assert second[2] == []
    assert first[3] == second[3] != "31.0"


def test_an_error_in_the_job_is_raised_here_and_the_next_job_runs(warm):
    with pytest.raises(ValueError, match="no such team"):
        warm.run(fail, "no such team")
    assert warm.run(pid_and_leftover, "after")[2] == []
