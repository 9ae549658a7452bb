"""An amount tied to a count by "на" in a series of such pairs takes the unit another pair of the series wrote; the
lending itself (`lend_units_along`) is shared with member_positions, which finds its series otherwise.

"173 проекта на сумму 8,9 млрд. долларов США (2016 г. – 96 проектов на 4,1 млрд., 2017 г. – 128 проектов на 6,3
млрд. долларов США)": each pair counts things and gives their amount after "на"; a member whose amount leaves out its
currency is written in the unit of the pair after it (a unit written once at the series' end), else of the one before.
A count is never the amount of the things it counts: "96 проектов на 4,1 млрд." is no 4,1 billion projects.
Both kinds of series are needed: pairs linked by "на" need no brackets or year labels ("В 2020 году заключено 40
контрактов на 3,2 млрд., в 2021 году – 52 контракта на 4,5 млрд. тенге"), while member_positions' members link by
"и", leave out their counted noun too and hold units of any kind ("2019 г. – 2 установки и 0,35 МВт, 2020 г. – 3 и
1,38 МВт"), which no "на" pair does."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Optional

import regex

from pipeline.facts.measures import Figure, Measure
from pipeline.facts.sentence import Sentence

NO_AMOUNT_UNITS = frozenset({"count", "person", "percent", "percentage_point", None})  # no amount of things counted
AMOUNT_LINK_RE = regex.compile(r"\s+на(?:\s+(?:общую\s+)?сумму)?\s+", regex.I)  # "проектов на 4,1", "на сумму 8,9"

# (a member of a series, the measure written beside it) -> whether it lends its unit to a bare member
Lends = Callable[[Figure, Measure], bool]


def amounts_of_counted_pairs(s: Sentence, figures: list[Figure]) -> None:
    """Give the bare amount of a count-and-amount pair the unit (and scale, if it has none) of another pair."""
    amounts = [figures[i] for i in range(1, len(figures)) if _is_pair(s, figures[i - 1], figures[i])]
    lend_units_along([(f, f.measure) for f in amounts], _is_written_amount)


def lend_units_along(series: Sequence[tuple[Figure, Measure]], lends: Lends) -> None:
    """Give each member of a series whose own measure writes no unit the unit and counted object of the nearest member
    that lends one, the later first (a unit written once at the series' end), and its scale where the own has none."""
    for i, (f, own) in enumerate(series):
        if own.unit is not None:
            continue
        donor = _first_lender(series[i + 1:], lends) or _first_lender(series[:i][::-1], lends)
        if donor is None:
            continue
        multiplier = own.multiplier if own.multiplier != 1 or own.addend else donor.measure.multiplier
        f.measure = replace(f.measure, unit=donor.measure.unit, object=donor.measure.object, multiplier=multiplier,
                            addend=own.addend)


def _is_pair(s: Sentence, count: Figure, amount: Figure) -> bool:
    """A count with its noun written, then "на" and the amount."""
    return count.measure.unit in ("count", "person") and count.measure.object is not None \
        and bool(AMOUNT_LINK_RE.fullmatch(s.text, count.measure.end, amount.start))


def _is_written_amount(f: Figure, own: Measure) -> bool:
    """An amount whose unit is written (or lent already) and is no count."""
    return f.measure.unit not in NO_AMOUNT_UNITS


def _first_lender(members: Sequence[tuple[Figure, Measure]], lends: Lends) -> Optional[Figure]:
    """The first of the members that lends its unit."""
    return next((f for f, own in members if lends(f, own)), None)
