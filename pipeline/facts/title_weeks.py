"""The week a title reports on, written again without its dates ("Оперативная сводка за неделю с 18 по 24 ноября
2024 года | ... | За неделю выявлено 5 812 нарушений"): in any paragraph of the text it is the title's period and
takes the title's year (rule 5, ruling of arbiter2). A title giving a stock date or hour ("по состоянию на 08:00
6 декабря 2024 года") names no period, so a week or day under it keeps no year (rule 6)."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.exclusions import MONTH
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention

# A period the title names with its year: a window ("за неделю", "за отчетную неделю", "за октябрь"), a span of days or
# months ("с 18 по 24 ноября 2024 года", "(27 октября – 2 ноября 2025 года)", "3–9 марта 2025 года")
TITLE_PERIOD_RE = regex.compile(
    rf"(?<!\w)(?:за\s+(?:\w+\s+)?(?:неделю|декаду|{MONTH}|\d{{1,2}}\s+{MONTH})"
    rf"|(?:с|со)\s+\d{{1,2}}(?:\s+{MONTH})?\s+(?:по|до)\s+\d{{1,2}}\s+{MONTH}"
    rf"|\d{{1,2}}(?:\s+{MONTH})?\s*[-–—]\s*\d{{1,2}}\s+{MONTH})\s+\d{{4}}"
    r"|(?<!\w)за\s+(?:\w+\s+)?(?:неделю|декаду)(?!\s+до(?!\w))", regex.I)
STOCK_DATE_RE = regex.compile(r"(?<!\w)(?:по\s+состоянию\s+на|на\s+\d{1,2}[:.]\d{2})(?!\w)", regex.I)
# "За неделю", "за прошедшую неделю", "За отчетную неделю": the title's week, written without its dates
WEEK_WORDS = literals("неделю")
WEEK_RE = regex.compile(r"(?<!\w)за\s+(?:прошедшую\s+|истекшую\s+|отч[её]тную\s+|эту\s+)?(?P<week>неделю)"
                        r"(?!\s+(?:до|с|по)(?!\w))(?!\s*\(?\s*\d)", regex.I)


def title_period_year(title: str, named: Optional[int]) -> Optional[int]:
    """The year of the period a title line names (`named`: the year it named), where it names one: a window or span
    with its year; None for a title giving only a stock date or hour, or naming no year."""
    if named is None or STOCK_DATE_RE.search(title) or not TITLE_PERIOD_RE.search(title):
        return None
    return named


def title_week_mentions(s: Sentence, year: Optional[int]) -> list[YearMention]:
    """The weeks the sentence names without their dates, as mentions of the year of the title's period (`year`),
    placed at the noun as `periods.yearless_periods` places a window."""
    if year is None or s.absent(WEEK_WORDS):
        return []
    return [YearMention(m.start("week"), m.end(), year, True, part_of_year=True) for m in WEEK_RE.finditer(s.text)]
