"""The texts the fact extractor reads: the note's paragraphs under their headings, and the risk table's text cells."""
from __future__ import annotations

from typing import Iterator

import regex

from pipeline.facts import TextBlock, extract_facts
from pipeline.layout import Paragraph
from pipeline.models import Fact, Location
from pipeline.sections import NOTE, Parts, parse_group_label
from pipeline.tables import RISK, TableParts, TableRow

MIN_RUN_ON_BODY = 120  # a heading's wrapped second line is shorter than this and has no sentence end
SENTENCE_END_RE = regex.compile(r"[.!?…]\s+\S")
REPORTING_PERIOD_RE = regex.compile(r"отч[её]тн\w+\s+(?:год|период)", regex.IGNORECASE)
RISK_TEXT_ROLES = ("risk", "planned_measures", "actual_measures")


def extract_all_facts(parts: Parts, table_parts: TableParts) -> list[Fact]:
    """Facts of the note and of the risk cells; "в отчетном году/периоде" ties a figure to the reporting year."""
    facts = extract_facts(list(note_blocks(parts)), "analytical_note") + extract_facts(
        list(risk_cell_blocks(table_parts.rows[RISK])), "risks"
    )
    year = parts.identity.reporting_year
    if year is not None:
        for fact in facts:
            if fact.year is None and REPORTING_PERIOD_RE.search(fact.sentence):
                fact.year = year
    return facts


def note_blocks(parts: Parts) -> Iterator[TextBlock]:
    """The note's paragraphs as fact-extractor blocks, each under the direction and goal of its headings."""
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


def split_heading(text: str) -> tuple[str, str]:
    """A paragraph's first line and the body run on after it, when a PDF glued a heading to its paragraph."""
    first, _, rest = text.partition("\n")
    if rest and (len(rest) > MIN_RUN_ON_BODY or SENTENCE_END_RE.search(rest)):
        return first, rest
    return text, ""


def risk_cell_blocks(rows: list[TableRow]) -> Iterator[TextBlock]:
    """The text cells of the risk table as fact-extractor blocks."""
    for row in rows:
        for role in RISK_TEXT_ROLES:
            text = row.values.get(role)
            if text:
                yield TextBlock(
                    text,
                    Location(page=row.page, table=row.table, row=row.row, bbox=row.bbox, confidence=row.confidence),
                    row.direction.number if row.direction else None,
                    row.goal.number if row.goal else None,
                )
