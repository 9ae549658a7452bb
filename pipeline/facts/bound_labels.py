"""Bounds in the labels of a list's members count what the first label's bound counted: "Из общего числа МКШ: с
контингентом до 5 учащихся – 118; от 6 до 40 – 964; свыше 40 – 1 844" is 6, 40 and 40 pupils (the members' values,
118, 964 and 1 844, count the schools of the lead-in). The later labels leave out the noun the first one wrote after
its bound; without this they would take the noun of the values."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.measures import Figure, Measure
from pipeline.facts.sentence import Sentence

BOUND_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:от|до|свыше|более|менее|больше|меньше|старше|младше|не\s+(?:более|менее))\s+\Z", regex.I)
BOUND_WINDOW = 16  # characters before a figure searched for its bound word
VALUE_DASH_RE = regex.compile(r"\s*[-–—]\s*")  # between a label and its member's value
UPPER_BOUND_RE = regex.compile(r"\s+до\s+", regex.I)  # "от 6 до 40": the label's lower bound, then its upper one
MEMBER_SEPARATOR_RE = regex.compile(r"[;,]")
BOUND_UNITS = frozenset({"person", "count", "year", "month", "day"})


def bounds_of_parallel_labels(s: Sentence, figures: list[Figure]) -> None:
    """Give a bare bound in a member's label the unit and counted word of the bound written with its noun in an
    earlier member's label of the same sentence."""
    if not (";" in s.text or "," in s.text):
        return
    template: Optional[Figure] = None
    for i, f in enumerate(figures):
        if not _bound_in_label(s.text, figures, i):
            continue
        if f.measure.unit is not None:
            if f.measure.unit in BOUND_UNITS and f.measure.object is not None:
                template = f
            continue
        if template is not None and MEMBER_SEPARATOR_RE.search(s.text, template.measure.end, f.start):
            bare, said = f.measure, template.measure
            f.measure = Measure(said.unit, said.object, bare.end, bare.multiplier, bare.addend, bare.skip)


def _bound_in_label(text: str, figures: list[Figure], i: int) -> bool:
    """Whether figures[i] follows a bound word and is followed by its member's value after a dash, or by the upper
    bound of its label ("от 6 до 40 – 964")."""
    f = figures[i]
    if i + 1 >= len(figures) or not BOUND_BEFORE_RE.search(text, max(0, f.start - BOUND_WINDOW), f.start):
        return False
    nxt = figures[i + 1]
    if VALUE_DASH_RE.fullmatch(text, f.measure.end, nxt.start):
        return True
    return bool(UPPER_BOUND_RE.fullmatch(text, f.measure.end, nxt.start)) and _bound_in_label(text, figures, i + 1)
