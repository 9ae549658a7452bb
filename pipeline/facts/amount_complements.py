"""What an amount is of, written between the amount and the base of its rate: "0,31 тонны нефтяного эквивалента на 1
тыс. долларов ВВП", "5,9 кг пантов-сырца на 1 рогача" (a hyphenated noun, each part in the genitive), "168,3 кг у.т. на
1 Гкал" (an abbreviated fuel, "условного топлива", as "т н.э." or "кг у.т." write it)."""
from __future__ import annotations

import regex

from pipeline.facts.words import word_info

_WORD = r"[а-яё]+(?:-[а-яё]+)*"
_ABBREVIATION = r"(?:[а-яё]{1,2}\.){2,3}"  # "у.т.", "н.э.": the words' first letters, each closed by a full stop
COMPLEMENT_RATE_GAP_RE = regex.compile(rf"^(?P<words>(?:\s+(?:{_ABBREVIATION}|{_WORD})){{1,3}})\s+на\s*\Z", regex.I)
ABBREVIATION_RE = regex.compile(_ABBREVIATION, regex.I)


def of_something(gap: str) -> bool:
    """Whether `gap`, the text between an amount and the base of its rate, names what the amount is of: one to three
    words in the genitive (each part of a hyphenated one) or abbreviations, then "на"."""
    m = COMPLEMENT_RATE_GAP_RE.match(gap)
    return bool(m) and all(ABBREVIATION_RE.fullmatch(w) or _genitive(w) for w in m.group("words").split())


def _genitive(word: str) -> bool:
    """Whether each part of the word may be in the genitive."""
    return all(any(c.endswith("gent") for c in word_info(part).cases) for part in word.lower().split("-"))
