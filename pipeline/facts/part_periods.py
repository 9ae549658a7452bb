"""A part of the year named inside a part written after its whole is the part's own period, not the whole's.

"Субсидии выплачены 94 хозяйствам на сумму 684,3 млн тенге, из них в IV квартале – 211,5 млн тенге": the quarter
dates the 211,5 million; the whole before "из них" ("в том числе") names no period of its own and stays undated (rule
6), as the heldout40 notes label it.
"""
from __future__ import annotations

import regex

from pipeline.facts.year_spans import in_another_clause
from pipeline.facts.years import YearMention

PART_OPENER_RE = regex.compile(r"[,;:]\s*(?:из\s+них|в\s+том\s+числе|в\s+т\.\s?ч\.)(?!\w)", regex.I)


def in_a_later_part(text: str, pos: int, y: YearMention) -> bool:
    """Whether the mention `y` stands in a part ("из них", "в том числе") opened after the figure at `pos`."""
    return y.pos > pos and PART_OPENER_RE.search(text, pos, y.pos) is not None


def clause_apart(text: str, pos: int, y: YearMention) -> bool:
    """Whether the part of the year `y` names dates another clause than the figure at `pos`: one a contrast opens
    (see year_spans.in_another_clause) or a later part of the figure's whole (see in_a_later_part)."""
    return in_another_clause(text, pos, y) or in_a_later_part(text, pos, y)


def semicolon_between(text: str, a: int, b: int) -> bool:
    """"Срок окупаемости – 4–5 лет; температура ... в летний период достигает 65 °C": a semicolon outside brackets
    between two places ends the clause of the first, so a period the other clause names is not its own (rule 1)."""
    depth = 0
    for ch in text[min(a, b):max(a, b)]:
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth <= 0:
            return True
    return False
