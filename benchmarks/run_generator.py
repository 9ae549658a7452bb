"""Generate random valid reports, render them (DOCX with python-docx, PDF with LibreOffice), extract, compare.

    python benchmarks/run_generator.py --count 200 --seed 0 --jobs 2          # the aggregate and failing seeds
    python benchmarks/run_generator.py --seed 17 --count 1 -v                 # one seed, every mismatch
    python benchmarks/run_generator.py --seed 17 --count 1 --save-fixture     # commit it as a regression fixture
    python benchmarks/run_generator.py --count 500 --json /tmp/gen.json       # per-seed results for later reading
    python benchmarks/run_generator.py --seeds 17 --shrink indicators.unit --save-fixture   # a small fixture

Reports, their truth and renderings go to --out (default /tmp/generator_run); a PDF already there and newer
than its DOCX is reused (LibreOffice is the slow part). --save-fixture copies a seed's DOCX, PDF and truth to
tests/data/generated/, where tests/test_generated.py checks them without LibreOffice. --shrink TARGET first
removes records and note paragraphs as long as the PDF still fails on TARGET ("risks.status", "note",
"indicators", "findings"...), so that the committed fixture stays small.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))
sys.path.insert(0, str(ROOT))

from generator import docx_bytes, generate  # noqa: E402
from generator.compare import Score, extract, fact_agreement, lost_characters, score  # noqa: E402
from generator.docx_writer import with_horizontal_rules_only  # noqa: E402
from generator.render import convert, soffice_available  # noqa: E402

FIXTURES = ROOT / "tests" / "data" / "generated"
BORDER_SUFFIX = {"grid": "", "hrules": "_hrules"}  # the file names of a seed's report, by its tables' borders


def build(seeds: list[int], out: Path, borders: str = "grid") -> list[Path]:
    """Write every seed's DOCX (only when its bytes changed, so a rendered PDF stays valid) and truth."""
    paths = []
    for seed in seeds:
        report = generate(seed)
        name = report.name + BORDER_SUFFIX[borders]
        path = out / f"{name}.docx"
        data = docx_bytes(report)
        if borders == "hrules":
            data = with_horizontal_rules_only(data)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        truth = {"seed": seed, "axes": report.axes, **report.truth()}
        (out / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
        paths.append(path)
    return paths


def stale_pdfs(docx_files: list[Path]) -> list[Path]:
    """The DOCX files whose PDF is missing or older."""
    out = []
    for path in docx_files:
        pdf = path.with_suffix(".pdf")
        if not pdf.exists() or pdf.stat().st_mtime < path.stat().st_mtime:
            out.append(path)
    return out


def check_one(docx_path: str) -> dict:
    """Extract one report's DOCX and PDF and score both (runs in a worker process)."""
    path = Path(docx_path)
    truth = json.loads(path.with_name(path.stem + ".truth.json").read_text("utf-8"))
    result = {"seed": truth["seed"], "axes": truth["axes"]}
    extractions = {}
    for fmt in ("docx", "pdf"):
        file = path.with_suffix("." + fmt)
        if not file.exists():
            continue
        started = time.perf_counter()
        try:
            extractions[fmt] = extract(file)
        except Exception as exc:  # a crash of the reader is a result to report, not the end of the run
            result[fmt] = {"crash": f"{type(exc).__name__}: {exc}"}
            continue
        result[fmt] = summary(score(fmt, truth, extractions[fmt]), time.perf_counter() - started)
    if path.with_suffix(".pdf").exists():
        lost = lost_characters(path.with_suffix(".pdf"), truth)
        result["render_lost"] = "".join(sorted(lost.elements()))
    if "docx" in extractions and "pdf" in extractions:
        result["facts"] = fact_agreement(extractions["pdf"], extractions["docx"])
        result["note_pdf_eq_docx"] = extractions["pdf"].note_text == extractions["docx"].note_text
        result["warnings_equal"] = extractions["pdf"].warnings == extractions["docx"].warnings
        result["docx_warnings"] = extractions["docx"].warnings
    return result


def summary(s: Score, seconds: float) -> dict:
    return {
        "cells": s.right(), "text_cells": s.right(text_only=True),
        "fields": {f"{k}.{f}": [s.cells[(k, f)], s.totals[(k, f)]] for k, f in s.totals},
        "extra_records": s.extra_records, "note_equal": s.note_equal, "paragraphs_equal": s.paragraphs_equal,
        "errors": s.errors,
        "mismatches": [m.line() for m in s.mismatches], "perfect": s.perfect, "seconds": round(seconds, 3),
    }


def aggregate(results: list[dict]) -> str:
    """The batch's figures as text."""
    lines = [f"reports: {len(results)}"]
    for fmt in ("docx", "pdf"):
        rs = [r[fmt] for r in results if fmt in r]
        crashes = [r for r in rs if "crash" in r]
        rs = [r for r in rs if "crash" not in r]
        if not rs:
            continue
        right, total = map(sum, zip(*(r["cells"] for r in rs), strict=True))
        t_right, t_total = map(sum, zip(*(r["text_cells"] for r in rs), strict=True))
        fields: Counter = Counter()
        totals: Counter = Counter()
        for r in rs:
            for name, (a, b) in r["fields"].items():
                fields[name] += a
                totals[name] += b
        worst = sorted(totals, key=lambda n: fields[n] / totals[n])[:6]
        lines += [
            f"{fmt.upper()}: perfect reports {sum(r['perfect'] for r in rs)}/{len(rs)}; "
            f"cells right {right}/{total} = {right / max(total, 1):.4f}; "
            f"text cells exact {t_right}/{t_total} = {t_right / max(t_total, 1):.4f}; "
            f"extra records {sum(r['extra_records'] for r in rs)}; "
            f"note text = truth {sum(r['note_equal'] for r in rs)}/{len(rs)}; "
            f"note paragraphs = truth {sum(r.get('paragraphs_equal', True) for r in rs)}/{len(rs)}; "
            f"reports with errors {sum(bool(r['errors']) for r in rs)}; crashes {len(crashes)}; "
            f"mean extraction {sum(r['seconds'] for r in rs) / len(rs):.2f} s",
            "  weakest fields: " + ", ".join(f"{n} {fields[n] / totals[n]:.3f}" for n in worst),
        ]
    lost = [r for r in results if r.get("render_lost")]
    if lost:
        lines.append("renderings that lost text (generator/LibreOffice, not the reader): "
                     + ", ".join(f"{r['seed']} ({r['render_lost'][:20]})" for r in lost))
    both = [r for r in results if "facts" in r]
    if both:
        common, n_pdf, n_docx = map(sum, zip(*(r["facts"] for r in both), strict=True))
        lines.append(f"note text PDF == DOCX: {sum(r['note_pdf_eq_docx'] for r in both)}/{len(both)}; "
                     f"note facts PDF vs DOCX: precision {common / max(n_pdf, 1):.4f}, recall {common / max(n_docx, 1):.4f} "
                     f"({common} common, {n_pdf} PDF, {n_docx} DOCX); warnings PDF == DOCX "
                     f"{sum(r['warnings_equal'] for r in both)}/{len(both)}")
    return "\n".join(lines)


def failing(results: list[dict], fmt: str) -> list[dict]:
    return [r for r in results if fmt in r and ("crash" in r[fmt] or not r[fmt]["perfect"]
                                                  or (fmt == "pdf" and not r.get("note_pdf_eq_docx", True)))]


def save_fixture(out: Path, name: str) -> None:
    """Copy a report's DOCX, PDF and truth into tests/data/generated/."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for suffix in (".docx", ".pdf", ".truth.json"):
        shutil.copy(out / (name + suffix), FIXTURES / (name + suffix))
    print(f"saved {FIXTURES.relative_to(ROOT)}/{name}.{{docx,pdf,truth.json}}")


def shrink_and_save(seed: int, target: str, fmt: str, out: Path, save: bool, tries: int, borders: str = "grid") -> None:
    """Shrink one seed's report while its DOCX or PDF still fails on target; write (and save) the small report."""
    from generator.shrink import shrink

    report = shrink(generate(seed), target, fmt, log=print, max_tries=tries, borders=borders)
    name = f"gen_{seed:05d}_{fmt}_{target.replace('.', '_').replace(' ', '_')}{BORDER_SUFFIX[borders]}"
    data = docx_bytes(report)
    (out / f"{name}.docx").write_bytes(with_horizontal_rules_only(data) if borders == "hrules" else data)
    convert([out / f"{name}.docx"], out, jobs=1)
    truth = {"seed": seed, "shrunk_for": target, "axes": report.axes, **report.truth()}
    (out / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
    result = check_one(str(out / f"{name}.docx"))
    for kind in ("docx", "pdf"):
        print(f"{name}: {len(result[kind].get('mismatches', []))} {kind.upper()} mismatch(es)")
        for line in result[kind].get("mismatches", []):
            print(f"    {line}")
    if save:
        save_fixture(out, name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0, help="first seed (seeds S .. S+N-1)")
    parser.add_argument("--seeds", type=int, nargs="*", help="these seeds instead of a range")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=Path("/tmp/generator_run"))
    parser.add_argument("--no-pdf", action="store_true", help="DOCX only")
    parser.add_argument("--borders", choices=("grid", "hrules"), default="grid",
                        help="tables fully ruled (default) or ruled with horizontal lines only")
    parser.add_argument("--json", type=Path, help="write per-seed results here")
    parser.add_argument("--save-fixture", action="store_true", help="copy the seeds' files to tests/data/generated/")
    parser.add_argument("--shrink", metavar="TARGET", help="shrink each seed while it fails on TARGET")
    parser.add_argument("--shrink-format", choices=("pdf", "docx"), default="pdf", help="the file that must fail")
    parser.add_argument("--shrink-tries", type=int, default=40, help="renderings a shrink may try (default 40)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every mismatch of failing seeds")
    args = parser.parse_args(argv)
    seeds = args.seeds or list(range(args.seed, args.seed + args.count))
    args.out.mkdir(parents=True, exist_ok=True)
    if args.shrink:
        for seed in seeds:
            shrink_and_save(seed, args.shrink, args.shrink_format, args.out, args.save_fixture, args.shrink_tries,
                            args.borders)
        return 0
    started = time.perf_counter()
    docx_files = build(seeds, args.out, args.borders)
    print(f"built {len(docx_files)} DOCX in {time.perf_counter() - started:.1f} s")
    if not args.no_pdf:
        if not soffice_available():
            print("soffice not found: PDFs not rendered (apt-get install libreoffice-writer-nogui)")
        else:
            todo = stale_pdfs(docx_files)
            t = time.perf_counter()
            convert(todo, args.out, jobs=args.jobs)
            print(f"rendered {len(todo)} PDF in {time.perf_counter() - t:.1f} s")
    else:
        for path in docx_files:
            path.with_suffix(".pdf").unlink(missing_ok=True)
    t = time.perf_counter()
    with ProcessPoolExecutor(args.jobs, initializer=os.nice, initargs=(5,)) as pool:
        results = list(pool.map(check_one, map(str, docx_files)))
    print(f"extracted and compared in {time.perf_counter() - t:.1f} s\n")
    print(aggregate(results))
    for fmt in ("docx", "pdf"):
        bad = failing(results, fmt)
        print(f"\n{fmt.upper()} failing seeds ({len(bad)}): {' '.join(str(r['seed']) for r in bad)}")
        for r in bad:
            lines = [r[fmt]["crash"]] if "crash" in r[fmt] else r[fmt]["mismatches"]
            if fmt == "pdf" and not r.get("note_pdf_eq_docx", True) and r[fmt].get("note_equal", False):
                lines = lines + ["note text PDF != DOCX"]
            shown = lines if args.verbose else lines[:3]
            print(f"  seed {r['seed']}: {len(lines)} mismatch(es)")
            for line in shown:
                print(f"    {line}")
    for fmt in ("docx", "pdf"):
        cut = [r["seed"] for r in results if fmt in r and not r[fmt].get("paragraphs_equal", True)]
        print(f"\n{fmt.upper()} note paragraphs differing from the truth ({len(cut)}): {' '.join(map(str, cut))}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), "utf-8")
    if args.save_fixture:
        for seed in seeds:
            save_fixture(args.out, f"gen_{seed:05d}{BORDER_SUFFIX[args.borders]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
