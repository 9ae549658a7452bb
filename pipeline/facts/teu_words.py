"""Containers counted in twenty-foot equivalent units written in words ("55,4 тыс. контейнеров в двадцатифутовом
эквиваленте") are `teu` with no object, as "55,4 тыс. TEU" is (README_labels, Units); containers counted as pieces
("12 780 контейнеров") stay a count of containers."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals

CONTAINER_RE = regex.compile(r"контейнер\w*", regex.I)
# "в двадцатифутовом эквиваленте", "в 20-футовом эквиваленте", "в двадцатифутовом исчислении"
EQUIVALENT_AFTER_RE = regex.compile(
    r"\s+в\s+(?:двадцати|20\s*-?\s*)футов\w*\s+(?:эквивалент|исчислени)\w*(?!\w)", regex.I)
EQUIVALENT_WORDS = literals("футов")


def containers_in_teu(s: Sentence, figures: list[Figure]) -> None:
    """A count of containers followed by "в двадцатифутовом эквиваленте" becomes `teu` without an object, its text span
    running to the end of those words."""
    if s.absent(EQUIVALENT_WORDS):
        return
    for f in figures:
        obj = f.measure.object
        if f.measure.unit not in (None, "count") or obj is None or not CONTAINER_RE.fullmatch(obj):
            continue
        m = EQUIVALENT_AFTER_RE.match(s.text, f.measure.end)
        if m:
            f.measure = replace(f.measure, unit="teu", object=None, end=m.end())
