"""OCR quality on scans of generated reports whose truth is known: a tuning half and a held-out half.

    python benchmarks/ocr_eval.py build /tmp/ocr_eval                 # reports, their PDFs, scans at 200 and 300 dpi
    python benchmarks/ocr_eval.py run /tmp/ocr_eval --half tune       # score the scans of the tuning half
    python benchmarks/ocr_eval.py run /tmp/ocr_eval --half held -v    # ... of the held-out half, every miss printed

`build` draws reports with samples/generator (other layouts, fonts 9-14 pt, tables 8-12 pt, portrait and
landscape) and varies the samples as samples/build_archive.py does (another agency, other years and figures),
writes each one's DOCX and truth, renders the PDF with LibreOffice and scans every page the way
samples/build_scans.py does (skew up to 0.6 degrees, dust, JPEG quality 30-55, some blur) at 200 and 300 dpi.
Seeds split the set: an even seed belongs to the tuning half, an odd one is held out (look at its misses
only after a change is settled on the tuning half).

`run` extracts every scan (in `--jobs` worker processes, one Tesseract thread each) and prints, per scan
and overall: plan/fact numbers exactly right, numbers wrong but flagged (ocr_low_confidence, missing_value
or unparsed_number at the record) against silently wrong, risk and indicator text fields exactly right after
whitespace normalization, note facts recall and precision against the DOCX's facts (extracted again by the code
as it is, not the copy `build` wrote), and CPU seconds a page.
The text PDF the scan was made from is scored the same way: `pdf` columns show what the PDF reader itself
gets, `ocr-only misses` the text fields right in the text PDF but wrong in the scan (OCR's own share).
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import random
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "samples", ROOT / "tests"):
    sys.path.insert(0, str(folder))
from ocr_quality import FACT_KEY, FLAGGING_CODES, INDICATOR_TEXTS, RISK_TEXTS, norm  # noqa: E402  (tests/: the bar's own fields)

DEFAULT_SEEDS = list(range(1000, 1012))  # generated reports
DEFAULT_VARIANTS = list(range(2000, 2006))  # varied samples: each sample once in each half
DPIS = (200, 300)


def half_of(stem: str) -> str:
    """gen_01004 and agds_2019_2004 are tuned on, gen_01005 and agds_2019_2001 held out: by the number's parity."""
    return "tune" if int(stem.rsplit("_", 1)[1]) % 2 == 0 else "held"


# ---------------------------------------------------------------------------------------------- build
def build(outdir: Path, seeds: list[int], variants: list[int], set_seed: int = 12) -> None:
    """Per report: its truth, its DOCX's and text PDF's extractions, and its scans at 200 and 300 dpi.

    A generated report's truth is the generator's; a variant (samples/build_archive.py's `vary`: a sample's
    layout with another agency's title, other years and figures, rows dropped or doubled) has its DOCX's
    extraction as its truth. Note facts are always scored against the DOCX's."""
    import build_archive
    from generator import docx_bytes, generate
    from generator.render import convert

    outdir.mkdir(parents=True, exist_ok=True)
    docx_files = []
    for seed in seeds:
        report = generate(seed)
        path = outdir / f"{report.name}.docx"
        path.write_bytes(docx_bytes(report))
        _write(outdir / f"{report.name}.truth.json", {"seed": seed, "axes": report.axes, **report.truth()})
        docx_files.append(path)
    samples = sorted(build_archive.SAMPLES.glob("*.docx"))
    for n in variants:
        source = samples[n % len(samples)]
        path = outdir / f"{source.stem}_{n}.docx"
        build_archive.vary(source, path, random.Random(n))
        _write(outdir / f"{path.stem}.truth.json", _extract(path, None))
        docx_files.append(path)
    pdfs = convert(docx_files, outdir, jobs=2)
    for docx, pdf in zip(docx_files, pdfs, strict=True):
        _write(outdir / f"{docx.stem}.reference.json", _extract(docx, None))
        _write(outdir / f"{docx.stem}.pdf.json", _extract(pdf, None))
        rng = random.Random(f"{set_seed}:{pdf.name}")  # each file's scans the same whatever else is built
        for dpi in DPIS:
            scan_one(pdf, outdir / "scans" / f"{pdf.stem}__{dpi}.pdf", dpi, rng)


def scan_one(pdf: Path, target: Path, dpi: int, rng: random.Random) -> None:
    """A scan of the PDF as build_scans makes one, with degradations drawn from rng."""
    import build_scans

    style = build_scans.ScanStyle(dpi=dpi, max_skew=0.6, specks=rng.uniform(0.0001, 0.0004),
                                  quality=rng.choice((30, 40, 55)), blur=rng.choice((0.0, 0.0, 0.4)))
    build_scans.scan_pdf(pdf, target, style, seed=rng.randrange(1 << 30))
    print(f"{target.name}: {style}", flush=True)


def _write(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _extract(path: Path, mode: str | None = "auto") -> dict:
    from pipeline.extract import extract_document
    from pipeline.readers.ocr import OcrOptions

    return extract_document(path, ocr=OcrOptions(mode) if mode else None).model_dump(mode="json")


# ---------------------------------------------------------------------------------------------- score
@dataclass
class Score:
    numbers: Counter = field(default_factory=Counter)  # right, total, flagged (wrong, flagged), silent
    texts: Counter = field(default_factory=Counter)  # right, total
    facts: Counter = field(default_factory=Counter)  # right, found, truth
    misses: list = field(default_factory=list)
    text_ok: dict = field(default_factory=dict)  # (kind, truth index, field) -> right?

    def add(self, other: Score) -> None:
        self.numbers.update(other.numbers)
        self.texts.update(other.texts)
        self.facts.update(other.facts)

    def line(self) -> str:
        n, t, f = self.numbers, self.texts, self.facts
        return (f"numbers {n['right']}/{n['total']} = {n['right'] / max(1, n['total']):.3f} "
                f"(wrong: {n['flagged']} flagged, {n['silent']} silent); "
                f"texts {t['right']}/{t['total']} = {t['right'] / max(1, t['total']):.3f}; "
                f"facts R/P {f['right'] / max(1, f['truth']):.3f}/{f['right'] / max(1, f['found']):.3f}")


def score(doc: dict, truth: dict, reference_facts: list[dict]) -> Score:
    """An extraction against the generator's truth (records) and the reference's facts."""
    from generator.compare import align

    out = Score()
    flagged = {_where(f["location"]) for f in doc["findings"] if f["code"] in FLAGGING_CODES and f.get("location")}
    for kind, fields in (("risks", RISK_TEXTS), ("indicators", INDICATOR_TEXTS)):
        want_all, got_all = truth[kind], doc[kind]
        for i, j in align(kind, want_all, got_all):
            if i is None:
                continue
            want, got = want_all[i], (got_all[j] if j is not None else None)
            for key in fields:
                ok = got is not None and norm(got.get(key)) == norm(want.get(key))
                out.texts["total"] += 1
                out.texts["right"] += ok
                out.text_ok[(kind, i, key)] = ok
                if not ok:
                    out.misses.append(("text", kind, key, norm(want.get(key)), got and norm(got.get(key))))
            if kind == "indicators":
                for key in ("plan", "fact"):
                    out.numbers["total"] += 1
                    ok = got is not None and _same_number(got, want, key)
                    if ok:
                        out.numbers["right"] += 1
                        continue
                    is_flagged = got is not None and _where(got.get("location")) in flagged
                    out.numbers["flagged" if is_flagged else "silent"] += 1
                    out.misses.append(("number" if not is_flagged else "number(flagged)", kind, key,
                                       want.get(f"{key}_text"), got and got.get(f"{key}_text")))
    found = Counter(tuple(f.get(k) for k in FACT_KEY) for f in doc["facts"])
    truth_facts = Counter(tuple(f.get(k) for k in FACT_KEY) for f in reference_facts)
    out.facts.update(right=sum((found & truth_facts).values()), found=sum(found.values()),
                     truth=sum(truth_facts.values()))
    return out


def _same_number(got: dict, want: dict, key: str) -> bool:
    a, b = got.get(key), want.get(key)
    if a is None or b is None:
        return a is None and b is None and norm(got.get(f"{key}_text")) == norm(want.get(f"{key}_text"))
    return abs(float(a) - float(b)) < 1e-9


def _where(location: dict | None) -> tuple | None:
    return (location.get("table"), location.get("row")) if location else None


# ------------------------------------------------------------------------------------------------ run
def run_one(scan: str) -> dict:
    """Extract one scan (in a worker process): its JSON, CPU seconds and pages."""
    cpu = time.process_time()
    doc = _extract(Path(scan))
    return {"scan": scan, "doc": doc, "cpu": time.process_time() - cpu, "pages": doc["source"]["pages"] or 1}


def scans_of(outdir: Path, half: str, dpis: tuple[int, ...], only: str = "") -> list[Path]:
    out = []
    for path in sorted((outdir / "scans").glob("*__*.pdf")):
        stem, dpi = path.stem.split("__")
        if (half == "all" or half_of(stem) == half) and int(dpi) in dpis and only in path.name:
            out.append(path)
    return out


@functools.cache
def references(outdir: Path, stem: str) -> tuple[list[dict], dict]:
    """The DOCX's facts and the text PDF's extraction by the code as it is now: the copies `build` wrote are the
    code of that day's, and a later change to the fact extractor would count against the scans."""
    return _extract(outdir / f"{stem}.docx", None)["facts"], _extract(outdir / f"{stem}.pdf", None)


def run(outdir: Path, half: str, dpis: tuple[int, ...], jobs: int, verbose: bool, save: Path | None,
        only: str = "") -> None:
    scans = scans_of(outdir, half, dpis, only)
    load = lambda p: json.loads(p.read_text("utf-8"))  # noqa: E731
    total, total_pdf = Score(), Score()
    per_dpi: dict[int, Score] = {}
    cpu = pages = ocr_only = 0
    saved = {}
    with ProcessPoolExecutor(max(1, jobs)) as pool:
        for result in pool.map(run_one, map(str, scans)):
            scan = Path(result["scan"])
            stem, dpi = scan.stem.split("__")
            truth = load(outdir / f"{stem}.truth.json")
            reference_facts, pdf_doc = references(outdir, stem)
            got = score(result["doc"], truth, reference_facts)
            pdf = score(pdf_doc, truth, reference_facts)
            only = [k for k, ok in got.text_ok.items() if not ok and pdf.text_ok.get(k)]
            total.add(got)
            per_dpi.setdefault(int(dpi), Score()).add(got)
            total_pdf.add(pdf)
            cpu, pages, ocr_only = cpu + result["cpu"], pages + result["pages"], ocr_only + len(only)
            errors = sorted({f["code"] for f in result["doc"]["findings"] if f["severity"] == "error"})
            print(f"{scan.name}: {got.line()}; ocr-only text misses {len(only)}; "
                  f"{result['cpu'] / result['pages']:.2f} s CPU/page"
                  + (f"; errors {','.join(errors)}" if errors else ""), flush=True)
            print(f"    text pdf: {pdf.line()}")
            if verbose:
                for miss in got.misses:
                    print(f"    {miss[0]} {miss[1]}.{miss[2]}: want {miss[3]!r} got {miss[4]!r}")
            saved[scan.name] = result["doc"]
    print(f"\n{half} half, {len(scans)} scans, {pages} pages")
    for dpi, s in sorted(per_dpi.items()):
        print(f"  {dpi} dpi: {s.line()}")
    print(f"  all:     {total.line()}; ocr-only text misses {ocr_only}")
    print(f"  text PDFs: {total_pdf.line()}")
    print(f"  CPU {cpu / max(1, pages):.2f} s a page (extraction, one Tesseract thread)")
    if save:
        save.write_text(json.dumps(saved, ensure_ascii=False), "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="generate, render and scan the evaluation set")
    b.add_argument("outdir", type=Path)
    b.add_argument("--seeds", type=int, nargs="*", default=DEFAULT_SEEDS, help="generator seeds")
    b.add_argument("--variants", type=int, nargs="*", default=DEFAULT_VARIANTS,
                   help="seeds of varied samples (build_archive.vary; the seed picks the sample)")
    r = sub.add_parser("run", help="extract the scans and score them")
    r.add_argument("outdir", type=Path)
    r.add_argument("--half", choices=("tune", "held", "all"), default="tune")
    r.add_argument("--dpi", type=int, nargs="*", default=list(DPIS))
    r.add_argument("--jobs", type=int, default=2)
    r.add_argument("--json", type=Path, help="write every scan's extraction here")
    r.add_argument("--only", default="", help="only the scans whose name contains this")
    r.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.outdir, args.seeds, args.variants)
    else:
        run(args.outdir, args.half, tuple(args.dpi), args.jobs, args.verbose, args.json, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
