"""Benchmark the PDF reader against pdfplumber's extract_words() over all pages.

    python benchmarks/bench_pdf.py                      # every samples/*.pdf
    python benchmarks/bench_pdf.py a.pdf b.pdf --repeat 5
    python benchmarks/bench_pdf.py --make-long 200       # also build and time a ~200-page PDF

For each PDF it prints the time of read_pdf (and of pipeline.extract.extract_document when that
exists), the time of pdfplumber extract_words() over all pages, their ratio, ms per page and the peak
RSS of a fresh process doing only that one read (so the figures do not include the other runs).

Times are the process's CPU time (time.process_time) by default: on a machine shared with other jobs,
wall time counts the waits for a core and swings with the load, CPU time much less (both readers run in
this one process and thread, so neither hides work elsewhere).  --clock wall measures elapsed time.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
DEFAULT_REPEAT = 3
LONG_TARGET_DEFAULT = 200
CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}
clock = CLOCKS["cpu"]  # set by --clock


def time_read_pdf(path: Path) -> float:
    """Seconds for one read_pdf call."""
    from pipeline.readers.pdf import read_pdf

    start = clock()
    read_pdf(path)
    return clock() - start


def time_extract(path: Path) -> float | None:
    """Seconds for one extract_document call, or None when the pipeline does not provide it yet."""
    try:
        from pipeline.extract import extract_document
    except ImportError:
        return None
    start = clock()
    extract_document(path)
    return clock() - start


def stage_seconds(path: Path, module_name: str, function: str) -> tuple[float, float]:
    """(whole extract_document, of which the calls of module_name.function) in seconds, for one run."""
    import importlib

    import pipeline.extract as extract

    module = importlib.import_module(module_name)
    spent = []
    original = getattr(module, function)

    def timed(*args, **kwargs):
        start = clock()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(clock() - start)

    setattr(module, function, timed)
    try:
        start = clock()
        extract.extract_document(path)
        return clock() - start, sum(spent)
    finally:
        setattr(module, function, original)


def stage_share(path: Path, module_name: str, function: str, repeat: int) -> float:
    """A stage's share of extract_document, from the least disturbed of `repeat` runs."""
    whole, stage = min((stage_seconds(path, module_name, function) for _ in range(repeat)), key=lambda t: t[0])
    return stage / max(whole, 1e-9)


def time_extract_words(path: Path) -> float:
    """Seconds for pdfplumber extract_words() over all pages (pages closed as we go)."""
    import pdfplumber

    start = clock()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.close()
    return clock() - start


def best_of(fn, path: Path, repeat: int) -> float | None:
    """Fastest of `repeat` runs (the least disturbed by other processes)."""
    times = [fn(path) for _ in range(repeat)]
    return None if times[0] is None else min(times)


def own_peak_rss_kib() -> int:
    """Peak RSS of this process in KiB: VmHWM (Linux; ru_maxrss would include the parent's peak
    inherited through fork), else ru_maxrss."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_rss_mb(path: Path, what: str) -> float:
    """Peak RSS (MB) of a fresh process that only imports the reader and runs `what` on the file."""
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from benchmarks.bench_pdf import time_read_pdf, time_extract, time_extract_words, own_peak_rss_kib\n"
        f"{what}(__import__('pathlib').Path({str(path)!r}))\n"
        "print(own_peak_rss_kib())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def page_count(path: Path) -> int:
    """Number of pages (pypdfium2)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        return len(doc)
    finally:
        doc.close()


def make_long(sources: list[Path], target_pages: int, out_dir: Path) -> Path:
    """Concatenate the source PDFs (pypdfium2 import_pages) until the result has at least target_pages pages."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    docs = [pdfium.PdfDocument(p) for p in sources]
    try:
        while len(out) < target_pages:
            for doc in docs:
                out.import_pages(doc)
                if len(out) >= target_pages:
                    break
        path = out_dir / f"long_{len(out)}p.pdf"
        out.save(path)
    finally:
        for doc in docs:
            doc.close()
        out.close()
    return path


def bench(path: Path, repeat: int) -> dict:
    """All figures for one PDF."""
    pages = page_count(path)
    words = best_of(time_extract_words, path, repeat)
    time_read_pdf(path)  # warm-up: imports, pymorphy3 dictionaries
    read = best_of(time_read_pdf, path, repeat)
    extract = best_of(time_extract, path, repeat)
    return {
        "file": path.name,
        "pages": pages,
        "extract_words_s": round(words, 3),
        "read_pdf_s": round(read, 3),
        "ratio_read_pdf": round(read / words, 3),
        "read_pdf_ms_per_page": round(1000 * read / pages, 1),
        "extract_document_s": None if extract is None else round(extract, 3),
        "ratio_extract_document": None if extract is None else round(extract / words, 3),
        "peak_rss_read_pdf_mb": round(peak_rss_mb(path, "time_read_pdf"), 1),
        "peak_rss_extract_words_mb": round(peak_rss_mb(path, "time_extract_words"), 1),
        "peak_rss_extract_document_mb": round(peak_rss_mb(path, "time_extract"), 1),
        "facts_share": round(stage_share(path, "pipeline.extract", "extract_all_facts", repeat), 3),
        "selfcheck_share": round(stage_share(path, "pipeline.readers.pdf.page", "check_page", repeat), 3),
    }


def print_row(r: dict) -> None:
    """One human-readable line per PDF."""
    extract = "" if r["extract_document_s"] is None else (
        f"  extract_document {r['extract_document_s']:.3f}s (x{r['ratio_extract_document']:.2f})")
    print(f"{r['file']:<32} {r['pages']:>4} p  extract_words {r['extract_words_s']:.3f}s  "
          f"read_pdf {r['read_pdf_s']:.3f}s = x{r['ratio_read_pdf']:.2f} ({r['read_pdf_ms_per_page']} ms/page)"
          f"{extract}  peak RSS read_pdf {r['peak_rss_read_pdf_mb']} MB / extract_words "
          f"{r['peak_rss_extract_words_mb']} MB, extract_document {r['peak_rss_extract_document_mb']} MB;"
          f"  facts {r['facts_share']:.0%}, page self-check {r['selfcheck_share']:.1%} of extract_document")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit status 1 when read_pdf is slower than extract_words on any file."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDF files (default: samples/*.pdf)")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="runs per measurement (best is kept)")
    parser.add_argument("--make-long", type=int, metavar="N", nargs="?", const=LONG_TARGET_DEFAULT,
                        help=f"also build a PDF of at least N pages (default {LONG_TARGET_DEFAULT}) from the inputs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu",
                        help="cpu: the process's CPU time (default, steady on a shared machine); wall: elapsed time")
    args = parser.parse_args(argv)
    global clock
    clock = CLOCKS[args.clock]
    sys.path.insert(0, str(ROOT))
    pdfs = args.pdfs or sorted(SAMPLES.glob("*.pdf"))
    if not pdfs:
        print("no PDFs given and none in samples/", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench_pdf_") as tmp:
        if args.make_long:
            pdfs = pdfs + [make_long(pdfs, args.make_long, Path(tmp))]
        results = [bench(p, args.repeat) for p in pdfs]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for r in results:
            print_row(r)
    return 0 if all(r["ratio_read_pdf"] <= 1.0 for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
