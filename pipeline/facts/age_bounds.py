"""The age bounds of a definition in brackets are figures of their sentence like the others, and take its period (rule
1): "Численность населения трудоспособного возраста (мужчины в возрасте 16-59 лет, женщины в возрасте 16-54 года) на
01.01.2016 составляет 8803 человека", "Численность экономически активного населения (население в возрасте от 15 до 72
лет) на 31 декабря 2016 года составляет 9600 чел." date the bounds as the figure the bracket defines: 2016. The period
written after the bracket is the one its first figure outside brackets takes; where that has none, the bounds stay
undated."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

AGE_WORD_RE = regex.compile(r"(?<!\w)(?:возраст|старше|младше|моложе)", regex.I)
# "Уровень подростковой беременности (15–19 лет)": an age or an age span alone in brackets right after a word
NOUN_AGE_RE = regex.compile(r"[^\W\d_]\s*(?P<span>\(\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?\s*(?:лет|года?)\s*\))", regex.I)


def bracketed_age_bounds(s: Sentence, figures: list[Figure]) -> None:
    """Give an undated age in brackets the year of the sentence's first dated figure outside brackets after them."""
    if "(" not in s.text:
        return
    for f in figures:
        if f.year is not None or f.measure.unit != "year":
            continue
        opened = _enclosing_bracket(s.text, f.start)
        if opened is None or not AGE_WORD_RE.search(s.text, opened, f.start):
            continue
        closed = _closing_bracket(s.text, opened)
        main = next((g for g in figures if g.start > closed and _enclosing_bracket(s.text, g.start) is None), None)
        if main is not None and main.year is not None:
            f.year = main.year


def defines_a_noun(text: str, f: Figure) -> bool:
    """Whether an age is the span of a noun's definition written alone in brackets after it ("Уровень подростковой
    беременности (15–19 лет) снизился до 24,1 на 1000 девушек"): it describes the noun and measures nothing a bare
    figure after it would refer back to."""
    if f.measure.unit != "year" or "(" not in text:
        return False
    opened = _enclosing_bracket(text, f.start)
    if opened is None:
        return False
    m = NOUN_AGE_RE.search(text, max(0, opened - 3), _closing_bracket(text, opened) + 1)
    return m is not None and m.start("span") == opened


def _enclosing_bracket(text: str, pos: int) -> Optional[int]:
    """Where the innermost bracket open at `pos` starts, or None outside brackets."""
    opened: list[int] = []
    for i, c in enumerate(text[:pos]):
        if c == "(":
            opened.append(i)
        elif c == ")" and opened:
            opened.pop()
    return opened[-1] if opened else None


def _closing_bracket(text: str, opened: int) -> int:
    """Where the bracket opened at `opened` closes (the text's end where it never does)."""
    depth = 0
    for i in range(opened, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return len(text)
