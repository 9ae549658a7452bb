"""Writers: one JSON per document (atomically) and the run's CSV tables, rebuilt from those JSON files.

The JSON keeps every text as written. In the CSV files, a text cell that a spreadsheet would take for a
formula (it begins with = + - @, a tab or a carriage return) is written with a leading apostrophe, as
OWASP recommends against CSV injection, and so is one that already begins with an apostrophe, so that
`restore_cell` gives back the text exactly. Number columns (plan, fact, value, ...) hold numbers and are
written as such: -1.5 stays a number; a text column's "-1,5" (plan_text) gets the apostrophe.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import os
import tempfile
from pathlib import Path

from pydantic import BaseModel

from pipeline.models import Fact, Finding, Indicator, Risk

TABLES = ("risks", "indicators", "facts", "findings")
ITEM_MODELS: dict[str, type[BaseModel]] = {"risks": Risk, "indicators": Indicator, "facts": Fact, "findings": Finding}
DOCUMENT_COLUMNS = [
    "document_id", "file", "output", "format", "sha256", "pages", "title", "agency",
    "plan_period_start", "plan_period_end", "reporting_year",
    "risks", "indicators", "facts", "errors", "warnings", "status", "reason",
]
# Whole numbers, written "3" (never "3.0"), empty where absent.
INTEGER_COLUMNS = frozenset({"pages", "reporting_year", "plan_period_start", "plan_period_end", "year", "index",
                             "location_page", "location_table", "location_row", "location_paragraph"})


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so a killed run never leaves half a file.

    The file gets the mode the umask gives a new file (mkstemp's own 0600 is undone).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


@functools.lru_cache(maxsize=1)
def _umask() -> int:
    """The process's umask (read by setting it, so once, before any worker thread could race it)."""
    mask = os.umask(0o22)
    os.umask(mask)
    return mask


def document_json(report_dict: dict) -> str:
    """The document object as strict JSON: a NaN or an infinity raises ValueError instead of writing `Infinity`."""
    return json.dumps(report_dict, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize_cell(value):
    """A text cell safe to open in a spreadsheet: "=HYPERLINK(...)" -> "'=HYPERLINK(...)"; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS + ("'",)):
        return "'" + value
    return value


def restore_cell(value: str) -> str:
    """The text a CSV cell holds, as written before neutralize_cell: one leading apostrophe dropped."""
    return value[1:] if value.startswith("'") else value


def _template_columns(model) -> list[str]:
    """Flattened column names of a model, nested models expanded even when absent."""
    columns: list[str] = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        nested = next((a for a in getattr(annotation, "__args__", (annotation,)) if hasattr(a, "model_fields")), None)
        if nested is not None:
            columns += [f"{name}_{c}" for c in _template_columns(nested)]
        else:
            columns.append(name)
    return columns


def table_columns(table: str) -> list[str]:
    return ["document_id", "index"] + _template_columns(ITEM_MODELS[table])


def document_row(doc: dict, output: str, reason: str | None) -> dict:
    findings = doc.get("findings", [])
    report = doc.get("report") or {}
    period = report.get("plan_period") or {}
    severities = [f["severity"] for f in findings]
    return {
        "document_id": doc["document_id"], "file": doc["source"]["file"], "output": output,
        "format": doc["source"]["format"], "sha256": doc["source"]["sha256"], "pages": doc["source"].get("pages"),
        "title": report.get("title"), "agency": report.get("agency"),
        "plan_period_start": period.get("start"), "plan_period_end": period.get("end"),
        "reporting_year": report.get("reporting_year"),
        "risks": len(doc.get("risks", [])), "indicators": len(doc.get("indicators", [])),
        "facts": len(doc.get("facts", [])), "errors": severities.count("error"),
        "warnings": severities.count("warning"), "status": "failed" if reason else "ok", "reason": reason,
    }


@functools.cache
def _column_paths(table: str) -> list[tuple[str, ...]]:
    """Where each flattened column of an item table sits in the item: ('risk',) or ('direction', 'number')."""
    paths: list[tuple[str, ...]] = []
    for name, field in ITEM_MODELS[table].model_fields.items():
        nested = next((a for a in getattr(field.annotation, "__args__", (field.annotation,)) if hasattr(a, "model_fields")), None)
        paths += [(name, sub) for sub in nested.model_fields] if nested is not None else [(name,)]
    return paths


def item_row(document_id: str, index: int, item: dict, table: str) -> tuple:
    """One row of an item table in column order, nested objects flattened with '_' (direction_number, ...)."""
    return _item_row(document_id, index, item, _column_paths(table))


def _item_row(document_id: str, index: int, item: dict, paths: list[tuple[str, ...]]) -> tuple:
    """One CSV row of an item, given where each column sits in it (tables hold thousands of facts)."""
    values = [document_id, index]
    for path in paths:
        value = item.get(path[0])
        if len(path) == 2:
            value = value.get(path[1]) if value else None
        values.append(json.dumps(value) if isinstance(value, list) else value)
    return tuple(values)


class TableRows:
    """The run's CSV rows, gathered per document as its JSON arrives (in any order), written in input order."""

    def __init__(self) -> None:
        self.paths = {table: _column_paths(table) for table in TABLES}
        self.by_input: dict[int, dict[str, list[tuple]]] = {}

    def add(self, position: int, doc: dict, output: str, files: list[str], reason: str | None) -> None:
        """The rows of one document; position orders the documents in the tables."""
        rows: dict[str, list[tuple]] = {"documents": []}
        for file in files:
            row = document_row(doc, output, reason)
            row["file"] = file
            rows["documents"].append(tuple(row[c] for c in DOCUMENT_COLUMNS))
        for table in TABLES:
            rows[table] = [_item_row(doc["document_id"], i, item, self.paths[table])
                           for i, item in enumerate(doc.get(table, []))]
        self.by_input[position] = rows

    def write(self, outdir: Path) -> None:
        ordered = [self.by_input[k] for k in sorted(self.by_input)]
        _write_csv(outdir / "documents.csv", [r for rows in ordered for r in rows["documents"]], DOCUMENT_COLUMNS)
        for table in TABLES:
            _write_csv(outdir / f"{table}.csv", [r for rows in ordered for r in rows[table]], table_columns(table))


def _write_csv(path: Path, records: list[tuple], columns: list[str]) -> None:
    """A table as CSV: a header, then one line per record ("," between fields, quotes only where needed); text
    that a spreadsheet would run as a formula is neutralised (neutralize_cell)."""
    values = list(zip(*records, strict=True)) or [()] * len(columns)
    typed = [_column_cells(name, column) for name, column in zip(columns, values, strict=True)]
    if any(cells is not None for cells in typed):
        records = list(zip(*(column if cells is None else cells for column, cells in zip(values, typed, strict=True)), strict=True))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([neutralize_cell(value) for value in record] for record in records)
    write_atomic(path, buffer.getvalue())


def _column_cells(name: str, values: tuple) -> list | None:
    """One column's values as they must be written, or None where the csv module writes them right as they are
    (None empty, a float as repr()). The columns are typed as they always were (pandas wrote them before):
    absent values (None, NaN) empty; integer columns whole ("3", not "3.0"); a column of nothing but numbers
    and gaps holding a float or a gap has its integers written as floats ("5.0")."""
    kinds = set(map(type, values))
    nan = float in kinds and any(v != v for v in values)
    if name in INTEGER_COLUMNS:
        return ["" if v is None or v != v else int(v) for v in values] if float in kinds else None
    widen = int in kinds and len(kinds) > 1 and kinds <= {int, float, type(None)}
    if not (widen or nan):
        return None
    return ["" if v is None or v != v else float(v) if widen else v for v in values]
