"""Every risk and indicator of each sample DOCX comes out with the text, numbers and statuses it was built with."""
from __future__ import annotations

import pytest

from helpers import INDICATOR_FIELDS, RISK_FIELDS, field_mismatches, load_expected, sample_names


@pytest.mark.parametrize("name", sample_names())
def test_risks_match_the_built_document(name, extracted):
    doc = extracted(name, "docx")
    assert field_mismatches(load_expected(name)["risks"], doc["risks"], RISK_FIELDS) == []


@pytest.mark.parametrize("name", sample_names())
def test_indicators_match_the_built_document(name, extracted):
    doc = extracted(name, "docx")
    assert field_mismatches(load_expected(name)["indicators"], doc["indicators"], INDICATOR_FIELDS) == []


@pytest.mark.parametrize("name", sample_names())
def test_report_identity(name, extracted):
    doc = extracted(name, "docx")
    assert doc["report"] == load_expected(name)["report"]


@pytest.mark.parametrize("name", sample_names())
def test_samples_have_no_errors_but_their_missing_values(name, extracted):
    """The samples are correct reports, except for the "-" / "н/д" cells they carry on purpose."""
    doc = extracted(name, "docx")
    expected_missing = sorted(
        (doc["indicators"][i]["location"]["row"], field)
        for i, ind in enumerate(load_expected(name)["indicators"])
        for field in ("plan", "fact") if ind[field] is None
    )
    errors = [f for f in doc["findings"] if f["severity"] == "error"]
    assert sorted((f["location"]["row"], f["message"].split(": no ")[1].split()[0]) for f in errors) == expected_missing
    assert {f["code"] for f in errors} <= {"missing_value"}


@pytest.mark.parametrize("name", sample_names())
def test_correct_samples_have_no_false_warnings(name, extracted):
    doc = extracted(name, "docx")
    assert [f for f in doc["findings"] if f["severity"] == "warning"] == []


def test_locations_point_back_into_the_tables(extracted):
    doc = extracted("agds_2019", "docx")
    locations = [(r["location"]["table"], r["location"]["row"]) for r in doc["risks"]]
    assert len(set(locations)) == len(locations)
    assert all(t is not None and row is not None for t, row in locations)
    assert doc["source"]["format"] == "docx" and doc["source"]["pages"] is None
