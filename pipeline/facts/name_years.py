"""A year written at the end of a programme's name without quotes is part of the name, no figure: "В рамках Дорожной
карты занятости 2020 на ремонте ... было занято 12 тыс. человек", "по Стратегии развития 2050" (quoted names and names
joined to their year by a hyphen, «Программа 2020», "Агробизнес-2020", are excluded by `exclusions`). A number counted
by a noun after it ("Дорожной карты 2020 участников") or scaled is a figure as before."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

YEAR_NUMBER_RE = regex.compile(r"(?:19|20)\d\d")
# "Дорожной карты занятости ": a capitalised word inside the sentence, then one to three words, right before the year,
# and not a place after a preposition ("в Северо-Казахстанской области 1999, в Костанайской – 1 500": an elided noun)
NAME_BEFORE_RE = regex.compile(
    r"(?<=[^\W\d_][^\w]*\s)(?<!(?<!\w)(?:в|во|на|по)\s+)(?-i:[А-ЯЁ])[а-яё]+(?:\s+[^\W\d_]+){1,3}\s+\Z")
NAME_WINDOW = 80  # characters before a year searched for the name


def years_of_unquoted_names(s: Sentence, figures: list[Figure]) -> None:
    """Mark as no figure a bare year-like number that ends a name: a capitalised word inside the sentence opens it,
    and the word right before the number is a noun."""
    for f in figures:
        if f.measure.unit is not None or f.measure.multiplier != 1 or not YEAR_NUMBER_RE.fullmatch(f.number):
            continue
        if not NAME_BEFORE_RE.search(s.text, max(0, f.start - NAME_WINDOW), f.start):
            continue
        before = s.words_between(max(0, f.start - NAME_WINDOW), f.start)
        if before and before[-1].info.noun and not s.text[before[-1].end:f.start].strip():
            f.measure.skip = True
