"""The registry of finding codes is the one truth: the README's table says the same, and every code emitted is in it."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pipeline.batch import failure_reason
from pipeline.findings import CODES, FAILURE_CODES, finding

ROOT = Path(__file__).resolve().parents[1]
# Calls that emit a code as their first argument: findings made by the report logic, issues noticed by a reader.
EMITTERS = {"finding", "Issue"}


def readme_findings_table() -> dict[str, tuple[str, bool, str]]:
    """The README's "Findings" table: code -> (severity, fails the document, when)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Findings", 1)[1].split("\n#", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    table = {}
    for line in rows:
        code, severity, fails, when = (cell.strip() for cell in line.strip().strip("|").split(" | "))
        assert fails in ("yes", "no"), line
        table[code.strip("`")] = (severity, fails == "yes", when)
    return table


def emitted_codes() -> dict[str, list[str]]:
    """Code -> the places in pipeline/ that emit it as a literal: finding("code", ...), Issue("code", ...), code="..."."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            candidates = [node.args[0]] if name in EMITTERS and node.args else []
            candidates += [k.value for k in node.keywords if k.arg == "code"]
            for arg in candidates:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_readme_table_is_the_registry():
    expected = {code: (c.severity, c.fails_document, c.when) for code, c in CODES.items()}
    assert readme_findings_table() == expected, "README's Findings table should read:\n" + "\n".join(
        f"| `{code}` | {c.severity} | {'yes' if c.fails_document else 'no'} | {c.when} |" for code, c in CODES.items())


def test_every_emitted_code_is_registered_and_every_registered_code_is_emitted():
    emitted = emitted_codes()
    assert {"missing_section", "no_text_layer", "extraction_timeout"} <= set(emitted)  # the scan sees all three kinds
    unregistered = {code: where for code, where in emitted.items() if code not in CODES}
    assert not unregistered, f"codes emitted but not in pipeline/findings.py: {unregistered}"
    assert set(CODES) - set(emitted) == set(), "codes registered but never emitted"


def test_findings_are_made_only_through_the_registry():
    """No module builds a Finding itself, so no severity is written anywhere but in the registry."""
    builders = []
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        if path.name == "findings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Finding"
                    and any(k.arg == "severity" for k in node.keywords)):
                builders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert builders == []


def test_a_finding_takes_its_severity_from_the_registry():
    assert finding("status_mismatch", "m").severity == "warning"
    assert finding("value_range", "m").severity == "info"
    with pytest.raises(ValueError, match="not registered"):
        finding("no_such_code", "m")


def test_failing_codes():
    assert FAILURE_CODES == {"unreadable_document", "no_text_layer", "missing_section", "extraction_failed",
                             "extraction_timeout"}
    report = {"findings": [finding("unknown_status", "a status").model_dump(),
                           finding("missing_section", "x.docx: the analytical note is absent").model_dump()]}
    assert failure_reason(report) == "x.docx: the analytical note is absent"
