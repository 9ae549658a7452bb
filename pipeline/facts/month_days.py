"""A day of the month written as a number before "числа": a date, no figure.

"не позднее 25 числа второго месяца", "до 10 числа": a count of numbers would take the genitive plural after 5-20
("25 чисел") and the nominative after 1 ("1 число"), so a whole number from 1 to 31 before the genitive singular
"числа" names a day; after 2-4 (22-24), where "числа" may count, only after a preposition of a time limit.
"""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.numeral_agreement import case_governed
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import GENITIVE_SINGULAR

DAY_NOUN_RE = regex.compile(r"(?:-?го)?\s+числа(?!\w)", regex.I)
TIME_LIMIT_BEFORE_RE = regex.compile(r"(?<!\w)(?:до|позднее|позже|после|с|со|по|к|ко|начиная\s+с)\s+\Z", regex.I)
MAX_DAY = 31


def days_of_the_month(s: Sentence, figures: list[Figure]) -> None:
    """Mark as no figure each day of the month so written."""
    if "числа" not in s.text.lower():
        return
    for f in figures:
        if not f.number.isdigit() or not 1 <= int(f.number) <= MAX_DAY or not DAY_NOUN_RE.match(s.text, f.end):
            continue
        if case_governed(f.number) != GENITIVE_SINGULAR \
                or TIME_LIMIT_BEFORE_RE.search(s.text, max(0, f.start - 16), f.start):
            f.measure.skip = True
