"""A figure in a phrase of "с" and a noun in the instrumental describes the things counted before it.

"оставалось 274 дома с проживанием 11,2 тыс. человек против 351 годом ранее", "12 школ с контингентом 3 400
учащихся", "28 сел с численностью населения 15 тыс. человек": the houses, schools and villages are what the sentence
counts; the people in the phrase are an attribute of them, as "общей площадью", "на сумму" and "с охватом" make a
figure one, so a bare figure after them ("против 351") counts the houses, not the people.

Likewise a word of a measure in such a phrase ("Количество публикаций в журналах с импакт-фактором ... превысило 640",
"число предприятий с коэффициентом износа выше 0,5 составило 120") describes the things counted before it: it is no
subject that the bare figure of its clause's predicate measures.
"""
from __future__ import annotations

import regex

from pipeline.facts.sentence import Sentence
from pipeline.facts.words import word_info

# "с проживанием", "с численностью населения": "с", a noun, and a word of its complement, right before the figure
# "с" right before a word, or before its adjectives in the instrumental ("с ненулевым импакт-фактором")
WITH_BEFORE_RE = regex.compile(r"(?<!\w)[сС]о?\s+(?:[а-яё-]+(?:ым|им|ой|ей|ыми|ими)\s+){0,2}\Z")
WITH_NOUN_BEFORE_RE = regex.compile(r"(?<!\w)[сС]\s+(?P<noun>[а-яё]{4,})(?:\s+(?P<complement>[а-яё]+))?\s*\Z")
INSTRUMENTAL_SINGULAR = "sing:ablt"
VERB_POS = frozenset({"VERB", "PRTS"})
WITH_WINDOW = 40  # characters before a word searched for the "с" of its phrase
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


def describes_a_noun(s: Sentence, pos: int, figure: int) -> bool:
    """Whether the word at pos follows "с" ("журналах с импакт-фактором") and a verb stands between it and the figure
    at `figure` ("... превысило 640"): a phrase describing a noun before it, not what the figure is the value of ("с
    коэффициентом износа выше 0,5")."""
    return WITH_BEFORE_RE.search(s.text, max(0, pos - WITH_WINDOW), pos) is not None \
        and any(w.info.top_pos in VERB_POS for w in s.words_between(pos, figure))
