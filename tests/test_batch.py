"""Batch runs over copies of the real samples: isolation (crash, hang, bad files), determinism, resuming, datapackage."""
from __future__ import annotations

import csv
import io
import json
import math
import re
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from helpers import DOCX, PDF, SAMPLES, add_bad_files, cli, copy_into, csv_rows, files_of
from pipeline.batch import CRASH_HOOK, HANG_HOOK, Progress, failure_reason, run_extract
from pipeline.datapackage import descriptor
from pipeline.extract import extract_document, sha256_of

# Time limit for runs with a planted hang: long enough for a real document on a busy shared machine
# (committee_long_2021.docx ran past 2 s at a load average of 7), short enough to keep the tests quick.
HANG_TIMEOUT = 10


def in_process(path: Path, display: str) -> dict:
    return extract_document(path, display_name=display).model_dump(mode="json")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """Every sample, DOCX and PDF (so stems collide), one DOCX again under another name in a subfolder."""
    folder = copy_into(tmp_path_factory.mktemp("mixed"), DOCX + PDF)
    copy_into(folder / "copies", [])
    shutil.copy(DOCX[0], folder / "copies" / "same_bytes.docx")
    return folder


@pytest.fixture(scope="module")
def runs(mixed, tmp_path_factory) -> dict[int, Path]:
    """The mixed folder extracted with one worker and with two: jobs -> OUTDIR."""
    out = {}
    for jobs in (1, 2):
        out[jobs] = tmp_path_factory.mktemp(f"jobs{jobs}")
        run_extract([str(mixed)], out[jobs], jobs=jobs)
    return out


def test_outputs_are_byte_identical_whatever_jobs(runs):
    assert files_of(runs[1]) == files_of(runs[2])


def test_each_json_is_what_the_extractor_gives_in_process(mixed, runs):
    rows = csv_rows(runs[2] / "documents.csv")
    firsts = {r["output"]: r["file"] for r in reversed(rows)}
    for output, file in firsts.items():
        assert json.loads((runs[2] / output).read_text(encoding="utf-8")) == in_process(mixed / file, file), output


def test_duplicates_are_extracted_once_and_every_name_recorded(runs):
    rows = csv_rows(runs[2] / "documents.csv")
    dup = [r for r in rows if r["sha256"] == sha256_of(DOCX[0])]
    assert [r["file"] for r in dup] == [DOCX[0].name, "copies/same_bytes.docx"]
    assert len({r["output"] for r in dup}) == 1
    assert len(list(runs[2].glob("*.json"))) - 1 == len(DOCX) + len(PDF)  # one JSON a document, plus datapackage.json


def test_colliding_stems_get_deterministic_names(tmp_path):
    src = tmp_path / "in"
    shutil.copy(DOCX[0], copy_into(src / "2019", []) / "report.docx")
    shutil.copy(DOCX[1], copy_into(src / "2020", []) / "report.docx")
    shutil.copy(PDF[0], src / "2019" / "report.pdf")
    run_extract([str(src)], tmp_path / "out", jobs=2)
    rows = {r["file"]: r["output"] for r in csv_rows(tmp_path / "out" / "documents.csv")}
    assert rows == {"2019/report.docx": "2019_report_docx.json", "2019/report.pdf": "report_pdf.json",
                    "2020/report.docx": "2020_report_docx.json"}
    assert json.loads((tmp_path / "out" / "2020_report_docx.json").read_text(encoding="utf-8"))["document_id"] == sha256_of(DOCX[1])


def test_good_documents_exit_0(tmp_path):
    src = copy_into(tmp_path / "in", DOCX)
    done = cli("extract", src, "-o", tmp_path / "out", "--jobs", 2)
    assert done.returncode == 0, done.stderr
    assert re.search(rf"^{len(DOCX)} documents, {len(DOCX)} extracted, 0 failed; .* documents/s -> ", done.stderr, re.M)
    assert "\r" not in done.stderr  # no progress bar when stderr is not a terminal


def test_bad_input_hang_and_crash_each_reported_and_the_rest_loaded(tmp_path):
    src = copy_into(tmp_path / "in", DOCX)
    add_bad_files(src)
    shutil.copy(DOCX[0], src / "second_name.docx")
    shutil.copy(PDF[0], src / "hangs_parser.pdf")
    shutil.copy(PDF[1], src / "crashes_parser.pdf")
    out, db = tmp_path / "out", tmp_path / "run.sqlite"
    start = time.monotonic()
    done = cli("extract", src, "-o", out, "--jobs", 2, "--timeout", HANG_TIMEOUT, "--db", f"sqlite:///{db}",
               env={HANG_HOOK: "hangs_parser", CRASH_HOOK: "crashes_parser"})
    assert done.returncode == 1 and time.monotonic() - start < 120
    failed = dict(re.findall(r"^FAILED (\S+?): (.*)$", done.stderr, re.M))
    assert set(failed) == {"empty.docx", "truncated.docx", "notes.pdf", "hangs_parser.pdf", "crashes_parser.pdf"}
    assert f"did not finish within {HANG_TIMEOUT} s" in failed["hangs_parser.pdf"]
    assert "worker extracting this file crashed (exit status 70)" in failed["crashes_parser.pdf"]
    assert "empty" in failed["empty.docx"] and "not a PDF" in failed["notes.pdf"]
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("select document_id from documents where status = 'ok'")]
        names = [r[0] for r in conn.execute("select file from document_files where document_id = ?", (sha256_of(DOCX[0]),))]
    assert sorted(ids) == sorted(sha256_of(p) for p in DOCX)
    assert sorted(names) == sorted([DOCX[0].name, "second_name.docx"])


def test_one_job_still_enforces_the_time_limit_and_survives_a_crash(tmp_path, monkeypatch):
    src = copy_into(tmp_path / "in", DOCX[:1])
    shutil.copy(PDF[0], src / "hangs_parser.pdf")
    shutil.copy(PDF[1], src / "crashes_parser.pdf")
    monkeypatch.setenv(HANG_HOOK, "hangs_parser")
    monkeypatch.setenv(CRASH_HOOK, "crashes_parser")
    result = run_extract([str(src)], tmp_path / "out", jobs=1, timeout=HANG_TIMEOUT)
    reasons = {o.input.display[0]: o.reason for o in result.outcomes}
    assert f"did not finish within {HANG_TIMEOUT} s" in reasons["hangs_parser.pdf"]
    assert "crashed" in reasons["crashes_parser.pdf"]
    assert reasons[DOCX[0].name] == failure_reason(in_process(DOCX[0], DOCX[0].name))
    assert result.seconds < 60


def test_skip_existing_resumes_a_killed_run_without_extracting_again(tmp_path, monkeypatch):
    src = copy_into(tmp_path / "in", DOCX)
    out = tmp_path / "out"
    run_extract([str(src)], out, jobs=2)
    complete = files_of(out)
    first, second, third = (f"{p.stem}.json" for p in DOCX[:3])
    for name in ("documents.csv", "risks.csv", "datapackage.json", second):  # as a run killed halfway leaves it
        (out / name).unlink()
    (out / third).write_text(complete[first].decode("utf-8"), encoding="utf-8")  # stale: another document's JSON
    monkeypatch.setenv(HANG_HOOK, DOCX[0].name)  # it would hang if it were extracted again
    result = run_extract([str(src)], out, jobs=2, timeout=HANG_TIMEOUT, skip_existing=True)
    assert [o.skipped for o in result.outcomes] == [True, False, False] + [True] * (len(DOCX) - 3)
    assert files_of(out) == complete


def test_progress_bar_only_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    plain, terminal = io.StringIO(), Terminal()
    for stream in (plain, terminal):
        bar = Progress(2, stream)
        bar.advance(failed=False)
        bar.advance(failed=True)
        bar.close()
    assert plain.getvalue() == ""
    assert "2/2 documents, 1 failed" in terminal.getvalue() and "documents/s" in terminal.getvalue()


@pytest.mark.parametrize("args", [
    ["extract", "no/such/folder", "-o", "out"],
    ["extract", "samples", "-o", "out", "--timeout", "0"],
    ["extract", "samples", "-o", "out", "--db", "not a url"],
    ["load", "no/such/folder"],
])
def test_bad_usage_exits_2(args, tmp_path):
    args = [str(tmp_path / a) if a in ("out", "no/such/folder") else a for a in args]
    assert cli(*args).returncode == 2


def fits(value: str, field: dict) -> bool:
    """Does one CSV cell fit its Table Schema field (type, required, enum)?"""
    constraints = field.get("constraints", {})
    if value == "":
        return not constraints.get("required")
    if value not in constraints.get("enum", [value]):
        return False
    if field["type"] == "integer":
        return re.fullmatch(r"-?\d+", value) is not None
    if field["type"] == "number":
        return not math.isnan(float(value))
    return field["type"] == "string"


def test_datapackage_describes_every_table(runs):
    package = json.loads((runs[2] / "datapackage.json").read_text(encoding="utf-8"))
    assert package == descriptor()
    ids = {r["document_id"] for r in csv_rows(runs[2] / "documents.csv")}
    for resource in package["resources"]:
        schema, path = resource["schema"], runs[2] / resource["path"]
        with open(path, newline="", encoding="utf-8") as fh:
            assert next(csv.reader(fh)) == [f["name"] for f in schema["fields"]], resource["name"]
        rows = csv_rows(path)
        assert rows, resource["name"]
        misfits = [(f["name"], row[f["name"]]) for row in rows for f in schema["fields"] if not fits(row[f["name"]], f)]
        assert misfits == [], resource["name"]
        keys = [tuple(row[k] for k in schema["primaryKey"]) for row in rows]
        assert len(set(keys)) == len(keys), resource["name"]
        for fk in schema.get("foreignKeys", []):
            assert {row[fk["fields"][0]] for row in rows} <= ids


def test_datapackage_validates_with_frictionless(runs):
    frictionless = pytest.importorskip("frictionless", reason="the frictionless package is not installed")
    report = frictionless.validate(str(runs[2] / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_broken_legacy_doc_in_a_folder_fails_with_its_reason_and_an_empty_folder_warns(tmp_path):
    folder = copy_into(tmp_path / "in", [SAMPLES / "ministry_landscape_2020.docx"])
    (folder / "old_report.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)  # an OLE2 header and nothing else
    out = cli("extract", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert out.returncode == 1
    assert "old_report.doc" in out.stderr and "Traceback" not in out.stderr
    assert "LibreOffice could not open" in out.stderr or "needs LibreOffice" in out.stderr
    rows = {r["file"]: r for r in csv_rows(tmp_path / "out" / "documents.csv")}
    assert rows["old_report.doc"]["status"] == "failed" and rows["ministry_landscape_2020.docx"]["status"] == "ok"
    (tmp_path / "empty").mkdir()
    empty = cli("extract", str(tmp_path / "empty"), "-o", str(tmp_path / "out2"))
    assert empty.returncode == 0 and "no .docx, .pdf, .doc, .rtf or .odt files found" in empty.stderr


def test_a_report_named_datapackage_does_not_overwrite_the_descriptor(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "agds_2019.docx", folder / "datapackage.docx")
    run_extract([str(folder)], tmp_path / "out", jobs=1)
    assert json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))["profile"]
    assert json.loads((tmp_path / "out" / "datapackage_docx.json").read_text(encoding="utf-8"))["source"]["file"] == "datapackage.docx"
