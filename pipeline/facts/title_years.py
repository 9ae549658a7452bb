"""A year written after a dash at the end of a title names the title's period, no figure: "Итоги республиканского
субботника – 2025", "Сельская весна — 2024" (an event or campaign named with its year) date the text as "Итоги 2025
года" does, so a day written without its year below ("прошедшем 12 апреля") and a headline set against "в прошлом
году" are of that year (README_labels, Year, rules 1 and 4)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.facts.years import YearMention
from pipeline.sentences import YEAR

YEAR_NUMBER_RE = regex.compile(YEAR)
DASH_BEFORE_RE = regex.compile(r"[^\W\d_][»\"]?\s*[-–—]\s*\Z")  # "субботника – ": a word, then the dash
TITLE_END_RE = regex.compile(r"[»\"]?\s*\Z")  # nothing but a closing quote after the year
MAX_TITLE_LENGTH = 150  # a line longer than this is no title


def years_ending_titles(s: Sentence, figures: list[Figure]) -> list[YearMention]:
    """The year ending a title line (a sentence with no sentence end and no other figure), as a mention that names
    its period; its figure is marked as none."""
    text = s.text.rstrip()
    if len(figures) != 1 or len(text) > MAX_TITLE_LENGTH or text[-1:] in ".!?:;,":
        return []
    f = figures[0]
    if f.measure.unit is not None or f.measure.multiplier != 1 or not YEAR_NUMBER_RE.fullmatch(f.number) \
            or not DASH_BEFORE_RE.search(text, 0, f.start) or not TITLE_END_RE.fullmatch(text, f.end):
        return []
    f.measure.skip = True
    return [YearMention(f.start, f.end, int(f.number), True)]
