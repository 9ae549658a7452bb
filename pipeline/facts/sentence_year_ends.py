"""The end or start of the year written without its year ("на конец года", "к концу года") in a sentence that names
its own year before it is the end of that year: "В 2024 году выдано 14 разрешений (2022 г. — 2, 2023 г. — 6), на
конец года их действует 22" is 22 at the end of 2024, whatever year the paragraph named earlier (a target "к 2025
году" in the sentence before). So is any other part of the year written without its year: "В сентябре 2024 года
индекс за месяц составлял 101,2%" is a month of 2024 though the paragraph named 2025 before it. The years of a
bracket (earlier values), of a value compared with ("против 58% в 2019 году") and comparison bases are not the
sentence's. A bracket's own "на начало года" after a stock date is the start of that date's year: "Долг на 1 октября 2025 года
составил 14,2% доходов (на начало года — 21,7%)" is 21,7% on 1 January 2025."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.periods import YEAR_END_RE
from pipeline.facts.sentence import Sentence
from pipeline.facts.years import YearMention

STOCK_DATE_BEFORE_RE = regex.compile(r"(?<!\w)(?:на|состоянию\s+на)\s+\Z", regex.I)  # "на 1 октября 2025 года"
DATE_AT_RE = regex.compile(r"\d{1,2}(?:\s+[а-яё]+|\.\d{2})", regex.I)  # "1 октября", "01.10"
YEAR_START_RE = regex.compile(r"на\s+начало\s+года", regex.I)
# "91,4% против 89,2% в 2014 году, во II квартале – 88,7%": the year of the value compared with is not the sentence's
AGAINST_VALUE_BEFORE_RE = regex.compile(r"(?<!\w)против\s+\d[\d\s,.]*(?:\s*%|\s+[а-яё]+\.?){0,3}\s+(?:в|во|за|на)\s+\Z", regex.I)
AGAINST_WINDOW = 60  # characters before a year searched for that value


def year_ends_of_the_sentence(s: Sentence, mentions: list[YearMention], years: list[YearMention]) -> list[YearMention]:
    """`mentions` with each year end or other part of the year that follows a year the sentence names outside brackets
    given that year."""
    return [_own_year(s, m, years) if m.part_of_year else m for m in mentions]


def _own_year(s: Sentence, end: YearMention, years: list[YearMention]) -> YearMention:
    own = [y for y in years if y.end <= end.pos and y.year is not None and not y.compared and not y.listed
           and not y.part_of_year and not _in_brackets(s.text, y.pos)
           and not AGAINST_VALUE_BEFORE_RE.search(s.text, max(0, y.pos - AGAINST_WINDOW), y.pos)]
    if not own or own[-1].year == end.year or _in_brackets(s.text, end.pos) and not (
            YEAR_END_RE.match(s.text, end.pos) and _start_after_a_stock_date(s, end, own[-1])):
        return end
    return replace(end, year=own[-1].year)


def _in_brackets(text: str, pos: int) -> bool:
    """Whether pos stands inside a bracket opened before it in the sentence."""
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def _start_after_a_stock_date(s: Sentence, end: YearMention, own: YearMention) -> bool:
    """Whether the end is "на начало года" and the sentence's own year is that of a stock date ("на 1 октября 2025 года")."""
    text = s.text
    return bool(YEAR_START_RE.match(text, end.pos)) and bool(DATE_AT_RE.match(text, own.pos)) \
        and bool(STOCK_DATE_BEFORE_RE.search(text, max(0, own.pos - 16), own.pos))
