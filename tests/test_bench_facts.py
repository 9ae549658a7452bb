"""benchmarks/bench_facts.py on a real DOCX: files grouped by format, and a share that is a share of the whole."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_facts", ROOT / "benchmarks" / "bench_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


def test_files_are_grouped_by_format_sorted_and_cut_to_the_limit(tmp_path):
    for name in ("b.docx", "a.DOCX", "c.pdf", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.pdf").write_bytes(b"")
    found = BENCH.files_of([tmp_path], limit=None)
    assert {fmt: [p.name for p in files] for fmt, files in found.items()} == {
        ".docx": ["a.DOCX", "b.docx"], ".pdf": ["c.pdf", "d.pdf"]}
    assert [p.name for p in BENCH.files_of([tmp_path], limit=1)[".docx"]] == ["a.DOCX"]


def test_the_facts_share_of_a_real_docx_is_a_part_of_its_extraction(capsys):
    BENCH.main([str(SAMPLES / "agds_2019.docx"), "--repeat", "1", "--json"])
    result = json.loads(capsys.readouterr().out)[".docx"]
    assert result["files"] == 1
    assert 0 < result["facts_share"] < 1
    assert 0 < result["facts_ms_per_document"] < result["extract_ms_per_document"]
