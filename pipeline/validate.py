"""Checks of an extracted report -> findings with the contract's stable codes."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from pipeline.models import Finding, Indicator, Location, Report
from pipeline.numbers import parse_cell_number

if TYPE_CHECKING:
    from pipeline.extract import TableParts
    from pipeline.layout import Layout
    from pipeline.sections import Parts

SECTION_NAMES = {
    "risks": "the risk table (Анализ управления рисками)",
    "indicators": "the indicator table (Достижение целей и целевых индикаторов)",
    "analytical_note": "the analytical note (Аналитическая записка)",
}
# Indicators where a fact below the plan is the good outcome.
LOWER_IS_BETTER_RE = regex.compile(
    r"снижени|сокращени|уменьшени|сменяемост|текучест|отток|смертност|заболеваемост|нарушени|правонарушени|"
    r"преступл|коррупц|жалоб|задолженност|просроч|инфляци|безработ|бедност|аварий|травматизм|потер|"
    r"дефицит|износ|уровень\s+(?:бедности|безработицы)|количеств\w+\s+(?:случаев|нарушений|жалоб)",
    regex.IGNORECASE,
)
SHARE_RE = regex.compile(r"^\s*(?:доля|удельн\w+\s+вес|уровень|процент|охват|степень)", regex.IGNORECASE)
GROWTH_RE = regex.compile(r"рост|прирост|темп|индекс|увеличени|отношени", regex.IGNORECASE)
PERCENT_UNIT_RE = regex.compile(r"^\s*(?:%|процент)", regex.IGNORECASE)


def finding(severity: str, code: str, message: str, location: Optional[Location] = None) -> Finding:
    return Finding(severity=severity, code=code, message=message, location=location)


def check_report(report: Report, layout: "Layout", parts: "Parts", table_parts: "TableParts") -> list[Finding]:
    """All findings of one extracted report, in a stable order."""
    findings = [finding("error", issue.code, f"{report.source.file}: {issue.message}", Location(page=issue.page))
                for issue in layout.issues]
    findings += check_sections(report, parts)
    findings += check_columns(table_parts)
    for indicator in report.indicators:
        findings += check_indicator(indicator)
    for risk in report.risks:
        if risk.status is None and risk.status_text:
            findings.append(finding("error", "unknown_status",
                                    f"risk status {risk.status_text!r} is none of the known wordings "
                                    "(Исполнено / Не исполнено / Исполнено частично)", risk.location))
    return findings


def check_sections(report: Report, parts: "Parts") -> list[Finding]:
    """missing_section for each of the three parts that is absent."""
    present = {
        "risks": bool(report.risks),
        "indicators": bool(report.indicators),
        "analytical_note": "analytical_note" in parts.found and any(
            getattr(b, "text", None) for b in parts.blocks["analytical_note"]
        ),
    }
    return [
        finding("error", "missing_section", f"{report.source.file}: {SECTION_NAMES[part]} is absent"
                + (" (its title is there, but no table under it could be read)" if part in parts.found else ""))
        for part, ok in present.items() if not ok
    ]


def check_columns(table_parts: "TableParts") -> list[Finding]:
    """A header wording that no column role claimed."""
    out = []
    for mapping in table_parts.column_maps:
        for header in mapping.unmapped:
            out.append(finding("warning", "unmapped_column",
                               f"{mapping.kind} table: column header {header!r} was not understood and is not extracted"))
    return out


def lower_is_better(indicator: Indicator) -> bool:
    return bool(LOWER_IS_BETTER_RE.search(indicator.name or ""))


def check_indicator(ind: Indicator) -> list[Finding]:
    """Completeness and consistency of one indicator row."""
    out: list[Finding] = []
    label = f"indicator {_short(ind.name)!r}"
    for field_name, text, value in (("plan", ind.plan_text, ind.plan), ("fact", ind.fact_text, ind.fact)):
        kind = parse_cell_number(text).kind
        if kind == "missing":
            out.append(finding("error", "missing_value", f"{label}: no {field_name} value (cell: {text or 'empty'!r})", ind.location))
        elif kind == "unparsed":
            out.append(finding("error", "unparsed_number", f"{label}: {field_name} cell {text!r} is not a number", ind.location))
    if ind.status is None:
        what = f"{ind.status_text!r} is none of the known wordings (Достигнут / Не достигнут / Частично достигнут)" \
            if ind.status_text else "is empty"
        out.append(finding("error", "unknown_status", f"{label}: status {what}", ind.location))
    out += check_status_consistency(ind, label)
    out += check_percent_range(ind, label)
    return out


def check_status_consistency(ind: Indicator, label: str) -> list[Finding]:
    if ind.plan is None or ind.fact is None or ind.status not in ("achieved", "not_achieved"):
        return []
    lower = lower_is_better(ind)
    met = ind.fact <= ind.plan if lower else ind.fact >= ind.plan
    if met == (ind.status == "achieved"):
        return []
    direction = "lower is better" if lower else "higher is better"
    return [finding("warning", "status_mismatch",
                    f"{label}: status {ind.status_text!r} contradicts plan {ind.plan_text} vs fact {ind.fact_text} "
                    f"(assumed {direction}; expected {'achieved' if met else 'not achieved'})", ind.location)]


def check_percent_range(ind: Indicator, label: str) -> list[Finding]:
    if not PERCENT_UNIT_RE.match(ind.unit or "") or not SHARE_RE.match(ind.name or "") or GROWTH_RE.search(ind.name or ""):
        return []
    return [finding("warning", "percent_out_of_range", f"{label}: {field_name} {value:g}% is outside 0–100 for a share", ind.location)
            for field_name, value in (("plan", ind.plan), ("fact", ind.fact)) if value is not None and not 0 <= value <= 100]


def _short(text: Optional[str], limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
