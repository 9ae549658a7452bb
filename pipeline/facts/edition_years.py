"""A year that ends the name of an event, written before a colon: "Тотальный диктант – 2025: итоги", "Перепись 2024:
первые результаты". It names the edition of the event (a headline's subject), not a count of anything; a predicate
before it makes it an amount ("Всего поступило обращений – 2025: из них ...")."""
from __future__ import annotations

import regex

from pipeline.facts.sentence import Sentence

# the name (a word, then a dash or nothing) before the year
NAME_BEFORE_YEAR_RE = regex.compile(r"[^\W\d_]{2,}[»”]?\s{1,2}(?:[–—-]\s{1,2})?\Z")
YEAR_TOKEN_RE = regex.compile(r"(?:19|20)\d\d")
COLON_AFTER_YEAR_RE = regex.compile(r":\s")
NAME_WINDOW = 60  # the name opens the sentence this close before the year
PREDICATE_POS = frozenset({"VERB", "PRTS", "ADJS"})


def is_edition_year(s: Sentence, start: int, end: int) -> bool:
    """Whether the number at s.text[start:end] is a year that ends a name opening its sentence, before a colon."""
    text = s.text
    if not (YEAR_TOKEN_RE.fullmatch(text, start, end) and COLON_AFTER_YEAR_RE.match(text, end) and start <= NAME_WINDOW
            and NAME_BEFORE_YEAR_RE.search(text, 0, start)) or any(c.isdigit() for c in text[:start]):
        return False
    return not any(w.info.top_pos in PREDICATE_POS for w in s.words_between(0, start))
