"""Units no scale word is written with: a share, a difference of shares, a number of times.

"Выручка составила 186,4 млн белорусских рублей, чистая прибыль – 14,9 млн, рентабельность продаж – 8,7%": the
bare "14,9 млн" is no member of a series closed by "8,7%" (nobody writes "14,9 млн %"); it is an amount whose unit
an earlier member gives. A bare member with a magnitude of thousands or more takes no such unit from a later one.
"""
from __future__ import annotations

from pipeline.facts.measures import Measure

UNSCALED_UNITS = frozenset({"percent", "percentage_point", "times", "basis_point"})
THOUSAND = 1000


def scale_refuses_unit(bare: Measure, closing: Measure) -> bool:
    """Whether the bare measure's scale rules out the closing measure's unit ("14,9 млн" before "8,7%")."""
    return bare.multiplier >= THOUSAND and closing.unit in UNSCALED_UNITS and closing.multiplier == 1
