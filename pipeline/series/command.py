"""`series OUTDIR|--db URL [--format json|csv|html] [--mapping FILE]`: the series, as text for the command line."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from pipeline.series.build import SeriesSet, build_series
from pipeline.series.mapping import Mapping, read_mapping
from pipeline.series.sources import run_documents

FORMATS = ("json", "csv", "html")
DEFAULT_MAPPING = "series_mapping.csv"


def series_of_run(outdir: Path, mapping: Optional[Mapping] = None) -> SeriesSet:
    """The series of a run folder's documents, with OUTDIR/series_mapping.csv when no mapping is given."""
    if mapping is None:
        default = outdir / DEFAULT_MAPPING
        mapping = read_mapping(default if default.is_file() else None)
    return build_series(run_documents(outdir), mapping)


def series_of_database(url: str, mapping: Optional[Mapping] = None) -> SeriesSet:
    """The series of every document in the database (its stored mapping and ids unless a mapping is given)."""
    from pipeline.db import connect
    from pipeline.series.store import series_from_database

    engine = connect(url)
    try:
        with engine.connect() as conn:
            return series_from_database(conn, mapping)
    finally:
        engine.dispose()


def render(result: SeriesSet, fmt: str) -> str:
    """The series as JSON (the contract's shape), CSV (a row per member) or one HTML page."""
    if fmt == "csv":
        from pipeline.series.output import series_csv

        return series_csv(result.series)
    if fmt == "html":
        from pipeline.series.html import render_series_page

        return render_series_page(result)
    from pipeline.series.output import series_json

    return series_json(result.series)


def unused_rows(result: SeriesSet) -> list[str]:
    """A line per mapping row that matched nothing, for the person who wrote it."""
    return [f"warning: mapping line {r.line} ({r.kind} {r.name!r}, {r.reporting_year or ''}) matched nothing"
            for r in result.unused_mapping]


def series_command(outdir: Optional[Path], url: Optional[str], fmt: str, mapping_path: Optional[Path]) -> tuple[str, list[str]]:
    """(the output, warnings for stderr)."""
    mapping = read_mapping(mapping_path) if mapping_path is not None else None
    result = series_of_database(url, mapping) if url else series_of_run(outdir or Path("."), mapping)
    return render(result, fmt), unused_rows(result)
