"""The shape of pipeline/: layers, no import cycles, no reaching into private names, short modules.

Imports are read with `ast` from the source, wherever they stand: at module level, inside functions
(a lazy import is still a dependency) and under `if TYPE_CHECKING:` (a dependency of the design, if not
of the running program). Each test prints every violation with its file and line.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from helpers import ROOT

PACKAGE = ROOT / "pipeline"
MAX_MODULE_LINES = 600
# What a reader may use besides other readers: the layout it produces and the shared services.
READER_ALLOWED = {"pipeline.layout", "pipeline.errors", "pipeline.morph", "pipeline.vocabulary", "pipeline.sentences"}
# The orchestrator (one document end to end) and the only modules above it, which may call it.
ORCHESTRATOR = "pipeline.extract"
ORCHESTRATOR_USERS = {"pipeline", "pipeline.batch", "pipeline.cli", "pipeline.submission", "pipeline.workers"}
UNTIL_REFACTORS = "until the facts/pdf/orchestrator refactors land"


def module_name(path: Path) -> str:
    """pipeline/readers/pdf.py -> pipeline.readers.pdf; pipeline/readers/__init__.py -> pipeline.readers."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


@dataclass(frozen=True)
class Import:
    """One imported pipeline module (and the names taken from it) at one line of one module."""

    importer: str
    target: str
    names: tuple[str, ...]
    line: int
    lazy: bool  # inside a function

    def where(self) -> str:
        path = MODULES.get(self.importer)
        return f"{path.relative_to(ROOT) if path else self.importer}:{self.line}"


def _absolute(importer: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module of a `from X import ...`, relative forms resolved."""
    if not node.level:
        return node.module or ""
    package = importer if is_package else importer.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _function_ranges(tree: ast.AST) -> list[tuple[int, int]]:
    return [(n.lineno, n.end_lineno or n.lineno) for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def parse_imports(importer: str, source: str, is_package: bool = False, modules=MODULES) -> tuple[Import, ...]:
    """Every import of a pipeline module in `source`; `from pipeline import morph` counts as pipeline.morph."""
    tree = ast.parse(source)
    functions = _function_ranges(tree)
    out = []
    for node in ast.walk(tree):
        lazy = any(a <= getattr(node, "lineno", 0) <= b for a, b in functions)
        if isinstance(node, ast.Import):
            out += [Import(importer, alias.name, (), node.lineno, lazy) for alias in node.names
                    if alias.name.split(".")[0] == "pipeline"]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(importer, is_package, node)
            if base.split(".")[0] != "pipeline":
                continue
            plain = []
            for alias in node.names:
                if f"{base}.{alias.name}" in modules:  # a submodule
                    out.append(Import(importer, f"{base}.{alias.name}", (), node.lineno, lazy))
                else:
                    plain.append(alias.name)
            if plain:
                out.append(Import(importer, base, tuple(plain), node.lineno, lazy))
    return tuple(sorted(out, key=lambda i: (i.line, i.target)))


@cache
def imports_of(importer: str) -> tuple[Import, ...]:
    path = MODULES[importer]
    return parse_imports(importer, path.read_text(encoding="utf-8"), path.name == "__init__.py")


def dependencies(importer: str) -> set[str]:
    """The pipeline modules `importer` depends on. The package's own lazy `__getattr__` (the public
    `from pipeline import extract_document`) is a facade over the rest, not a dependency of it."""
    return {i.target for i in imports_of(importer) if i.target != importer and not (importer == "pipeline" and i.lazy)}


def report(title: str, violations: list[str]) -> str:
    return f"{title} ({len(violations)}):\n  " + "\n  ".join(violations)


# ------------------------------------------------------------------------------------------ layering
def test_readers_import_only_the_layout_and_shared_services():
    violations = [f"{i.where()}: {i.importer} imports {i.target}"
                  for name in MODULES if name.startswith("pipeline.readers")
                  for i in imports_of(name)
                  if i.target not in READER_ALLOWED and not i.target.startswith("pipeline.readers")]
    assert not violations, report("readers importing beyond pipeline.layout, errors, morph, vocabulary, sentences",
                                  violations)


def test_nothing_below_the_orchestrator_imports_it():
    violations = [f"{i.where()}: {i.importer} imports {ORCHESTRATOR} {list(i.names)}"
                  for name in MODULES if name not in ORCHESTRATOR_USERS | {ORCHESTRATOR}
                  for i in imports_of(name) if i.target == ORCHESTRATOR]
    assert not violations, report(f"modules other than {sorted(ORCHESTRATOR_USERS)} importing {ORCHESTRATOR}",
                                  violations)


def private_attributes(importer: str, source: str, is_package: bool = False, modules=MODULES) -> list[tuple[int, str]]:
    """(line, "module._name") where `module` is a pipeline module imported under that name."""
    tree = ast.parse(source)
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and _absolute(importer, is_package, node).startswith("pipeline"):
            base = _absolute(importer, is_package, node)
            aliases.update({a.asname or a.name: f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in modules})
        elif isinstance(node, ast.Import):
            aliases.update({a.asname: a.name for a in node.names if a.asname and a.name.startswith("pipeline")})
    return [(node.lineno, f"{aliases[node.value.id]}.{node.attr}")
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases
            and _is_private(node.attr) and aliases[node.value.id] != importer]


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_no_module_imports_another_modules_private_names():
    violations = [f"{i.where()}: {i.importer} imports {name} from {i.target}"
                  for importer in MODULES for i in imports_of(importer)
                  for name in i.names if _is_private(name) and i.target != importer]
    violations += [f"{path.relative_to(ROOT)}:{line}: {importer} uses {name}" for importer, path in MODULES.items()
                   for line, name in private_attributes(importer, path.read_text(encoding="utf-8"), path.name == "__init__.py")]
    assert not violations, report("private names used outside their module", violations)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of a graph that hold more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    components = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, set())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(components)


def test_no_import_cycles():
    violations = []
    for component in cycles({name: dependencies(name) & MODULES.keys() for name in MODULES}):
        edges = [f"{i.where()}: {i.importer} -> {i.target}{' (lazy)' if i.lazy else ''}"
                 for name in component for i in imports_of(name) if i.target in component and i.target != name]
        violations.append(" <-> ".join(component) + "\n    " + "\n    ".join(edges))
    assert not violations, report("import cycles among pipeline modules", violations)


# ------------------------------------------------------------------------------------------ size
OVER_LENGTH_TODAY: set[str] = set()


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=UNTIL_REFACTORS)) if name in OVER_LENGTH_TODAY
    else name for name in MODULES])
def test_module_length(name):
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{MODULES[name].relative_to(ROOT)} has {lines} lines (at most {MAX_MODULE_LINES})"


# ------------------------------------------------------------------------------------------ the checks themselves
SYNTHETIC_MODULES = {"pipeline", "pipeline.a", "pipeline.b", "pipeline.readers", "pipeline.readers.x"}
SYNTHETIC_SOURCE = """
from typing import TYPE_CHECKING
import regex
import pipeline.a
from pipeline import b, SCHEMA_VERSION
from . import x as reader
from ..a import Thing, _helper
if TYPE_CHECKING:
    from pipeline.b import Other

def later():
    from pipeline.readers.x import read
    return reader._private_step(b._cache)
"""


def test_the_import_reader_sees_every_kind_of_import():
    """Module-level, lazy, TYPE_CHECKING, relative and `from pipeline import <module>` imports are all found."""
    found = parse_imports("pipeline.readers", SYNTHETIC_SOURCE, is_package=True, modules=SYNTHETIC_MODULES)
    assert [(i.target, i.names, i.line, i.lazy) for i in found] == [
        ("pipeline.a", (), 4, False),
        ("pipeline", ("SCHEMA_VERSION",), 5, False),
        ("pipeline.b", (), 5, False),
        ("pipeline.readers.x", (), 6, False),
        ("pipeline.a", ("Thing", "_helper"), 7, False),
        ("pipeline.b", ("Other",), 9, False),
        ("pipeline.readers.x", ("read",), 12, True),
    ]


def test_private_attributes_of_imported_modules_are_found():
    found = private_attributes("pipeline.readers", SYNTHETIC_SOURCE, is_package=True, modules=SYNTHETIC_MODULES)
    assert found == [(13, "pipeline.readers.x._private_step"), (13, "pipeline.b._cache")]


@pytest.mark.parametrize("graph, expected", [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ({"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}, [["a", "b"], ["c", "d"]]),
])
def test_cycles(graph, expected):
    assert cycles(graph) == expected
