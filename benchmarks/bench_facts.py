"""The share of a document's extraction time spent on its facts (pipeline.fact_sources.extract_all_facts), per format.

    python benchmarks/bench_facts.py                         # samples/*.docx and samples/*.pdf (not subfolders)
    python benchmarks/bench_facts.py /work/archive240 --limit 24 --repeat 5
    python benchmarks/bench_facts.py a.docx b.pdf --per-file --json

Each argument is a file or a folder (every .docx and .pdf under it, sorted; --limit keeps the first N of each
format). Files are grouped by format. After one warm-up pass (imports, dictionaries, caches of the process), each
repeat runs extract_document on every file and times, in CPU time of this process (time.process_time: on a
shared machine wall time counts the waits for a core), the whole call and the part spent in extract_all_facts.
Printed per format: the median over the repeats of facts / whole (the share), and of the facts' and the whole's
milliseconds per document. Issue 11's bar: facts under 10% of a document's extraction time.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FORMATS = (".docx", ".pdf")
DEFAULT_REPEAT = 5
BAR = 0.10  # issue 11: facts under 10% of a document's extraction time


def files_of(paths: list[Path], limit: int | None) -> dict[str, list[Path]]:
    """The files to time, by format (".docx", ".pdf"), each list sorted and cut to `limit`."""
    by_format: dict[str, list[Path]] = defaultdict(list)
    for path in paths:
        found = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for p in found:
            if p.suffix.lower() in FORMATS:
                by_format[p.suffix.lower()].append(p)
    return {fmt: sorted(set(files))[:limit] for fmt, files in by_format.items()}


def timed_run(path: Path) -> tuple[float, float]:
    """(CPU seconds of extract_document, of which in extract_all_facts) for one run on one file."""
    import pipeline.extract as extract

    original = extract.extract_all_facts
    spent: list[float] = []

    def facts_timed(*args, **kwargs):
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.process_time() - start)

    extract.extract_all_facts = facts_timed
    try:
        start = time.process_time()
        extract.extract_document(path)
        return time.process_time() - start, sum(spent)
    finally:
        extract.extract_all_facts = original


def bench_format(files: list[Path], repeat: int) -> dict:
    """Median share and milliseconds per document over `repeat` passes over the files (after a warm-up pass)."""
    for path in files:
        timed_run(path)
    shares, facts_ms, whole_ms = [], [], []
    per_file: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        runs = [timed_run(path) for path in files]
        whole, facts = sum(r[0] for r in runs), sum(r[1] for r in runs)
        shares.append(facts / max(whole, 1e-9))
        facts_ms.append(1000 * facts / len(files))
        whole_ms.append(1000 * whole / len(files))
        for path, (w, f) in zip(files, runs, strict=True):
            per_file[path.name].append(f / max(w, 1e-9))
    return {
        "files": len(files),
        "repeat": repeat,
        "facts_share": round(statistics.median(shares), 4),
        "facts_share_min_max": [round(min(shares), 4), round(max(shares), 4)],
        "facts_ms_per_document": round(statistics.median(facts_ms), 2),
        "extract_ms_per_document": round(statistics.median(whole_ms), 2),
        "median_file_share": round(statistics.median(statistics.median(s) for s in per_file.values()), 4),
        "per_file_share": {name: round(statistics.median(s), 4) for name, s in per_file.items()},
    }


def print_result(fmt: str, r: dict, per_file: bool) -> None:
    """One line per format (and one per file with --per-file)."""
    low, high = r["facts_share_min_max"]
    print(f"{fmt[1:].upper():<5} {r['files']:>3} files x{r['repeat']}: facts {r['facts_share']:.1%} of extraction "
          f"(repeats {low:.1%}-{high:.1%}, median file {r['median_file_share']:.1%}); facts {r['facts_ms_per_document']:.1f} ms, "
          f"extract_document {r['extract_ms_per_document']:.1f} ms a document (CPU, median)")
    if per_file:
        for name, share in r["per_file_share"].items():
            print(f"    {name:<48} {share:.1%}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit status 1 when facts take BAR or more of some format's extraction time."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: samples/)")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="timed passes over the files (median kept)")
    parser.add_argument("--limit", type=int, help="the first N files of each format only")
    parser.add_argument("--per-file", action="store_true", help="also the median share of each file")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    by_format = files_of(args.paths or sorted(SAMPLES.glob("*.*")), args.limit)
    if not by_format:
        print("no .docx or .pdf files given", file=sys.stderr)
        return 2
    results = {fmt: bench_format(files, args.repeat) for fmt, files in sorted(by_format.items())}
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for fmt, r in results.items():
            print_result(fmt, r, args.per_file)
    return 0 if all(r["facts_share"] < BAR for r in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
