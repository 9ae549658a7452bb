"""The data model behind the sample reports: one structure drives both the DOCX and the expected JSON.

Cell and paragraph texts use a tiny markup:

* ``"\\n\\n"`` separates paragraphs, a single ``"\\n"`` is a soft line break (``w:br``);
* ``"{+text+}"`` is a tracked insertion (``w:ins``): its text is part of the document;
* ``"{-text-}"`` is a tracked deletion (``w:del``/``w:delText``): its text is not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Union

TRACKED = re.compile(r"(\{\+.*?\+\}|\{-.*?-\})", re.S)
_SPACES = re.compile(r"[^\S\n]+")

RISK_STATUSES = {
    "Исполнено": "executed",
    "Выполнено": "executed",
    "Исполнено частично": "partially_executed",
    "Частично исполнено": "partially_executed",
    "Не исполнено": "not_executed",
    "Не выполнено": "not_executed",
}
INDICATOR_STATUSES = {
    "Достигнут": "achieved",
    "Достигнуто": "achieved",
    "Выполнено": "achieved",
    "Не достигнут": "not_achieved",
    "Не достигнуто": "not_achieved",
    "Частично достигнут": "partially_achieved",
    "Частично достигнуто": "partially_achieved",
}
NO_VALUE = {"-", "–", "—", "н/д"}
QUALIFIERS = re.compile(r"^(не менее|не более|более|менее|до)\s+")


@dataclass(frozen=True)
class Group:
    """A group row: a strategic direction or a goal, with the label exactly as written in the table."""

    kind: str  # "direction" | "goal"
    number: str
    title: str
    label: str


@dataclass
class RiskRow:
    """One row of the risk table (rich-text cells)."""

    risk: str
    planned: str
    actual: str
    status: str
    number: Optional[str] = None  # the "№ п/п" cell, when the table has one


@dataclass
class IndicatorRow:
    """One row of the indicator table (rich-text cells; empty string = empty cell)."""

    name: str
    source: str
    unit: str
    plan: str
    fact: str
    status: str
    number: Optional[str] = None


@dataclass
class HeaderCell:
    """A header cell: text, horizontal span, and vertical merge ("restart", "continue" or None)."""

    text: str
    span: int = 1
    vmerge: Optional[str] = None


@dataclass
class TableSpec:
    """A risk or indicator table: columns (role, width in cm), header rows and body rows.

    group_style "merged": a group row is one cell spanning the table (gridSpan);
    "single_cell": the label sits in the first text column, every other cell empty, nothing merged.
    split_at: body-row index where the table is cut; the rest goes into a second Word table after
    a "Продолжение таблицы" paragraph, repeating the header and column-number rows.
    header_heights: minimum height (cm) per header row, None for automatic.
    """

    kind: str  # "risks" | "indicators"
    columns: list[tuple[str, float]]
    header: list[list[HeaderCell]]
    rows: list[Union[Group, RiskRow, IndicatorRow]]
    numbering_row: bool = True
    group_style: str = "merged"
    split_at: Optional[int] = None
    header_heights: Optional[list[Optional[float]]] = None


@dataclass
class Para:
    """A body paragraph; style is one of "title", "section", "heading", "body", "meta", "continuation"."""

    text: str
    style: str = "body"


@dataclass
class ReportInfo:
    """The report identity as a person would write it (agency in the nominative case)."""

    agency: str
    plan_start: int
    plan_end: int
    reporting_year: int


@dataclass
class Sample:
    """One sample document: its file stem, page orientation, identity and blocks in reading order."""

    name: str
    info: ReportInfo
    blocks: list[Union[Para, TableSpec]] = field(default_factory=list)
    landscape: bool = False

    def tables(self, kind: str) -> list[TableSpec]:
        """The tables of one kind ("risks" or "indicators")."""
        return [b for b in self.blocks if isinstance(b, TableSpec) and b.kind == kind]

    def records(self, kind: str) -> list[Union[RiskRow, IndicatorRow]]:
        """Every body row of that kind that is not a group row."""
        return [r for t in self.tables(kind) for r in t.rows if not isinstance(r, Group)]


# --------------------------------------------------------------------------- text rules


def visible_text(rich: str) -> str:
    """The text a reader sees: deletions dropped, insertions kept, markup removed."""
    parts = []
    for piece in TRACKED.split(rich):
        if piece.startswith("{-") and piece.endswith("-}"):
            continue
        if piece.startswith("{+") and piece.endswith("+}"):
            piece = piece[2:-2]
        parts.append(piece)
    return "".join(parts)


def clean_text(text: str) -> str:
    """Collapse spaces (NBSP and U+202F included) inside lines, strip every line, drop empty lines."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def cell_text(rich: str) -> Optional[str]:
    """The expected text of a rich-text cell, or None for an empty cell."""
    return clean_text(visible_text(rich)) or None


def number_value(text: Optional[str]) -> Optional[float]:
    """The number in a plan/fact cell: "1 234,5" -> 1234.5, "не менее 90" -> 90.0, "-"/"н/д" -> None."""
    if text is None or text in NO_VALUE:
        return None
    core = QUALIFIERS.sub("", text).rstrip("%").strip()
    return float(core.replace(" ", "").replace(",", "."))


def split_status(rich: str, vocabulary: dict[str, str]) -> tuple[str, str, Optional[str]]:
    """(status code, first line, remaining lines or None) of a status cell."""
    text = cell_text(rich) or ""
    first, _, rest = text.partition("\n")
    if first not in vocabulary:
        raise ValueError(f"unknown status wording: {first!r}")
    return vocabulary[first], first, rest or None


# --------------------------------------------------------------------------- expected JSON


def _group_json(group: Optional[Group]) -> Optional[dict]:
    """{"number", "title"} of a direction or goal."""
    return {"number": group.number, "title": group.title} if group else None


def _walk(sample: Sample, kind: str):
    """Yield (direction, goal, row) for every record row, tracking group rows across split tables."""
    direction = goal = None
    for table in sample.tables(kind):
        for row in table.rows:
            if isinstance(row, Group):
                if row.kind == "direction":
                    direction, goal = row, None
                else:
                    goal = row
                continue
            yield direction, goal, row


def risk_json(direction: Optional[Group], goal: Optional[Group], row: RiskRow) -> dict:
    """The expected record of one risk row."""
    status, status_text, _ = split_status(row.status, RISK_STATUSES)
    return {
        "direction": _group_json(direction),
        "goal": _group_json(goal),
        "risk": cell_text(row.risk),
        "planned_measures": cell_text(row.planned),
        "actual_measures": cell_text(row.actual),
        "status": status,
        "status_text": status_text,
    }


def indicator_json(direction: Optional[Group], goal: Optional[Group], row: IndicatorRow) -> dict:
    """The expected record of one indicator row."""
    status, status_text, comment = split_status(row.status, INDICATOR_STATUSES)
    plan_text, fact_text = cell_text(row.plan), cell_text(row.fact)
    return {
        "direction": _group_json(direction),
        "goal": _group_json(goal),
        "name": cell_text(row.name),
        "source": cell_text(row.source),
        "unit": cell_text(row.unit),
        "plan": number_value(plan_text),
        "fact": number_value(fact_text),
        "plan_text": plan_text,
        "fact_text": fact_text,
        "status": status,
        "status_text": status_text,
        "comment": comment,
    }


def title_text(sample: Sample) -> str:
    """The title paragraphs joined with one space, whitespace collapsed."""
    parts = [visible_text(b.text) for b in sample.blocks if isinstance(b, Para) and b.style == "title"]
    return " ".join(" ".join(parts).split())


def expected_json(sample: Sample) -> dict:
    """The ground truth of a sample, built from the same data the DOCX was written from."""
    info = sample.info
    return {
        "report": {
            "title": title_text(sample),
            "agency": info.agency,
            "plan_period": {"start": info.plan_start, "end": info.plan_end},
            "reporting_year": info.reporting_year,
        },
        "risks": [risk_json(d, g, r) for d, g, r in _walk(sample, "risks")],
        "indicators": [indicator_json(d, g, r) for d, g, r in _walk(sample, "indicators")],
    }


GROUP_LABEL = re.compile(
    r"^(?:\d+(?:\.\d+)*\.\s+)?(?P<kind>Стратегическое направление|Цель)\s+(?P<number>\d+(?:\.\d+)*)\.?\s+(?P<title>.+)$",
    re.S,
)


def parse_group(label: str) -> Group:
    """A Group from a label such as "Цель 1.1. Повышение ..." or "1. Стратегическое направление 1. ..."."""
    m = GROUP_LABEL.match(clean_text(label))
    if not m:
        raise ValueError(f"not a group label: {label!r}")
    kind = "direction" if m["kind"].startswith("Страт") else "goal"
    return Group(kind, m["number"], m["title"].strip(), label)
