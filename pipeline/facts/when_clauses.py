"""A value stated in a clause of "когда" after a year belongs to that year: "на 9,2% больше, чем в 2023 году, когда
было отгружено 196,6 млн" (the year compared with, and the value it had then)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.sentences import YEAR

WHEN_WORDS = literals("когда")
# "в 2023 году, когда было отгружено", "против 2021 года, когда собрали": the year, a comma, "когда" and the
# clause's words up to the figure (no other clause or figure between)
YEAR_WHEN_BEFORE_RE = regex.compile(
    rf"(?<![\w.,])(?P<year>{YEAR})\s*(?:год\w*|г\.|г(?!\w))\s*,\s*когда(?!\w)[^\d,;:()]*\Z", regex.I)
WHEN_WINDOW = 120  # characters before a figure searched for the year and "когда"


def years_of_when_clauses(s: Sentence, figures: list[Figure]) -> None:
    """Give the figure a clause of "когда" holds the year that clause is attached to."""
    if s.absent(WHEN_WORDS):
        return
    for f in figures:
        m = YEAR_WHEN_BEFORE_RE.search(s.text, max(0, f.start - WHEN_WINDOW), f.start)
        if m:
            f.year = int(m.group("year"))
