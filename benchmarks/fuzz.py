"""Mutation fuzzing of the batch: mutants of real documents through the command line, crashes, hangs, memory.

    python benchmarks/fuzz.py [--count 600] [--seed 1] [--samples samples/*.docx samples/*.pdf ...]
                              [--jobs 2] [--timeout 20] [--max-memory 1024] [--ocr never|auto] [--keep DIR]

Mutants (benchmarks/hostile/mutate.py: bit flips, truncation, zip entry swaps and drops, damage inside the
XML recompressed honestly, repeated and cut PDF regions, changed digits) are extracted by one `extract`
run, its process tree watched through /proc. Printed: every crash (extraction_failed other than the
memory cap: an exception the extractor did not turn into a finding, or a dead worker), every hang
(extraction_timeout), a traceback on stderr, and the peak resident memory of any worker. Exit 1 if any.
OCR is off by default: a damaged page that falls to OCR measures Tesseract's speed, not the parsers'
robustness (--ocr auto includes it, with a --timeout to match).
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "hostile"))

from mutate import mutants  # noqa: E402
from run import MIB, pipeline, run_monitored  # noqa: E402

DEFAULT_SAMPLES = sorted((ROOT / "samples").glob("*.docx")) + sorted((ROOT / "samples").glob("*.pdf"))


def write_mutants(folder: Path, samples: list[Path], count: int, seed: int) -> dict[str, str]:
    """The mutants as files of `folder`; file name -> what was done."""
    folder.mkdir(parents=True, exist_ok=True)
    how = {}
    for name, data, what in mutants(samples, count, seed):
        (folder / name).write_bytes(data)
        how[name] = what
    return how


def classify(doc: dict) -> str:
    """'crash', 'hang', 'memory' or 'ok' (a finding or an extraction: both are fine)."""
    for f in doc["findings"]:
        if f["code"] == "extraction_timeout":
            return "hang"
        if f["code"] == "extraction_failed":
            return "memory" if "memory limit" in f["message"] else "crash"
    return "ok"


def fuzz(samples: list[Path], count: int, seed: int, jobs: int, timeout: float, max_memory: int,
         keep: Path | None = None, ocr: str = "never") -> dict:
    """Run the fuzzer; a summary dict (also what the test asserts on)."""
    work = keep or Path(tempfile.mkdtemp(prefix="fuzz_"))
    how = write_mutants(work / "in", samples, count, seed)
    out = work / "out"
    cmd = pipeline("extract", str(work / "in"), "-o", str(out), "--jobs", str(jobs), "--timeout", str(timeout),
                   "--max-memory", str(max_memory), "--ocr", ocr)
    code, stderr, seconds, monitor = run_monitored(cmd, {str((work / "in" / n).resolve()) for n in how},
                                                   timeout * count / jobs + 120)
    kinds: dict[str, list[str]] = collections.defaultdict(list)
    with open(out / "documents.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            doc = json.loads((out / row["output"]).read_text(encoding="utf-8"))
            kind = classify(doc)
            kinds[kind].append(f"{row['file']} ({how.get(row['file'], '?')}): "
                               + "; ".join(f["message"][:160] for f in doc["findings"] if f["severity"] == "error"))
    return {"count": len(how), "exit": code, "seconds": seconds, "traceback": "Traceback" in stderr,
            "peak_worker_rss": monitor.max_worker_rss, "kinds": dict(kinds), "stderr": stderr[-2000:], "work": work}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--samples", type=Path, nargs="+", default=DEFAULT_SAMPLES)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--max-memory", type=int, default=1024)
    parser.add_argument("--ocr", choices=("never", "auto", "always"), default="never")
    parser.add_argument("--keep", type=Path, help="write mutants and outputs here (kept)")
    args = parser.parse_args(argv)
    result = fuzz(args.samples, args.count, args.seed, args.jobs, args.timeout, args.max_memory, args.keep, args.ocr)
    kinds = result["kinds"]
    for kind in ("crash", "hang", "memory"):
        for line in kinds.get(kind, []):
            print(f"{kind.upper():6} {line}")
    print(f"{result['count']} mutants in {result['seconds']:.0f} s: "
          + ", ".join(f"{len(v)} {k}" for k, v in sorted(kinds.items()))
          + f"; traceback on stderr: {result['traceback']}; peak worker memory {result['peak_worker_rss'] / MIB:.0f} MiB")
    bad = result["traceback"] or kinds.get("crash") or kinds.get("hang")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
