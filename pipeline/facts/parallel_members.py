"""A member of a pair labelled in parallel takes the unit the first member wrote: "Средняя загрузка бань в выходные
дни – 78 процентов, в будние – 41", "доля в городе – 64%, в селе – 38": the second label repeats the first's
preposition and leaves out the unit, which is the first member's. Only for the units a bare figure does not inherit
otherwise (context.NOT_INHERITED_UNITS: a percentage is no noun counted before; money and counted nouns are inherited
by context.inherit_units)."""
from __future__ import annotations

import regex

from pipeline.facts.context import NOT_INHERITED_UNITS
from pipeline.facts.measures import Figure, Measure
from pipeline.facts.sentence import Sentence

PREPOSITIONS = r"(?:в|во|на|по|для|у|среди|за|при|из)"
# ", в будние – ": a comma, the preposition, up to three words, a dash right before the bare member
SECOND_LABEL_RE = regex.compile(rf"\s*,\s*(?P<prep>{PREPOSITIONS})\s+(?:[а-яё-]+\s+){{0,2}}[а-яё-]+\s*[-–—]\s*", regex.I)
# "в выходные дни – ": the first member's label, right before it, after the start, a comma or a space
FIRST_LABEL_RE = regex.compile(rf"(?:^|[\s,;:(])(?P<prep>{PREPOSITIONS})\s+(?:[а-яё-]+\s+){{0,2}}[а-яё-]+\s*[-–—]\s*\Z",
                               regex.I)
FIRST_LABEL_WINDOW = 50  # characters before the first member searched for its label


def units_of_parallel_members(s: Sentence, figures: list[Figure]) -> None:
    """Give a bare member after a member of a unit not inherited otherwise that unit, where their labels open with the
    same preposition."""
    for first, second in zip(figures, figures[1:], strict=False):
        said = first.measure
        if second.measure.unit is not None or said.unit not in NOT_INHERITED_UNITS:
            continue
        gap = SECOND_LABEL_RE.fullmatch(s.text, said.end, second.start)
        label = gap and FIRST_LABEL_RE.search(s.text, max(0, first.start - FIRST_LABEL_WINDOW), first.start)
        if label and label.group("prep").lower() == gap.group("prep").lower():
            bare = second.measure
            second.measure = Measure(said.unit, said.object, bare.end, bare.multiplier, bare.addend, bare.skip)
