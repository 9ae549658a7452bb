"""The Frictionless Data Package descriptor of a run's CSV tables (OUTDIR/datapackage.json).

Each table's fields are export.py's column lists, typed from the pydantic models, so anyone can validate
the tables (e.g. `frictionless validate OUTDIR/datapackage.json`) without this project's code.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional, Union, get_args, get_origin

from pipeline import SCHEMA_VERSION
from pipeline.export import DOCUMENT_COLUMNS, ITEM_MODELS, TABLES, TableRows, table_columns, write_atomic
from pipeline.models import ReportInfo, Source

SCALAR_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean",
                list[float]: "array"}  # an OCR'd value's bbox, written as JSON text: [x0, top, x1, bottom]
DOCUMENT_KEY = ["document_id", "file"]  # documents.csv has a row per input name; a duplicate file adds one


@dataclass(frozen=True)
class FieldType:
    """One flattened column: its Table Schema type, whether every row has a value, its allowed values."""

    type: str
    required: bool = False
    enum: Optional[tuple] = None
    description: Optional[str] = None


def model_field_types(model, prefix: str = "", required: bool = True) -> dict[str, FieldType]:
    """Flattened column name -> type of a pydantic model, nested models expanded with '_' as export.flatten does."""
    out: dict[str, FieldType] = {}
    for name, info in model.model_fields.items():
        options = get_args(info.annotation) if get_origin(info.annotation) in (Union, types.UnionType) else (info.annotation,)
        inner = next(a for a in options if a is not type(None))
        present = required and type(None) not in options
        if hasattr(inner, "model_fields"):
            out.update(model_field_types(inner, f"{prefix}{name}_", present))
        elif get_origin(inner) is Literal:
            out[prefix + name] = FieldType(SCALAR_TYPES[type(get_args(inner)[0])], present, get_args(inner), info.description)
        else:
            out[prefix + name] = FieldType(SCALAR_TYPES[inner], present, None, info.description)
    return out


def document_field_types() -> dict[str, FieldType]:
    """documents.csv: the source and report identity, the output name, counts, status and reason."""
    counts = {c: FieldType("integer", True) for c in ("risks", "indicators", "facts", "errors", "warnings")}
    return {
        "document_id": FieldType("string", True, description="sha256 hex of the input file bytes"),
        "output": FieldType("string", True, description="the document's JSON file in this folder, without .json"),
        **model_field_types(Source), **model_field_types(ReportInfo), **counts,
        "status": FieldType("string", True, ("ok", "failed")),
        "reason": FieldType("string", description="why the document failed, for a person"),
    }


def table_field_types(table: str) -> dict[str, FieldType]:
    """The typed columns of one table, in the order of its CSV header (a KeyError if the two drift apart)."""
    if table == "documents":
        typed, columns = document_field_types(), DOCUMENT_COLUMNS
    else:
        keys = {"document_id": FieldType("string", True), "index": FieldType("integer", True)}
        typed, columns = {**keys, **model_field_types(ITEM_MODELS[table])}, table_columns(table)
    return {column: typed[column] for column in columns}


def table_schema(table: str) -> dict:
    """The Table Schema of one CSV: fields, missing values, primary key, foreign key to documents."""
    schema = {
        "fields": [_field(name, ft) for name, ft in table_field_types(table).items()],
        "missingValues": [""],
        "primaryKey": DOCUMENT_KEY if table == "documents" else ["document_id", "index"],
    }
    if table != "documents":
        schema["foreignKeys"] = [{"fields": ["document_id"], "reference": {"resource": "documents", "fields": ["document_id"]}}]
    return schema


def _field(name: str, ft: FieldType) -> dict:
    field: dict[str, object] = {"name": name, "type": ft.type}
    if ft.description:
        field["description"] = ft.description
    constraints = {**({"required": True} if ft.required else {}), **({"enum": list(ft.enum)} if ft.enum else {})}
    if constraints:
        field["constraints"] = constraints
    return field


def descriptor() -> dict:
    """The whole Data Package: one tabular resource per CSV table."""
    return {
        "profile": "tabular-data-package",
        "name": "kz-strategic-plan-reports",
        "title": "Strategic plan implementation reports: risks, indicators, facts and findings",
        "schema_version": SCHEMA_VERSION,
        "resources": [{
            "name": table, "path": f"{table}.csv", "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": table_schema(table),
        } for table in ("documents",) + TABLES],
    }


TABLE_FILES = ("documents.csv",) + tuple(f"{table}.csv" for table in TABLES) + ("datapackage.json",)
STAGING_PREFIX, READY = ".tables-", ".tables-ready"


def publish_tables(outdir: Path, tables: TableRows) -> None:
    """Write the run's CSV tables and their descriptor as one set, so no reader finds tables of two runs.

    All are written into a hidden folder of OUTDIR, which is renamed `.tables-ready` once complete, then
    moved in one by one; a run killed during the moves leaves `.tables-ready`, which the next run or
    `load` moves in first (finish_pending_tables), so the set is always completed, never mixed.
    """
    finish_pending_tables(outdir)
    staging = Path(tempfile.mkdtemp(dir=outdir, prefix=STAGING_PREFIX))
    try:
        tables.write(staging)
        write_datapackage(staging)
        os.rename(staging, outdir / READY)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finish_pending_tables(outdir)


def finish_pending_tables(outdir: Path) -> None:
    """Move a complete set of tables left by a killed run into OUTDIR; drop half-written staging folders."""
    ready = outdir / READY
    if ready.is_dir():
        for name in TABLE_FILES:
            if (ready / name).exists():
                os.replace(ready / name, outdir / name)
        shutil.rmtree(ready, ignore_errors=True)
    for stale in outdir.glob(f"{STAGING_PREFIX}*"):
        if stale.is_dir() and stale.name != READY:
            shutil.rmtree(stale, ignore_errors=True)


def write_datapackage(outdir: Path) -> None:
    """OUTDIR/datapackage.json, beside the CSV tables it describes."""
    write_atomic(outdir / "datapackage.json", json.dumps(descriptor(), ensure_ascii=False, indent=2) + "\n")
