"""Years that start a span ("с 2026 года"), read after the figures of their sentence have taken the others."""
from __future__ import annotations

from typing import Optional

from pipeline.facts.measures import Figure
from pipeline.facts.years import YearMention


def since_years(figures: list[Figure], years: list[YearMention], period: Optional[int]) -> None:
    """A span started by a year ("с 2026 года"): from the period in force on, a value in force from that year ("Тариф
    с 2026 года – 79,15 тенге" in a text on 2026) is of it; started before the period, a span up to now ("с 2009 года
    составило 312 м" in a text on 2025) has no single year (rule 6) and dates nothing."""
    for y in reversed(years):  # the nearest start before a figure: "с 2025 года – в 2 раза, а с 2028 года – в 4 раза"
        if not y.since or period is None or y.year is None or y.year < period:
            continue
        for f in figures:
            if f.year is None and f.start > y.pos:
                f.year = y.year
