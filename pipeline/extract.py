"""One document end to end: read -> sections -> tables -> records -> facts -> findings."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import regex

from pipeline.layout import Layout, Paragraph, Table, UnreadableDocument
from pipeline.models import Finding, Location, PlanPeriod, Report, ReportInfo, Source
from pipeline.readers import declared_format, read_layout
from pipeline.readers.ocr import OcrOptions
from pipeline.records import indicator_record, risk_record
from pipeline.sections import INDICATORS, NOTE, RISKS, Parts, parse_group_label, split_parts
from pipeline.tables import INDICATOR, RISK, ColumnMap, TableRow, classify_table, data_rows, find_header
from pipeline import validate

SECTION_KIND = {RISKS: RISK, INDICATORS: INDICATOR}


@dataclass
class TableParts:
    """The tables of each kind in document order, and the column maps read from their headers."""

    tables: dict[str, list[Table]] = field(default_factory=lambda: {RISK: [], INDICATOR: []})
    rows: dict[str, list[TableRow]] = field(default_factory=lambda: {RISK: [], INDICATOR: []})
    column_maps: list[ColumnMap] = field(default_factory=list)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def extract_document(path: Path | str, display_name: Optional[str] = None, ocr: Optional[OcrOptions] = None) -> Report:
    """Extract one report; an unreadable file gives a Report with an `unreadable_document` finding.

    ocr: when to OCR PDF pages and in which languages (default: pages without usable text, rus+kaz+eng)."""
    path = Path(path)
    name = display_name or path.name
    digest = sha256_of(path)
    source = Source(file=name, format=declared_format(path), sha256=digest)
    try:
        layout = read_layout(path, ocr)
    except UnreadableDocument as exc:
        finding = Finding(severity="error", code="unreadable_document", message=f"{name}: {exc}")
        return Report(document_id=digest, source=source, findings=[finding])
    source.pages = layout.pages
    return build_report(layout, source)


def build_report(layout: Layout, source: Source) -> Report:
    """The document object of a layout."""
    parts = split_parts(layout)
    identity = parts.identity
    info = ReportInfo(
        title=identity.title,
        agency=identity.agency,
        plan_period=PlanPeriod(start=identity.plan_period[0], end=identity.plan_period[1]) if identity.plan_period else None,
        reporting_year=identity.reporting_year,
    )
    table_parts = read_tables(parts)
    report = Report(
        document_id=source.sha256,
        source=source,
        report=info,
        risks=[risk_record(r) for r in table_parts.rows[RISK]],
        indicators=[indicator_record(r) for r in table_parts.rows[INDICATOR]],
    )
    report.facts = extract_all_facts(parts, table_parts)
    report.findings = validate.check_report(report, layout, parts, table_parts)
    return report


def read_tables(parts: Parts) -> TableParts:
    """Sort the tables outside the note into risk and indicator tables, then read their rows."""
    out = TableParts()
    previous: Optional[tuple[str, int]] = None  # kind and width of the last table read
    for section, blocks in [(None, parts.preamble), (RISKS, parts.blocks[RISKS]), (INDICATORS, parts.blocks[INDICATORS])]:
        for table in (b for b in blocks if isinstance(b, Table)):
            kind = _kind_of(table, SECTION_KIND.get(section), previous)
            if kind is not None:
                out.tables[kind].append(table)
                previous = (kind, table.n_cols)
    for kind, tables in out.tables.items():
        for item in data_rows(tables, kind):
            if isinstance(item, ColumnMap):
                out.column_maps.append(item)
            else:
                out.rows[kind].append(item)
    return out


def _kind_of(table: Table, section_kind: Optional[str], previous: Optional[tuple[str, int]]) -> Optional[str]:
    """Risk or indicator table: by its header; a headerless table continues the previous one."""
    mapping = classify_table(table)
    if mapping is not None:
        return mapping.kind
    if section_kind is not None and find_header(table, section_kind)[0]:
        return section_kind
    if previous is not None and previous[1] == table.n_cols:
        return previous[0]
    return None


def note_blocks(parts: Parts):
    """The note's paragraphs as fact-extractor blocks, each under the direction and goal of its headings."""
    from pipeline.facts import TextBlock

    direction = goal = None
    for block in parts.blocks[NOTE]:
        if not isinstance(block, Paragraph):
            continue
        text = block.text
        heading, body = split_heading(text)
        group = parse_group_label(heading) if heading else None
        if group is not None and group.kind in ("direction", "goal"):
            if group.kind == "direction":
                direction, goal = group.number, None
            else:
                goal = group.number
            if not body:
                continue
            text = body
        yield TextBlock(text, Location(page=block.page, paragraph=block.index, bbox=block.bbox,
                                       confidence=block.confidence), direction, goal)


MIN_RUN_ON_BODY = 120  # a heading's wrapped second line is shorter than this and has no sentence end
SENTENCE_END_RE = regex.compile(r"[.!?…]\s+\S")


def split_heading(text: str) -> tuple[str, str]:
    """A paragraph's first line and the body run on after it, when a PDF glued a heading to its paragraph."""
    first, _, rest = text.partition("\n")
    if rest and (len(rest) > MIN_RUN_ON_BODY or SENTENCE_END_RE.search(rest)):
        return first, rest
    return text, ""


def risk_cell_blocks(rows: list[TableRow]):
    """The text cells of the risk table as fact-extractor blocks."""
    from pipeline.facts import TextBlock

    for row in rows:
        for role in ("risk", "planned_measures", "actual_measures"):
            text = row.values.get(role)
            if text:
                yield TextBlock(
                    text,
                    Location(page=row.page, table=row.table, row=row.row, bbox=row.bbox, confidence=row.confidence),
                    row.direction.number if row.direction else None,
                    row.goal.number if row.goal else None,
                )


REPORTING_PERIOD_RE = regex.compile(r"отч[её]тн\w+\s+(?:год|период)", regex.IGNORECASE)


def extract_all_facts(parts: Parts, table_parts: TableParts):
    """Facts of the note and of the risk cells; "в отчетном году/периоде" ties a figure to the reporting year."""
    from pipeline.facts import extract_facts

    facts = extract_facts(list(note_blocks(parts)), "analytical_note") + extract_facts(
        list(risk_cell_blocks(table_parts.rows[RISK])), "risks"
    )
    year = parts.identity.reporting_year
    if year is not None:
        for fact in facts:
            if fact.year is None and REPORTING_PERIOD_RE.search(fact.sentence):
                fact.year = year
    return facts
