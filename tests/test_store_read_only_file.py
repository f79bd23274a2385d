"""A read-only database file in a folder that can be written: opened for viewing, never written.

The folder and disk cases are in test_store_safety.py (a read-only tmpfs as root). Here only
the file is read-only: its mode for a user, the immutable attribute for root (who writes
through modes), which a read-only file on a USB stick or a network share behaves like.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.ratings_samples import database_bytes, write_csv


@pytest.fixture
def read_only_file(demo_file):
    if os.geteuid() != 0:
        demo_file.chmod(0o444)
        yield demo_file
        demo_file.chmod(0o644)
        return
    if not shutil.which("chattr"):
        pytest.skip("chattr is needed to make a file read-only for root")
    made = subprocess.run(["chattr", "+i", str(demo_file)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"this file system has no immutable files: {made.stderr.decode()}")
    try:
        yield demo_file
    finally:
        subprocess.run(["chattr", "-i", str(demo_file)], check=True)


def test_a_read_only_file_is_shown_and_never_written(run_kmdesk, read_only_file, tmp_path):
    before = read_only_file.read_bytes()
    shown = run_kmdesk(
        "analyze", "--team", "ท่าไร่", "--round", "3", "--role", "recorder", db=read_only_file
    )
    assert shown.returncode == 0, shown.stderr
    assert "ท่าไร่" in shown.stdout
    row = "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2568-08-08,recorder,S8.1,4,"
    done = run_kmdesk("import", str(write_csv(tmp_path, row)), db=read_only_file)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "read-only" in done.stderr and "Traceback" not in done.stderr
    assert "damaged" not in done.stderr
    assert read_only_file.read_bytes() == before
    assert database_bytes(read_only_file).endswith(b"-wal:\n")  # no write waits in a log
