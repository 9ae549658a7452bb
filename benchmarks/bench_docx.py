"""Time the whole `extract` of DOCX reports against python-docx merely opening them and reading every cell.

    python benchmarks/bench_docx.py [FILE.docx ...]      (default: samples/*.docx)

The baseline is the least any python-docx based reader pays: Document() plus the text of every
paragraph and every table cell. Target: extraction at most 1.5x that.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract import extract_document  # noqa: E402

REPEATS = 5


def baseline(path: Path) -> None:
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        _ = paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                _ = cell.text


def best_of(fn, path: Path) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted((ROOT / "samples").glob("*.docx"))
    extract_document(files[0])  # warm-up: imports, morphology dictionaries
    total_base = total_extract = 0.0
    print(f"{'file':<40} {'rows':>5} {'python-docx':>12} {'extract':>10} {'ratio':>6}")
    for path in files:
        base, full = best_of(baseline, path), best_of(extract_document, path)
        report = extract_document(path)
        rows = len(report.risks) + len(report.indicators)
        total_base += base
        total_extract += full
        print(f"{path.name:<40} {rows:>5} {base * 1000:>10.1f}ms {full * 1000:>8.1f}ms {full / base:>6.2f}")
    print(f"{'all':<40} {'':>5} {total_base * 1000:>10.1f}ms {total_extract * 1000:>8.1f}ms {total_extract / total_base:>6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
