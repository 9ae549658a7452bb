"""Printing only in cli.py: the library returns text and statuses, the command line writes them."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def writes_to_the_terminal(tree: ast.AST) -> list[int]:
    """Lines that call print() or name sys.stdout / sys.stderr."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
            lines.append(node.lineno)
        elif (isinstance(node, ast.Attribute) and node.attr in ("stdout", "stderr")
              and getattr(node.value, "id", None) == "sys"):
            lines.append(node.lineno)
    return lines


def test_only_the_command_line_prints():
    offenders = {}
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        if path.name in ("cli.py", "__main__.py"):
            continue
        lines = writes_to_the_terminal(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            offenders[str(path.relative_to(ROOT))] = lines
    assert offenders == {}
