"""A yield written as a mass from an area without a number ("12–15 тонн с гектара", "до 40 кг с сотки", "3,2 т с
га") is a rate with a base of one: per 1, `per_object` the area's word as written (README_labels, Rates: "надой
молока на 1 голову", a base written without a number). Centners per hectare have a unit of their own."""
from __future__ import annotations

from decimal import Decimal

import regex

from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.subject_bases import Base

YIELD_BASE_RE = regex.compile(
    r"(?<=\d\s*(?:тыс\.\s*|млн\.?\s*)?(?:тонн\w*|т\.?|кг|килограмм\w*))\s+с\s+(?P<base>гектара|га|сотки|кв\.\s*м(?:етра)?)(?!\w)",
    regex.I)
YIELD_WORDS = literals("с гектара", "с га", "с сотки", "с кв")


def yield_bases(s: Sentence) -> list[Base]:
    """The bases of yields written as a mass "с гектара" after their figure."""
    if s.absent(YIELD_WORDS):
        return []
    return [Base(m.start("base"), m.end(), Decimal(1), m.group("base")) for m in YIELD_BASE_RE.finditer(s.text)]
