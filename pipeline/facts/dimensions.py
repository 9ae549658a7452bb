"""Sizes written as dimensions joined by a multiplication sign: "шырдака размером 2×3 м", "плита 60 х 60 см", "контейнер
2,4 x 2,6 x 6 м". Each dimension is a figure of the unit written after the last one (README_labels: the size of a thing is
a figure of its unit), not a formula of numbers, which the multiplication sign otherwise marks (exclusions)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

_NUMBER = r"\d+(?:[,.]\d+)?"
# two or three numbers joined by "×", a Cyrillic "х" or a spaced Latin "x", then a unit of length
DIMENSIONS_RE = regex.compile(
    rf"(?<!\d\s?[×xх]\s?)(?<![\d.,]){_NUMBER}(?:(?:\s?[×х]\s?|\s+x\s+){_NUMBER}){{1,2}}\s?(?:мм|см|м|км)(?![\w²³/])")
# what every dimension holds: a digit, a sign, a digit (the Cyrillic "х" of nearly every sentence alone says nothing)
SIGN_BETWEEN_DIGITS_RE = regex.compile(r"\d\s*[×xх]\s*\d")


@lru_cache(maxsize=64)
def _dimension_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the dimensions written in the text (asked for each number of a sentence: read once)."""
    if not SIGN_BETWEEN_DIGITS_RE.search(text):
        return ()
    return tuple(m.span() for m in DIMENSIONS_RE.finditer(text))


def in_dimensions(text: str, start: int, end: int) -> bool:
    """Whether the number at [start, end) is one of the dimensions of a size."""
    return any(a <= start and end <= b for a, b in _dimension_spans(text))


def units_of_dimensions(s: Sentence, figures: list[Figure]) -> None:
    """The dimensions before the last of a size take the unit written after it ("2×3 м": 2 m and 3 m)."""
    for a, b in _dimension_spans(s.text):
        inside = [f for f in figures if a <= f.start and f.end <= b]
        if len(inside) < 2 or inside[-1].measure.unit is None:
            continue
        last = inside[-1].measure
        for f in inside[:-1]:
            f.measure = replace(f.measure, unit=last.unit, object=last.object)
