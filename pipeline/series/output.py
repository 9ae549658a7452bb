"""`series --format json|csv`: the series as the contract's JSON list, or one CSV row per member."""
from __future__ import annotations

import csv
import io
import json

from pipeline.export import neutralize_cell
from pipeline.series.model import Member, Series

CSV_COLUMNS = ["series_id", "agency", "agency_key", "series_name", "reporting_year", "document_id", "file", "index",
               "name", "unit", "plan", "fact", "plan_text", "fact_text", "status", "rule", "score"]


def member_dict(member: Member) -> dict:
    """One member as the contract writes it (pipeline.models.SeriesMemberOut; built directly, it is the hot loop)."""
    ref = member.indicator
    linked = member.linked_to or (None, None)
    return {
        "document_id": ref.document_id, "reporting_year": member.reporting_year, "name": ref.name, "plan": ref.plan,
        "fact": ref.fact, "status": ref.status, "index": ref.index, "file": member.file, "unit": ref.unit,
        "plan_text": ref.plan_text, "fact_text": ref.fact_text, "rule": member.rule, "score": member.score,
        "linked_to_document_id": linked[0], "linked_to_index": linked[1],
    }


def series_dict(series: Series) -> dict:
    """One series as the contract writes it (pipeline.models.SeriesOut)."""
    return {"series_id": series.series_id, "agency": series.agency, "name": series.name, "agency_key": series.agency_key,
            "years": series.years, "members": [member_dict(m) for m in series.members]}


def series_json(series: list[Series]) -> str:
    """The contract's shape: [{"series_id", "agency", "name", "members": [{"document_id", "reporting_year",
    "name", "plan", "fact", "status", ...}]}], extra fields inside the objects; a series a line."""
    lines = ",\n".join(json.dumps(series_dict(s), ensure_ascii=False) for s in series)
    return f"[\n{lines}\n]\n" if series else "[]\n"


def series_rows(series: list[Series]) -> list[dict]:
    """One row per member: its series, its report, its values, the rule and score of its link."""
    rows = []
    for s in series:
        for m in s.members:
            out = member_dict(m)
            rows.append({"series_id": s.series_id, "agency": s.agency, "agency_key": s.agency_key,
                         "series_name": s.name, **{c: out.get(c) for c in CSV_COLUMNS[4:]}})
    return rows


def series_csv(series: list[Series]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    # Text that a spreadsheet would run as a formula gets a leading apostrophe, as in the run's tables.
    writer.writerows({k: neutralize_cell(v) for k, v in row.items()} for row in series_rows(series))
    return out.getvalue()
