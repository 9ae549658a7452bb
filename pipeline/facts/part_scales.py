"""A part written bare after "из них" takes its whole's unit, and its scale only where the part stays no larger than
the whole: "площадь превышает 1,5 тыс. га, из них 420 – молодые насаждения" is 420 hectares (420 thousand would be
more than all of them), as "2,3 млн тонн, из них 1,1 – на экспорт" is 1.1 million tonnes. A whole has no part
larger than itself, so the scale the part took from it is no scale of the part's."""
from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from pipeline.facts.measures import ONE, Figure, Measure, value_of
from pipeline.facts.member_labels import part_of_them
from pipeline.facts.sentence import Sentence


def parts_at_their_own_scale(s: Sentence, figures: list[Figure]) -> None:
    """Unscale a bare part after "из них" whose inherited scale makes it larger than the whole right before it."""
    for whole, part in pairwise(figures):
        if part.measure.unit is None or part.measure.unit != whole.measure.unit or part.measure.multiplier == 1 \
                or part.measure.multiplier != whole.measure.multiplier or part.measure.end != part.start + len(part.number):
            continue  # a scale written after the part ("из них 0,4 тыс.") is its own
        if part_of_them(s, part) and Decimal(value_of(part.number, part.measure)) > Decimal(value_of(whole.number, whole.measure)):
            part.measure = Measure(part.measure.unit, part.measure.object, part.measure.end, ONE,
                                   part.measure.addend, part.measure.skip)
