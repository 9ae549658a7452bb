"""A total since the start of something that is no part of a year ("с начала реализации программы на 2018–2025 годы –
31,6 тыс. тонн", "с начала действия проекта обучено 1 240 человек") spans the years from that start to now: no single
year (README_labels, rule 6), whatever year the sentence named before it. "С начала года", "с начала отчетного
периода", "с начала III квартала" are parts of the year and keep it. So does "с начала 2019 года" in a
passage whose period in force is a later year ("в отчетном году ... 48,6 тыс. кв. км, а всего с начала 2019 года – 61,2
тыс. кв. км" in a report on 2021): the total spans the years since, and that start names no period for what
follows; of the year in force, it keeps that year. A total "всего с 2014 года" (or "нарастающим итогом с") in a
passage on a later year is one too; inside brackets, its span ends at the closing bracket."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.exclusions import MONTH
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention

START_RE = regex.compile(r"(?<!\w)с\s+(?:самого\s+)?начала\s+(?P<next>[а-яё]+(?:\s+[а-яё]+)?)", regex.I)
# the words after "с начала" that name a period of the year or a year itself
PART_OF_YEAR_RE = regex.compile(
    rf"(?<!\w)(?:год\w*|г\.?|месяц\w*|квартал\w*|полугоди\w*|период\w*|сезон\w*|недел\w*|дн\w*|суток|{MONTH})(?!\w)",
    regex.I,
)
DIGIT_AFTER_RE = regex.compile(r"\s*(?:[IVX]+\s|\d)")  # "с начала 2020 года", "с начала III квартала"
START_WORDS = literals("начала", "всего", "итого", "итогом")
# "с начала 2019 года", "с начала 2019 г.": the start of a year named with its number
# "всего с 2014 года", "нарастающим итогом с 2014 г.": a total since a year, its start the year itself
YEAR_START_RE = regex.compile(
    r"(?<!\w)(?:с\s+(?:самого\s+)?начала\s+|(?:всего|итого|нарастающим\s+итогом)\s+(?:за\s+период\s+)?с\s+)"
    r"(?P<year>(?:19|20)\d\d)\s*(?:года|г\.)", regex.I)
CLAUSE_END = ";"


def totals_since_a_start(s: Sentence, figures: list[Figure], years: list[YearMention], period: Optional[int] = None) -> None:
    """Figures after "с начала <something that is no period of the year>" (or of a year before `period`, the one in
    force) up to the end of their clause, with no year of their own named between, take no year."""
    if s.absent(START_WORDS):
        return
    starts = [] if _headline_of_no_period(years, period) else [
              m for m in START_RE.finditer(s.text)
              if not PART_OF_YEAR_RE.search(m.group("next")) and not DIGIT_AFTER_RE.match(s.text, m.start("next"))
              and not any(y.pos == m.start() and y.part_of_year for y in years)]  # a start of a named year's campaign
    if period is not None:
        earlier = [m for m in YEAR_START_RE.finditer(s.text) if int(m.group("year")) < period]
        for y in years:  # the start is no period the paragraph names for its figures ("За год" after it is the period's)
            if any(m.start("year") <= y.pos < m.end() for m in earlier):
                y.sets_context = False
        starts += earlier
    for m in starts:
        end = s.text.find(CLAUSE_END, m.end())
        end = len(s.text) if end < 0 else end
        if s.text.rfind("(", 0, m.start()) > s.text.rfind(")", 0, m.start()):  # "(всего с 2014 года – 11,2 млн)"
            closing = s.text.find(")", m.end())
            end = min(end, closing) if closing >= 0 else end
        for f in figures:
            if m.end() <= f.start < end and not _own_year_between(years, m.end(), f.start):
                f.year = None


def _headline_of_no_period(years: list[YearMention], period: Optional[int]) -> bool:
    """"Всего с начала реализации проекта издано 66 из 100 учебников, ...; ..., что на 7,8% выше уровня 2018 года" in a
    report of 2019: a sentence that names no period of its own and compares with an earlier year is the period in
    force's (rule 4), its total since a start a stock of that period; a sentence naming its own year ("В 2023 году
    уничтожено ...; с начала реализации проекта – 1 512,8 тонны") leaves the total no single year."""
    if period is None or any(y.sets_context and not y.compared for y in years):
        return False
    return any(y.compared and y.year is not None and y.year < period for y in years)


def _own_year_between(years: list[YearMention], start: int, end: int) -> bool:
    """Whether a single year that dates what follows it is named between start and end."""
    return any(start <= y.pos < end and y.year is not None and y.sets_context and not y.compared for y in years)
