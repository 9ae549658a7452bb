"""A change said of each one of a thing ("за каждый год сверх 10 лет размер увеличивается на 2 п.п.", "пеня
возрастает на 0,1% за каждый день просрочки") is a rate of one: per 1, its base the noun after "каждый", as "за
каждые сутки" is for a price (`priced_items`)."""
from __future__ import annotations

from decimal import Decimal

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import word_info

EACH_BASE_RE = regex.compile(r"(?<!\w)за\s+кажд(?:ый|ую|ое|ые)\s+(?P<noun>[а-яё]+)(?!\w)", regex.I)
EACH_WORDS = literals("за кажд")
CLAUSE_BREAK_RE = regex.compile(r"[,;:]")


def changes_per_each(s: Sentence, figures: list[Figure]) -> None:
    """Give the change of the clause that holds "за каждый X" the base per 1 X, where it has none."""
    if s.absent(EACH_WORDS):
        return
    text = s.text
    for m in EACH_BASE_RE.finditer(text):
        info = word_info(m.group("noun").lower())
        if not info.noun or info.attributive:
            continue  # "за каждые три года": a base of a number written as a word, left alone
        clause = [f for f in figures if f.change is not None and f.per is None and _same_clause(text, m, f)]
        if len(clause) == 1:
            clause[0].per, clause[0].per_object = Decimal(1), m.group("noun")


def _same_clause(text: str, m: regex.Match, f: Figure) -> bool:
    """Whether nothing but words and numbers stands between the base and the figure."""
    gap = text[m.end():f.start] if f.start >= m.end() else text[f.measure.end:m.start()]
    return not CLAUSE_BREAK_RE.search(gap)
