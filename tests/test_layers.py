"""The layers hold: import-linter's contracts (pyproject.toml) and the Qt-widgets rule."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kmdesk"


def test_import_linter_contracts_are_kept():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is in the test extra: ./dev test installs it"
    done = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-4000:]
    assert " 0 broken" in done.stdout.lower().split("contracts:")[-1]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_ui_imports_qt_widgets():
    # import-linter cannot name a sub-package of another project, so this rule is read here.
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "PySide6.QtWidgets" in _imports(path) and PACKAGE / "ui" not in path.parents
    ]
    assert offenders == []


def test_the_layer_check_can_fail(tmp_path):
    """The contracts are read from pyproject.toml: a broken copy of them is reported."""
    config = tmp_path / "contracts.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "kmdesk"\n\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "upside down"\ntype = "layers"\nlayers = ["kmdesk.store", "kmdesk.ui"]\n',
        encoding="utf-8",
    )
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    done = subprocess.run([lint, "--config", str(config)], cwd=ROOT, capture_output=True)
    assert done.returncode != 0
