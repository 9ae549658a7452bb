"""The start of a campaign, season or navigation the text named with its year, written again without it: "Итоги
убойной кампании 2025 года | ... С начала кампании поставлено 41 870 голов", "В купальный сезон 2025 года ... С начала
сезона водолазы совершили 1 236 погружений". As "с начала года" in a paragraph that names its year, it is a part of
that year (README_labels, Year, rules 1 and 6), not a total since a start of no single year (`cumulative_spans`):
the figures after it take the year the thing was named with, in the title line or earlier in the paragraph."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention
from pipeline.sentences import YEAR

START_RE = regex.compile(r"(?<!\w)с\s+(?:самого\s+)?начала\s+(?P<noun>[а-яё]{4,})(?!\w)(?!\s+(?:19|20)\d\d)", regex.I)
START_WORDS = literals("начала")
STEM_CUT = 2  # inflection letters cut from the noun to find it named before in another case ("кампании" / "кампания")
MIN_STEM = 4


def named_starts(s: Sentence, title: str, paragraph: str) -> list[YearMention]:
    """"С начала <noun>" where the title line, the paragraph before the sentence or the sentence before it named
    the same noun with a year after it (up to two words between: "сезон охоты 2023 года"): a mention of that year at
    the start."""
    if s.absent(START_WORDS):
        return []
    before = title + "\n" + paragraph[:max(0, paragraph.find(s.text))]  # only for the few sentences with "начала"
    found = []
    for m in START_RE.finditer(s.text):
        year = _year_named_with(m.group("noun"), before + "\n" + s.text[:m.start()])
        if year is not None:
            found.append(YearMention(m.start(), m.end(), year, True, part_of_year=True))
    return found


def _year_named_with(noun: str, text: str) -> Optional[int]:
    """The year written after the last naming of the noun (in any case) in the text."""
    stem = noun[:max(MIN_STEM, len(noun) - STEM_CUT)]
    named = regex.compile(rf"(?<!\w){regex.escape(stem)}\w*(?:\s+[а-яё]+){{0,2}}\s+(?P<year>{YEAR})\s*(?:года|г\.|год)(?!\w)", regex.I)
    years = [m.group("year") for m in named.finditer(text)]
    return int(years[-1]) if years else None
