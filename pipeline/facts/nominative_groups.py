"""Whether a noun group after a dash is in the nominative, where its noun names what the figure before counts.

"Из них 45 тыс. – дети", "2 345 – сельские жители": the noun, and every attribute before it, can be a nominative of
one number. Not "выявлено 1 618 новых очагов непарного шелкопряда и 304 – корневой губки": "губки" alone could be a
nominative plural, but "корневой" has no nominative plural, so the group is the genitive singular that completes the
noun the member leaves out ("очагов"), as "непарного шелкопряда" completes it in the member before.
"""
from __future__ import annotations

from pipeline.facts.sentence import Sentence
from pipeline.facts.words import word_info

NOMINATIVE = ":nomn"  # the case part of a WordInfo.cases entry ("plur:nomn")


def nominative_group(s: Sentence, start: int, noun_start: int, noun: str) -> bool:
    """Whether the noun `noun` at noun_start, with the attributes written between start and it, reads as a
    nominative: a number of the noun's nominative readings that each attribute shares."""
    readings = {c for c in word_info(noun.lower()).cases if c.endswith(NOMINATIVE)}
    for word in s.words_between(start, noun_start):
        if word.info.attributive:
            readings &= word.info.cases
    return bool(readings)
