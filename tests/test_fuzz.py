"""Mutation fuzzing, a fixed-seed slice of benchmarks/fuzz.py: mutants of the samples through the command line.

Every mutant must end in a finding or an extraction: no exception turned into `extraction_failed`, no worker
crash, no timeout, no traceback, no worker above the memory cap. Bounded in time by the mutants' count and
the per-document limit; `python benchmarks/fuzz.py --count 600` runs the long version. OCR is off (fuzz.py's
default): after the OCR merge, damaged PDF pages fell to OCR and ran past the limit on a busy machine.
"""
from __future__ import annotations

import shutil
import sys

import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import fuzz  # noqa: E402

COUNT, SEED = 200, 20261129
SAMPLES = [ROOT / "samples" / "agds_2019.docx", ROOT / "samples" / "agds_2019.pdf",
           ROOT / "samples" / "ministry_landscape_2020.docx", ROOT / "samples" / "ministry_landscape_2020.pdf"]
MAX_MEMORY = 1024


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory):
    work = tmp_path_factory.mktemp("fuzz")
    result = fuzz.fuzz(SAMPLES, COUNT, SEED, jobs=2, timeout=60, max_memory=MAX_MEMORY, keep=work)
    yield result
    shutil.rmtree(work, ignore_errors=True)


def test_every_mutant_is_listed(fuzzed):
    assert sum(len(v) for v in fuzzed["kinds"].values()) == COUNT == fuzzed["count"]


@pytest.mark.parametrize("kind", ["crash", "hang"])
def test_no_mutant_crashes_or_hangs(fuzzed, kind):
    assert not fuzzed["kinds"].get(kind), "\n".join(fuzzed["kinds"][kind][:10])


def test_no_traceback_and_no_worker_above_the_cap(fuzzed):
    assert not fuzzed["traceback"], fuzzed["stderr"]
    assert fuzzed["peak_worker_rss"] <= MAX_MEMORY << 20
    assert fuzzed["exit"] in (0, 1)


def test_the_mutations_reach_the_parsers(fuzzed):
    """Not all refused at the door: many mutants are still extracted (damage inside the XML, flipped PDF bytes)."""
    assert len(fuzzed["kinds"].get("ok", [])) >= COUNT // 4
