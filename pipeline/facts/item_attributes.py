"""A measure written after a noun in the instrumental describes the item a price or rate is of, and is no rate itself:
"Цена 1 кв. м полированной плиты толщиной 20 мм – 310 сомони" (the thickness of the slab priced), "Аренда 1 единицы
техники мощностью 150 кВт – 40 тыс. тенге" (its power); so does a measure right after the item's abbreviated name, its class
("стоимость строительства 1 км ВЛ 500 кВ – 168 млн. тенге": the line's voltage). The base goes to the price after the
description."""
from __future__ import annotations

import regex

from pipeline import morph
from pipeline.facts.figures import MONEY_UNITS
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

WORD_BEFORE_RE = regex.compile(r"(?:(?P<prep>[^\W\d_]+)\s+)?(?P<noun>[^\W\d_]{4,})(?P<whose>(?!))?\s+\Z")  # "толщиной 20 мм"
# "с массой тела менее 1 000 г": the measure's noun, what it measures in the genitive, a bound
WHOSE_BEFORE_RE = regex.compile(r"(?:(?P<prep>[^\W\d_]+)\s+)?(?P<noun>[^\W\d_]{4,})(?:\s+(?P<whose>[^\W\d_]{4,}))?"
                                r"(?:\s+(?:менее|более|свыше|до|от|около|не\s+менее|не\s+более))?\s+\Z", regex.I)
MONEY_OR_COUNT = frozenset({None, "count", "person", "percent"})
ATTRIBUTE_WINDOW = 40  # characters before a figure searched for the noun describing it
# prepositions that take the instrumental: "с 20 мм" is no description of a noun's measure
INSTRUMENTAL_PREPOSITIONS = frozenset({"с", "со", "под", "над", "за", "перед", "между", "меж"})
# "1 км ВЛ 500 кВ", "1 единицы ПС 220 кВ": an abbreviation in capitals alone between the base and the figure
ABBREVIATED_ITEM_RE = regex.compile(r"\s+[А-ЯЁA-Z]{2,6}\s+")
PREDICATE_POS = frozenset({"VERB", "PRTS", "INFN"})  # "ограничен суммой", "составляет суммой": no item described


def describes_the_item(s: Sentence, f: Figure) -> bool:
    """Whether the figure is a measure given by a noun in the instrumental right before it ("толщиной 20 мм",
    "размером 30 см", "мощностью 50 кВт"), with no preposition governing that noun."""
    return any(_described_by(m, f) for m in (WORD_BEFORE_RE.search(s.text, max(0, f.start - ATTRIBUTE_WINDOW), f.start),
                                            WHOSE_BEFORE_RE.search(s.text, max(0, f.start - ATTRIBUTE_WINDOW), f.start)))


def _described_by(m: regex.Match | None, f: Figure) -> bool:
    if m is None:
        return False
    # "с доставкой 500 рублей" is what the price includes; "детей с массой тела менее 1 000 г" a measure of the item
    if (m.group("prep") or "").lower() in INSTRUMENTAL_PREPOSITIONS \
            and (m.group("prep").lower() not in ("с", "со") or f.measure.unit in MONEY_OR_COUNT or f.measure.unit in MONEY_UNITS):
        return False
    if m.group("whose") and "gent" not in {p.tag.case for p in morph.parse(m.group("whose").lower())[:1]}:
        return False
    if m.group("prep") and morph.parse(m.group("prep").lower())[0].tag.POS in PREDICATE_POS:
        return False  # "фонд ... одного клуба ограничен суммой 1,5 млн. долларов": the predicate's complement, the rate
    parse = morph.parse(m.group("noun").lower())[0]
    return parse.tag.POS == "NOUN" and parse.tag.case == "ablt"


def classes_the_item(s: Sentence, base_end: int, f: Figure) -> bool:
    """Whether the figure follows the base's item named by an abbreviation alone ("1 км ВЛ 500 кВ"): the item's class."""
    return base_end <= f.start and ABBREVIATED_ITEM_RE.fullmatch(s.text, base_end, f.start) is not None
