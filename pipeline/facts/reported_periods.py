"""The period a text reports, named with its year by its title or lead and written again below without its dates
(README_labels, Year, rules 5 and 6, ruling of arbiter6): under "ОАО «Азерхалча»: итоги 2024 года", "В Смоленской
области за 2022 год зарегистрировали более 3300 пожаров" or a title without a year whose lead opens "В 2024 году ...",
"за год", "за весь год" and "за прошедшие 12 месяцев" are that year in every paragraph up to the next title; under a
lead naming a span ("Экспедиция работала на леднике с 12 июля по 26 августа 2025 года"), "за период наблюдений" is
that span, of its year. A paragraph naming a year of its own keeps it (`Carry.current_year`); a year named in an
ordinary later paragraph, or in a list's lead-in, reaches no other paragraph; a title naming a season or a span of
two calendar years ("сезон 2024/2025"), a part of the year ("итоги девяти месяцев 2025 года": its "за год" is
another span) or a stock date names no such period."""
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


@dataclass(frozen=True)
class ReportedPeriod:
    """The period a title or lead names: its year, and whether it is that whole calendar year."""

    year: int
    whole: bool


def period_named(text: str, year: Optional[int]) -> Optional[ReportedPeriod]:
    """The period a title or lead line (`text`, which named `year` last) names with its year: a whole year ("итоги
    2024 года", "В 2012 году ..."), or a window or span of days or months of it ("с 12 июля по 26 августа 2025 года");
    None for a part of the year named alone, a span of two years, a stock date, or no year."""
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
    return [YearMention(m.start("noun"), m.end(), year, True, part_of_year=True) for m, year in found
            if not any(y.year is not None and y.sets_context and not y.part_of_year and y.end <= m.start() for y in named)]


def undate_before_text_periods(figures: list[Figure], years: list[YearMention], text_spans: list[YearMention]) -> None:
    """A repeated reporting period dated by the text's title or lead (`text_spans`, among the sentence's `years`) dates
    the figures after it, not those before it that no other year of the sentence dates: "Численность работающих –
    1 124 человека, средняя заработная плата за год – 2 486 рублей" leaves the 1 124 without a year (rule 6)."""
    for span in text_spans:
        others = [y for y in years if y is not span and y.year == span.year]
        for f in figures:
            if f.measure.end <= span.pos and f.year == span.year and not others:
                f.year = None
