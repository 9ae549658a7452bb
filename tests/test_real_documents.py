"""Real documents nobody on this project wrote (tests/data/real, from dedoc, Apache-2.0): what a user's archive holds
beside the reports. The pipeline must read each without a traceback, say in one finding that it is not a
strategic-plan report (or that its text layer is unusable), and never invent risks, indicators or a note from it."""
from __future__ import annotations

import json

import pytest

from helpers import ROOT, cli

REAL = ROOT / "tests" / "data" / "real"
NOT_REPORTS = sorted([*REAL.glob("dedoc/docx/*.docx"), REAL / "dedoc" / "structure_examples" / "tz.docx",
                      REAL / "dedoc" / "laws" / "fstec_1_cut.pdf"])
BROKEN_TEXT_LAYER = REAL / "dedoc" / "laws" / "fstek17.pdf"  # the same order as fstec_1_cut.pdf, glyphs decoding to Latin garbage


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, dict]:
    """Every real document extracted in one batch: {file name relative to REAL: its document object}."""
    out = tmp_path_factory.mktemp("real")
    done = cli("extract", str(REAL), "-o", str(out), "--jobs", "2")
    assert done.returncode == 1, done.stderr  # every one of them fails as a report, none crashes the batch
    assert "Traceback" not in done.stderr
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json") if p.name != "datapackage.json"]
    return {d["source"]["file"]: d for d in docs}


def test_every_real_document_has_its_output(extracted):
    expected = {str(p.relative_to(REAL)) for p in [*NOT_REPORTS, BROKEN_TEXT_LAYER]}
    assert set(extracted) == expected


@pytest.mark.parametrize("path", NOT_REPORTS, ids=lambda p: p.name)
def test_a_document_of_another_kind_is_said_to_be_no_report_once(extracted, path):
    doc = extracted[str(path.relative_to(REAL))]
    errors = [f for f in doc["findings"] if f["severity"] == "error"]
    assert [f["code"] for f in errors] == ["missing_section"]
    assert "not a strategic-plan report" in errors[0]["message"]
    assert path.name in errors[0]["message"]
    assert doc["risks"] == [] and doc["indicators"] == []


def test_a_text_layer_of_garbage_is_no_text_and_gives_no_facts(extracted):
    doc = extracted[str(BROKEN_TEXT_LAYER.relative_to(REAL))]
    assert "no_text_layer" in {f["code"] for f in doc["findings"]}
    assert doc["facts"] == [] and doc["risks"] == [] and doc["indicators"] == []


def test_the_clean_copy_of_the_same_order_is_read_as_text(extracted):
    doc = extracted[str((REAL / "dedoc" / "laws" / "fstec_1_cut.pdf").relative_to(REAL))]
    assert "no_text_layer" not in {f["code"] for f in doc["findings"]}
    assert doc["source"]["pages"] == 2
