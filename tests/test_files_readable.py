"""Every file kmdesk writes for people is as readable as any file the user saves.

They were written through ``mkstemp`` (mode 0600), so a report, bundle or workbook saved on a
shared office PC could not be opened by the team lead logged in beside the facilitator.
"""

from __future__ import annotations

import os

import pytest

WRITES = {
    "report.pdf": ("report", "person", "สุภาพร ใจงาม", "--round", "3", "-o"),
    "river.png": ("chart", "river", "--team", "ท่าไร่", "--role", "recorder", "-o"),
    "river.svg": ("chart", "river", "--team", "ท่าไร่", "--role", "recorder", "-o"),
    "team.kmdesk": ("bundle", "export", "--team", "ท่าไร่", "-o"),
    "matrix.xlsx": ("export", "--matrix"),
    "ratings.csv": ("export",),
}


@pytest.mark.parametrize("name", sorted(WRITES))
def test_a_written_file_has_the_users_usual_permissions(run_kmdesk, demo_file, tmp_path, name):
    out = tmp_path / "out" / name
    out.parent.mkdir()
    done = run_kmdesk(*WRITES[name], str(out), db=demo_file)
    assert done.returncode == 0, done.stderr
    mask = os.umask(0)
    os.umask(mask)
    assert oct(out.stat().st_mode & 0o777) == oct(0o666 & ~mask)
    assert [p.name for p in out.parent.iterdir()] == [name]  # no temporary file left
