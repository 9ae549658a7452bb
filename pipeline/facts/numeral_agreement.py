"""What the agreement of a number with the noun after it says: a count takes the case its numeral governs.

A whole number ending in 0, 5-9 or 11-14 that counts a noun takes its genitive plural ("750 проб", "15 пунктов"). A
noun that stands after such a number only in the genitive singular is not counted by it: the number names a grade,
a standard or a numbered item of that noun ("изделия 585 и 750 пробы", "бензин 92 марки"), no quantity. A
figure whose noun is elided takes the noun in the form its own numeral governs, where the sentence writes it.
"""
from __future__ import annotations

from typing import Optional

from pipeline.facts.measures import ONE, ZERO, Figure, Measure
from pipeline.facts.words import GENITIVE_PLURAL, GENITIVE_SINGULAR, word_info


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
    # an indeclinable noun shows no agreement ("1 146 пожарных депо", a broken "29 516 г аж ан")
    return info.noun and not info.indeclinable and GENITIVE_SINGULAR in info.cases and GENITIVE_PLURAL not in info.cases


def case_governed(number: str) -> Optional[str]:
    """The number and case a whole number written in digits gives the noun it counts: "plur:gent" after 5-20, 25, 215,
    "sing:gent" after 2-4, 22, 104; None after 1, 21 (a nominative or accusative, by the clause) or a fraction."""
    digits = number.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not digits.isdigit():
        return None
    if governs_genitive_plural(digits):
        return GENITIVE_PLURAL
    return GENITIVE_SINGULAR if digits[-1] in "234" else None


def elided_in_agreement(figures: list[Figure]) -> None:
    """"1 612 обменных пунктов ... и 3 104 обменных пункта, что на 215 меньше": a figure whose noun is elided takes it
    in the form its own numeral governs ("на 215 пунктов меньше") where the sentence writes that form of the noun for
    another figure; as it stands, the nearest form ("пункта") may agree with another number. A rate's member keeps
    the rate's form ("14,6 донора на 1000 населения при уровне не менее 20": "донора")."""
    for i, f in enumerate(figures):
        obj = f.measure.object
        if not f.elided or obj is None or f.per is not None:
            continue
        wanted = case_governed(f.number)
        if wanted is None or wanted in word_info(obj.lower()).cases:
            continue
        lemmas = word_info(obj.lower()).lemmas
        form = next((p.measure.object for p in reversed(figures[:i]) if p.measure.object and not p.elided
                     and word_info(p.measure.object.lower()).lemmas & lemmas
                     and wanted in word_info(p.measure.object.lower()).cases), None)
        if form is not None:
            f.measure = Measure(f.measure.unit, form, f.measure.end, f.measure.multiplier, f.measure.addend,
                                f.measure.skip)
