"""The period a text reports, named with its year by its title or lead and written again below without its dates
(README_labels, Year, rules 5 and 6, ruling of arbiter6): under "ОАО «Азерхалча»: итоги 2024 года", "В Смоленской
области за 2022 год зарегистрировали более 3300 пожаров" or a title without a year whose lead opens "В 2024 году ...",
"за год", "за весь год" and "за прошедшие 12 месяцев" are that year in every paragraph up to the next title; under a
lead naming a span ("Экспедиция работала на леднике с 12 июля по 26 августа 2025 года"), "за период наблюдений" is
that span, of its year. A paragraph naming a year of its own keeps it (`Carry.current_year`); a year named in an
ordinary later paragraph, or in a list's lead-in, reaches no other paragraph; a title naming a season or a span of
two calendar years ("сезон 2024/2025"), a part of the year ("итоги девяти месяцев 2025 года": its "за год" is
another span) or a stock date names no such period.
A title naming a half-year, a quarter or a season within one year, however worded ("в первом полугодии 2025 года",
"итоги I полугодия 2025 года", "за III квартал 2025 года", "Итоги скакового сезона 2025 года"), reports that part
of the year: written again without its dates ("за полугодие", "за отчетное полугодие", "в квартале", "за сезон"), it
is of the title's year in every paragraph (ruling of arbiter7); another part than the title's gives nothing, and a
part right after the unit of an upper bound is the span of a capacity ("до 40 тыс. куб. м снега за сезон"), no
period."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.title_spans import whole_year_of_title
from pipeline.facts.title_weeks import title_period_year
from pipeline.facts.years import YearMention

# "За 12 месяцев", "за прошедшие 12 месяцев": the year written as its months; not "за последние 12 месяцев" (a rolling
# period, see `rolling_periods`), nor twelve months of a year named after them ("за 12 месяцев 2022 года")
TWELVE_MONTHS_RE = regex.compile(
    r"(?<!\w)за\s+(?:(?:прошедшие|истекшие|минувшие)\s+)?(?P<noun>(?:12|двенадцать)\s+месяцев)(?!\w)"
    r"(?!\s*(?:(?:19|20)\d\d(?!\d)|\w+\s+год))", regex.I)
TWELVE_WORDS = literals("месяцев")
# "за период наблюдений", "за весь период наблюдений": the span the text reports, whatever it is
REPORTED_SPAN_RE = regex.compile(r"(?<!\w)за\s+(?:весь\s+)?(?P<noun>период\s+наблюдений)(?!\w)", regex.I)
SPAN_WORDS = literals("период")
_PART_NUMBER = r"(?:(?-i:[IV]{1,3})|[1-4](?:-?[а-я]{1,2})?|(?:перв|втор|трет|четв[её]рт)\w*)"
# "в первом полугодии 2025 года", "итоги I полугодия 2025 года", "за III квартал 2025 г.", "Итоги скакового сезона 2025
# года", "итоги сезона сбора чайного листа 2025 года": the part of the year a title reports, with its one year
TITLE_PART_RE = regex.compile(
    r"(?<!\w)(?:во?|за|итог(?:и|ам)|результаты)\s+(?:" + _PART_NUMBER + r"\s+)?(?:[а-яё]+(?:ого|его|ом|ем|ое|ее)\s+)?"
    r"(?P<noun>полугоди|квартал|сезон)\w*(?:\s+[а-яё«»\"-]+){0,4}\s+(?P<year>(?:19|20)\d\d)(?!\d)(?!\s*[/–—-]\s*\d)",
    regex.I)
PART_WORDS = literals("полугоди", "квартал", "сезон")
PART_NOUN_RE = regex.compile(r"полугоди|квартал|сезон", regex.I)
# "за полугодие", "за отчетное полугодие", "в квартале", "за сезон", "в этом сезоне": not a numbered part ("во II
# квартале"), another one ("в прошлом сезоне"), nor one before a date or span ("за полугодие до выборов")
PART_AGAIN_RE = regex.compile(
    r"(?<!\w)(?:за|в)\s+(?:(?:прошедш|истекш|отч[её]тн|эт|текущ)\w*\s+)?(?P<noun>полугоди(?:е|и)|квартал(?:е)?|сезон(?:е)?)"
    r"(?!\w)(?!\s+(?:до|с|по)(?!\w))(?!\s*\(?\s*\d)", regex.I)
# "позволяет заготовить до 40 тыс. куб. м снега за сезон": the span a capacity (an upper bound) is measured over,
# right after its figure's unit; not "доход фермера – 2 870 лари за сезон", a result of the season
CAPACITY_BEFORE_RE = regex.compile(r"(?<!\w)до\s+\d[\d\s,.]*(?:[\s,.]*[^\W\d]+\.?){1,5}\s*\Z", regex.I)


@dataclass(frozen=True)
class ReportedPeriod:
    """The period a title or lead names: its year, and whether it is that whole calendar year."""

    year: int
    whole: bool
    part: Optional[str] = None  # the part of the year it is ("полугоди", "квартал", "сезон"), if one


def period_named(text: str, year: Optional[int]) -> Optional[ReportedPeriod]:
    """The period a title or lead line (`text`, which named `year` last) names with its year: a whole year ("итоги
    2024 года", "В 2012 году ..."), or a window or span of days or months of it ("с 12 июля по 26 августа 2025 года");
    None for a part of the year named alone, a span of two years, a stock date, or no year."""
    part = TITLE_PART_RE.search(text) if year is not None else None
    if part is not None:
        return ReportedPeriod(int(part.group("year")), False, part.group("noun").lower())
    whole = whole_year_of_title(text, year)
    if whole is not None:
        return ReportedPeriod(whole, True)
    span = title_period_year(text, year)
    return None if span is None else ReportedPeriod(span, False)


@dataclass
class TextPeriod:
    """The period in force for a text's repeated reporting period: set by its title, else by its lead (the first
    sentence of the paragraph after a title naming none), ended by the next title. A text without a title has no
    lead: its first paragraph is an ordinary one ("В 2021 году построено 52 школы. | За год ..." stays null)."""

    period: Optional[ReportedPeriod] = None
    lead_open: bool = False  # the next paragraph's first sentence is the text's lead

    def title(self, text: str, year: Optional[int]) -> None:
        """A title line read (`year`: the period it named last, if any): its period, else its lead's to come."""
        self.period = period_named(text, year)
        self.lead_open = self.period is None

    def first_sentence(self, text: str, year: Optional[int]) -> None:
        """A paragraph's first sentence read (`year`: the period it named last): the lead's period, if it is one."""
        if self.lead_open:
            self.period = period_named(text, year)
        self.lead_open = False


def span_year_of_text(paragraph_year: Optional[int], reported: Optional[ReportedPeriod]) -> Optional[int]:
    """The year "за год" takes: its paragraph's (`paragraph_year`), else that of the whole year the text reports."""
    if paragraph_year is not None or reported is None or not reported.whole:
        return paragraph_year
    return reported.year


def reported_period_mentions(s: Sentence, span_year: Optional[int], reported: Optional[ReportedPeriod],
                             named: list[YearMention]) -> list[YearMention]:
    """"За 12 месяцев" as a mention of `span_year` (the year "за год" takes), "за период наблюдений" of the year of
    the period the text reports (else `span_year`), each placed at its noun; none after a year the sentence names
    itself (`named`: its mentions), whose period it is."""
    found = []
    if span_year is not None and not s.absent(TWELVE_WORDS):
        found += [(m, span_year) for m in TWELVE_MONTHS_RE.finditer(s.text)]
    span = reported.year if reported is not None else span_year
    if span is not None and not s.absent(SPAN_WORDS):
        found += [(m, span) for m in REPORTED_SPAN_RE.finditer(s.text)]
    if reported is not None and reported.part is not None and not s.absent(PART_WORDS):
        found += [(m, reported.year) for m in PART_AGAIN_RE.finditer(s.text)
                  if m.group("noun").lower().startswith(reported.part)
                  and not CAPACITY_BEFORE_RE.search(s.text, max(0, m.start() - 40), m.start())]
    return [YearMention(m.start("noun"), m.end(), year, True, part_of_year=True) for m, year in found
            if not any(y.year is not None and y.sets_context and not y.part_of_year and y.end <= m.start() for y in named)]


def undate_before_text_periods(s: Sentence, figures: list[Figure], years: list[YearMention],
                               text_spans: list[YearMention]) -> None:
    """A repeated reporting year dated by the text's title or lead (`text_spans`, among the sentence's `years`) dates
    the figures after it, not those before it that no other year of the sentence dates: "Численность работающих –
    1 124 человека, средняя заработная плата за год – 2 486 рублей" leaves the 1 124 without a year (rule 6); a
    repeated part of the year dates every figure of its sentence ("доход фермера – 2 870 лари за сезон", arbiter7)."""
    for span in text_spans:
        if PART_NOUN_RE.match(s.text, span.pos):
            continue
        others = [y for y in years if y is not span and y.year == span.year]
        for f in figures:
            if f.measure.end <= span.pos and f.year == span.year and not others:
                f.year = None
