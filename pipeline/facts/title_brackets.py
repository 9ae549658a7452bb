"""A title line that gives its period or stock date in brackets at its end ("Ход весеннего окота в области (по
состоянию на 15 апреля 2025 года)", "Итоги сева (январь–май 2024 г.)"): the bracket dates the text as "Итоги 2025
года" does, though a bracket in a sentence is read as an aside. So a day written again without its year below ("на
15 апреля получено ...") is of that year, and a headline set against "годом ранее" or "в прошлом году на эту дату"
takes it as the period in force (README_labels, Year, rules 1 and 4)."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.exclusions import MONTH
from pipeline.sentences import YEAR

# the bracket closing the line, with a year (and the day before it, where it is a date) as its last words
TITLE_BRACKET_RE = regex.compile(
    rf"\((?P<inside>[^()]*?)(?P<day>\d{{1,2}}\s+{MONTH}\s+)?(?P<year>{YEAR})\s*(?:года|г\.?|год)?\s*\)\s*\Z", regex.I)


def title_bracket_year(title: str) -> Optional[tuple[int, bool]]:
    """The year the bracket closing a title line names, and whether it names a day of it (a stock date); None where
    the line ends with no such bracket."""
    m = TITLE_BRACKET_RE.search(title)
    if m is None:
        return None
    return int(m.group("year")), m.group("day") is not None
