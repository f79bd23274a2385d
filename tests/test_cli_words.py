"""Every sentence the command prints goes through the Linguist file: none is printed, raised
or given as help in English only (issue 12: "its messages are English only")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

CLI = Path(__file__).resolve().parent.parent / "kmdesk" / "cli"
WORD = re.compile(r"[A-Za-z]{3,}")
# Calls whose text reaches the user: printed, refused, or shown by --help.
SPOKEN = {"print", "UserError", "NothingToChart"}


def _literal_words(node: ast.AST) -> str:
    """The English a call's argument spells out itself (f-string fields left out)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(_literal_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) + " " + _literal_words(node.right)
    return ""


def _untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        texts = []
        if name in SPOKEN:
            texts += [_literal_words(a) for a in node.args[:1]]
        texts += [
            _literal_words(k.value) for k in node.keywords if k.arg in ("help", "description")
        ]
        for text in texts:
            if WORD.search(text.replace("kmdesk", "")):
                found.append(f"{path.name}:{node.lineno}: {text[:60]!r}")
    return found


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_no_message_is_english_only(path):
    assert _untranslated(path) == []


def test_the_check_finds_an_english_only_message(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'print(f"Wrote {path}")\n'
        'raise UserError(translate("Cli", "Wrote {0}").format(path))\n'
        'parser.add_argument("--x", help="the thing")\n'
        'print(f"kmdesk: {message}")\n',
        encoding="utf-8",
    )
    assert _untranslated(sample) == ["sample.py:1: 'Wrote '", "sample.py:3: 'the thing'"]
