"""The `series` command on the extracted history archive: the contract's JSON, CSV, one self-contained HTML page, usage errors."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from helpers import cli, cli_in_process
from pipeline.models import SeriesOut
from pipeline.series.output import CSV_COLUMNS

CONTRACT_SERIES = {"series_id": str, "agency": str, "name": str, "members": list}
CONTRACT_MEMBER = {"document_id": str, "reporting_year": int, "name": str, "plan": (int, float, type(None)),
                   "fact": (int, float, type(None)), "status": (str, type(None))}


@pytest.fixture(scope="module")
def series_list(history_run) -> list[dict]:
    done = cli("series", history_run, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_json_has_the_contracts_shape(series_list, history_truth):
    assert len(series_list) == len(history_truth["series"])
    for series in series_list:
        for key, kind in CONTRACT_SERIES.items():
            assert isinstance(series[key], kind), (key, series)
        for member in series["members"]:
            for key, kind in CONTRACT_MEMBER.items():
                assert isinstance(member[key], kind), (key, member)
        SeriesOut.model_validate(series)
    assert len({s["series_id"] for s in series_list}) == len(series_list)
    years = [[m["reporting_year"] for m in s["members"]] for s in series_list]
    assert all(y == sorted(y) for y in years)


def test_csv_has_a_row_per_member(history_run, series_list):
    status, out, err = cli_in_process("series", history_run, "--format", "csv")
    assert status == 0, err
    table = list(csv.DictReader(io.StringIO(out)))
    assert list(table[0]) == CSV_COLUMNS
    assert len(table) == sum(len(s["members"]) for s in series_list)
    assert {r["rule"] for r in table} == {"new", "exact", "fuzzy", "same_report"}


def test_html_is_one_self_contained_page_with_a_chart_per_indicator(history_run, series_list):
    status, page, err = cli_in_process("series", history_run, "--format", "html")
    assert status == 0, err
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert not re.search(r"<script|<link|<img|src=|url\(|https?://(?!www\.w3\.org/2000/svg)", page)
    cards = re.findall(r"<div class='card' id='([^']+)'>(.*?)</table>", page, re.S)
    assert [series_id for series_id, _ in cards] == [s["series_id"] for s in series_list]
    assert all("<svg" in body and "<polyline" in body for _, body in cards)
    assert page.count("<section id='agency-") == 2
    assert "✕ не достигнут" in page and "● достигнут" in page  # statuses marked
    for series in series_list:  # links to the reports
        assert all(f"href='{member['file']}'" in page for member in series["members"])


@pytest.mark.parametrize("args, message", [
    ((), "give either OUTDIR or --db URL"),
    (("--db", "sqlite:///nowhere.sqlite", "some_outdir"), "give either OUTDIR or --db URL"),
])
def test_one_source_exactly(args, message):
    status, _, err = cli_in_process("series", *args)
    assert status == 2 and message in err


def test_a_bad_mapping_file_is_bad_usage(history_run, tmp_path):
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("kind,agency,reporting_year,name,target\nindicator,Агентство,,Доля,new\n", encoding="utf-8")
    status, _, err = cli_in_process("series", history_run, "--mapping", mapping)
    assert status == 2 and "mapping.csv, line 2" in err


def test_an_unused_mapping_row_is_said(history_run, tmp_path):
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("kind,agency,reporting_year,name,target\nindicator,Агентство,2016,Нет такого,new\n", encoding="utf-8")
    status, _, err = cli_in_process("series", history_run, "--mapping", mapping)
    assert status == 0 and "mapping line 2" in err and "matched nothing" in err
