"""A pair after "соответственно" that restates an earlier pair of other measures: "187 предприятий с емкостью 11,6
млн. тонн (на 1 января 2021 года – 172 и 10,9 млн. тонн соответственно)". The first member, bare, is the count of the
earlier pair's first (172 enterprises), not a member of the second's scale and unit (not 172 million tonnes)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure, Measure
from pipeline.facts.respective_members import RESPECTIVELY_AFTER_RE, RESPECTIVELY_RE
from pipeline.facts.sentence import Sentence

PAIR_GAP_RE = regex.compile(r"\s*и\s*", regex.I)
NOT_MIRRORED = frozenset({"percent", "percentage_point", "times"})  # a share or a change names no measure of its own


def pairs_restating_earlier(s: Sentence, figures: list[Figure]) -> None:
    """Give the bare first member of "A и B <unit> соответственно" the unit and noun of the first of the two figures
    before it whose second is of B's unit and whose first is of another (written, not itself taken from a partner)."""
    if s.absent(RESPECTIVELY_RE):
        return
    text = s.text
    for i in range(2, len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        if a.measure.unit is not None or b.measure.unit is None or b.measure.unit in NOT_MIRRORED \
                or not PAIR_GAP_RE.fullmatch(text, a.measure.end, b.start) \
                or not RESPECTIVELY_AFTER_RE.match(text, b.measure.end):
            continue
        x, y = figures[i - 2], figures[i - 1]
        if y.measure.unit != b.measure.unit or x.measure.unit in (None, b.measure.unit) or x.measure.unit in NOT_MIRRORED:
            continue
        a.measure = Measure(x.measure.unit, x.measure.object, a.measure.end, a.measure.multiplier, a.measure.addend,
                            False)
        a.elided = True
