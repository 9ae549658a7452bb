"""Score `series` output against a history archive's truth: precision and recall of links.

    python samples/history_score.py TRUTH.json SERIES.json

A link is a pair of indicator rows of two different documents (file name, indicator name as written) put in
one series; precision is the share of the links made that the truth has, recall the share of the truth's
links that were made. Both print with every wrong and every missed link.
"""
from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

Row = tuple[str, str]  # (file name, indicator name)


def link_pairs(groups: list[list[Row]]) -> set[frozenset[Row]]:
    """Every pair of rows of different documents within one group."""
    return {frozenset((a, b)) for rows in groups for a, b in combinations(sorted(set(rows)), 2) if a[0] != b[0]}


def truth_groups(truth: dict) -> list[list[Row]]:
    return [[(m["file"], m["name"]) for m in s["members"]] for s in truth["series"]]


def predicted_groups(series: list[dict]) -> list[list[Row]]:
    """The series' members as (file name, indicator name); the file name without its folder."""
    return [[(Path(m.get("file") or m["document_id"]).name, m["name"]) for m in s["members"]] for s in series]


def score(truth: dict, series: list[dict]) -> dict:
    """{"precision", "recall", "wrong": [...], "missed": [...]} of the series' links against the truth."""
    expected, made = link_pairs(truth_groups(truth)), link_pairs(predicted_groups(series))
    right = expected & made
    return {
        "precision": len(right) / len(made) if made else 1.0,
        "recall": len(right) / len(expected) if expected else 1.0,
        "links": len(made), "expected": len(expected),
        "wrong": sorted(sorted(pair) for pair in made - expected),
        "missed": sorted(sorted(pair) for pair in expected - made),
    }


def main(argv: list[str]) -> int:
    truth = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    series = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    result = score(truth, series)
    print(f"links: {result['links']} made, {result['expected']} expected; precision {result['precision']:.3f}, "
          f"recall {result['recall']:.3f}")
    for kind in ("wrong", "missed"):
        for a, b in result[kind]:
            print(f"  {kind}: {a[0]} «{a[1]}»  <->  {b[0]} «{b[1]}»")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
