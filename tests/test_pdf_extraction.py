"""The records of each sample's PDF (LibreOffice export) equal those of its DOCX, locations aside."""
from __future__ import annotations

import pytest

from helpers import INDICATOR_FIELDS, RISK_FIELDS, load_expected, sample_names
from helpers import field_mismatches as exact_mismatches


def squashed(value):
    """A manual line break placed where the line wraps anyway leaves no trace in a PDF: compare words."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return {k: squashed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [squashed(v) for v in value]
    return value


def field_mismatches(expected, actual, fields):
    return exact_mismatches(squashed(expected), squashed(actual), fields)


FACT_FIELDS = ["value", "unit", "object", "qualifier", "text", "sentence", "year", "part", "direction", "goal"]


def without_locations(items: list[dict], fields: list[str]) -> list[dict]:
    return [{f: item.get(f) for f in fields} for item in items]


@pytest.mark.parametrize("name", sample_names())
def test_pdf_risks_match_the_built_document(name, extracted):
    assert field_mismatches(load_expected(name)["risks"], extracted(name, "pdf")["risks"], RISK_FIELDS) == []


@pytest.mark.parametrize("name", sample_names())
def test_pdf_indicators_match_the_built_document(name, extracted):
    assert field_mismatches(load_expected(name)["indicators"], extracted(name, "pdf")["indicators"], INDICATOR_FIELDS) == []


@pytest.mark.parametrize("name", sample_names())
def test_pdf_report_identity(name, extracted):
    assert extracted(name, "pdf")["report"] == load_expected(name)["report"]


@pytest.mark.parametrize("name", sample_names())
def test_pdf_facts_equal_docx_facts(name, extracted):
    pdf = without_locations(extracted(name, "pdf")["facts"], FACT_FIELDS)
    docx = without_locations(extracted(name, "docx")["facts"], FACT_FIELDS)
    assert [f for f in pdf if f not in docx] == [] and [f for f in docx if f not in pdf] == []
    assert len(pdf) == len(docx)


@pytest.mark.parametrize("name", sample_names())
def test_pdf_findings_equal_docx_findings(name, extracted):
    def codes(doc):
        return sorted((f["severity"], f["code"]) for f in doc["findings"])

    assert codes(extracted(name, "pdf")) == codes(extracted(name, "docx"))


def test_pdf_locations_carry_pages(extracted):
    doc = extracted("committee_long_2021", "pdf")
    pages = [r["location"]["page"] for r in doc["risks"]]
    assert all(isinstance(p, int) and p >= 1 for p in pages)
    assert pages == sorted(pages) and len(set(pages)) > 3  # the risk table runs over several pages
    assert doc["source"]["pages"] >= 10
