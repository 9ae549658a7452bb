"""A target's value followed by "к" and a year later than the period in force ("доля ... – 67% при целевом значении
70% к 2025 году" in a report on 2024) is of that year, though the sentence names no earlier year of its own: no level
is compared with a year still to come (`years` reads the same target where the sentence names an earlier year)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Optional

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.facts.years import TARGET_GAP_RE, TARGET_WINDOW, TARGET_WORD_BEFORE_RE, YEAR_AT_RE, YearMention


def undated_before_later_years(text: str, figures: list[Figure], years: list[YearMention],
                               period: int) -> Iterator[tuple[Figure, YearMention]]:
    """Each undated figure with the year written next after it, where that year is later than the period in force."""
    for f in figures:
        if f.year is not None:
            continue
        nxt = next((y for y in years if y.pos >= f.measure.end), None)
        if nxt is not None and nxt.year is not None and nxt.year > period and YEAR_AT_RE.match(text, nxt.pos):
            yield f, nxt


def targets_of_later_years(s: Sentence, figures: list[Figure], years: list[YearMention], period: Optional[int]) -> None:
    """Date a target's undated value by the later year after its "к"."""
    if period is None:
        return
    text = s.text
    for f, nxt in undated_before_later_years(text, figures, years, period):
        if TARGET_GAP_RE.match(text[f.measure.end:nxt.pos]) \
                and TARGET_WORD_BEFORE_RE.search(text, max(0, nxt.pos - TARGET_WINDOW), nxt.pos):
            f.year = nxt.year
