"""Months named in brackets after a span of the year: "В пиковые месяцы (январь–февраль) нагрузка доходила до 78 тыс.
звонков в сутки" speaks of those months of the period in force (rule 1: months without a year are of the reporting
year), as "в январе–феврале" would. A span from one year into the next ("в зимний период (декабрь–февраль)") names no
single year and dates nothing.
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.exclusions import MONTH
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention

MONTHS_IN_BRACKETS_RE = regex.compile(
    rf"(?<!\w)(?:в|во|за)\s+(?:[а-яё-]+\s+){{0,2}}(?:месяц|период)\w*\s*\(\s*(?P<first>{MONTH})"
    rf"(?:\s*(?:[-–—,]|и)\s*(?P<last>{MONTH}))*\s*\)",
    regex.I,
)
MONTH_ORDER = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
BRACKET_WORDS = literals("месяц", "период")


def months_in_brackets(s: Sentence, period: Optional[int]) -> list[YearMention]:
    """Mentions of `period` for months named in brackets after "месяцы"/"период", placed at the first month."""
    if period is None or "(" not in s.text or s.absent(BRACKET_WORDS):
        return []
    found = []
    for m in MONTHS_IN_BRACKETS_RE.finditer(s.text):
        if m.group("last") is None or _month_number(m.group("first")) <= _month_number(m.group("last")):
            found.append(YearMention(m.start("first"), m.end(), period, True))
    return found


def _month_number(word: str) -> int:
    """The month's place in the year (0 for January), by its stem ("март" is tried before "ма" of "мая")."""
    low = word.lower()
    return next(i for i, stem in enumerate(MONTH_ORDER) if low.startswith(stem))
