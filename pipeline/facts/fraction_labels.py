"""A bare count set beside a share of the things it counts: "Почти половина кредитов – 1 206 – выдана предприятиям
за пределами Еревана", "Около трети выпускников (412) продолжили обучение", "большинство проектов – 96": the noun in
the genitive plural after the share word ("половина", "треть", "часть", "большинство") is what the figure counts, as
"количество кредитов" would name it (README_labels, Object: an elided noun comes from the construction)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure, Measure, noun_after
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import GENITIVE_PLURAL, word_info

COUNTED = ("count", "person")
# the share word, the counted noun's attributes and the noun, then a dash or an opening bracket right before the figure
SHARE_LABEL_RE = regex.compile(
    r"(?<!\w)(?:половин|трет|четверт|част|большинств|меньшинств)[а-яё]*\s+(?P<label>(?:[а-яё]+\s+){0,2}[а-яё]{3,})"
    r"\s*(?:[-–—]|\()\s*\Z", regex.I)
SHARE_WORDS = literals("половин", "трет", "четверт", "част", "большинств", "меньшинств")
SHARE_WINDOW = 70  # characters before a figure searched for such a label


def counted_by_the_share(s: Sentence, figures: list[Figure]) -> None:
    """Give a count that names no noun of its own the noun of the share written right before it."""
    if s.absent(SHARE_WORDS):
        return
    for f in figures:
        if f.measure.unit not in (None, "count") or f.measure.object is not None:
            continue
        m = SHARE_LABEL_RE.search(s.text, max(0, f.start - SHARE_WINDOW), f.start)
        if m is None:
            continue
        noun = noun_after(s, m.start("label"), "0", True)
        if noun is None or noun.skip or noun.unit not in COUNTED or noun.end != m.end("label") \
                or GENITIVE_PLURAL not in word_info(noun.word.lower()).cases:
            continue
        f.measure = Measure(noun.unit, noun.word, f.measure.end, f.measure.multiplier, f.measure.addend, f.measure.skip)
