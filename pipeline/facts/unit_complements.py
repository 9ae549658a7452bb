"""What the noun after the measure word "единиц" is: the things counted, or the rest of the unit's name.

"312 единиц торфоуборочных машин" (a plural), "5,2 тыс. единиц техники", "412,7 тыс. единиц оружия", "2,94 млн.
единиц автотранспорта" (a collective noun in the singular) count the noun after the measure word (README_labels,
Object); "12 тыс. единиц хранения" does not: a noun of an action ("хранение", the verb's noun in "-ние"/"-тие")
names what the unit is a unit of, and the count stays one of "единиц".
"""
from __future__ import annotations

from pipeline import morph
from pipeline.facts.words import GENITIVE_PLURAL, GENITIVE_SINGULAR, word_info

ACTION_NOUN_ENDINGS = ("ние", "тие")  # the noun of a verb's action: "хранение", "обслуживание", "развитие"


def counts_the_noun(word: str, attributed: bool = False) -> bool:
    """Whether the noun `word` written right after "единиц" is what the figure counts: a genitive plural, or a
    genitive singular that is no noun of an action, or is one described by an adjective (`attributed`: "37 единиц
    реабилитационного оборудования" counts equipment; a unit's own term "единиц хранения" takes none)."""
    low = word.lower()
    cases = word_info(low).cases
    if cases <= {GENITIVE_PLURAL}:
        return True
    if GENITIVE_SINGULAR not in cases:
        return False
    top = morph.parse(low.replace("ё", "е"))[0]
    return top.tag.POS == "NOUN" and (attributed or not top.normal_form.endswith(ACTION_NOUN_ENDINGS))
