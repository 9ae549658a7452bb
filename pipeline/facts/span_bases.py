"""A headline compared with an earlier span of two calendar years: "охвачено 96,8 тыс. учащихся, что в 2,3 раза
больше, чем в 2018/2019 учебном году (42,1 тыс.)" in a report of 2020. The base is an earlier period (rule 4) though no
single year names it, so the sentence's undated figures take the period in force, as with "чем в 2018 году"; the base's
own value, right after it, stays of no single year (rule 3: an academic year or a season spans two)."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.periods import headline_years
from pipeline.facts.sentence import Sentence
from pipeline.facts.years import YearMention

# " учебном году (": up to three words naming the span, then the bracket or dash that opens the base's value
BASE_VALUE_GAP_RE = regex.compile(r"(?:\s+[а-яё.]+){0,3}\s*[(–—-]\s*\Z", regex.I)


def headlines_against_earlier_spans(s: Sentence, figures: list[Figure], years: list[YearMention],
                                    period: Optional[int]) -> None:
    """Date the undated figures of a sentence whose comparison base is a span of years all before the period in force."""
    if period is None or all(f.year is not None for f in figures):
        return
    base = next((y for y in years if _earlier_span(y, period)), None)
    if base is None:
        return
    as_year = [replace(y, year=max(y.listed)) if y is base else y for y in years]
    headline_years(s, [f for f in figures if not _value_of_the_base(s, base, f)], as_year, period)


def _earlier_span(y: YearMention, period: int) -> bool:
    """"чем в 2018/2019 учебном году": a comparison base of several years, the last before `period`."""
    return y.compared and y.year is None and len(y.listed) > 1 and max(y.listed) < period


def _value_of_the_base(s: Sentence, base: YearMention, f: Figure) -> bool:
    """Whether the figure follows the base right after its words, in brackets or after a dash: the base's own value."""
    return f.start >= base.end and bool(BASE_VALUE_GAP_RE.fullmatch(s.text, base.end, f.start))
