"""What several test modules share, in one place: paths, ground truth, record comparison, the command line
run in a subprocess or in process, CSV readers, Word files built with python-docx, and layouts built by hand.

Test modules import from here (`from helpers import ...`) and never from one another.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Optional, Union

from pipeline.layout import Cell, Layout, Paragraph, Row, Table, clean_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
EXPECTED = SAMPLES / "expected"
DEFECTIVE = ROOT / "tests" / "data" / "defective"
DOCX = sorted(SAMPLES.glob("*.docx"))
PDF = sorted(SAMPLES.glob("*.pdf"))
HISTORY = SAMPLES / "history"  # the multi-year archive of samples/build_history.py and its truth


# ------------------------------------------------------------------------------------------ ground truth
def sample_names() -> list[str]:
    """The samples that have a ground truth in samples/expected/."""
    return sorted(p.stem for p in EXPECTED.glob("*.json"))


def load_expected(name: str) -> dict:
    """samples/expected/<name>.json: what the builder put into the sample."""
    return json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


RISK_FIELDS = ["direction", "goal", "risk", "planned_measures", "actual_measures", "status", "status_text"]
INDICATOR_FIELDS = ["direction", "goal", "name", "source", "unit", "plan", "fact", "plan_text", "fact_text",
                    "status", "status_text", "comment"]


def normalized(value):
    """A ground-truth value as the contract writes text fields (spaces collapsed, empty lines dropped)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    return value


def field_mismatches(expected: list[dict], actual: list[dict], fields: list[str]) -> list[str]:
    """Every field of every record that differs, as readable lines (empty when all agree)."""
    problems = []
    if len(expected) != len(actual):
        problems.append(f"count: expected {len(expected)}, got {len(actual)}")
    for i, (exp, act) in enumerate(zip(expected, actual, strict=False)):  # counts checked above
        for field in fields:
            if normalized(exp.get(field)) != act.get(field):
                problems.append(f"#{i} {field}: expected {exp.get(field)!r}, got {act.get(field)!r}")
    return problems


# ------------------------------------------------------------------------------------------ files and runs
def skewed_sample_scan(folder: Path, page: int = 7) -> Path:
    """agds_2019's page (0-based) scanned at 300 dpi and turned by up to 0.6 degrees (seed 14: 0.47 degrees for page
    7, the indicator table's last rows and the note's prose), as samples/build_scans.py scans."""
    if str(SAMPLES) not in sys.path:
        sys.path.insert(0, str(SAMPLES))
    import build_scans

    style = build_scans.ScanStyle(dpi=300, max_skew=0.6)
    return build_scans.scan_pdf(SAMPLES / "agds_2019.pdf", folder / "scan.pdf", style, seed=14, pages=[page])


def copy_into(folder: Path, files: list[Path]) -> Path:
    """Copy files into folder (made if needed); the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def add_bad_files(folder: Path) -> None:
    """An empty file, a truncated DOCX, and a text file named .pdf."""
    (folder / "empty.docx").write_bytes(b"")
    (folder / "truncated.docx").write_bytes(DOCX[0].read_bytes()[:4000])
    (folder / "notes.pdf").write_text("Not a report: a note someone saved with the wrong name.\n", encoding="utf-8")


def files_of(folder: Path) -> dict[str, bytes]:
    """The files directly in a folder, by name, with their bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def csv_rows(path: Path) -> list[dict]:
    """A CSV table as dicts (every value a string, as written)."""
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def cli(*args, env: Optional[dict] = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """`python -m pipeline ARGS` as a user runs it: a process of its own, text output captured."""
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, timeout=timeout)


def cli_in_process(*args) -> tuple[int, str, str]:
    """The same command through `pipeline.cli.main` in this process: (exit status, stdout, stderr).

    argparse ends bad usage with SystemExit(2): that is an exit status here too."""
    from pipeline.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main([str(a) for a in args])
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
    return status, out.getvalue(), err.getvalue()


# ------------------------------------------------------------------------------------------ PostgreSQL
def postgres_bindir() -> Optional[Path]:
    """Where initdb and pg_ctl are: Debian's /usr/lib/postgresql/<newest>/bin, else the PATH."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    if found:
        return found[-1].parent
    return Path(shutil.which("pg_ctl")).parent if shutil.which("pg_ctl") and shutil.which("initdb") else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ------------------------------------------------------------------------------------------ Word files
def word_table(document, rows: list[list[str]]):
    """A python-docx table holding rows of texts."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    return table


def merge_from(table, r: int, c: int, text: str) -> None:
    """Merge row r of a python-docx table from column c to the last column and write text there."""
    cell = table.cell(r, c).merge(table.cell(r, len(table.columns) - 1))
    cell.text = text


# ------------------------------------------------------------------------------------------ layouts by hand
LEFT, UP = "<", "^"  # in a grid: this slot is covered by the cell to its left / above (a merged cell)
GridBlock = Union[str, list]


def layout_table(grid: list[list[str]], index: int = 0, page: Optional[int] = None) -> Table:
    """A layout Table as a reader builds it, from a grid of texts where LEFT and UP mark merged slots.

    [["Отчетный период", LEFT], ["План", "Факт"]] is a header cell spanning two columns over "План" and "Факт".
    """
    owner: dict[tuple[int, int], Cell] = {}
    rows = []
    for r, texts in enumerate(grid):
        cells = []
        for c, text in enumerate(texts):
            if text in (LEFT, UP):
                cell = owner[(r, c - 1)] if text == LEFT else owner[(r - 1, c)]
                cell.col_span = max(cell.col_span, c - cell.col + 1)
                cell.row_span = max(cell.row_span, r - cell.row + 1)
            else:
                cell = Cell(clean_text(text), r, c)
                cells.append(cell)
            owner[(r, c)] = cell
        rows.append(Row(cells, page))
    return Table(index, rows, max(len(texts) for texts in grid), page)


def layout_of(*blocks: GridBlock) -> Layout:
    """A Layout of paragraphs (strings) and tables (grids), numbered in order as the DOCX reader numbers them."""
    layout = Layout(file="handmade.docx", format="docx", pages=None)
    counters = {"paragraph": 0, "table": 0}
    for block in blocks:
        if isinstance(block, str):
            layout.blocks.append(Paragraph(block, counters["paragraph"]))
            counters["paragraph"] += 1
        else:
            layout.blocks.append(layout_table(block, counters["table"]))
            counters["table"] += 1
    return layout
