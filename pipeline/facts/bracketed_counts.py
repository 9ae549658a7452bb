"""A bare figure opening a bracket right after a noun in the genitive plural is the size of the group that noun
phrase names: "Около двух третей торговых мест (свыше 118 тыс.) расположены ...", "часть районных больниц (свыше 60)
не имеют ..." count the places and the hospitals. The noun is kept as written."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure, count_noun_before
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import GENITIVE_PLURAL

# "мест (свыше 118", "больниц (60": a word, an opening bracket, a bound at most, the figure
BRACKET_BEFORE_RE = regex.compile(
    r"(?<!\w)(?P<noun>[а-яё]+)\s*\(\s*(?:(?:свыше|более|около|почти|порядка|не\s+менее|не\s+более|до)\s+)?\Z", regex.I)
BRACKET_WINDOW = 40  # characters before a figure searched for the noun and the bracket
COUNTED_UNITS = (None, "count")


def counted_in_brackets(s: Sentence, figures: list[Figure]) -> None:
    """Give a figure with no noun of its own the genitive plural noun right before the bracket it opens."""
    if "(" not in s.text:
        return
    for f in figures:
        if f.measure.unit not in COUNTED_UNITS or f.measure.object is not None or f.per is not None:
            continue
        count_noun_before(s, f, BRACKET_BEFORE_RE, BRACKET_WINDOW,
                          lambda info: info.top_pos == "NOUN" and GENITIVE_PLURAL in info.cases)
