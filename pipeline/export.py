"""Writers: one JSON per document (atomically) and the run's CSV tables, rebuilt from those JSON files."""
from __future__ import annotations

import functools
import json
import os
import tempfile
from pathlib import Path

from pipeline.models import Fact, Finding, Indicator, Risk

TABLES = ("risks", "indicators", "facts", "findings")
ITEM_MODELS = {"risks": Risk, "indicators": Indicator, "facts": Fact, "findings": Finding}
DOCUMENT_COLUMNS = [
    "document_id", "file", "output", "format", "sha256", "pages", "title", "agency",
    "plan_period_start", "plan_period_end", "reporting_year",
    "risks", "indicators", "facts", "errors", "warnings", "status", "reason",
]


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so a killed run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def document_json(report_dict: dict) -> str:
    return json.dumps(report_dict, ensure_ascii=False, indent=2) + "\n"


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


@functools.lru_cache(maxsize=None)
def _column_paths(table: str) -> list[tuple[str, ...]]:
    """Where each flattened column of an item table sits in the item: ('risk',) or ('direction', 'number')."""
    paths = []
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
    import pandas as pd  # here, not at the top: `series` and `load` import this module and never write a CSV

    frame = pd.DataFrame.from_records(records, columns=columns)
    for column in frame.columns:
        if column in ("pages", "reporting_year", "plan_period_start", "plan_period_end", "year", "index",
                      "location_page", "location_table", "location_row", "location_paragraph"):
            frame[column] = frame[column].astype("Int64")
    write_atomic(path, frame.to_csv(index=False, lineterminator="\n"))


