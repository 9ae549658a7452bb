"""A value a clause aims at: "до" a figure after a verb in the infinitive, then "к" and a year ("Долю ... предлагается
довести до 50% к 2027 году", "поставлена задача сократить потери до 8% к 2030 году") is the target of that year
(README_labels, Year, rule 1: "к 2019 году" names a target), whatever period is in force, since no level already
reached is written with an infinitive; a year in force from before yields to it. A finite verb ("снизился до 95% к
2020 году") compares with a base and is left to `years`; a target word before the value is `target_years`', a
planning verb after it `planned_targets`'."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import TARGET_GAP_RE, YEAR_AT_RE, YearMention

UP_TO_BEFORE_RE = regex.compile(r"(?<!\w)до\s+\Z", regex.I)  # "довести до 50%": the value aimed at
UP_TO_WINDOW = 4
CLAUSE_OPENERS = ";:()"  # where the clause holding the infinitive opens at the latest
UP_TO_WORDS = literals("до")
INFINITIVE = "INFN"


def aimed_values_of_later_years(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """Date a value aimed at by the year after its "к"."""
    if s.absent(UP_TO_WORDS):
        return
    text = s.text
    for f in figures:
        if not UP_TO_BEFORE_RE.search(text, max(0, f.start - UP_TO_WINDOW), f.start):
            continue
        nxt = next((y for y in years if y.pos >= f.measure.end), None)
        if nxt is None or nxt.year is None or nxt.listed or not YEAR_AT_RE.match(text, nxt.pos) \
                or not TARGET_GAP_RE.match(text[f.measure.end:nxt.pos]):
            continue
        if _aimed_by_infinitive(s, f.start):
            f.year = nxt.year


def _aimed_by_infinitive(s: Sentence, pos: int) -> bool:
    """Whether the clause before pos holds a verb in the infinitive."""
    start = max(s.text.rfind(c, 0, pos) for c in CLAUSE_OPENERS) + 1
    return any(w.info.top_pos == INFINITIVE for w in s.words_between(start, pos))
