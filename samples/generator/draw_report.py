"""One random but valid report from a seed: identity, title, the two tables, the note, and what was drawn.

>>> report = generate(7)
>>> report.truth()["report"]["reporting_year"] == report.reporting_year
True
"""
from __future__ import annotations

import random

from generator import wording
from generator.draw_content import ContentDrawer
from generator.draw_layout import LayoutDrawer, break_kinds, draw_typography
from generator.markup import footnotes
from generator.model import Group, GroupRow, Para, Record, Report, Table

RECORDS_PER_GOAL = {"risks": (1, 3), "indicators": (1, 4)}
MAX_RECORDS = {"risks": 9, "indicators": 14}
YEAR_LINE_STARTS = ("Период", "Отчетный", "за ")


def generate(seed: int) -> Report:
    """The report of a seed; the same seed always gives the same report."""
    rng = random.Random(seed)
    agency, agency_genitive = rng.choice(wording.AGENCIES)
    start = rng.randint(2016, 2023)
    end = start + rng.choice([3, 4, 4, 5])
    year = rng.randint(start, end)
    orientation = rng.choices(["portrait", "landscape", "tables_landscape"], weights=[5, 3, 2])[0]
    typography = draw_typography(rng)
    content = ContentDrawer(rng, year)
    layout = LayoutDrawer(rng, year, seed, typography.table_size)
    structure = content.structure()
    blocks: list = title_blocks(rng, agency_genitive, start, end, year)
    tables = {}
    for kind in ("risks", "indicators"):
        blocks.append(section_title(rng, kind))
        if rng.random() < 0.25:
            blocks.append(Para(rng.choice(wording.TABLE_INTROS[kind]), "intro"))
        comment_column = kind == "indicators" and rng.random() < 0.15
        rows = table_rows(rng, content, structure, kind, comment_column)
        tables[kind] = layout.table(kind, rows, orientation, comment_column)
        blocks.append(tables[kind])
    blocks.append(Para(rng.choice(wording.SECTION_TITLES["note"]), "section"))
    blocks += content.note(structure, tables["indicators"].records())
    report = Report(
        seed=seed, agency=agency, plan_period=(start, end), reporting_year=year,
        typography=typography, orientation=orientation, blocks=blocks,
        running_header=rng.choice(wording.RUNNING_HEADERS).format(start=start, end=end) if rng.random() < 0.2 else None,
        page_numbers=rng.random() < 0.5,
    )
    report.axes = axes_of(report, tables)
    return report


def title_blocks(rng: random.Random, agency_genitive: str, start: int, end: int, year: int) -> list[Para]:
    """The title paragraphs and the reporting-year line, in one of the layouts reports use."""
    dash = rng.choice(wording.PERIOD_DASHES)
    texts = [t.format(agency=agency_genitive, start=start, end=end, dash=dash, year=year)
             for t in rng.choice(wording.TITLE_LAYOUTS)]
    return [Para(t, "meta" if i and t.startswith(YEAR_LINE_STARTS) else "title") for i, t in enumerate(texts)]


def section_title(rng: random.Random, kind: str) -> Para:
    """A part's title, sometimes with extra space above it so that page breaks fall elsewhere in the table."""
    space = rng.uniform(0, 160) if rng.random() < 0.35 else 0.0
    return Para(rng.choice(wording.SECTION_TITLES[kind]), "section", round(space, 1))


def table_rows(rng: random.Random, content: ContentDrawer, structure: list[tuple[Group, list[Group]]], kind: str,
               comment_column: bool) -> list:
    """Group rows and records of one table, following the plan's directions and goals."""
    prefixes = content.prefixes()
    low, high = RECORDS_PER_GOAL[kind]
    rows: list = []
    n = 0
    for direction, goals in structure:
        combined = rng.random() < 0.2
        for j, goal in enumerate(goals):
            if j == 0:
                rows += content.group_rows(direction, goal, combined, prefixes)
            else:
                rows.append(GroupRow([goal], content.label(goal, prefixes), goal.number))
            for _ in range(rng.randint(low, high)):
                if n < MAX_RECORDS[kind]:
                    rows.append(content.risk_record() if kind == "risks" else content.indicator_record(comment_column))
                    n += 1
    return [r for i, r in enumerate(rows) if isinstance(r, Record) or group_row_needed(rows, i)]


def group_row_needed(rows: list, i: int) -> bool:
    """A group row is kept only when a record follows it before the next direction row."""
    for row in rows[i + 1 :]:
        if isinstance(row, Record):
            return True
        if any(g.kind == "direction" for g in row.groups):
            return False
    return False


def axes_of(report: Report, tables: dict[str, Table]) -> dict:
    """What was drawn on each variation axis (for coverage and for reading a failure)."""
    t = report.typography
    note = " ".join(p.text for p in report.note_paragraphs())
    cells = " ".join(v for table in tables.values() for r in table.records() for v in r.cells.values())
    out = {
        "font": t.body_font, "table_font": t.table_font, "size": t.body_size, "table_size": t.table_size,
        "align": t.align, "line": t.line / 240, "orientation": report.orientation,
        "footnotes": len(footnotes(note)), "subsup_note": "⟦su" in note, "subsup_cells": "⟦su" in cells,
        "tracked": "{+" in cells or "{-" in cells, "page_numbers": report.page_numbers,
        "running_header": bool(report.running_header),
    }
    for kind, table in tables.items():
        roles = [r for r, _ in table.columns]
        out[kind] = {
            "columns": roles, "header_rows": len(table.header), "numbering_row": table.numbering_row,
            "repeat_header": table.repeat_header, "group_style": table.group_style, "cant_split": table.cant_split,
            "breaks": break_kinds(table), "narrow": table.narrow_role,
            "records": len(table.records()),
        }
    return out
