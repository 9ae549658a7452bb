"""Bare members after "соответственно" that restate as many figures of other measures just before them: "14 дружин
общей численностью 486 человек (годом ранее – 12 и 431 соответственно)" is 12 patrols and 431 people, each member the
measure of the figure it answers in order, not the last figure's for both."""
from __future__ import annotations

from pipeline.facts.measures import ONE, Figure, Measure
from pipeline.facts.respective_members import RESPECTIVELY_RE, runs_before_respectively
from pipeline.facts.respective_pairs import NOT_MIRRORED
from pipeline.facts.sentence import Sentence

# a share, a change or a length of time (an age bound "детей до 14 лет (66,0%)") describes the figure before it, no
# measure the members answer: "941 случай, из них 621 случай среди детей до 14 лет (66,0%) (... – 744 и 481
# соответственно)" are cases
NOT_ANSWERED = NOT_MIRRORED | {"year", "month", "week", "day", "hour", "minute"}


def runs_restating_earlier(s: Sentence, figures: list[Figure]) -> None:
    """Give each bare member of a run of two or more ending in "соответственно" the measure of the figure in the same
    place among as many figures right before the run, where those are of more than one measure (figures of one
    measure give it to the members as any bare figure takes it) and each is a measure of its own (see NOT_ANSWERED)."""
    if s.absent(RESPECTIVELY_RE):
        return
    text, own = s.text, [f for f in figures if not f.measure.skip]
    for first, last in runs_before_respectively(text, own):
        run = own[first:last + 1]
        earlier = own[first - len(run):first] if first >= len(run) else []
        if len(run) < 2 or not earlier or any(m.measure.unit is not None for m in run) \
                or any(e.measure.unit is None or e.measure.unit in NOT_ANSWERED for e in earlier) \
                or len({(e.measure.unit, e.measure.object) for e in earlier}) < 2:
            continue
        for member, model in zip(run, earlier, strict=True):
            m, e = member.measure, model.measure
            member.measure = Measure(e.unit, e.object, m.end, e.multiplier if m.multiplier == ONE else m.multiplier,
                                     m.addend, False)
            member.elided = True
