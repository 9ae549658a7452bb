"""Where the predicate of a counted subject begins, past what official prose writes between them: a participial phrase
set off by commas ("Количество автомобилей, переоборудованных на газомоторное топливо, достигло 412 тыс.") and the
dash that stands for the verb ("Количество аккредитованных брокерских компаний – 146")."""
from __future__ import annotations

import regex

from pipeline.facts.sentence import Sentence

PARTICIPLE_PHRASE_RE = regex.compile(r",\s*(?P<first>[а-яё]+)[^,;:()]*,", regex.I)  # ", переоборудованных на ... ,"
DASH_FIGURE_RE = regex.compile(r"\s*[-–—]\s*\d")  # "компаний – 146": the dash of a predicate left out


def predicate_start(s: Sentence, end: int) -> int:
    """Where the predicate of a subject that ends at `end` begins: past a participial phrase in commas after it."""
    phrase = PARTICIPLE_PHRASE_RE.match(s.text, end)
    first = s.word_at(phrase.start("first")) if phrase else None
    return phrase.end() if phrase and first and first.info.top_pos == "PRTF" else end


def dash_predicate(s: Sentence, at: int) -> bool:
    """Whether a dash and a figure follow at `at`, the dash standing for the predicate."""
    return DASH_FIGURE_RE.match(s.text, at) is not None
