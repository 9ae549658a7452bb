"""Whether a noun group after a dash is in the nominative, where its noun names what the figure before counts.

"Из них 45 тыс. – дети", "2 345 – сельские жители": the noun, and every attribute before it, can be a nominative of
one number. Not "выявлено 1 618 новых очагов непарного шелкопряда и 304 – корневой губки": "губки" alone could be a
nominative plural, but "корневой" has no nominative plural, so the group is the genitive singular that completes the
noun the member leaves out ("очагов"), as "непарного шелкопряда" completes it in the member before.
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.measures import Figure, noun_after
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import word_info

NOMINATIVE = ":nomn"  # the case part of a WordInfo.cases entry ("plur:nomn")
# the nominative plural; of a thing, morphology may rank only its like accusative ("семьи": "plur:accs")
THINGS_PLURAL = frozenset({"plur:nomn", "plur:accs"})
COUNTED_UNITS = frozenset({"count", "person"})
DASH_AFTER_RE = regex.compile(r"\s*[-–—]\s+")


def nominative_group(s: Sentence, start: int, noun_start: int, noun: str) -> bool:
    """Whether the noun `noun` at noun_start, with the attributes written between start and it, reads as a
    nominative: a number of the noun's nominative readings that each attribute shares."""
    readings = {c for c in word_info(noun.lower()).cases if c.endswith(NOMINATIVE)}
    for word in s.words_between(start, noun_start):
        if word.info.attributive:
            readings &= word.info.cases
    return bool(readings)


def kind_after_dash(s: Sentence, f: Figure, whole: Optional[tuple[Optional[str], Optional[str]]]
                    ) -> Optional[tuple[Optional[str], Optional[str]]]:
    """What a bare figure counts where the sentence named the whole it is part of: "Из числа получателей 96 – семьи,
    где ...", "из числа участников 40 – организации": things named in the nominative plural after its dash, of
    another kind than the whole's (families of recipients), are what it counts; else the whole's noun. Things named
    so among a whole of things ("Из общего числа проданных объектов 311 – земельные участки") are a kind of them, and
    count the whole's noun, as "из них 1 098 – местные проекты" after "1 146 договоров" does."""
    if whole is None or whole[0] != "person":
        return whole
    dash = DASH_AFTER_RE.match(s.text, f.measure.end)
    noun = noun_after(s, dash.end(), "0", True) if dash else None
    if noun is None or noun.skip or noun.unit != "count":
        return whole
    readings = THINGS_PLURAL & word_info(noun.word.lower()).cases
    for word in s.words_between(dash.end(), noun.end - len(noun.word)):
        if word.info.attributive:
            readings &= word.info.cases
    return ("count", noun.word) if readings else whole
