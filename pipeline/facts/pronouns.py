"""A bare figure after the pronoun «их» counts the noun the pronoun stands for, written right before it: "Волонтерскими
поисковыми отрядами (их 27, в них состоит ...)" counts the squads, "... обменных пунктов, их всего 412" the points,
"доставлялась авиарейсами – их выполнено 126" the flights (a verb between the pronoun and the figure).
The noun is kept as written."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

from pipeline.facts.measures import Figure, count_noun_before
from pipeline.facts.sentence import Sentence, literals

# "отрядами (их 27", "пунктов, их всего 412", "экспертов – их 14": a noun, a bracket, comma or dash, «их»
PRONOUN_BEFORE_RE = regex.compile(
    r"(?<!\w)(?P<noun>[а-яё]+)\s*(?:\(|,|[-–—])\s*их\s+(?:(?:было|стало|всего|уже|более|около|свыше)\s+)?"
    r"(?:[а-яё]+(?:[ен]но|[ая]но|то|ло|ли|лось|лись|ется|ются|ится|ятся)\s+)?\Z", regex.I)  # "их выполнено 126"
PRONOUN_WINDOW = 60  # characters before a figure searched for the noun and «их»
PRONOUN_WORDS = literals("их")


def counted_by_pronoun(s: Sentence, figures: list[Figure]) -> None:
    """Give a figure whose noun was elided (see context) the plural noun «их» stands for, right before the pronoun."""
    if s.absent(PRONOUN_WORDS):
        return
    for f in figures:
        bare = not s.text[f.end:f.measure.end].strip()  # nothing written after the number: a unit or scale borrowed
        if not bare and (not f.elided or f.measure.unit not in (None, "count", "person")):
            continue
        before = f.measure
        count_noun_before(s, f, PRONOUN_BEFORE_RE, PRONOUN_WINDOW,
                          lambda info: info.noun and info.plural_possible and info.top_pos == "NOUN")
        if bare and f.measure is not before:  # "(14,1 тыс.); ... авиарейсами – их выполнено 126": not the list's scale
            f.measure = replace(f.measure, multiplier=Decimal(1))
