"""Which note facts a scan's extraction gets otherwise than its report's DOCX, beside its text PDF's.

    python benchmarks/ocr_eval.py run /tmp/ocr_eval --json /tmp/ocr_run.json
    python benchmarks/ocr_fact_diff.py /tmp/ocr_eval /tmp/ocr_run.json [--only gen_07800]

Per scan: every fact of the DOCX that the scan misses (`-`) and every fact the scan finds that the DOCX has
not (`+`), each with its sentence, and whether the text PDF gets it right (`pdf ok`) or misses it too (`pdf
too`): the scan's own misses are the ones the text PDF gets right. Facts are keyed as ocr_eval scores them.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from ocr_quality import FACT_KEY  # noqa: E402


def keyed(facts: list[dict]) -> dict[tuple, list[dict]]:
    out: dict[tuple, list[dict]] = {}
    for fact in facts:
        out.setdefault(tuple(fact.get(k) for k in FACT_KEY), []).append(fact)
    return out


def differences(scan: list[dict], reference: list[dict], pdf: list[dict]) -> list[tuple[str, tuple, str, bool]]:
    """(sign, key, sentence, the text PDF right there) for each fact the scan misses (-) or adds (+)."""
    got, want, text_pdf = keyed(scan), keyed(reference), keyed(pdf)
    out = []
    for key in sorted(set(got) | set(want), key=str):
        n_got, n_want, n_pdf = len(got.get(key, [])), len(want.get(key, [])), len(text_pdf.get(key, []))
        if n_got < n_want:
            out += [("-", key, want[key][0]["sentence"], n_pdf >= n_want)] * (n_want - n_got)
        elif n_got > n_want:
            out += [("+", key, got[key][0]["sentence"], n_pdf <= n_want)] * (n_got - n_want)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("saved", type=Path, help="ocr_eval.py run --json output")
    parser.add_argument("--only", default="")
    parser.add_argument("--ocr-only", action="store_true", help="only the differences the text PDF gets right")
    args = parser.parse_args(argv)
    saved = json.loads(args.saved.read_text("utf-8"))
    totals: Counter = Counter()
    for name, doc in sorted(saved.items()):
        if args.only not in name:
            continue
        stem = name.split("__")[0]
        reference = json.loads((args.outdir / f"{stem}.reference.json").read_text("utf-8"))["facts"]
        pdf = json.loads((args.outdir / f"{stem}.pdf.json").read_text("utf-8"))["facts"]
        diffs = [d for d in differences(doc["facts"], reference, pdf) if d[3] or not args.ocr_only]
        totals.update(d[0] + ("ocr" if d[3] else "pdf") for d in diffs)
        if diffs:
            print(f"== {name}")
        for sign, key, sentence, pdf_ok in diffs:
            print(f"  {sign} {'ocr' if pdf_ok else 'pdf'} {key}\n      {sentence[:300]}")
    print(dict(totals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
