"""A span of months from one year into another names no single year: "Проект реализовывался с марта 2023 года по
октябрь 2025 года, его бюджет составил 480 тыс. евро" dates its figures with neither year, as a span of dates across
years does (`date_spans`) and a range of years ("в 2023–2025 годах"); "с марта по октябрь 2025 года" stays within
its year."""
from __future__ import annotations

import regex

from pipeline.facts.exclusions import MONTH, YEAR_WORD
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention
from pipeline.sentences import YEAR

MONTH_SPAN_RE = regex.compile(
    rf"(?<!\w)со?\s+{MONTH}\s+(?P<first>{YEAR})(?:\s*{YEAR_WORD})?\s*(?:по|до|[-–—])\s*{MONTH}\s+(?P<last>{YEAR})"
    rf"(?:\s*{YEAR_WORD})?", regex.I)
SPAN_WORDS = literals("с ", "со ")


def month_spans_across_years(s: Sentence, years: list[YearMention]) -> list[YearMention]:
    """`years` with the mentions inside each span of months whose years differ made one mention of no year, which
    dates the figures after it with none."""
    if len(years) < 2 or s.absent(SPAN_WORDS):  # a span names two years
        return years
    for m in MONTH_SPAN_RE.finditer(s.text):
        if m.group("first") == m.group("last"):
            continue
        years = [y for y in years if not m.start() <= y.pos < m.end()]
        years.append(YearMention(m.start(), m.end(), None, True))
    return sorted(years, key=lambda y: y.pos)
