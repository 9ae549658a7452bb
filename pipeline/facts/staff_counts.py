"""A staff headcount counts people, whatever the noun it names usually counts.

"Штатная численность операторов – 1 150 единиц": operators on a staff list are people, though "оператор" alone
mostly names an organisation ("операторов связи"; counted_nouns marks such agents `not_person`). Only a noun that
morphology reads as animate changes: "штатная численность подразделений" names whose staff it is, not who.
"""
from __future__ import annotations

import regex

from pipeline import morph
from pipeline.facts.sentence import Sentence

# The words right before the noun: "Штатная численность операторов", "штатной численности дежурных операторов"
HEADCOUNT_RE = regex.compile(r"(?<!\w)штатн\w+\s+численност\w+(?:\s+[а-яё-]+(?:ых|их)){0,2}\s*\Z", regex.I)
HEADCOUNT_WINDOW = 80  # characters before the counted noun searched for them


def staff_unit(s: Sentence, noun_start: int, unit: str, word: str) -> str:
    """The unit of the noun `word` (starting at noun_start) a "количество"/"численность" names: "person" for an
    animate noun of a staff headcount, else `unit` as it is."""
    if unit != "count" or not HEADCOUNT_RE.search(s.text, max(0, noun_start - HEADCOUNT_WINDOW), noun_start):
        return unit
    top = morph.parse(word.lower().replace("ё", "е"))[0]
    return "person" if top.tag.POS == "NOUN" and top.tag.animacy == "anim" else unit
