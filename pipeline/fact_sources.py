"""The texts the fact extractor reads: the note's paragraphs under their headings, and the risk table's text cells."""
from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Optional

import regex

from pipeline.facts import TextBlock, extract_facts
from pipeline.layout import Issue, Paragraph
from pipeline.models import Fact, Location
from pipeline.sections import NOTE, Group, Parts, label_lines, parse_group_label
from pipeline.tables import RISK, TableParts, TableRow

MIN_RUN_ON_BODY = 120  # a heading's wrapped second line is shorter than this and has no sentence end
SENTENCE_END_RE = regex.compile(r"[.!?…]\s+\S")
RISK_TEXT_ROLES = ("risk", "planned_measures", "actual_measures")


# Bounds on what one block (a paragraph, a cell) gives the fact extractor, whatever the reader: a real paragraph
# holds a few thousand characters and a few dozen figures; an 8 MB risk cell once gave 211,532 "facts".
MAX_BLOCK_CHARS = 100_000
MAX_BLOCK_FACTS = 1_000


def extract_all_facts(parts: Parts, table_parts: TableParts, issues: Optional[list[Issue]] = None) -> list[Fact]:
    """Facts of the note and of the risk cells; the report's reporting year dates "в отчетном году" and the
    headline figures compared with earlier years.

    Each block is read up to MAX_BLOCK_CHARS and gives at most MAX_BLOCK_FACTS facts; a figure too large for a
    float is no fact. Each cut is told in `issues` (`facts_truncated`).
    """
    issues = issues if issues is not None else []
    year = parts.identity.reporting_year
    note = list(_bounded(note_blocks(parts), issues))
    cells = list(_bounded(risk_cell_blocks(table_parts.rows[RISK]), issues))
    return (_bounded_facts(extract_facts(note, "analytical_note", reporting_year=year), issues)
            + _bounded_facts(extract_facts(cells, "risks", reporting_year=year), issues))


def _where(location: Optional[Location]) -> str:
    if location is None:
        return "a block"
    parts = {"page": location.page, "table": location.table, "row": location.row, "paragraph": location.paragraph}
    return ", ".join(f"{key} {value}" for key, value in parts.items() if value is not None) or "a block"


def _page(location: Optional[Location]) -> Optional[int]:
    return location.page if location is not None else None


def _bounded(blocks: Iterable[TextBlock], issues: list[Issue]) -> Iterator[TextBlock]:
    """The blocks, each cut to MAX_BLOCK_CHARS characters."""
    for block in blocks:
        if len(block.text) > MAX_BLOCK_CHARS:
            issues.append(Issue("facts_truncated", f"{_where(block.location)}: {len(block.text):,} characters; figures "
                                                   f"were read in the first {MAX_BLOCK_CHARS:,} only",
                                _page(block.location)))
            block = dataclasses.replace(block, text=block.text[:MAX_BLOCK_CHARS])
        yield block


def _bounded_facts(facts: list[Fact], issues: list[Issue]) -> list[Fact]:
    """At most MAX_BLOCK_FACTS facts from one place (in order), none whose value no float holds."""
    counts: Counter = Counter()
    kept = []
    for fact in facts:
        if isinstance(fact.value, float) and not math.isfinite(fact.value):
            continue
        where = fact.location
        key = (where.page, where.table, where.row, where.paragraph) if where else None  # a bbox (OCR) is a list
        counts[key] += 1
        if counts[key] <= MAX_BLOCK_FACTS:
            kept.append(fact)
        elif counts[key] == MAX_BLOCK_FACTS + 1:
            issues.append(Issue("facts_truncated", f"{_where(fact.location)}: more than {MAX_BLOCK_FACTS:,} figures; "
                                                   "only the first were kept", _page(fact.location)))
    return kept


def note_blocks(parts: Parts) -> Iterator[TextBlock]:
    """The note's paragraphs as fact-extractor blocks, each under the direction and goal of its headings."""
    direction = goal = None
    for block in parts.blocks[NOTE]:
        if not isinstance(block, Paragraph):
            continue
        text = block.text
        heading, body = split_heading(text)
        groups = heading_groups(heading)
        if groups:
            for group in groups:
                if group.kind == "direction":
                    direction, goal = group.number, None
                else:
                    goal = group.number
            if not body:
                continue
            text = body
        yield TextBlock(text, Location(page=block.page, paragraph=block.index, bbox=block.bbox,
                                       confidence=block.confidence), direction, goal)


def heading_groups(heading: str) -> list[Group]:
    """The direction and goal labels a note heading holds, in order: one, or a direction's heading and its first
    goal's run into one paragraph ("Стратегическое направление 1. Title Цель 1.1: Title", as a scan's lines give
    them when the bold that parts them is not seen). [] when the heading is no such label."""
    if not heading:
        return []
    pieces = [parse_group_label(piece) for piece in label_lines(heading)]
    if len(pieces) > 1 and all(g is not None and g.kind in ("direction", "goal") for g in pieces):
        return [g for g in pieces if g is not None]
    group = parse_group_label(heading)
    return [group] if group is not None and group.kind in ("direction", "goal") else []


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
