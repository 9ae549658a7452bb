"""One unit of volume a count or an amount is found in: "18 640 пыльцевых зерен в 1 куб. м воздуха", "до 12 кишечных
палочек в 1 л воды". The volume is the base of a concentration (per 1 "куб. м"), no figure of its own."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

VOLUME_UNITS = frozenset({"m3", "litre", "ml"})
IN_GAP_RE = regex.compile(r"\s*(?:[а-яё]+\s+){0,2}в\s*", regex.I)  # the amount's noun (and what it is of), "в", the volume


def concentration_bases(s: Sentence, figures: list[Figure]) -> None:
    """Mark one unit of volume written "в 1 ..." right after an amount with its noun or unit as that amount's base."""
    for prev, fig in zip(figures, figures[1:], strict=False):
        if fig.rate_base or fig.number != "1" or fig.measure.multiplier != 1 or fig.measure.unit not in VOLUME_UNITS:
            continue
        if prev.measure.unit is None or prev.measure.skip or not IN_GAP_RE.fullmatch(s.text, prev.measure.end, fig.start):
            continue
        fig.measure.skip = fig.rate_base = True
