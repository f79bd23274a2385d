"""The domain in kmdesk/assess stays free of Qt, the database layer and charts."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

IMPORT_ALL = (
    "import kmdesk.assess.framework, kmdesk.assess.profile, kmdesk.assess.river, "
    "kmdesk.assess.stairs, kmdesk.assess.pairs, kmdesk.assess.people, "
    "kmdesk.assess.thaidate, kmdesk.assess.scale, sys; "
    "print(sorted(m for m in sys.modules "
    "if m.split('.')[0] in {'PySide6','sqlalchemy','matplotlib','alembic'}))"
)


def test_importing_the_domain_pulls_in_no_qt_sqlalchemy_matplotlib_or_alembic():
    # A subprocess: other tests in this process may already have imported Qt.
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert ast.literal_eval(done.stdout.strip()) == []
