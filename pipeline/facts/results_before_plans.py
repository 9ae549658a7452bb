"""A title that names a year's results and the plans for the next ("КСУП «Прогресс»: итоги 2024 года и задачи на
2025-й", "Итоги работы за 2024 год и планы на 2025 год"): the text reports the results, so the period in force after it
is the year of the results, not the plan year named last (rule 4: a target does not set the period in force). A
sentence with figures keeps the year it names last: its plan may be what the next sentence speaks of."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.sentence import Sentence
from pipeline.facts.years import YearMention

PLAN_BEFORE_RE = regex.compile(r"(?<!\w)на\s+\Z", regex.I)  # "задачи на 2025-й", "планы на 2025 год"
PLAN_BEFORE_WINDOW = 4  # characters before a year searched for its "на"


def period_of_results(s: Sentence, years: list[YearMention], named: Optional[int], has_figures: bool) -> Optional[int]:
    """The period a figure-less sentence names for what follows (`named`: the one it names last) where that is a
    plan year after "на" and an earlier year of its own stands before it: that earlier year; else `named`."""
    if named is None or has_figures:
        return named
    own = [y for y in years if y.year is not None and y.sets_context and not y.compared]
    last = next((y for y in reversed(own) if y.year == named), None)
    if last is None or not PLAN_BEFORE_RE.search(s.text, max(0, last.pos - PLAN_BEFORE_WINDOW), last.pos):
        return named
    earlier = [y.year for y in own if y.end <= last.pos and y.year is not None and y.year < named]
    return earlier[-1] if earlier else named
