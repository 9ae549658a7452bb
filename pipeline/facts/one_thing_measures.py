"""A measure of one thing written after "на одной X" is per 1 of it, as its price is (README_labels, Rates, ruling of
arbiter6): "Запас хода на одной зарядке — не менее 250 км", "Пробег на одной заправке достигает 600 км", "Дальность полета
на одной заправке – 1 200 км" (per 1 "зарядке", "заправке"). Elsewhere "на одной X" is a place, no base:
"Стоянка на одной станции – 2 минуты", "на одной площадке размещены 12 объектов"."""
from __future__ import annotations

import regex

# What one charge or one filling of a thing yields: its range or run, right before "на"
MEASURE_BEFORE_RE = regex.compile(r"(?<!\w)(?:запас\w*\s+хода|пробег\w*|дальност\w*)(?:\s+[а-яё]+)?\s+\Z", regex.I)
PLACE_NUMERALS = ("одной", "каждой")  # the prepositional case after "на": where, not per what
WINDOW = 40  # characters before "на" searched for the measure


def placed_on_one(text: str, m: regex.Match, numeral: str) -> bool:
    """Whether a base match "на одной X" (series.WORD_BASE_RE, `numeral` its numeral word) names a place, no base: not
    after a measure of what one X yields."""
    if not m.group().lower().startswith("на") or numeral not in PLACE_NUMERALS:
        return False
    return MEASURE_BEFORE_RE.search(text, max(0, m.start() - WINDOW), m.start()) is None
