"""A rate whose counted noun is elided after its adjective: the noun of its base.

"На 1 млн банкнот в обращении приходится 2,9 поддельной": the adjective after the value agrees with the base's noun
("поддельной [банкноты]", feminine as "банкнота"), no noun follows it, so the rate counts the base's own noun (a
count of "банкнот" per 1 million "банкнот"), not a coefficient of nothing (README_labels, Rates and Object).
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline import morph
from pipeline.facts.measures import Figure, Measure
from pipeline.facts.sentence import Sentence

ADJECTIVE_AFTER_RE = regex.compile(r"\s+(?P<adj>[а-яё]+)(?P<next>\s+[а-яё]+)?", regex.I)
ADJECTIVE_POS = frozenset({"ADJF", "PRTF"})


def counted_by_adjective(s: Sentence, members: list[Figure], owner: Figure, base_noun: Optional[str]) -> None:
    """Give the base's noun to a bare rate and its bare members, when an adjective agreeing with that noun stands
    alone after the rate."""
    counted = _counted(s, owner, base_noun)
    if counted is None:
        return
    for f in members:
        if f.measure.unit == "count" and f.measure.object is None:
            f.measure = Measure("count", base_noun, f.measure.end, f.measure.multiplier, f.measure.addend, f.measure.skip)


def _counted(s: Sentence, owner: Figure, base_noun: Optional[str]) -> Optional[Measure]:
    m = owner.measure
    if m.unit != "count" or m.object is not None or base_noun is None or " " in base_noun:
        return None
    after = ADJECTIVE_AFTER_RE.match(s.text, m.end)
    if after is None or after.group("next") and _is_noun(after.group("next").strip()):
        return None
    genders = _genders(base_noun)
    adjective = [p for p in morph.parse(after.group("adj").lower()) if p.tag.POS in ADJECTIVE_POS and p.score >= 0.05]
    if not genders or not any(p.tag.gender in genders or p.tag.number == "plur" for p in adjective):
        return None
    return Measure("count", base_noun, m.end, m.multiplier, m.addend, m.skip)


def _genders(noun: str) -> set[str]:
    """Each gender the noun may have ("банкнот": "банкнота" feminine, or "банкнот" masculine)."""
    return {str(p.tag.gender) for p in morph.parse(noun.lower()) if p.tag.POS == "NOUN" and p.tag.gender}


def _is_noun(word: str) -> bool:
    parses = morph.parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN"
