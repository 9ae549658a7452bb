"""The base of a rate written in the subject before a level its predicate states.

"Расход кормов на 10 яиц снижен до 1,27 кг": a small round number after "на" in a subject that holds no verb, whose
predicate then sets a level ("снижен до", "составил") of a measure of another kind (kilograms of feed, not eggs), is
what the level is given per: per 10 "яиц", no figure of its own (figures reads a base of 1 or of a round hundred or
more; this one may be 10). "..., на 1 кг прироста бройлеров – до 1,62 кг": one unit of a measure opening a clause
whose predicate is a dash and a level is the base likewise, though the noun of its product speaks of growth.
Not the amount of a change ("Поголовье на 10 голов сократилось", "на 1 км увеличилась протяженность"), nor what an
amount of money is spent on ("Затраты на 10 проектов составили 5 млн тенге"), nor a count of the same kind ("Число
школ на 10 единиц увеличилось до 120").
"""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from pipeline.facts.measures import Figure, decimal
from pipeline.facts.money import FRACTION_CODES, MONEY_CODES
from pipeline.facts.sentence import Sentence

PER_BEFORE_RE = regex.compile(r"(?<!\w)на\s+\Z", regex.I)
# the predicate between the base and its level: a verb and "до", or "составил(а)"; or a dash (with "до") alone
LEVEL_PREDICATE_RE = regex.compile(
    r"[^\d,;:()]{1,60}?(?:(?<!\w)до|(?<!\w)состав\w+|[-–—]\s*(?:до)?)\s*\Z", regex.I)
DASH_LEVEL_RE = regex.compile(r"[^\d,;:()]{1,60}?\s[-–—]\s*(?:до\s+)?\Z", regex.I)
NOT_MEASURES = frozenset({"count", "person", "percent", "percentage_point", "times", "rank", "point", "index", "ratio",
                          "us_cent"}) | MONEY_CODES | FRACTION_CODES
VERB_POS = frozenset({"VERB", "PRTS"})
TEN = Decimal(10)


def bases_before_levels(s: Sentence, figures: list[Figure]) -> None:
    """Mark as a rate's base each figure so written before the level of its clause's predicate."""
    for fig, level in zip(figures, figures[1:], strict=False):
        if fig.rate_base or fig.measure.skip or level.measure.unit in NOT_MEASURES or level.measure.unit is None:
            continue
        if _base_in_subject(s, fig, level) or _one_unit_opening(s, fig, level):
            fig.measure.skip = fig.rate_base = True


def _power_of_ten(fig: Figure) -> Optional[Decimal]:
    value = decimal(fig.number) * fig.measure.multiplier
    return value if value >= 1 and value.normalize().as_tuple().digits == (1,) else None


def _clause_start(s: Sentence, pos: int) -> int:
    return max(s.text.rfind(c, 0, pos) for c in ",;:(") + 1


def _base_in_subject(s: Sentence, fig: Figure, level: Figure) -> bool:
    """"Расход кормов на 10 яиц снижен до 1,27 кг": nouns, "на", the base, a verb, the level of another measure."""
    if _power_of_ten(fig) is None or fig.measure.unit is None or fig.measure.unit == level.measure.unit:
        return False
    if not PER_BEFORE_RE.search(s.text, max(0, fig.start - 4), fig.start):
        return False
    before = s.words_between(_clause_start(s, fig.start), fig.start)[:-1]  # without "на"
    if not before or not all(w.info.noun for w in before):
        return False
    between = s.text[fig.measure.end:level.start]
    if not LEVEL_PREDICATE_RE.fullmatch(between):
        return False
    return any(w.info.top_pos in VERB_POS for w in s.words_between(fig.measure.end, level.start))


def _one_unit_opening(s: Sentence, fig: Figure, level: Figure) -> bool:
    """"..., на 1 кг прироста бройлеров – до 1,62 кг": a clause opening with "на" and one unit of a measure, its
    predicate a dash before the level, no verb between."""
    if fig.number != "1" or fig.measure.multiplier != 1 or fig.measure.unit in NOT_MEASURES or fig.measure.unit is None:
        return False
    words = s.words_between(_clause_start(s, fig.start), fig.start)
    if [w.text.lower() for w in words] != ["на"]:
        return False
    if not DASH_LEVEL_RE.fullmatch(s.text, fig.measure.end, level.start):
        return False
    return not any(w.info.top_pos in VERB_POS for w in s.words_between(fig.measure.end, level.start))
