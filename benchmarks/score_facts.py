"""Score the fact extractor against hand-labelled files: precision, recall, year and unit accuracy, and the misses.

    python benchmarks/score_facts.py tests/data/real_prose_facts.json tests/data/unseen_notes_facts.json
    python benchmarks/score_facts.py tests/data/fact_sentences.json --misses 0 --json

A label file is {"about": ..., "cases": [{"id", "source", "part", "blocks", "facts", optional "reporting_year",
"lines"}]} with facts {"value", "unit", "year", optional "object", "per", "per_object", "change", "note"}
(see tests/data/README_labels.md). Each case's blocks go through the extractor as one run of paragraphs; a
case's "reporting_year" is passed on when the extractor accepts one. Optional keys the extractor has no field
for are reported as "n/a" and never count against it.

Matching, per case: first value+unit+year, then value+unit among the rest, then value alone; a fact is matched
once. Precision and recall count value+unit+year matches (as tests/test_facts.py does). Year accuracy is over the
value+unit pairs ("of figures that have one": over the pairs whose label has a year); unit accuracy over the
value pairs.
"""
from __future__ import annotations

import argparse
import inspect
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OPTIONAL_KEYS = ("object", "per", "per_object", "change")
SCALES = (1e3, 1e6, 1e9, 1e12)


def load_extractor() -> tuple[Callable[..., list], Callable[[str], Any]]:
    """(extract_facts, TextBlock) from wherever the package keeps them now."""
    try:
        from pipeline.facts import TextBlock, extract_facts
    except ImportError as exc:  # pipeline.facts is being split into a package: say what is missing, plainly
        raise SystemExit(f"score_facts: cannot import extract_facts and TextBlock from pipeline.facts ({exc})") from exc
    return extract_facts, TextBlock


def run_case(case: dict, extract_facts: Callable[..., list], text_block: Callable[[str], Any]) -> list:
    """The extractor's facts for one case; the reporting year goes along where the extractor takes one. Real prose
    (a case with "lines") goes the way `python -m pipeline facts` reads a text file, where the package has it, after
    its "context" lines (earlier paragraphs that set its period), whose own figures are dropped."""
    if "lines" in case:
        facts_of_text = getattr(sys.modules[extract_facts.__module__], "facts_of_text", None)
        if facts_of_text is not None:
            context = [c["text"] for c in case.get("context", [])]
            facts = facts_of_text("\n".join(context + case["blocks"]))
            return [f for f in facts if f.location.paragraph >= len(context)]
    blocks = [text_block(text) for text in case["blocks"]]
    kwargs = {}
    if case.get("reporting_year") is not None and "reporting_year" in inspect.signature(extract_facts).parameters:
        kwargs["reporting_year"] = case["reporting_year"]
    return extract_facts(blocks, case["part"], **kwargs)


def same_value(a: float, b: float) -> bool:
    """Values equal within 1e-9 relative."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@dataclass
class Pairing:
    """How the labelled facts of one case pair with the extracted ones."""

    full: list[tuple[dict, Any]] = field(default_factory=list)  # value+unit+year
    value_unit: list[tuple[dict, Any]] = field(default_factory=list)  # value+unit, year differs
    value_only: list[tuple[dict, Any]] = field(default_factory=list)  # value, unit differs
    missed: list[dict] = field(default_factory=list)  # no extracted fact with that value
    extra: list[Any] = field(default_factory=list)  # extracted, matched to no label


def pair(expected: list[dict], got: list) -> Pairing:
    """Pair labels with extracted facts in three passes, each extracted fact used once."""
    free, left, out = list(got), list(expected), Pairing()
    passes = (
        (out.full, lambda e, g: same_value(g.value, e["value"]) and g.unit == e["unit"] and g.year == e["year"]),
        (out.value_unit, lambda e, g: same_value(g.value, e["value"]) and g.unit == e["unit"]),
        (out.value_only, lambda e, g: same_value(g.value, e["value"])),
    )
    for bucket, fits in passes:
        still = []
        for e in left:
            hit = next((g for g in free if fits(e, g)), None)
            if hit is None:
                still.append(e)
            else:
                bucket.append((e, hit))
                free.remove(hit)
        left = still
    out.missed, out.extra = left, free
    return out


def miss_kinds(case: dict, p: Pairing) -> list[tuple[str, str]]:
    """(kind, example) for every label not fully matched and every extra fact of a case."""
    kinds, bases = [], {e.get("per") for e in case["facts"] if e.get("per")}
    scaled = [g for g in p.extra if any(same_value(g.value * s, e["value"]) for e in p.missed for s in SCALES)]
    for e, g in p.value_unit:
        if e["year"] is None:
            kind = "year given where the label has none"
        elif g.year is None:
            kind = ("reporting year not given (headline / comparison)" if e["year"] == case.get("reporting_year")
                    else "year missed")
        else:
            kind = "wrong year"
        kinds.append((kind, f"{_show(e)} got year {g.year}"))
    for e, g in p.value_only:
        kinds.append((f"unit {e['unit']} read as {g.unit}", f"{_show(e)} got {g.unit}"))
    for e in p.missed:
        g = next((g for g in scaled if any(same_value(g.value * s, e["value"]) for s in SCALES)), None)
        if g is not None:
            kinds.append(("scale written once not applied", f"{_show(e)} got {g.value:g} {g.unit}"))
        else:
            kinds.append(("not found", _show(e)))
    for g in p.extra:
        if g in scaled:
            continue  # counted with its label above
        if any(same_value(g.value, b) for b in bases):
            kind = "rate base read as a fact"
        else:
            kind = "extra fact (not a labelled figure)"
        kinds.append((kind, f"{g.value:g} {g.unit} {g.year} in «{_span(g)}»"))
    return kinds


def _show(e: dict) -> str:
    """A label in one short line."""
    return f"{e['value']:g} {e['unit']} {e['year']}" + (f" ({e['note'][:70]})" if e.get("note") else "")


def _span(g: Any) -> str:
    """The extracted fact's text, if it has one."""
    return (getattr(g, "text", "") or "")[:60]


@dataclass
class Tally:
    """Counts over a set of cases."""

    expected: int = 0
    got: int = 0
    full: int = 0
    value_unit: int = 0  # pairs matched at least on value+unit
    value_unit_with_year: int = 0
    year_right_with_year: int = 0
    value: int = 0  # pairs matched at least on value
    optional: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # key -> [agree, compared]
    optional_missing: set = field(default_factory=set)  # keys the extractor has no field for

    def add(self, case: dict, got: list, p: Pairing) -> None:
        """Count one case."""
        self.expected += len(case["facts"])
        self.got += len(got)
        self.full += len(p.full)
        vu = p.full + p.value_unit
        self.value_unit += len(vu)
        self.value += len(vu) + len(p.value_only)
        for e, g in vu:
            if e["year"] is not None:
                self.value_unit_with_year += 1
                self.year_right_with_year += g.year == e["year"]
        for e, g in vu:
            self._optional(e, g)

    def _optional(self, e: dict, g: Any) -> None:
        """Agreement on the optional keys the label fills, where the extractor has the field."""
        for key in OPTIONAL_KEYS:
            if key not in e or (key == "object" and e[key] is None):
                continue
            if not hasattr(g, key):
                self.optional_missing.add(key)
                continue
            agree = self.optional[key]
            agree[1] += 1
            agree[0] += _normal(getattr(g, key)) == _normal(e[key])

    def figures(self) -> dict:
        """The measured figures."""
        ratio = lambda a, b: round(a / b, 4) if b else None  # noqa: E731
        out = {
            "labelled": self.expected, "extracted": self.got, "matched": self.full,
            "precision": ratio(self.full, self.got), "recall": ratio(self.full, self.expected),
            "precision_value_unit": ratio(self.value_unit, self.got),
            "recall_value_unit": ratio(self.value_unit, self.expected),
            "year_accuracy": ratio(self.full, self.value_unit),
            "year_accuracy_where_labelled": ratio(self.year_right_with_year, self.value_unit_with_year),
            "unit_accuracy": ratio(self.value_unit, self.value),
        }
        for key in OPTIONAL_KEYS:
            if key in self.optional:
                out[f"{key}_agreement"] = ratio(*self.optional[key])
            elif key in self.optional_missing:
                out[f"{key}_agreement"] = "n/a"
        return out


def _normal(v: Any) -> Any:
    """Numbers and strings compared loosely (100000 == 100000.0, case and spaces of words)."""
    if isinstance(v, (int, float)):
        return round(float(v), 9)
    return " ".join(str(v).lower().split()) if v is not None else None


def source_group(case: dict) -> str:
    """The per-source line a case is counted in."""
    return case.get("source") or "(no source)"


def score_file(path: Path, extract_facts: Callable[..., list], text_block: Callable[[str], Any]) -> dict:
    """Figures, per-source figures, miss kinds and the misses of one label file."""
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    total, by_source = Tally(), defaultdict(Tally)
    kinds: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    misses = []
    for case in cases:
        got = run_case(case, extract_facts, text_block)
        p = pair(case["facts"], got)
        total.add(case, got, p)
        by_source[source_group(case)].add(case, got, p)
        found = miss_kinds(case, p)
        for kind, example in found:
            kinds[kind] += 1
            if len(examples[kind]) < 2:
                examples[kind].append(f"[{case.get('id') or case['blocks'][0][:40]}] {example}")
        if found:
            misses.append({"id": case.get("id"), "source": case.get("source"), "text": " | ".join(case["blocks"]),
                           "misses": [f"{k}: {x}" for k, x in found]})
    return {"file": str(path), "cases": len(cases), **total.figures(),
            "by_source": {s: t.figures() for s, t in sorted(by_source.items())},
            "miss_kinds": [{"kind": k, "count": n, "examples": examples[k]} for k, n in kinds.most_common()],
            "misses": misses}


def print_report(result: dict, show_misses: int) -> None:
    """The figures of one file, for a person."""
    print(f"== {result['file']}: {result['cases']} cases")
    print(_line("all", result))
    for source, figures in result["by_source"].items():
        print(_line(source, figures))
    print("miss kinds:")
    for k in result["miss_kinds"]:
        print(f"  {k['count']:4d}  {k['kind']}")
        for example in k["examples"]:
            print(f"          e.g. {example}")
    for miss in result["misses"][:show_misses]:
        print(f"MISS [{miss['id']}] {miss['text'][:160]}")
        for line in miss["misses"]:
            print(f"    {line}")
    print()


def _line(name: str, f: dict) -> str:
    """One row of figures."""
    def num(key: str) -> str:
        v = f.get(key)
        return "  -  " if v is None else (f"{v:5}" if isinstance(v, str) else f"{v:.3f}")
    extra = " ".join(f"{k[:-len('_agreement')]}={num(k)}" for k in f if k.endswith("_agreement"))
    return (f"  {name[:48]:48} n={f['labelled']:4d} got={f['extracted']:4d} P={num('precision')} R={num('recall')}"
            f" year={num('year_accuracy')} year(labelled)={num('year_accuracy_where_labelled')}"
            f" unit={num('unit_accuracy')} P/R(value+unit)={num('precision_value_unit')}/{num('recall_value_unit')}"
            + (f" {extra}" if extra else ""))


def main(argv: Optional[list[str]] = None) -> int:
    """Score each file given; exit 2 on bad usage."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="label files (JSON)")
    parser.add_argument("--misses", type=int, default=40, help="how many cases with misses to print per file")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead")
    args = parser.parse_args(argv)
    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        parser.error(f"no such file: {', '.join(missing)}")
    extract_facts, text_block = load_extractor()
    results = [score_file(f, extract_facts, text_block) for f in args.files]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        for result in results:
            print_report(result, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
