"""Years a figure takes after the years stated around it are assigned (`years.assign_years`): years listed before
"соответственно" in order, a year that is the object of a verb, an amount in a legal unit restated in money for a year."""
from __future__ import annotations

import itertools

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.money import LEGAL_CODES, MONEY_CODES
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import word_info
from pipeline.facts.years import YearMention

VERB_BEFORE_RE = regex.compile(r"(?<!\w)(?P<verb>[а-яё]{4,})\s+\Z", regex.I)
VERB_WINDOW = 30  # characters before a year searched for the verb whose object it is
RESPECTIVELY_RE = regex.compile(r"(?<!\w)соответственно(?!\w)", regex.I)
RESPECTIVELY_WORDS = literals("соответственно")
OPEN_PAREN_GAP_RE = regex.compile(r"\s*\(\s*")


def follow_up_years(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """The years of the constructions above, in this order, after the stated years are assigned (with no year
    stated, every figure has its base year and none of them applies)."""
    if not years:
        return
    _respective_years(s, figures, years)
    _year_as_object(s, figures, years)
    _restated_in_money(s, figures)


def _restated_in_money(s: Sentence, figures: list[Figure]) -> None:
    """"Годовой абонемент стоит 4 МРП (15 728 тенге в 2025 году)": an amount in a legal unit of payments restated in
    money for a year is of that year (the unit's value is set for each year)."""
    for f, money in itertools.pairwise(figures):
        if f.year is None and f.measure.unit in LEGAL_CODES and money.measure.unit in MONEY_CODES \
                and money.year is not None and OPEN_PAREN_GAP_RE.fullmatch(s.text, f.measure.end, money.start):
            f.year = money.year


def _year_as_object(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """"Из 25 сельхозпредприятий ..., 19 закончили 2015 год с прибылью": a year that is the object of the verb right
    before it dates the undated figures before it in its sentence."""
    for y in years:
        if y.year is None or not y.sets_context:
            continue
        verb = VERB_BEFORE_RE.search(s.text, max(0, y.pos - VERB_WINDOW), y.pos)
        if not verb or word_info(verb.group("verb").lower()).top_pos != "VERB":
            continue
        for f in figures:
            if f.start < y.pos and f.year is None:
                f.year = y.year


def _respective_years(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """"в 2018 и 2019 годах ... 4,1% и 4,5% соответственно": the listed years go to the figures after them in order."""
    word = None if s.absent(RESPECTIVELY_WORDS) else RESPECTIVELY_RE.search(s.text)
    if word is None:
        return
    for mention in years:
        after = [f for f in figures if f.start > mention.pos]
        if len(mention.listed) > 1 and len(after) == len(mention.listed):
            for fig, year in zip(after, mention.listed, strict=True):
                fig.year = year
    _respective_to_dated_years(figures, years, word.start())


def _respective_to_dated_years(figures: list[Figure], years: list[YearMention], word: int) -> None:
    """"На его долю в 2005 г. приходилось 16%, а в 2012 г. – 19% ..., а также соответственно 28% и 30%": the years
    named one by one before "соответственно", each dating a figure there, go in order to the figures after it."""
    named: list[int] = []
    for y in years:
        if y.pos < word and y.year is not None and y.sets_context and y.year not in named:
            named.append(y.year)
    after = [f for f in figures if f.start > word]
    if len(named) < 2 or len(after) != len(named):
        return
    if all(any(f.start < word and f.year == year for f in figures) for year in named):
        for fig, year in zip(after, named, strict=True):
            fig.year = year
