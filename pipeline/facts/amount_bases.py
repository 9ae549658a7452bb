"""A unit of measure named without a number after an amount is the base of a rate, per 1: "требуется в среднем 2 300
куб. м воды на гектар", "вносится 120 кг удобрений на гектар", "расход 8,5 литра топлива на тонну" (the amount and
what it is of, then "на" and the unit in the accusative singular). Money so written is a price (`series`, "1 200
рублей за тонну"); a count is no amount ("12 школ на район")."""
from __future__ import annotations

from decimal import Decimal

import regex

from pipeline import morph, vocabulary
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.subject_bases import Base

UNIT_AFTER_AMOUNT_RE = regex.compile(r"(?:\s+[а-яё]+)?\s+на\s+(?P<unit>[а-яё]+)(?!\w)(?!\s*\d)", regex.I)
BASE_WORDS = literals(" на ")
# the units of physical measures: an amount of one of them may be given per a unit of another
UNITS = {row[0]: row[2] for row in vocabulary.entries("counted_nouns") if row[1] == "unit" and row[2:3]}
AMOUNT_UNITS = frozenset({"tonne", "kg", "g", "centner", "litre", "m3", "sqm", "kWh", "Gcal", "mg", "mcg", "ml"})


def amount_bases(s: Sentence, figures: list[Figure]) -> list[Base]:
    """The bases "на <unit>" written right after an amount (and the word it is of), per 1."""
    if s.absent(BASE_WORDS):
        return []
    out = []
    for f in figures:
        if f.measure.unit not in AMOUNT_UNITS:
            continue
        m = UNIT_AFTER_AMOUNT_RE.match(s.text, f.measure.end)
        if m and any(p.normal_form in UNITS and p.tag.case == "accs" and p.tag.number == "sing"
                     for p in morph.parse(m.group("unit").lower())):
            out.append(Base(m.start("unit"), m.end(), Decimal(1), m.group("unit")))
    return out
