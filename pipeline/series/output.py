"""`series --format json|csv`: the series as the contract's JSON list, or one CSV row per member."""
from __future__ import annotations

import csv
import io
import json

from pipeline.models import SeriesMemberOut, SeriesOut
from pipeline.series.model import Member, Series

CSV_COLUMNS = ["series_id", "agency", "agency_key", "series_name", "reporting_year", "document_id", "file", "index",
               "name", "unit", "plan", "fact", "plan_text", "fact_text", "status", "rule", "score"]


def member_out(member: Member) -> SeriesMemberOut:
    ref = member.indicator
    return SeriesMemberOut(
        document_id=ref.document_id, reporting_year=member.reporting_year, name=ref.name, plan=ref.plan,
        fact=ref.fact, status=ref.status, index=ref.index, file=member.file, unit=ref.unit,
        plan_text=ref.plan_text, fact_text=ref.fact_text, rule=member.rule, score=member.score,
        linked_to_document_id=member.linked_to[0] if member.linked_to else None,
        linked_to_index=member.linked_to[1] if member.linked_to else None,
    )


def series_out(series: Series) -> SeriesOut:
    return SeriesOut(series_id=series.series_id, agency=series.agency, agency_key=series.agency_key,
                     name=series.name, years=series.years, members=[member_out(m) for m in series.members])


def series_json(series: list[Series]) -> str:
    """The contract's shape: [{"series_id", "agency", "name", "members": [{"document_id", "reporting_year",
    "name", "plan", "fact", "status", ...}]}], extra fields inside the objects."""
    return json.dumps([series_out(s).model_dump(mode="json") for s in series], ensure_ascii=False, indent=2) + "\n"


def series_rows(series: list[Series]) -> list[dict]:
    """One row per member: its series, its report, its values, the rule and score of its link."""
    rows = []
    for s in series:
        for m in s.members:
            out = member_out(m).model_dump()
            rows.append({"series_id": s.series_id, "agency": s.agency, "agency_key": s.agency_key,
                         "series_name": s.name, **{c: out.get(c) for c in CSV_COLUMNS[4:]}})
    return rows


def series_csv(series: list[Series]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(series_rows(series))
    return out.getvalue()
