"""validate --history on the history archive: every planted defect found once with its code, nothing on the clean reports.

The archive's reports are validated, as files, against a database holding the whole archive (the check reads only
the reports of earlier years); the truth is what samples/build_history.py planted.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from helpers import HISTORY, cli_in_process
from pipeline.db import load

HISTORY_CODES = {"indicator_dropped", "unit_changed", "plan_lowered_after_miss", "fact_restated", "series_break"}


@pytest.fixture(scope="module")
def history_db(history_run, tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('history_db') / 'reports.sqlite'}"
    load(history_run, url)
    return url


@pytest.fixture(scope="module")
def history_findings(history_db) -> list[dict]:
    status, out, err = cli_in_process("validate", HISTORY / "archive", "--history", history_db, "--format", "json")
    assert status == 0, err
    return json.loads(out)


def test_each_planted_defect_is_found_once_with_its_code(history_findings, history_truth):
    found = Counter((Path(f["file"]).name, f["code"]) for f in history_findings if f["code"] in HISTORY_CODES)
    planted = Counter((d["file"], d["code"]) for d in history_truth["defects"])
    assert found == planted


def test_nothing_on_the_clean_reports(history_findings, history_truth):
    clean = set(history_truth["clean"])
    assert clean and not [f for f in history_findings if Path(f["file"]).name in clean and f["severity"] != "info"]


def test_each_finding_names_the_earlier_report_and_the_indicator(history_findings, history_truth):
    for defect in history_truth["defects"]:
        finding = next(f for f in history_findings if Path(f["file"]).name == defect["file"] and f["code"] == defect["code"])
        assert finding["severity"] == "warning"
        assert any(earlier in finding["message"] for earlier in defect["earlier_files"]), finding["message"]
        assert defect["indicator"][:40] in finding["message"], finding["message"]


def test_first_reports_say_they_were_not_checked(history_findings, history_truth):
    first = {min((d for d in history_truth["documents"] if d["agency_key"] == key), key=lambda d: d["reporting_year"])["file"]
             for key in {d["agency_key"] for d in history_truth["documents"]}}
    unchecked = {Path(f["file"]).name for f in history_findings if f["code"] == "history_not_checked"}
    assert unchecked == first


def test_the_restated_fact_points_at_its_paragraph(history_findings):
    restated = next(f for f in history_findings if f["code"] == "fact_restated")
    assert restated["location"]["paragraph"] is not None and "4,6%" in restated["message"] and "4,8" in restated["message"]


def test_a_database_without_documents_is_bad_usage(tmp_path):
    status, _, err = cli_in_process("validate", HISTORY / "archive" / "civil_2018.docx", "--history",
                                    f"sqlite:///{tmp_path / 'empty.sqlite'}")
    assert status == 2 and "no documents loaded there" in err
