"""One document end to end, as its list of stages: read -> parts -> tables -> records -> facts -> findings.

Each stage is a function of the module that owns it; a file that cannot be read is a finding, not an exception.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

from pipeline.errors import UnreadableDocument
from pipeline.fact_sources import extract_all_facts
from pipeline.findings import finding
from pipeline.layout import Layout
from pipeline.models import Report, Source
from pipeline.readers import declared_format, read_layout
from pipeline.readers.ocr import OcrOptions
from pipeline.records import indicator_record, report_info, risk_record
from pipeline.sections import split_parts
from pipeline.tables import INDICATOR, RISK, read_tables
from pipeline.validate import check_report


def extract_document(path: Path | str, display_name: Optional[str] = None, ocr: Optional[OcrOptions] = None) -> Report:
    """Extract one report; an unreadable file gives a Report with an `unreadable_document` finding.

    ocr: when to OCR PDF pages and in which languages (default: pages without usable text, rus+kaz+eng)."""
    path = Path(path)
    name = display_name or path.name
    source = Source(file=name, format=declared_format(path), sha256=sha256_of(path))
    try:
        layout = read_layout(path, ocr)
    except UnreadableDocument as exc:
        return Report(document_id=source.sha256, source=source, findings=[finding("unreadable_document", f"{name}: {exc}")])
    source.pages = layout.pages
    return build_report(layout, source)


def build_report(layout: Layout, source: Source) -> Report:
    """The document object of a layout."""
    parts = split_parts(layout)
    table_parts = read_tables(parts)
    report = Report(
        document_id=source.sha256,
        source=source,
        report=report_info(parts.identity),
        risks=[risk_record(row) for row in table_parts.rows[RISK]],
        indicators=[indicator_record(row) for row in table_parts.rows[INDICATOR]],
    )
    report.facts = extract_all_facts(parts, table_parts, layout.issues)
    report.findings = check_report(report, layout, parts, table_parts)
    return report


def sha256_of(path: Path) -> str:
    """The hex sha256 of a file's bytes: the document's id."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
