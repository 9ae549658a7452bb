"""The members written after one label of an earlier period share it.

"(в прошлом году – 18,9 тыс. тонн и 7,6 млрд тенге)", "годом ранее – 12 школ, 340 учителей": the label stands before
the first member only, and each member joined to it by a comma or "и" (nothing else between them but the nouns in
the genitive that the member's unit measures, "2,2 тыс. тонн грузов и 120 тонн почты": no verb, no new label, no bracket
closed), and the upper end of a range ("(год назад – 22–25 тыс. тенге)"), is of the same earlier period; so is the
amount the counted members come to ("(годом ранее – 286 проектов на 61,7 млрд тенге)", "на сумму"), and a count
of where or for whom the counted things were ("(годом ранее – 29 миссий в 17 стран)").
"""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.money import MONEY_CODES
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import word_info

# Between two members of one label: up to two words of what the first measures, a comma or "и" (or both, or "а
# также"), and nothing else.
MEMBER_JOIN_RE = regex.compile(
    r"(?P<words>(?:\s+[а-яё]+){0,2})\s*(?:,\s*(?:(?:и|а\s+также)\s+)?|(?:и|а\s+также)\s+)", regex.I)
# between a count and the money its items come to: "286 проектов на 61,7 млрд тенге", "12 договоров на сумму 4 млн"
AMOUNT_JOIN_RE = regex.compile(r"(?:\s+[а-яё]+){0,2}\s+на(?:\s+(?:общую\s+)?сумму)?\s+", regex.I)
# between two counts of one event: "(годом ранее – 29 миссий в 17 стран)", "35 семинаров для 900 слушателей"
COUNT_JOIN_RE = regex.compile(r"(?:\s+[а-яё]+){0,2}\s+(?:в|во|для|из)\s+", regex.I)
COUNTED_UNITS = frozenset({"count", "person"})
RANGE_JOIN_RE = regex.compile(r"\s*[-–—]\s*")  # "(год назад – 22–25 тыс. тенге)": both ends of a range
RELATIVE_UNITS = frozenset({"percent", "percentage_point", "times"})  # what a change between two values is written in


def head_of_members(s: Sentence, figures: list[Figure], i: int) -> int:
    """The index of the first member of the run of members joined to figures[i] (see MEMBER_JOIN_RE); i itself if
    none comes before it."""
    while i > 0 and _joined(s, figures[i - 1], figures[i]):
        i -= 1
    return i


def _joined(s: Sentence, before: Figure, after: Figure) -> bool:
    """Whether `after` is the next member of `before` (see MEMBER_JOIN_RE): the words between are in the genitive,
    and a change is no member of a value of another unit ("(АППГ – 315 879, -8,8%)": the change is the period's)."""
    if after.measure.unit in RELATIVE_UNITS and after.measure.unit != before.measure.unit:
        return False
    if before.measure.unit in ("count", "person") and after.measure.unit in MONEY_CODES \
            and AMOUNT_JOIN_RE.fullmatch(s.text, before.measure.end, after.start):
        return True
    if before.measure.unit in COUNTED_UNITS and after.measure.unit in COUNTED_UNITS \
            and COUNT_JOIN_RE.fullmatch(s.text, before.measure.end, after.start):
        return True
    if before.measure.unit == after.measure.unit and RANGE_JOIN_RE.fullmatch(s.text, before.measure.end, after.start):
        return True
    join = MEMBER_JOIN_RE.fullmatch(s.text, before.measure.end, after.start)
    return join is not None and all(any(case.endswith("gent") for case in word_info(word.lower()).cases)
                                    for word in join.group("words").split())
