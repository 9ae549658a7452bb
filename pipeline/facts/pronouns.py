"""A bare figure after the pronoun «их» counts the noun the pronoun stands for, written right before it: "Волонтерскими
поисковыми отрядами (их 27, в них состоит ...)" counts the squads, "... обменных пунктов, их всего 412" the points.
The noun is kept as written."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure, count_noun_before
from pipeline.facts.sentence import Sentence, literals

# "отрядами (их 27", "пунктов, их всего 412", "экспертов – их 14": a noun, a bracket, comma or dash, «их»
PRONOUN_BEFORE_RE = regex.compile(
    r"(?<!\w)(?P<noun>[а-яё]+)\s*(?:\(|,|[-–—])\s*их\s+(?:(?:было|стало|всего|уже|более|около|свыше)\s+)?\Z", regex.I)
PRONOUN_WINDOW = 60  # characters before a figure searched for the noun and «их»
PRONOUN_WORDS = literals("их")


def counted_by_pronoun(s: Sentence, figures: list[Figure]) -> None:
    """Give a figure whose noun was elided (see context) the plural noun «их» stands for, right before the pronoun."""
    if s.absent(PRONOUN_WORDS):
        return
    for f in figures:
        if not f.elided or f.measure.unit not in (None, "count", "person"):
            continue
        count_noun_before(s, f, PRONOUN_BEFORE_RE, PRONOUN_WINDOW,
                          lambda info: info.noun and info.plural_possible and info.top_pos == "NOUN")
