"""An amount tied to a count by "на" in a series of such pairs takes the unit another pair of the series wrote.

"173 проекта на сумму 8,9 млрд. долларов США (2016 г. – 96 проектов на 4,1 млрд., 2017 г. – 128 проектов на 6,3
млрд. долларов США)": each pair counts things and gives their amount after "на"; a member whose amount leaves out its
currency is written in the unit of the pair after it (a unit written once at the series' end), else of the one before.
A count is never the amount of the things it counts: "96 проектов на 4,1 млрд." is no 4,1 billion projects."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

NO_AMOUNT_UNITS = frozenset({"count", "person", "percent", "percentage_point", None})  # no amount of things counted
AMOUNT_LINK_RE = regex.compile(r"\s+на(?:\s+(?:общую\s+)?сумму)?\s+", regex.I)  # "проектов на 4,1", "на сумму 8,9"


def amounts_of_counted_pairs(s: Sentence, figures: list[Figure]) -> None:
    """Give the bare amount of a count-and-amount pair the unit (and scale, if it has none) of another pair."""
    pairs = [i for i in range(1, len(figures)) if _is_pair(s, figures[i - 1], figures[i])]
    for i in pairs:
        f = figures[i]
        if f.measure.unit is not None:
            continue
        later, earlier = [figures[j] for j in pairs if j > i], [figures[j] for j in reversed(pairs) if j < i]
        donor = _written_amount(later) or _written_amount(earlier)
        if donor is None:
            continue
        multiplier = donor.measure.multiplier if f.measure.multiplier == 1 and not f.measure.addend else f.measure.multiplier
        f.measure = replace(f.measure, unit=donor.measure.unit, object=donor.measure.object, multiplier=multiplier)


def _is_pair(s: Sentence, count: Figure, amount: Figure) -> bool:
    """A count with its noun written, then "на" and the amount."""
    return count.measure.unit in ("count", "person") and count.measure.object is not None \
        and bool(AMOUNT_LINK_RE.fullmatch(s.text, count.measure.end, amount.start))


def _written_amount(amounts: list[Figure]) -> Optional[Figure]:
    """The first of the amounts whose unit is written and is no count."""
    return next((f for f in amounts if f.measure.unit not in NO_AMOUNT_UNITS), None)
