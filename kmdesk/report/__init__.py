"""PDF reports (A4, the Thai document font, Buddhist-Era dates, page numbers, a place to sign).

The functions the app and the command line call::

    write_person_report(database, facilitator_id, round_id, path, lang="th",
                        role=None, appendix=False)
    write_team_report(database, team_id, round_id, path, lang="th", anonymous=False,
                      role=None, compare_round_id=None, include_incomplete=True)
    write_round_reports(database_url, round_id, out_dir, lang="th", progress=None)

``role`` (a role code) reports one role only; ``appendix`` adds what the framework says of
each level chosen; ``compare_round_id`` is the round the team's river is compared with (by
default the one before; the report's own round for none); ``include_incomplete=False``
leaves members who have not answered every indicator out of the team's sums.

They need a QGuiApplication (the app's own, or an offscreen one they make when there is none)
and write through a temporary file, so a failed or cancelled report leaves nothing behind.
"""

from __future__ import annotations

from kmdesk.report.batch import write_round_reports
from kmdesk.report.data import NothingToReport
from kmdesk.report.document import ReportWriteError
from kmdesk.report.person import write_person_report
from kmdesk.report.team import write_team_report

__all__ = [
    "NothingToReport",
    "ReportWriteError",
    "write_person_report",
    "write_round_reports",
    "write_team_report",
]
