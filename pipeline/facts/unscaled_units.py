"""Units no scale word is written with: a share, a difference of shares, a number of times.

"Выручка составила 186,4 млн белорусских рублей, чистая прибыль – 14,9 млн, рентабельность продаж – 8,7%": the
bare "14,9 млн" is no member of a series closed by "8,7%" (nobody writes "14,9 млн %"); it is an amount whose unit
an earlier member gives. A bare member with a magnitude of thousands or more takes no such unit from a later one.
"""
from __future__ import annotations

from dataclasses import replace

from pipeline.facts.measures import Figure, Measure

UNSCALED_UNITS = frozenset({"percent", "percentage_point", "times", "basis_point"})
THOUSAND = 1000


def scale_refuses_unit(bare: Measure, closing: Measure) -> bool:
    """Whether the bare measure's scale rules out the closing measure's unit ("14,9 млн" before "8,7%")."""
    return bare.multiplier >= THOUSAND and closing.unit in UNSCALED_UNITS and closing.multiplier == 1


def scaled_members_of_amounts(figures: list[Figure]) -> None:
    """"1,96 млн. человек, или 21,4% ... (на 1 января 2024 года – 2,18 млн., или 23,9%)": a bare member written with
    a magnitude of thousands or more that was given a share's unit (the figure right before it restated) restates the
    nearest earlier figure of a unit a scale is written with, here the people, as its bracket's second member restates
    the share."""
    for i, f in enumerate(figures):
        m = f.measure
        if m.multiplier < THOUSAND or m.unit not in UNSCALED_UNITS:
            continue
        donor = next((d.measure for d in reversed(figures[:i]) if d.measure.unit and d.measure.unit not in UNSCALED_UNITS), None)
        if donor is not None:
            f.measure = replace(m, unit=donor.unit, object=donor.object)
