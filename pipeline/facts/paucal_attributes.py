"""After 2, 3 or 4 a noun stands in the genitive singular and its adjective in the genitive plural ("3–4 рабочих дня",
"2 полных года", "4 календарных месяца"): the adjective does not agree with its noun in number, so the agreement
test of the noun scan misses it. Before a unit of measure it is that unit's attribute, not a noun of its own
("рабочих" read as workers): the figure measures days, not people."""
from __future__ import annotations

from typing import Optional

from pipeline import vocabulary
from pipeline.facts.words import word_info
from pipeline.numbers import GROUP_SPACE_RE

UNIT_NOUN_LEMMAS = frozenset(row[0] for row in vocabulary.entries("counted_nouns") if row[1] == "unit")
PAUCAL_LAST_DIGITS = (2, 3, 4)
TEENS = (12, 13, 14)


def _is_paucal(number: str, has_magnitude: bool) -> bool:
    """Whether the number is a whole ending in 2, 3 or 4 (not 12-14): the numbers that take the genitive singular."""
    digits = GROUP_SPACE_RE.sub("", number)
    if has_magnitude or not digits.isdigit():
        return False
    n = int(digits)
    return n % 10 in PAUCAL_LAST_DIGITS and n % 100 not in TEENS


def attribute_of_paucal_unit(word: str, next_word: Optional[str], number: str, has_magnitude: bool) -> bool:
    """Whether `word` is an adjective in the genitive plural before a unit noun in the genitive singular, after a
    number that takes that form: "3 рабочих дня", not "3 рабочих завода" (workers of a plant)."""
    if not next_word or not _is_paucal(number, has_magnitude):
        return False
    info, nxt = word_info(word.lower()), word_info(next_word.lower())
    return (info.attributive and "plur:gent" in info.cases and nxt.noun and "sing:gent" in nxt.cases
            and bool(nxt.lemmas & UNIT_NOUN_LEMMAS))
