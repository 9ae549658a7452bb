"""A label file's note paragraphs inside whole reports, read back from DOCX and from PDF, scored as score_facts.py
scores the paragraphs alone.

The cases of one reporting year become the analytical note of one correct report of that year
(tests/report_layouts.py: the risk table, an indicator table, the note); the note's facts of the extracted report
are paired with the labels of all its cases. Prints the figures per format and the facts PDF and DOCX disagree on.

    python benchmarks/notes_in_reports.py tests/data/heldout12_notes_facts.json [--no-pdf] [--misses]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_facts import Tally, pair  # noqa: E402
from unseen_directions import TITLE, to_pdf  # noqa: E402

from pipeline.extract import extract_document  # noqa: E402
from report_layouts import build_report  # noqa: E402

ROWS = [("Уровень удовлетворенности населения качеством государственных услуг", "%", "78", "80", "81,2", "Достигнут")]


def by_year(cases: list[dict]) -> dict[int, list[dict]]:
    """The cases grouped by the report they belong to."""
    out: dict[int, list[dict]] = defaultdict(list)
    for case in cases:
        out[case["reporting_year"]].append(case)
    return dict(sorted(out.items()))


def note_facts(path: Path) -> list:
    return [f for f in extract_document(path).facts if f.part == "analytical_note"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path)
    parser.add_argument("--no-pdf", action="store_true")
    parser.add_argument("--misses", action="store_true", help="print each missed and extra fact")
    args = parser.parse_args()
    cases = json.loads(args.labels.read_text("utf-8"))["cases"]
    tallies = {"docx": Tally(), "pdf": Tally()}
    with tempfile.TemporaryDirectory() as tmp:
        for year, group in by_year(cases).items():
            docx = build_report(Path(tmp) / f"notes_{year}.docx", "standard", ROWS, TITLE,
                                [b for c in group for b in c["blocks"]], year=year)
            expected = {"facts": [f for c in group for f in c["facts"]]}
            got = {"docx": note_facts(docx)}
            if not args.no_pdf:
                got["pdf"] = note_facts(to_pdf(docx))
            for fmt, facts in got.items():
                p = pair(expected["facts"], facts)
                tallies[fmt].add(expected, facts, p)
                if args.misses:
                    for e in p.missed + [e for e, _ in p.value_only + p.value_unit]:
                        print(f"  {year} {fmt} MISS {e['value']} {e['unit']} {e['year']}")
                    for g in p.extra:
                        print(f"  {year} {fmt} EXTRA {g.value} {g.unit} {g.year} «{g.text}»")
            if "pdf" in got:
                key = lambda f: (round(f.value, 6), f.unit, f.year)  # noqa: E731
                order = lambda k: (k[0], k[1], k[2] is not None, k[2] or 0)  # noqa: E731 (a year may be None)
                d, pf = sorted(map(key, got["docx"]), key=order), sorted(map(key, got["pdf"]), key=order)
                only_d = [k for k in d if k not in pf]
                only_p = [k for k in pf if k not in d]
                print(f"{year}: facts DOCX {len(d)} PDF {len(pf)}; only DOCX {only_d}; only PDF {only_p}")
    for fmt, tally in tallies.items():
        if tally.expected:
            f = tally.figures()
            print(f"{fmt}: n={f['labelled']} got={f['extracted']} P={f['precision']} R={f['recall']} "
                  f"year={f['year_accuracy']} unit={f['unit_accuracy']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
