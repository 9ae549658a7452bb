"""A value set against its norm ("Гидротермический коэффициент за июль составил 0,4 при норме 1,1", "осадков 18 мм
при норме 32 мм"): the norm, a mean of many years, is a comparison base of no single year (README_labels, Year, rule
6), as "многолетняя норма – 310 мм" is. Only where the norm measures what the value before it does: "получили 14 210
лиц ... при норме 60 часов в год" states a standard of another measure, of the sentence's year."""
from __future__ import annotations

from itertools import pairwise

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals

NORM_VALUE_BEFORE_RE = regex.compile(
    r"(?<!\w)при\s+(?:(?:климатическ|многолетн|средн\w*многолетн|средн)\w*\s+)?норме\s*(?:[-–—:]\s*)?\Z", regex.I)
NORM_WORDS = literals("норме")
NORM_VALUE_WINDOW = 40  # characters before a figure searched for "при норме"


def values_of_the_norm(s: Sentence, figures: list[Figure]) -> None:
    """Undate the figure written after "при норме" where the figure before it has its unit."""
    if s.absent(NORM_WORDS):
        return
    for value, norm in pairwise(figures):
        if norm.year is not None and value.measure.unit == norm.measure.unit \
                and NORM_VALUE_BEFORE_RE.search(s.text, max(0, norm.start - NORM_VALUE_WINDOW), norm.start):
            norm.year = None
