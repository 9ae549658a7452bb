""""г" written mid-sentence after a number: a gram where the number cannot be a year and what follows it is what a
mass is written before.

"массой 31,1 г и диаметром" (a fraction: never a year), "слитки массой 10 г и 31,1 г – на них", "по 500 г – их доля",
"250 г. сыра" (a dash, another member, or the noun weighed, in the genitive), or after a word of mass whatever follows
("эскимо массой 80 г в сентябре стоило", "весом до 500 г на каждый", "массой тела 1 000–1 499 г достигла"); not
"в 1998 г было" (a year), nor a word broken by spaces ("29 516 г аж ан"). A "г." before a capital names a town.
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.words import word_info

GRAM_BEFORE_WORD_RE = regex.compile(r"\s*(?-i:г)(?:\.(?=\s+[а-яё])|(?=\s+[а-яё]|\s+[-–—]\s))")
YEAR_SHAPED_RE = regex.compile(r"(?:1[89]|20)\d\d")
# After an integer's gram: a dash, "и"/"или" before the next number, the period of a rate ("200 г в неделю", "по 50 г в
# сутки": no year is written so), or a word (the noun weighed)
# "массой 80 г", "весом до 500 г", "с массой тела при рождении 1 000–1 499 г", "массой тела менее 1 000 г": a word of
# mass a few words before the number (what it weighs, when) says what "г" measures, a bound or range's as well
MASS_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:масс|вес)(?:ой|ом|а|е|у|ы)?(?:\s+(?!(?:и|или|а)\s)[а-яё]+){0,3}\s+"
    r"(?:(?:по|до|от|около|не\s+более|не\s+менее|менее|более|свыше)\s+)?[\d\s,.–-]*\Z", regex.I)
MASS_WINDOW = 60  # characters before the gram searched for it
AFTER_WHOLE_GRAMS_RE = regex.compile(r"\s+[-–—]\s|\s+(?:и|или)\s+\d|\s+(?:в|за)\s+(?:сутки|день|неделю|месяц|год|смену)(?!\w)"
                                     r"|\s+(?P<word>[а-яё]+)(?!\w)")


def gram_end(text: str, pos: int, number: str) -> Optional[int]:
    """Where a gram's "г" after `number` (ending at pos) ends, or None where it is no gram."""
    if YEAR_SHAPED_RE.fullmatch(number):
        return None
    gram = GRAM_BEFORE_WORD_RE.match(text, pos)
    if gram is None:
        return None
    if "," in number or "." in number or MASS_BEFORE_RE.search(text, max(0, pos - MASS_WINDOW), pos):
        return gram.end()
    after = AFTER_WHOLE_GRAMS_RE.match(text, gram.end())
    if after is None:
        return None
    word = after.group("word")
    if word is None:
        return gram.end()
    info = word_info(word)
    return gram.end() if info.top_pos == "NOUN" and any(case.endswith("gent") for case in info.cases) else None
