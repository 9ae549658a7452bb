"""A sentence opening with the noun of a difference and leading in its parts after a colon states that difference
for each part: "Снижение сметной стоимости в отчетном году (млн. тенге): республиканский бюджет – 38 216,4; местный
бюджет – 21 903,7", "Сокращение выбросов по предприятиям (тыс. тонн): ТЭЦ-1 – 4,2; ТЭЦ-2 – 3,1". A list in items of
their own takes the lead-in's direction through Carry.list_change; this is the list written in one sentence."""
from __future__ import annotations

import regex

from pipeline.facts.changes import direction_said
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import word_info

OPENING_WORD_RE = regex.compile(r"\s*(?P<word>[а-яё]+)(?!\w)", regex.I)
ITEM_DASH_RE = regex.compile(r"[-–—]\s*\Z")
# the list ends where a bracket or a clause of its own begins ("..., что покрывает добычу на 107% (годом ранее – 94%)")
LIST_END_RE = regex.compile(r"\(|,\s*(?:что|котор\w*|а|но|при\s+этом)(?!\w)", regex.I)
MAX_LEAD_IN = 200  # characters before the colon: a longer opening is a sentence of its own, no lead-in


def changes_of_parts_after_a_difference(s: Sentence, figures: list[Figure]) -> None:
    """The figures after the colon of a lead-in opening with a difference's noun, each after its label's dash and
    before a bracket or a clause of their own, take the difference's direction; the lead-in holds no figure but a year."""
    colon = s.text.find(":", 0, MAX_LEAD_IN)
    m = OPENING_WORD_RE.match(s.text)
    if colon < 0 or m is None or any(f.start < colon for f in figures):
        return
    word = m.group("word")
    info = word_info(word.lower())
    direction = direction_said(Sentence(word, word.lower())) if info.noun and info.top_pos == "NOUN" else None
    if direction is None:
        return
    end = LIST_END_RE.search(s.text, colon)
    for f in figures:
        if end is not None and f.start >= end.start():
            break
        if f.change is None and ITEM_DASH_RE.search(s.text, colon, f.start):
            f.change = direction
