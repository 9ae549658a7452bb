"""A generated report: its blocks with markup, its typography and table geometry, and the truth they imply.

The truth is what a perfect extractor returns (see CONTRACT.md): text as written, paragraphs joined by
"\\n", spaces collapsed; plan/fact as numbers; statuses mapped to their codes. It is computed from the same
data the DOCX is written from, never from a parser.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union

from generator.markup import cell_text, visible, words
from sample_model import HeaderCell

RISK_FIELDS = ["direction", "goal", "risk", "planned_measures", "actual_measures", "status", "status_text", "comment"]
INDICATOR_FIELDS = ["direction", "goal", "name", "source", "unit", "plan", "fact", "plan_text", "fact_text",
                    "status", "status_text", "comment"]
TEXT_FIELDS = {"risk", "planned_measures", "actual_measures", "status_text", "comment", "name", "source", "unit",
               "plan_text", "fact_text"}
ROLE_FIELDS = {"risk": "risk", "planned": "planned_measures", "actual": "actual_measures"}


@dataclass(frozen=True)
class Group:
    """A direction or a goal as the truth states it."""

    kind: str  # "direction" | "goal"
    number: str
    title: str

    def as_json(self) -> dict:
        return {"number": self.number, "title": words(self.title)}


@dataclass
class GroupRow:
    """A group row of a table: one or two groups (a direction and its first goal in one cell) and their label."""

    groups: list[Group]
    label: str  # markup, "\n" between two labels
    number: Optional[str] = None  # written in the "№" cell when the group style is "number_cell"


@dataclass
class Record:
    """One risk or indicator row: markup per column role, and the truth's values that are not plain text."""

    cells: dict[str, str]  # role -> markup ("no", "risk", "planned", ... "plan", "fact", "status", "comment")
    status: str  # contract code
    status_text: str
    status_comment: Optional[str] = None  # markup of the explanation written under the status
    plan: Optional[float] = None
    fact: Optional[float] = None


@dataclass
class Table:
    """A risk or indicator table and how it is laid out.

    breaks: body-row index -> how a page break is forced before that row: "split" (Word's Ctrl+Enter in a
    table: the table is cut, a paragraph holding a page break between the halves), "split_header" (the same,
    the second half repeating the header rows), "continuation" (a "Продолжение таблицы" paragraph starting
    a new page, then the header again).
    """

    kind: str  # "risks" | "indicators"
    columns: list[tuple[str, float]]  # (role, width in cm)
    header: list[list[HeaderCell]]  # sample_model's header cells (text, span, vmerge)
    rows: list[Union[GroupRow, Record]]
    numbering_row: bool = True
    repeat_header: bool = True
    group_style: str = "merged"  # "merged" | "first_cell" | "number_cell"
    breaks: dict[int, str] = field(default_factory=dict)
    continuation_text: str = "Продолжение таблицы"
    cant_split: bool = False  # rows may not break across pages
    narrow_role: Optional[str] = None  # the column drawn narrow enough to break words, if any

    def records(self) -> list[Record]:
        return [r for r in self.rows if isinstance(r, Record)]


@dataclass
class Para:
    """A body paragraph. style: "title", "meta", "section", "heading", "body", "intro"."""

    text: str
    style: str = "body"
    space_before: float = 0.0  # points, on top of the style's


@dataclass
class Typography:
    """Fonts, sizes, justification and spacing of one report."""

    body_font: str
    table_font: str
    body_size: float
    table_size: float
    align: str  # "both" | "left"
    table_align: str
    line: int  # w:spacing/@line, 240 = single
    table_line: int
    first_indent: float  # cm
    space_after: float  # pt


@dataclass
class Report:
    """One generated report: identity, layout, blocks in reading order, and how it was drawn."""

    seed: int
    agency: str  # nominative
    plan_period: tuple[int, int]
    reporting_year: int
    typography: Typography
    orientation: str  # "portrait" | "landscape" | "tables_landscape"
    blocks: list[Union[Para, Table]]
    running_header: Optional[str] = None
    page_numbers: bool = False
    axes: dict = field(default_factory=dict)  # the variation drawn on each axis, for coverage reports

    @property
    def name(self) -> str:
        return f"gen_{self.seed:05d}"

    def tables(self, kind: str) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table) and b.kind == kind]

    def note_paragraphs(self) -> list[Para]:
        """The paragraphs after the note's title."""
        start = next(i for i, b in enumerate(self.blocks) if isinstance(b, Para) and b.style == "section"
                     and "записк" in b.text.lower())
        return [b for b in self.blocks[start + 1 :] if isinstance(b, Para)]

    def truth(self) -> dict:
        """The report as a perfect extractor returns it."""
        return {
            "report": {
                "title": title_text(self),
                "agency": self.agency,
                "plan_period": {"start": self.plan_period[0], "end": self.plan_period[1]},
                "reporting_year": self.reporting_year,
            },
            "risks": [risk_json(d, g, r) for d, g, r in walk(self, "risks")],
            "indicators": [indicator_json(d, g, r) for d, g, r in walk(self, "indicators")],
            "note_text": note_text(self),
            "note_paragraphs": [words(visible(p.text)) for p in self.note_paragraphs()],
        }


def title_text(report: Report) -> str:
    """The title paragraphs joined by one space (the reporting-year line is not part of the title)."""
    parts = [visible(b.text) for b in report.blocks if isinstance(b, Para) and b.style == "title"]
    return " ".join(" ".join(parts).split())


def note_text(report: Report) -> str:
    """Every paragraph of the note, whitespace-normalized and joined by one space."""
    return words(" ".join(visible(p.text) for p in report.note_paragraphs()))


def walk(report: Report, kind: str):
    """(direction, goal, record) for every record, group rows carried across tables of one kind."""
    direction = goal = None
    for table in report.tables(kind):
        for row in table.rows:
            if isinstance(row, GroupRow):
                for group in row.groups:
                    if group.kind == "direction":
                        direction, goal = group, None
                    else:
                        goal = group
                continue
            yield direction, goal, row


def _group(group: Optional[Group]) -> Optional[dict]:
    return group.as_json() if group else None


def _comment(record: Record) -> Optional[str]:
    """The explanation under the status and that of a separate comment column, joined by "\\n"."""
    parts = [cell_text(record.status_comment or ""), cell_text(record.cells.get("comment", ""))]
    return "\n".join(p for p in parts if p) or None


def risk_json(direction: Optional[Group], goal: Optional[Group], record: Record) -> dict:
    """The truth of one risk row."""
    out = {"direction": _group(direction), "goal": _group(goal)}
    for role, name in ROLE_FIELDS.items():
        out[name] = cell_text(record.cells.get(role, ""))
    out.update(status=record.status, status_text=record.status_text, comment=_comment(record))
    return out


def indicator_json(direction: Optional[Group], goal: Optional[Group], record: Record) -> dict:
    """The truth of one indicator row."""
    return {
        "direction": _group(direction),
        "goal": _group(goal),
        "name": cell_text(record.cells["name"]),
        "source": cell_text(record.cells.get("source", "")),
        "unit": cell_text(record.cells.get("unit", "")),
        "plan": record.plan,
        "fact": record.fact,
        "plan_text": cell_text(record.cells["plan"]),
        "fact_text": cell_text(record.cells["fact"]),
        "status": record.status,
        "status_text": record.status_text,
        "comment": _comment(record),
    }
