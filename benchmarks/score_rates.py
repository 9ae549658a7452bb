"""Agreement on the bases of rates (`per` and `per_object` both right) per labelled set, and the misses.

    python benchmarks/score_rates.py            # every tests/data/*_facts.json and fact_sentences.json
    python benchmarks/score_rates.py -v FILE... # with each miss

A labelled rate is a labelled fact with `per`; it counts as right when the extracted fact paired with it (by
score_facts.pair: value+unit+year, then value+unit, then value) has the same `per` and `per_object` (compared as
score_facts compares them). A false rate is an extracted `per` paired with a label that has none; a set whose
labels carry no `per` at all (fact_sentences.json predates issue 11) reports no false rates.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_facts as sf  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def score_rates(path: Path, extract_facts, text_block) -> tuple[int, int, int, list[tuple]]:
    """(labelled rates, right, false rates, misses) of one label file."""
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    labels_rates = any("per" in e for c in cases for e in c["facts"])
    rates = right = false = 0
    misses: list[tuple] = []
    for case in cases:
        p = sf.pair(case["facts"], sf.run_case(case, extract_facts, text_block))
        for e, g in p.full + p.value_unit + p.value_only:
            if e.get("per") is None:
                if labels_rates and g.per is not None:
                    false += 1
                    misses.append(("false rate", case.get("id"), e["value"], None, (g.per, g.per_object), g.sentence))
                continue
            rates += 1
            if sf._normal(g.per) == sf._normal(e["per"]) and sf._normal(g.per_object) == sf._normal(e.get("per_object")):
                right += 1
            else:
                misses.append(("base", case.get("id"), e["value"], (e["per"], e.get("per_object")),
                               (g.per, g.per_object), g.sentence))
        for e in p.missed:
            if e.get("per") is not None:
                rates += 1
                misses.append(("not found", case.get("id"), e["value"], (e["per"], e.get("per_object")), None, ""))
    return rates, right, false, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print each miss")
    args = parser.parse_args(argv)
    files = args.files or sorted(DATA.glob("*_facts.json")) + [DATA / "fact_sentences.json"]
    extract_facts, text_block = sf.load_extractor()
    total = [0, 0, 0]
    for path in files:
        rates, right, false, misses = score_rates(path, extract_facts, text_block)
        total = [total[0] + rates, total[1] + right, total[2] + false]
        share = f"{right / rates:.3f}" if rates else "n/a"
        print(f"{path.name:40s} rates {rates:3d}  right {right:3d} ({share})  false rates {false}")
        for miss in misses if args.verbose else ():
            print("   ", miss)
    print(f"{'all':40s} rates {total[0]:3d}  right {total[1]:3d} ({total[1] / max(total[0], 1):.3f})  false rates {total[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
