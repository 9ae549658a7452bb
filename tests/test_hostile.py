"""Hostile input: a fast, fixed subset of the hostile set (benchmarks/hostile) through the command line, and the
faults around a run: kill -9 and SIGTERM of the parent, retries, tables as a set, names, CSV formulas, loads.

Every crafted file must end in its expected finding or a correct extraction, with no traceback, no worker
above the memory cap, strict JSON, one output per input and no live formula in any CSV.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import DOCX, PDF, ROOT, cli, copy_into, csv_rows

sys.path.insert(0, str(ROOT / "benchmarks" / "hostile"))

import build as hostile_build  # noqa: E402
import run as hostile_run  # noqa: E402
from monitor import alive, descendants  # noqa: E402

from pipeline.batch import HANG_HOOK, Input, assign_output_names, run_extract, safe_name  # noqa: E402
from pipeline.datapackage import READY, finish_pending_tables  # noqa: E402
from pipeline.db import load  # noqa: E402
from pipeline.errors import LoadError  # noqa: E402
from pipeline.export import neutralize_cell, restore_cell  # noqa: E402

# Cheap to build and to run (the gigabyte bombs, the 100,000-row table and the 10 MB cells are left to
# `python benchmarks/hostile/run.py`); still one of each kind of attack.
FAST = [
    "docx/bomb_document_small.docx", "docx/bomb_paragraphs_small.docx", "docx/bomb_media_small.docx",
    "docx/bomb_styles_small.docx", "docx/bomb_lying_size.docx", "docx/gridspan_10m.docx", "docx/gridbefore_10m.docx",
    "docx/gridspan_negative.docx", "docx/billion_laughs.docx", "docx/xxe_file.docx", "docx/xxe_network.docx",
    "docx/zlib_error.docx", "docx/encrypted_entry.docx", "docx/unknown_method.docx", "docx/bad_crc.docx",
    "docx/deep_xml.docx", "docx/formulas.docx", "docx/number_400_digits.docx", "docx/fact_400_digits.docx",
    "pdf/stream_bomb.pdf", "pdf/recursive_form.pdf", "pdf/page_tree_loop.pdf", "pdf/type3_no_tounicode.pdf",
    "pdf/no_xref.pdf", "pdf/mediabox_inverted.pdf", "pdf/mediabox_zero.pdf", "pdf/zero_tail_20gib.pdf",
    "names/line\nbreak.docx", "names/=HYPERLINK(1).docx", "names/datapackage.docx",
    "rrrr" + "r" * 241 + ".docx",
    "collide/x.docx", "collide/X.docx",
]
LIMITS = argparse.Namespace(jobs=2, timeout=60.0, max_memory=1024)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> hostile_run.Run:
    corpus = tmp_path_factory.mktemp("hostile")
    names = FAST + [c.name for c in hostile_build.collision_cases()]  # all four colliding names
    hostile_build.build(corpus, only=names)
    result = hostile_run.check_cases(corpus, LIMITS)
    yield result
    shutil.rmtree(result.outdir, ignore_errors=True)


@pytest.mark.parametrize("name", FAST)
def test_hostile_case_ends_in_its_finding_or_a_correct_extraction(hostile, name):
    check = next(c for c in hostile.checks if c.name == name)
    assert check.ok, check.detail


@pytest.mark.parametrize("what", ["no traceback", "no worker above", "no live formula", "every input listed",
                                  "one output per distinct input", "exit status 1"])
def test_the_run_as_a_whole(hostile, what):
    checks = [c for c in hostile.checks if c.name.startswith("[run]") and what in c.name]
    assert checks and all(c.ok for c in checks), [c.detail for c in checks]


def test_formulas_stay_as_written_in_json_and_are_neutralised_in_csv(hostile):
    doc = json.loads((hostile.outdir / "formulas.json").read_text(encoding="utf-8"))
    assert doc["risks"][0]["risk"].startswith("=HYPERLINK(")
    risks = [r for r in csv_rows(hostile.outdir / "risks.csv") if r["document_id"] == doc["document_id"]]
    assert risks[0]["risk"] == "'" + doc["risks"][0]["risk"]
    assert risks[0]["actual_measures"] == "'-1+1"


# --- names --------------------------------------------------------------------------------------------

def test_output_names_are_bounded_safe_and_distinct(tmp_path):
    names = ["Отчет о реализации стратегического плана " * 6, "..", "a..b", "line\nbreak", 'quote"d\'', "/etc/passwd",
             "x", "X", "datapackage", " spaced ", "=cmd|' /C calc'!A0"]
    inputs = [Input(f"{n:064x}", [tmp_path / f"{name}.docx"], [f"{name}.docx"]) for n, name in enumerate(names)]
    hashed = Input(f"{99:064x}", [tmp_path / "x_docx_00000000.docx"], ["x_docx_00000000.docx"])
    assign_output_names(inputs + [hashed])
    outputs = [i.output for i in inputs + [hashed]]
    assert len({o.lower() for o in outputs}) == len(outputs), outputs
    assert "datapackage" not in outputs
    for output in outputs:
        assert len(f".{output}.json.12345678.tmp".encode()) <= 255
        assert (tmp_path / f"{output}.json").resolve().parent == tmp_path.resolve()
        assert "\n" not in output and "/" not in output and not output.startswith(".")


@pytest.mark.parametrize("text, safe", [
    ("report", "report"), ("../report", "_report"), ("a\nb", "a_b"), ('q"x', "q_x"), ("..", "document"),
    ("Я" * 200, "Я" * 60),
])
def test_safe_name(text, safe):
    assert safe_name(text) == safe


# --- CSV formulas --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cell", [
    ('=HYPERLINK("x")', "'=HYPERLINK(\"x\")"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-1+1", "'-1+1"),
    ("@SUM(1)", "'@SUM(1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("'quoted", "''quoted"), ("-1,5", "'-1,5"),
    ("Исполнено", "Исполнено"), ("", ""), (None, None), (-1.5, -1.5),
])
def test_neutralize_and_restore(text, cell):
    assert neutralize_cell(text) == cell
    if isinstance(cell, str):
        assert restore_cell(cell) == text


# --- faults ---------------------------------------------------------------------------------------------

def _start_hung_batch(tmp_path: Path) -> tuple[subprocess.Popen, set[int], Path]:
    """A batch whose two workers hang; returns it once both workers run."""
    src = copy_into(tmp_path / "in", DOCX[:2])
    out = tmp_path / "out"
    env = {**os.environ, HANG_HOOK: ".docx"}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(out), "--jobs", "2"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(descendants(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1)
    return proc, set(descendants(proc.pid)), out


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_their_parent(tmp_path, sig):
    proc, workers, _ = _start_hung_batch(tmp_path)
    assert len(workers) >= 2
    os.kill(proc.pid, sig)
    _, stderr = proc.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = alive(workers)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"{len(left)} workers outlived their parent"
    assert b"Traceback" not in stderr


def test_skip_existing_retries_a_document_that_timed_out(tmp_path, monkeypatch):
    src = copy_into(tmp_path / "in", DOCX[:2])
    monkeypatch.setenv(HANG_HOOK, DOCX[0].name)
    first = run_extract([str(src)], tmp_path / "out", jobs=2, timeout=3)
    assert [o.input.display for o in first.failed] == [[DOCX[0].name]]
    monkeypatch.delenv(HANG_HOOK)
    second = run_extract([str(src)], tmp_path / "out", jobs=2, skip_existing=True)
    assert not second.failed
    assert [o.skipped for o in second.outcomes] == [False, True]


def test_a_set_of_tables_left_half_moved_is_completed_not_mixed(tmp_path):
    out = tmp_path / "out"
    run_extract([str(DOCX[0])], out)
    before = (out / "risks.csv").read_bytes()
    ready = out / READY
    ready.mkdir()
    (ready / "risks.csv").write_bytes(b"document_id\n")  # the killed run's set, its first table not yet moved in
    (out / "documents.csv").rename(ready / "documents.csv")
    finish_pending_tables(out)
    assert not ready.exists() and (out / "risks.csv").read_bytes() == b"document_id\n" != before
    assert (out / "documents.csv").exists()


def test_outputs_get_the_umask_mode(tmp_path):
    old = os.umask(0o022)
    try:
        run_extract([str(DOCX[0])], tmp_path / "out")
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "out").iterdir() if p.is_file()}
    assert set(modes.values()) == {0o644}, modes


def test_load_of_an_integer_beyond_sqlite_is_a_message_and_changes_nothing(tmp_path):
    out = tmp_path / "out"
    run_extract([str(DOCX[0]), str(PDF[0])], out)
    load(out)
    db = out / "reports.sqlite"
    with sqlite3.connect(db) as conn:
        before = conn.execute("select count(*) from facts").fetchone()
    path = out / csv_rows(out / "documents.csv")[-1]["output"]
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["facts"][0]["year"] = 10 ** 30
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LoadError, match="cannot hold"):
        load(out)
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from facts").fetchone() == before


@pytest.mark.parametrize("target", ["file", "under_file", "proc"])
def test_extract_into_a_bad_place_is_bad_usage(tmp_path, target):
    a_file = tmp_path / "a_file"
    a_file.write_text("x")
    outdir = {"file": a_file, "under_file": a_file / "sub", "proc": Path("/proc/no_such_outdir")}[target]
    result = cli("extract", str(DOCX[0]), "-o", str(outdir))
    assert result.returncode == 2 and "Traceback" not in result.stderr and "error:" in result.stderr
