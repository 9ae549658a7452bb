"""A bare figure after a predicate only people take counts people: "привлечено к ответственности 97", "Спасено 96"."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline import vocabulary
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import word_info

PERSON_PREDICATES = frozenset(vocabulary.words("counted_nouns", role="person_predicate"))
PERSON_PREDICATE_STARTS = frozenset(w[:3] for w in PERSON_PREDICATES)  # the forms keep the lemma's first 3 letters
PERSON_PREDICATE_WORDS = literals(*PERSON_PREDICATE_STARTS)
PLAIN_WORD_RE = regex.compile(r"[а-яё]+", regex.I)
COUNTED_BY_NUMBER_RE = regex.compile(r"\d\s{1,2}\Z")
PART_OF_THEM_RE = regex.compile(r"\s+из\s+(?:них|которых)(?!\w)", regex.I)  # "на 9 из них работы завершены"
# "закупим 46 автомобилей скорой помощи, в том числе 12 – класса «С»": the part of a whole opens a clause of its own;
# the words before it ("помощи" of the whole's noun phrase) are no predicate of the part
PART_OPENING_RE = regex.compile(r"[,;:]\s*(?:из\s+(?:них|которых)|в\s+том\s+числе)(?!\w)", regex.I)
# "направлено 512 запросов о правовой помощи, исполнено 347": after a figure before it, the figure's clause opens at the
# last comma; the words before it ("помощи") complete the earlier figure's noun, no predicate of this one
CLAUSE_BREAK_RE = regex.compile(r"[,;]")


def person_predicate(s: Sentence, start: int, f: Figure) -> Optional[tuple[str, Optional[str]]]:
    """"привлечено к ответственности 97", "Спасено 96": a bare figure after a predicate only people take counts people
    (the person noun before it, if any); not a part of a set ("..., с 12 из них договоры расторгнуты"), and only a
    predicate of the figure's own clause where it opens a part ("..., в том числе 12")."""
    if s.absent(PERSON_PREDICATE_WORDS, start, pos := f.start) or PART_OF_THEM_RE.match(s.text, f.measure.end):
        return None
    start = max([start] + [m.end() for m in PART_OPENING_RE.finditer(s.text, start, pos)]
                + ([m.end() for m in CLAUSE_BREAK_RE.finditer(s.text, start, pos)] if start else []))
    # only the words that begin as a predicate's forms do are read by the morphology; a word a number counts is its
    # noun, no predicate ("7,6 погибших на 100 пострадавших против 8,1")
    candidates = (m.group().lower() for m in PLAIN_WORD_RE.finditer(s.text, start, pos)
                  if not COUNTED_BY_NUMBER_RE.search(s.text, max(0, m.start() - 3), m.start()))
    if not any(w[:3] in PERSON_PREDICATE_STARTS and word_info(w).lemmas & PERSON_PREDICATES for w in candidates):
        return None
    # "найдены живыми 1 318 человек, погибшими — 97": a word in the instrumental is the predicate's complement, no
    # noun counted
    before = [w for w in s.words_between(0, pos) if w.info.people
              and not all(c.endswith(":ablt") for c in w.info.cases)]
    return "person", before[-1].text if before else None
