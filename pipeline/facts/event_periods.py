"""Values of the time before an event: "минерализация снизилась до 4–5 г/л против 20–25 г/л до строительства
плотины", "тариф составил 12 тенге по сравнению с 30 тенге до ввода станции". The value compared with is of the
period before the event the "до" phrase names (a noun in the genitive, no date), which names no year: it takes none,
not the year of its sentence. A "до" phrase with a number is a date or a horizon ("до 2025 года", "до 1 июля")."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import GENITIVE_SINGULAR

# the value compared with: "против 20–25 г/л", "по сравнению с 30 тенге", "чем 15 единиц"
COMPARED_BEFORE_RE = regex.compile(r"(?<!\w)(?:против|сравнению\s+со?|сравнении\s+со?|чем)\s+[^,;:()]{0,20}\Z", regex.I)
COMPARED_WORDS = literals("против", "сравнени", "чем")  # the prefilter of COMPARED_BEFORE_RE
COMPARED_WINDOW = 45  # characters before a figure searched for that comparison
# "–25 г/л до строительства плотины" (past a range's other end and the unit): "до" and a word, up to the clause's end with no number in it
BEFORE_EVENT_RE = regex.compile(r"\A[^,;:()]{0,25}?\s+до\s+(?P<phrase>[а-яё][^,;:()\d]*?)(?=[,;:()]|\.(?!\w)|\Z)",
                                regex.I)
BEFORE_EVENT_WINDOW = 120  # characters after a figure searched for that phrase
# "до конца года", "до начала сезона": a time, not an event
PERIOD_LEMMAS = frozenset({"конец", "начало", "середина", "окончание", "год", "месяц", "квартал", "срок", "дата"})


def values_before_an_event(s: Sentence, figures: list[Figure]) -> None:
    """A figure compared with that is of the time before an event loses the year its sentence gave it."""
    if s.absent(COMPARED_WORDS):
        return
    for f in figures:
        if f.year is None or not COMPARED_BEFORE_RE.search(s.text, max(0, f.start - COMPARED_WINDOW), f.start):
            continue
        after = BEFORE_EVENT_RE.match(s.text[f.end:f.end + BEFORE_EVENT_WINDOW])
        if after is not None and _names_an_event(s, f.end + after.start("phrase")):
            f.year = None


def _names_an_event(s: Sentence, pos: int) -> bool:
    """Whether the word at pos is a noun in the genitive singular, the head of an event ("строительства",
    "ввода", "введения") rather than an adjective of a date ("до конца года" has no number either, so a period noun
    is left alone)."""
    word = s.word_at(pos)
    if word is None or not word.info.noun or GENITIVE_SINGULAR not in word.info.cases:
        return False
    return not word.info.lemmas & PERIOD_LEMMAS

