"""Shortages: "Дефицит ученических мест ... оценивается в 218,7 тысячи", "Нехватка врачей – 1 850": a shortage of
things written in the genitive plural, said of a bare figure by a predicate or a dash, names what the figure counts;
not "ликвидирован дефицит мест в 15 трехсменных школах" (the figure's own noun follows it), nor "дефицит бюджета"
(one thing, no count)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Noun
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import GENITIVE_PLURAL, word_info

PREDICATE_POS = frozenset({"VERB", "PRTS", "ADJS", "INFN"})  # "оценивается", "составил", "выявлен"
DASH_BEFORE_FIGURE_RE = regex.compile(r"[-–—]\s*(?:[а-яё]+\s+)?\Z", regex.I)  # "– 1 850", "— около 2 тыс."


def shortage_said_of(s: Sentence, noun: Noun, pos: int) -> bool:
    """Whether the noun after a shortage word counts things and the shortage is said of the bare figure at pos."""
    if GENITIVE_PLURAL not in word_info(noun.word.lower()).cases:
        return False
    return bool(DASH_BEFORE_FIGURE_RE.search(s.text, noun.end, pos)) \
        or any(w.info.top_pos in PREDICATE_POS for w in s.words_between(noun.end, pos))
