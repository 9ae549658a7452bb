"""A base of one written without a number after "в среднем на": "задержки не превысили 3 минут в среднем на рейс",
"приходится 2,4 ребенка в среднем на семью", "расход составил 14,2 литра в среднем на автомобиль",
the figure written between: "в среднем 2 950 на матч".

An average "на" a thing in the singular accusative is that figure per one thing (README_labels, Rates: a base written
without a number is per 1, its `per_object` the noun as written). Not a share or size ("в среднем на треть", "на
уровне", "на 5%": a number follows), nor "на одного ..." (a base written as a word, read by `series`).
"""
from __future__ import annotations

from decimal import Decimal

import regex

from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.subject_bases import Base
from pipeline.facts.words import word_info

AVERAGE_BASE_RE = regex.compile(
    # or the average's figure between ("в среднем 2 950 на матч", "в среднем 14,2 литра на автомобиль")
    r"(?<!\w)в\s+среднем\s+(?:\d[\d\s]*(?:[.,]\d+)?(?:\s+[^\W\d_][\w.]*){0,2}?\s+)?на\s+(?!(?:одн|один|кажд|душу|треть|четверть|половин|порядок|процент|уровн|сумм|период|срок"
    r"|год|месяц|день|сутки|недел|час|минут)\w*(?!\w))(?P<noun>[а-яё]+)(?!\w)(?!\s*\d)",
    regex.I)
AVERAGE_WORDS = literals("в среднем")


def average_bases(s: Sentence) -> list[Base]:
    """Bases "в среднем на X": X a noun that can be singular accusative."""
    if s.absent(AVERAGE_WORDS):
        return []
    out = []
    for m in AVERAGE_BASE_RE.finditer(s.text):
        noun = m.group("noun")
        info = word_info(noun.lower())
        if info.noun and not info.attributive and "sing:accs" in info.cases:
            out.append(Base(m.start("noun"), m.end("noun"), Decimal(1), noun))
    return out
