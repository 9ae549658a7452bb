"""A bare earlier value in brackets written with a scale of its own restates the figure of its clause written at that
scale, not a nearer one without it: "на экспорт отгружено 38,1 тыс. единиц техники в 11 стран (в январе—сентябре 2024
года — 29,7 тыс.)" counts the machines, not the countries (README_labels, Object: an elided noun comes from the
construction, not from the nearest unit)."""
from __future__ import annotations

import regex

from pipeline.facts.earlier_in_brackets import earlier_value_in_brackets
from pipeline.facts.measures import Figure, Measure
from pipeline.facts.sentence import Sentence

SCALE_ONLY_RE = regex.compile(r"\s*(?:тыс|млн|млрд|трлн)[а-я]*\.?", regex.I)  # "29,7 тыс.": a scale and no noun
CLAUSE_BREAKS = ";()"


def brackets_at_their_scale(s: Sentence, figures: list[Figure]) -> None:
    """Give a bare bracketed earlier value the unit and noun of the last figure of its clause at its own scale, where
    it took them from a nearer figure at another scale."""
    text = s.text
    for i, f in enumerate(figures[2:], start=2):
        prev = figures[i - 1]
        if f.measure.multiplier == 1 or prev.measure.multiplier == f.measure.multiplier \
                or (prev.measure.unit, prev.measure.object) != (f.measure.unit, f.measure.object) \
                or not SCALE_ONLY_RE.fullmatch(text, f.end, f.measure.end) or not earlier_value_in_brackets(s, f):
            continue
        opened = text.rfind("(", 0, f.start)
        donor = next((d for d in reversed(figures[:i - 1]) if d.measure.multiplier == f.measure.multiplier), None)
        if donor is None or donor.measure.unit is None or any(c in text[donor.measure.end:opened] for c in CLAUSE_BREAKS):
            continue
        f.measure = Measure(donor.measure.unit, donor.measure.object, f.measure.end, f.measure.multiplier,
                            f.measure.addend, f.measure.skip)
