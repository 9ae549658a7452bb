"""The report's identity and its table rows -> the contract's ReportInfo, Risk and Indicator records."""
from __future__ import annotations

from typing import Optional

from pipeline.models import Direction, Goal, Indicator, Location, PlanPeriod, ReportInfo, Risk
from pipeline.numbers import Status, parse_cell_number, parse_indicator_status, parse_risk_status
from pipeline.sections import Group, Identity
from pipeline.tables import TableRow


def report_info(identity: Identity) -> ReportInfo:
    """Title, agency, plan period and reporting year as the document object states them."""
    period = identity.plan_period
    return ReportInfo(
        title=identity.title,
        agency=identity.agency,
        plan_period=PlanPeriod(start=period[0], end=period[1]) if period else None,
        reporting_year=identity.reporting_year,
    )


def _direction(group: Optional[Group]) -> Optional[Direction]:
    return Direction(number=group.number, title=group.title) if group else None


def _goal(group: Optional[Group]) -> Optional[Goal]:
    return Goal(number=group.number, title=group.title) if group else None


def _text(values: dict[str, str], role: str) -> Optional[str]:
    return values.get(role) or None


def _comment(status_comment: Optional[str], values: dict[str, str]) -> Optional[str]:
    """The explanation under the status, and that of a separate "Причины ..." column."""
    parts = [p for p in (status_comment, values.get("comment")) if p]
    return "\n".join(parts) or None


def _explanation(status_cell: str) -> Status:
    """A status cell beside a missing fact that says why rather than a status ("Данные будут опубликованы в мае"):
    no status, the cell's text as the comment."""
    return Status(None, None, "\n".join(line.strip() for line in status_cell.strip().split("\n") if line.strip()))


def row_location(row: TableRow) -> Location:
    return Location(page=row.page, table=row.table, row=row.row, bbox=row.bbox, confidence=row.confidence)


def risk_record(row: TableRow) -> Risk:
    """A risk-table row as a Risk."""
    status = parse_risk_status(row.values.get("status"))
    return Risk(
        direction=_direction(row.direction),
        goal=_goal(row.goal),
        risk=_text(row.values, "risk"),
        consequences=_text(row.values, "consequences"),
        planned_measures=_text(row.values, "planned_measures"),
        actual_measures=_text(row.values, "actual_measures"),
        status=status.status,
        status_text=status.status_text,
        comment=_comment(status.comment, row.values),
        location=row_location(row),
    )


def indicator_record(row: TableRow) -> Indicator:
    """An indicator-table row as an Indicator; numbers parsed, texts kept as written."""
    plan_text, fact_text = _text(row.values, "plan"), _text(row.values, "fact")
    status = parse_indicator_status(row.values.get("status"))
    if status.status is None and status.status_text and parse_cell_number(fact_text).kind == "missing":
        status = _explanation(row.values["status"])
    return Indicator(
        direction=_direction(row.direction),
        goal=_goal(row.goal),
        name=_text(row.values, "name"),
        source=_text(row.values, "source"),
        unit=_text(row.values, "unit"),
        plan=parse_cell_number(plan_text).value,
        fact=parse_cell_number(fact_text).value,
        plan_text=plan_text,
        fact_text=fact_text,
        status=status.status,
        status_text=status.status_text,
        comment=_comment(status.comment, row.values),
        location=row_location(row),
    )
