"""A payment for one thing written "за одно X" before its amount: "Размер поощрения за одно дежурство – 600 рублей" is
per 1 "дежурство", as an average is ("В среднем за один выезд оказывалось 47 услуг"); "Голосование за одного кандидата
проходило 2 дня" pays nothing and averages nothing, no base."""
from __future__ import annotations

import regex

from pipeline.facts.figures import MONEY_AFTER_RE
from pipeline.facts.money import MONEY_UNIT_GROUPS

FOR_ONE_RE = regex.compile(r"за\s+(?:одн|один)", regex.I)  # the base's words right after "за", none between
AVERAGE_BEFORE_RE = regex.compile(r"(?<!\w)средн\w*(?:\s+[а-яё]+)?\s+\Z", regex.I)  # "В среднем за один выезд"
# "Выплачивается 45 тыс. тенге за одного ребенка": the amount right before
MONEY_BEFORE_RE = regex.compile(rf"(?<!\w)(?:{MONEY_UNIT_GROUPS}|рубл\w*)\.?\s*\Z", regex.I)
WINDOW = 30  # characters before "за" searched for an average or an amount


def unpaid_for_one(text: str, m: regex.Match) -> bool:
    """Whether a base match "за одно X" (series.WORD_BASE_RE) is followed by no amount of money in its clause, and
    follows neither an amount nor a word of an average."""
    if FOR_ONE_RE.match(m.group()) is None or MONEY_AFTER_RE.match(text, m.end()) is not None:
        return False
    start = max(0, m.start() - WINDOW)
    return AVERAGE_BEFORE_RE.search(text, start, m.start()) is None and MONEY_BEFORE_RE.search(text, start, m.start()) is None
