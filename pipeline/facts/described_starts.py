"""A start date inside a participial phrase that describes a noun: "В рамках пилотного проекта ..., реализуемого с 1
января 2022 года, к системе подключено 86 магазинов". The date says when the project started; it is no period of
the clause's figures, which name none of their own (rule 6)."""
from __future__ import annotations

import regex

from pipeline.facts.sentence import Sentence
from pipeline.facts.years import FIGURE_BEFORE_RE, YearMention

# ", реализуемого с", ", действующей с": a comma, the participle, then "с" before the date
PARTICIPLE_START_BEFORE_RE = regex.compile(r",\s*(?P<part>[а-яё]{5,})\s+со?\s+\Z", regex.I)
PHRASE_CLOSED_RE = regex.compile(r"\s*,")
WINDOW = 40  # characters before a date searched for the participle
NOUN_BEFORE_COMMA_WORDS = 2  # a figure this many words before the comma is the noun's: "86 магазинов, открытых с ..."


def starts_of_described_things(s: Sentence, years: list[YearMention]) -> None:
    """Make a start date in a participial phrase set off by commas date nothing, where the noun the phrase follows is
    no figure's ("14 тыс. субъектов, зарегистрированных с 1 января 2022 года," counts since then: see `periods`)."""
    text = s.text
    for y in years:
        if not y.sets_context or y.year is None or not PHRASE_CLOSED_RE.match(text, y.end):
            continue
        m = PARTICIPLE_START_BEFORE_RE.search(text, max(0, y.pos - WINDOW), y.pos)
        if m is None:
            continue
        part = s.word_at(m.start("part"))
        if part is None or part.info.top_pos != "PRTF":
            continue
        if FIGURE_BEFORE_RE.search(text, max(0, m.start() - WINDOW), m.start()):
            continue
        y.sets_context = False
