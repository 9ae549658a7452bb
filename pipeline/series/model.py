"""What linking works on and what it makes: documents with their indicators in; agencies, series and members out."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

FORMAT_RANK = {"docx": 0, "odt": 1, "doc": 2, "rtf": 3, "pdf": 4}  # which copy of a report speaks for it


@dataclass(frozen=True)
class IndicatorRef:
    """One indicator row of one document, as linking and the history checks need it."""

    document_id: str
    index: int
    name: str
    unit: Optional[str] = None
    plan: Optional[float] = None
    fact: Optional[float] = None
    status: Optional[str] = None
    plan_text: Optional[str] = None
    fact_text: Optional[str] = None
    direction_number: Optional[str] = None
    direction_title: Optional[str] = None
    goal_number: Optional[str] = None
    goal_title: Optional[str] = None
    comment: Optional[str] = None
    location: Optional[tuple[Optional[int], Optional[int], Optional[int]]] = None  # (page, table, row)

    @property
    def key(self) -> tuple[str, int]:
        return self.document_id, self.index


@dataclass(frozen=True)
class NoteFact:
    """A figure of a document's note that names a year (for `fact_restated`)."""

    value: float
    unit: str
    year: int
    text: str
    sentence: str
    location: Optional[tuple[Optional[int], Optional[int]]] = None  # (page, paragraph)


@dataclass
class SeriesDocument:
    """One document: identity, how it was published, its indicators (and its note's dated figures)."""

    document_id: str
    file: str
    agency: Optional[str]
    reporting_year: Optional[int]
    format: str = "docx"
    errors: int = 0
    indicators: list[IndicatorRef] = field(default_factory=list)
    facts: list[NoteFact] = field(default_factory=list)

    @property
    def rank(self) -> tuple:
        """Which of two copies of one report speaks for it: DOCX before PDF, fewer errors, more indicators."""
        return FORMAT_RANK.get(self.format, 9), self.errors, -len(self.indicators), self.document_id


@dataclass(frozen=True)
class AgencyName:
    """One way an agency is named in the reports, the agency it was matched to, and how."""

    name: str
    agency_key: str
    rule: str   # "first" (the group's earliest name), "exact", "fuzzy", "manual"
    score: float


@dataclass
class AgencyGroup:
    """The documents of one agency under all its names; key: the normalized earliest name."""

    key: str
    names: list[AgencyName]
    documents: list[SeriesDocument]

    @property
    def display_name(self) -> str:
        """The agency's latest name as its latest report writes it."""
        named = [d for d in self.documents if d.agency]
        latest = max(named, key=lambda d: (d.reporting_year or 0, -FORMAT_RANK.get(d.format, 9)), default=None)
        return latest.agency if latest is not None and latest.agency else self.key


@dataclass
class Member:
    """One indicator of one report in a series, with the rule and score of the link that put it there."""

    indicator: IndicatorRef
    reporting_year: Optional[int]
    file: str
    rule: str   # "new", "exact", "fuzzy", "manual", "same_report"
    score: Optional[float]  # None for the first member of a series, which is linked to nothing
    linked_to: Optional[tuple[str, int]] = None  # the member it was linked to


@dataclass
class Series:
    """One indicator of one agency across the years."""

    series_id: str
    agency_key: str
    agency: str
    members: list[Member] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The latest wording of the indicator."""
        return self.members[-1].indicator.name

    @property
    def years(self) -> list[int]:
        return sorted({m.reporting_year for m in self.members if m.reporting_year is not None})
