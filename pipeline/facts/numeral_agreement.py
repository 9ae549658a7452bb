"""What the agreement of a number with the noun after it says: a count takes the case its numeral governs.

A whole number ending in 0, 5-9 or 11-14 that counts a noun takes its genitive plural ("750 проб", "15 пунктов"). A
noun that stands after such a number only in the genitive singular is not counted by it: the number names a grade,
a standard or a numbered item of that noun ("изделия 585 и 750 пробы", "бензин 92 марки"), no quantity.
"""
from __future__ import annotations

from pipeline.facts.measures import ONE, ZERO, Figure
from pipeline.facts.words import word_info


def governs_genitive_plural(number: str) -> bool:
    """Whether a whole number written in digits takes a counted noun's genitive plural ("5 проб", "11 проб", "750
    проб"; not "1 проба", "3 пробы", "22 пробы")."""
    digits = number.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not digits.isdigit():
        return False
    return digits[-1] in "056789" or digits[-2:-1] == "1"


def names_a_grade(f: Figure) -> bool:
    """Whether a figure written as a count names a grade of its noun instead: a whole number that governs the genitive
    plural, at its own scale, before a noun that can only be a genitive singular here ("750 пробы")."""
    m = f.measure
    if m.unit != "count" or m.object is None or m.multiplier != ONE or m.addend != ZERO:
        return False
    if not governs_genitive_plural(f.number):
        return False
    info = word_info(m.object.lower())
    return info.noun and "sing:gent" in info.cases and "plur:gent" not in info.cases
