"""A figure in a phrase of "с" and a noun in the instrumental describes the things counted before it.

"оставалось 274 дома с проживанием 11,2 тыс. человек против 351 годом ранее", "12 школ с контингентом 3 400
учащихся", "28 сел с численностью населения 15 тыс. человек": the houses, schools and villages are what the sentence
counts; the people in the phrase are an attribute of them, as "общей площадью", "на сумму" and "с охватом" make a
figure one, so a bare figure after them ("против 351") counts the houses, not the people.
"""
from __future__ import annotations

import regex

from pipeline.facts.words import word_info

# "с проживанием", "с численностью населения": "с", a noun, and a word of its complement, right before the figure
WITH_NOUN_BEFORE_RE = regex.compile(r"(?<!\w)[сС]\s+(?P<noun>[а-яё]{4,})(?:\s+(?P<complement>[а-яё]+))?\s*\Z")
INSTRUMENTAL_SINGULAR = "sing:ablt"
GENITIVE = ":gent"


def with_attribute(head: str) -> bool:
    """Whether the text before a figure ends with "с" and a singular noun in the instrumental, its complement in the
    genitive if one is written ("с проживанием", "с численностью населения")."""
    m = WITH_NOUN_BEFORE_RE.search(head)
    if m is None:
        return False
    info = word_info(m.group("noun"))
    if not info.noun or info.top_pos != "NOUN" or INSTRUMENTAL_SINGULAR not in info.cases:
        return False
    complement = m.group("complement")
    return complement is None or any(c.endswith(GENITIVE) for c in word_info(complement).cases)
