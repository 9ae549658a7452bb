"""A fraction of a unit of measure after a price and "за": the base the price is given per, "1 400 тенге за 0,5
литра", "320 рублей за 0,25 кг", "по 2,1 маната за 0,75 л".

`figures` reads one unit ("за 1 кВт/час") or a round number of units ("за 1 000 кубометров") right after a price so;
a fraction of a unit is the size of a bottle, a pack or a portion the good is sold in, never an amount bought or
sold as a whole, so it is a base too, keeping its number (README_labels, Rates: per 0.5 `"литра"`). Not a period
("за 0,5 года" is a time), not money or a count, not a share.
"""
from __future__ import annotations

from itertools import pairwise

import regex

from pipeline.facts.measures import Figure, decimal
from pipeline.facts.money import LEGAL_CODES, MONEY_CODES
from pipeline.facts.sentence import Sentence

PRICE_TO_BASE_RE = regex.compile(r"\s*(?:[-–—]\s*)?за\s*\Z", regex.I)  # the gap between the price and its base
NOT_MEASURE_UNITS = frozenset({"count", "person", "percent", "percentage_point", "times", "rank", "point", "index",
                               "ratio", "year", "month", "week", "day", "hour", "minute", "second"})


def bases_of_a_fraction(s: Sentence, figures: list[Figure]) -> None:
    """Mark as a rate's base each fraction of a unit of measure right after a price and "за"."""
    for prev, fig in pairwise(figures):
        if fig.rate_base or fig.measure.skip or prev.measure.skip or not _fraction_of_a_unit(fig):
            continue
        if prev.measure.unit in MONEY_CODES | LEGAL_CODES and PRICE_TO_BASE_RE.fullmatch(s.text, prev.measure.end, fig.start):
            fig.measure.skip = fig.rate_base = True


def _fraction_of_a_unit(fig: Figure) -> bool:
    """A number below one, unscaled, of a unit of measure (not money, a count, a share or a period)."""
    unit = fig.measure.unit
    return unit is not None and unit not in NOT_MEASURE_UNITS and unit not in MONEY_CODES \
        and fig.measure.multiplier == 1 and 0 < decimal(fig.number) < 1
