"""kmdesk finds its resources and migrations in a checkout that was never installed, too.

The three ways kmdesk runs (kmdesk/paths.py): installed (the tests' editable install, and the
wheel ``./dev bundle`` installs into build/bundle-site), frozen (tests/test_frozen_bundle.py),
and a checkout on ``sys.path`` with no install at all, where ``kmdesk.resources`` does not
exist as a package and ``resources/`` beside ``kmdesk/`` must be found instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json
from kmdesk import paths
print(json.dumps({
    "kmdesk": paths.__file__,
    "resources": str(paths.resources_dir()),
    "font": paths.resource("fonts", "Loma.ttf").is_file(),
    "framework": paths.resource("framework", "default.json").is_file(),
    "migrations": str(paths.package_file("store", "migrations")),
    "env": paths.package_file("store", "migrations", "env.py").is_file(),
}))
"""


def test_a_checkout_never_installed_finds_resources_and_migrations(tmp_path):
    # -S: no site-packages, so no editable install maps kmdesk.resources; -P: only the path
    # given here. paths.py needs nothing outside the standard library.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-S", "-P", "-c", PROBE],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert Path(found["kmdesk"]).resolve() == ROOT / "kmdesk" / "paths.py"
    assert Path(found["resources"]).resolve() == ROOT / "resources"
    assert found["font"] and found["framework"]
    assert Path(found["migrations"]).resolve() == ROOT / "kmdesk" / "store" / "migrations"
    assert found["env"]
