"""The domain in kmdesk/assess stays free of Qt, the database layer and charts."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Every module in the package, found on disk, so a new domain module is checked too.
IMPORT_ALL = (
    "import importlib, pkgutil, sys, kmdesk.assess as a; "
    "[importlib.import_module('kmdesk.assess.' + m.name) "
    "for m in pkgutil.iter_modules(a.__path__)]; "
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
