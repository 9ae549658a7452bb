"""The contract's document object (schema_version "1") as pydantic models."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_serializer

from pipeline import SCHEMA_VERSION


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Location(_Model):
    page: Optional[int] = Field(None, description="1-based page number (PDF)")
    table: Optional[int] = Field(None, description="index of the table as the parser saw it")
    row: Optional[int] = Field(None, description="row index inside the table")
    paragraph: Optional[int] = Field(None, description="index of the paragraph as the parser saw it")
    bbox: Optional[list[float]] = Field(None, min_length=4, max_length=4,
                                        description="[x0, top, x1, bottom] in PDF points from the page's top-left "
                                                    "(values read by OCR)")
    confidence: Optional[float] = Field(None, ge=0, le=1, description="OCR confidence of the value, 0-1")

    @model_serializer(mode="wrap")
    def _only_present_provenance(self, handler):
        """bbox and confidence appear only where the value was read from a page image."""
        data = handler(self)
        for key in ("bbox", "confidence"):
            if data.get(key) is None:
                data.pop(key, None)
        return data


class Source(_Model):
    file: str
    format: Literal["docx", "pdf", "doc", "rtf", "odt"] = Field(description="the file's own format")
    sha256: str
    pages: Optional[int] = None


class PlanPeriod(_Model):
    start: int
    end: int


class ReportInfo(_Model):
    title: Optional[str] = None
    agency: Optional[str] = None
    plan_period: Optional[PlanPeriod] = None
    reporting_year: Optional[int] = None


class Direction(_Model):
    number: Optional[str] = None
    title: Optional[str] = None


class Goal(_Model):
    number: Optional[str] = None
    title: Optional[str] = None


RiskStatus = Literal["executed", "not_executed", "partially_executed"]
IndicatorStatus = Literal["achieved", "not_achieved", "partially_achieved"]


class Risk(_Model):
    direction: Optional[Direction] = None
    goal: Optional[Goal] = None
    risk: Optional[str] = None
    consequences: Optional[str] = Field(None, description="the possible consequences of the risk, where a column says them")
    planned_measures: Optional[str] = None
    actual_measures: Optional[str] = None
    status: Optional[RiskStatus] = None
    status_text: Optional[str] = None
    comment: Optional[str] = Field(None, description="explanation written under the status, if any")
    location: Optional[Location] = None


class Indicator(_Model):
    direction: Optional[Direction] = None
    goal: Optional[Goal] = None
    name: Optional[str] = None
    source: Optional[str] = None
    unit: Optional[str] = None
    plan: Optional[float] = None
    fact: Optional[float] = None
    plan_text: Optional[str] = None
    fact_text: Optional[str] = None
    status: Optional[IndicatorStatus] = None
    status_text: Optional[str] = None
    comment: Optional[str] = None
    location: Optional[Location] = None


class Fact(_Model):
    value: float
    unit: str = Field(description="person, count, percent, KZT, point, times, month, ...")
    object: Optional[str] = Field(None, description="the counted word as written")
    qualifier: Optional[str] = Field(None, description="'более', 'порядка', 'не менее', ... as written")
    text: str = Field(description="the span as it stands in the document")
    sentence: str
    year: Optional[int] = None
    per: Optional[float] = Field(None, description="the base of a rate: 100000 in '38,4 случая на 100 тыс. населения'")
    per_object: Optional[str] = Field(None, description="what the base counts, as written: 'населения'")
    change: Optional[Literal["increase", "decrease", "change"]] = Field(
        None, description="a difference rather than a level: 'рост на 8%' increase, 'на 3,1% меньше' decrease, "
                          "'изменилась на 2 п.п.' change; null for a level")
    part: Literal["analytical_note", "risks", "indicators"]
    direction: Optional[str] = None
    goal: Optional[str] = None
    location: Optional[Location] = None


Severity = Literal["error", "warning", "info"]


class Finding(_Model):
    severity: Severity
    code: str
    message: str
    location: Optional[Location] = None


class Report(_Model):
    """One extracted document."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    document_id: str = Field(description="sha256 hex of the input file bytes")
    source: Source
    report: ReportInfo = Field(default_factory=ReportInfo)
    risks: list[Risk] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)


def report_json_schema() -> dict:
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Strategic plan implementation report, schema_version 1"
    return schema


# --------------------------------------------------------------------------- `series` output (not the document object)

LinkRule = Literal["new", "exact", "fuzzy", "manual", "same_report"]


class SeriesMemberOut(BaseModel):
    """One indicator of one report in a series (the contract's member; the fields after `status` are extra)."""

    document_id: str
    reporting_year: Optional[int] = None
    name: str
    plan: Optional[float] = None
    fact: Optional[float] = None
    status: Optional[IndicatorStatus] = None
    index: int = Field(description="the indicator's position in its document's indicators")
    file: Optional[str] = None
    unit: Optional[str] = None
    plan_text: Optional[str] = None
    fact_text: Optional[str] = None
    rule: LinkRule = Field(description="what linked it to the member before it: new (the first), exact, fuzzy, manual, same_report")
    score: Optional[float] = Field(None, description="the score of that link (100 for exact, manual and same_report; "
                                                   "none for the first member)")
    linked_to_document_id: Optional[str] = None
    linked_to_index: Optional[int] = None


class SeriesOut(BaseModel):
    """One indicator of one agency across the reports of different years."""

    series_id: str
    agency: str
    name: str = Field(description="the indicator's latest wording")
    agency_key: Optional[str] = None
    years: list[int] = Field(default_factory=list)
    members: list[SeriesMemberOut]
