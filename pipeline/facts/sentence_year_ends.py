"""The end or start of the year written without its year ("на конец года", "к концу года") in a sentence that names
its own year before it is the end of that year: "В 2024 году выдано 14 разрешений (2022 г. — 2, 2023 г. — 6), на
конец года их действует 22" is 22 at the end of 2024, whatever year the paragraph named earlier (a target "к 2025
году" in the sentence before). The years of a bracket (earlier values) and comparison bases are not the sentence's."""
from __future__ import annotations

from dataclasses import replace

from pipeline.facts.periods import YEAR_END_RE
from pipeline.facts.sentence import Sentence
from pipeline.facts.years import YearMention


def year_ends_of_the_sentence(s: Sentence, mentions: list[YearMention], years: list[YearMention]) -> list[YearMention]:
    """`mentions` with each year end that follows a year the sentence names outside brackets given that year."""
    return [_own_year(s, m, years) if m.part_of_year and YEAR_END_RE.match(s.text, m.pos) else m for m in mentions]


def _own_year(s: Sentence, end: YearMention, years: list[YearMention]) -> YearMention:
    own = [y for y in years if y.end <= end.pos and y.year is not None and not y.compared and not y.listed
           and not y.part_of_year and not _in_brackets(s.text, y.pos)]
    if not own or own[-1].year == end.year or _in_brackets(s.text, end.pos):
        return end
    return replace(end, year=own[-1].year)


def _in_brackets(text: str, pos: int) -> bool:
    """Whether pos stands inside a bracket opened before it in the sentence."""
    return text.count("(", 0, pos) > text.count(")", 0, pos)
