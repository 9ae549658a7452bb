"""Load a run's per-document JSON into a SQL database with SQLAlchemy Core: SQLite (default) or PostgreSQL.

    python -m pipeline load OUTDIR [--db URL] [--mapping FILE]   (default URL: sqlite:///OUTDIR/reports.sqlite)

The run is the documents that OUTDIR/documents.csv lists; each comes from its JSON file, checked against
the document model before the database is touched. The whole load is one transaction: every document of
the run replaces the rows an earlier load of the same document (same document_id) left, and the series of
every document in the database are rebuilt (pipeline/series/store.py), or, if anything fails, nothing changes.
Next to an SQLite database, a Datasette metadata file is written (pipeline/datasette.py).
"""
from __future__ import annotations

import csv
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from sqlalchemy import Column, Double, ForeignKey, Index, Integer, MetaData, Table, Text, create_engine, delete, event, insert
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from pipeline.datapackage import finish_pending_tables, table_field_types
from pipeline.errors import LoadError, UsageError
from pipeline.export import TABLES, document_row, item_row, restore_cell, table_columns
from pipeline.models import Report
from pipeline.series import store as series_store
from pipeline.series.mapping import Mapping, read_mapping

SQL_TYPES = {"string": Text, "integer": Integer, "number": Double, "array": Text}  # arrays (an OCR bbox) as JSON text
INDEXED = {"documents": ("agency", "reporting_year"), "indicators": ("name",), "facts": ("year",), "findings": ("code",)}
DEFAULT_DATABASE = "reports.sqlite"
DEFAULT_MAPPING = "series_mapping.csv"  # a person's link decisions, read from OUTDIR when present

metadata = MetaData()


@dataclass
class RunDocument:
    """One document of a run: its JSON object, its JSON file's name, every input name, its failure reason."""

    doc: dict
    output: str
    files: list[str]
    reason: Optional[str]


def _table(name: str) -> Table:
    """A table typed like its CSV: documents keyed by document_id, the others by (document_id, index)."""
    key = ("document_id",) if name == "documents" else ("document_id", "index")
    columns: list[Column] = [Column(column, SQL_TYPES[ft.type], *_references(name, column), primary_key=column in key,
                      nullable=not ft.required) for column, ft in table_field_types(name).items()]
    return Table(name, metadata, *columns, *(Index(f"ix_{name}_{c}", c) for c in INDEXED.get(name, ())))


def _references(table: str, column: str) -> list[ForeignKey]:
    """Every table's document_id points to documents."""
    return [ForeignKey("documents.document_id")] if column == "document_id" and table != "documents" else []


SQL_TABLES = {name: _table(name) for name in ("documents",) + TABLES}
document_files = Table(
    "document_files", metadata,
    Column("document_id", Text, ForeignKey("documents.document_id"), primary_key=True),
    Column("file", Text, primary_key=True),
    comment="every input name of a document (byte-identical files are one document)",
)


@event.listens_for(metadata, "before_drop")
def _drop_series(_target, connection, **_kw) -> None:
    """The series view reads the indicators table: drop it, and the series tables, with the tables."""
    series_store.drop(connection)


def default_url(outdir: Path) -> str:
    return URL.create("sqlite", database=str((outdir / DEFAULT_DATABASE).resolve())).render_as_string()


def connect(url: str) -> Engine:
    """An engine for the URL (a bare postgresql:// uses whichever psycopg is installed); SQLite enforces foreign keys."""
    try:
        engine = create_engine(_with_driver(make_url(url)))
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise UsageError(f"--db {url!r} is not a database URL this program can use ({exc})") from exc
    except ImportError as exc:
        raise UsageError(f"--db {url!r}: its database driver is not installed ({exc}; pip install -e '.[postgres]')") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_foreign_keys)
    return engine


def _with_driver(url: URL) -> URL:
    """postgresql:// -> postgresql+psycopg2:// when psycopg 3 (SQLAlchemy 2.1's default) is absent."""
    if url.drivername == "postgresql" and importlib.util.find_spec("psycopg") is None:
        return url.set(drivername="postgresql+psycopg2")
    return url


def _sqlite_foreign_keys(dbapi_connection, _record) -> None:
    """SQLite checks foreign keys only when each connection asks it to."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


MAX_LISTING_BYTES = 256 << 20  # documents.csv (a row per input name)
MAX_DOCUMENT_BYTES = 256 << 20  # one document's JSON (a real report's is well under 1 MB)


def load(outdir: Path, url: Optional[str] = None, mapping: Optional[Path] = None) -> tuple[int, str]:
    """Load the run in outdir into the database at url, then rebuild the series of every document there;
    returns (documents loaded, url without password). mapping: a mapping file (default OUTDIR/series_mapping.csv
    when present), which replaces the one the database keeps; without one the kept one applies."""
    if not outdir.is_dir():
        raise UsageError(f"{outdir}: not a folder; give the OUTDIR that `extract` wrote")
    try:
        finish_pending_tables(outdir)  # a run killed while moving its tables in left the complete set aside
    except OSError as exc:
        raise LoadError(f"{outdir}: cannot complete the tables a killed run left ({exc})") from exc
    documents = read_run(outdir)
    decisions = _mapping(outdir, mapping)
    engine = connect(url or default_url(outdir))
    try:
        load_documents(engine, documents, decisions)
        if engine.dialect.name == "sqlite" and engine.url.database:
            from pipeline.datasette import write_metadata

            write_metadata(Path(engine.url.database))
    finally:
        engine.dispose()
    return len(documents), engine.url.render_as_string(hide_password=True)


def _mapping(outdir: Path, path: Optional[Path]) -> Optional[Mapping]:
    """The mapping file given, else OUTDIR's series_mapping.csv, else None (a bad file raises MappingError, bad usage)."""
    if path is None and (outdir / DEFAULT_MAPPING).is_file():
        path = outdir / DEFAULT_MAPPING
    return read_mapping(path) if path is not None else None


def load_documents(engine: Engine, documents: list[RunDocument], mapping: Optional[Mapping] = None) -> None:
    """Create the tables if absent, then replace every document's rows and rebuild the series, all in one transaction."""
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            for document in documents:
                replace_document(conn, document)
            series_store.rebuild(conn, mapping)
    except SQLAlchemyError as exc:
        where = engine.url.render_as_string(hide_password=True)
        raise LoadError(f"could not load into {where}, nothing was changed: {getattr(exc, 'orig', None) or exc}") from exc


def replace_document(conn, document: RunDocument) -> None:
    """Delete the document's rows, if any, then insert them anew; a value the database cannot hold is a LoadError."""
    try:
        _replace_document(conn, document)
    except (OverflowError, ValueError, TypeError) as exc:  # the driver's own refusals, e.g. an INTEGER beyond 64 bits
        raise LoadError(f"{document.output}: a value the database cannot hold ({exc}); nothing was changed") from exc


def _replace_document(conn, document: RunDocument) -> None:
    document_id = document.doc["document_id"]
    for table in reversed(metadata.sorted_tables):  # rows that point to documents first
        conn.execute(delete(table).where(table.c.document_id == document_id))
    conn.execute(insert(SQL_TABLES["documents"]), [document_row(document.doc, document.output, document.reason)])
    conn.execute(insert(document_files), [{"document_id": document_id, "file": f} for f in document.files])
    for name in TABLES:
        rows = item_rows(document.doc, name)
        if rows:
            conn.execute(insert(SQL_TABLES[name]), rows)


def item_rows(doc: dict, table: str) -> list[dict]:
    """The rows of one table for one document, flattened like its CSV, every column present.

    A whole number in a number column goes in as a float, as the column's type holds it: SQLite's driver
    refuses a Python int beyond 64 bits (a fact of 10^30 tenge) even for a REAL column.
    """
    columns = table_columns(table)
    floats = _number_columns(table)
    rows = []
    for index, item in enumerate(doc.get(table, [])):
        row = dict(zip(columns, item_row(doc["document_id"], index, item, table), strict=True))
        for column in floats:
            if isinstance(row[column], int) and not isinstance(row[column], bool):
                row[column] = float(row[column])
        rows.append(row)
    return rows


def _number_columns(table: str) -> list[str]:
    return [column for column, ft in table_field_types(table).items() if ft.type == "number"]


def read_run(outdir: Path) -> list[RunDocument]:
    """The documents that outdir/documents.csv lists (a row per input name), each JSON read and checked."""
    listing = outdir / "documents.csv"
    if not listing.is_file():
        raise UsageError(f"{outdir}: no documents.csv here; run `python -m pipeline extract ... -o {outdir}` first")
    by_output: dict[str, RunDocument] = {}
    for file, output, reason in _listing_rows(listing):
        if Path(output).name != output or not output.endswith(".json"):
            raise LoadError(f"{listing}: output {output!r} is not a JSON file name of this folder")
        if output in by_output:
            by_output[output].files.append(file)
        else:
            by_output[output] = RunDocument(read_document(outdir / output), output, [file], reason or None)
    return list(by_output.values())


def _listing_rows(listing: Path) -> list[tuple[str, str, str]]:
    """(file, output, reason) of each row of documents.csv, as written before the CSV's formula neutralisation."""
    try:
        if listing.stat().st_size > MAX_LISTING_BYTES:
            raise LoadError(f"{listing}: larger than {MAX_LISTING_BYTES >> 20} MB; not read")
        with open(listing, newline="", encoding="utf-8") as fh:
            return [(restore_cell(r["file"]), restore_cell(r["output"]), restore_cell(r["reason"] or ""))
                    for r in csv.DictReader(fh)]
    except (OSError, csv.Error, ValueError, KeyError, TypeError) as exc:
        raise LoadError(f"{listing}: not a documents table this program wrote ({type(exc).__name__}: {exc})") from exc


def read_document(path: Path) -> dict:
    """One per-document JSON file, strict JSON (no NaN or Infinity), bounded in size, checked against the model."""
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise LoadError(f"{path}: larger than {MAX_DOCUMENT_BYTES >> 20} MB; not read")
        doc = json.loads(path.read_text(encoding="utf-8"), parse_constant=_refuse_constant)
        Report.model_validate(doc)
    except (OSError, ValueError, RecursionError) as exc:  # pydantic's ValidationError is a ValueError
        raise LoadError(f"{path}: not a readable document JSON ({exc})") from exc
    return doc


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")
