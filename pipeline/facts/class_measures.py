"""A measure written right after the things a figure counts names their class, it is no amount of its own.

"Из 146 аварийных опор ЛЭП 0,4 кВ заменено 118", "12 подстанций 110 кВ, из них 5 введено": the voltage describes
the poles and substations; a bare figure after it counts them, it takes no kilovolts. The words between the count
and the measure are the counted noun with its adjectives or an abbreviation, no verb, preposition or punctuation;
not a period ("за 9 месяцев 120 тонн") nor money, shares and counts, which are amounts."""
from __future__ import annotations

import regex

from pipeline.facts.money import LEGAL_CODES, MONEY_CODES
from pipeline.facts.words import word_info

AMOUNT_UNITS = frozenset({"count", "person", "percent", "percentage_point"}) | MONEY_CODES | LEGAL_CODES
# a count, then up to three words, at the end of the text before the measure
COUNT_AND_NOUN_RE = regex.compile(
    r"(?<![\d.,])\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?\s+(?P<words>[^\W\d]+(?:-[^\W\d]+)?(?:\s+[^\W\d]+(?:-[^\W\d]+)?){0,2})\s+\Z")
PERIOD_WORD_RE = regex.compile(r"(?:год|лет|месяц|квартал|недел|дн[еяи]|день|сут|час|минут|раз)", regex.I)
NOUN_PHRASE_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def names_a_class(head: str, unit: str | None) -> bool:
    """Whether a measure whose text before is `head` stands right after a counted noun, naming its class."""
    if unit is None or unit in AMOUNT_UNITS:
        return False
    m = COUNT_AND_NOUN_RE.search(head)
    if m is None:
        return False
    words = m.group("words").split()
    return not any(PERIOD_WORD_RE.match(w) for w in words) and all(_in_noun_phrase(w) for w in words)


def _in_noun_phrase(word: str) -> bool:
    """A noun, an adjective or participle of one, or an abbreviation in capitals ("ЛЭП", "ВЛ")."""
    return (len(word) > 1 and word.isupper()) or word_info(word).top_pos in NOUN_PHRASE_POS
