"""One thing for a number of others, a norm of provision: "Норматив обеспеченности – 1 МЦЗ на 50 тыс. молодежи", "1
врач на 1 500 жителей". The number of people after "на" is the base of the rate "1 per 50 000" (figures reads a round
base, a power of ten, wherever it stands; this one is any number, said right after the one thing), no figure of its
own. What the one thing holds is no base: "1 дошкольная организация на 80 мест" is a capacity of 80 places. A one
written without a noun ("частота фенилкетонурии составила 1 на 22,9 тыс. новорожденных") is a coefficient: a `ratio`
of 1 per that many, no count of the noun an earlier figure counted."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

PER_GAP_RE = regex.compile(r"\s*на\s*", regex.I)
COUNTED_UNITS = frozenset({"count", "person"})


def bases_of_one_per_many(s: Sentence, figures: list[Figure]) -> None:
    """Mark the number of people right after "1 <noun> на" as the base of that one."""
    for prev, fig in zip(figures, figures[1:], strict=False):
        bare_one = prev.measure.unit is None and prev.measure.object is None and prev.measure.multiplier == 1
        if prev.number != "1" or prev.measure.skip or not bare_one and (prev.measure.unit not in COUNTED_UNITS
                                                                          or prev.measure.object is None):
            continue
        if fig.rate_base or fig.measure.unit != "person" or fig.measure.object is None:
            continue
        if PER_GAP_RE.fullmatch(s.text, prev.measure.end, fig.start):
            fig.measure.skip = fig.rate_base = True
            if bare_one:
                prev.measure = replace(prev.measure, unit="ratio")
