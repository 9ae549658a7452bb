"""A date or year named before, referred back to: "По состоянию на 1 сентября 2017 года ... Кадровый состав на эту же
дату: врачей – 1 146", "на ту же дату", "на указанную дату", "к этой же дате", "в том же году". The words name the
sentence's own period by reference (rule 1), so its figures take the year of the date the paragraph named last (a day
with its month and year: "на 1 января 2018 года" as well), or of the year it named last; where it named none, nothing.
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.periods import DAY_OF_YEAR_RE
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention

SAME_DATE_RE = regex.compile(
    r"(?<!\w)(?:(?:на|к)\s+(?:эту|ту|эт(?:ой|у)\s+же|т(?:ой|у)\s+же|указанную|данную|названную)\s+(?:дату|дате)"
    r"|в\s+т(?:ом|от)\s+же\s+(?:году|год)|на\s+(?:тот|этот)\s+же\s+момент)(?!\w)", regex.I)
SAME_DATE_WORDS = literals("дат", "же")
DOTTED_DATE_RE = regex.compile(r"\d{2}\.\d{2}\.\d{4}")  # "на 01.01.2016"
# "в прошлом году на эту же дату", "(в 2024 году на ту же дату – 27,9 ц/га)", "на эту же дату прошлого года": the same
# day of another year, which the year written beside it gives
YEAR_BEFORE_RE = regex.compile(r"(?<!\w)(?:год\w*|г\.)\s*\Z", regex.I)
YEAR_AFTER_RE = regex.compile(r"\s+(?:\d{4}\s*(?:г\.|год)|прошл\w+\s+год|предыдущ\w+\s+год|минувш\w+\s+год)", regex.I)
YEAR_WINDOW = 16  # characters before the words searched for a year of their own


def dated_by_reference(s: Sentence, date_year: Optional[int], named: Optional[int]) -> list[YearMention]:
    """Mentions of a date or year named before (SAME_DATE_RE), of `date_year` (the date the paragraph named last)
    where the words name a date, else of `named` (the period it named last)."""
    if s.absent(SAME_DATE_WORDS):
        return []
    found = []
    for m in SAME_DATE_RE.finditer(s.text):
        if YEAR_BEFORE_RE.search(s.text, max(0, m.start() - YEAR_WINDOW), m.start()) or YEAR_AFTER_RE.match(s.text, m.end()):
            continue
        year = named if "год" in m.group().lower() else date_year or named
        if year is not None:
            found.append(YearMention(m.start(), m.end(), year, True))
    return found


def last_date_year(s: Sentence, years: list[YearMention]) -> Optional[int]:
    """The year of the last date (a day with its month and year, or written with dots) the sentence names as its own,
    outside a comparison."""
    for y in reversed(years):
        if y.year is not None and y.sets_context and not y.compared \
                and (DAY_OF_YEAR_RE.match(s.text, y.pos, y.end) or DOTTED_DATE_RE.match(s.text, y.pos, y.end)):
            return y.year
    return None
