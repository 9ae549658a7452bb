"""Bare figures of a list's items take the measure the list's lead-in names: "Лучшие по рейтингу среди юниоров: 1.
Иванов – 2712; 2. Петров – 2669" are ratings (points), as "с рейтингом 2751" is in one sentence."""
from __future__ import annotations

from dataclasses import replace

from pipeline.facts.figures import INDEX_BEFORE_RE, RATING_BEFORE_RE
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence


def ratings_of_list_items(s: Sentence, figures: list[Figure], lead_in: str) -> None:
    """A bare figure (no unit, or a count of nothing named) of a list item whose lead-in names a rating, and no index
    after it, is a score of that rating in points; not an ordinal ("3-е место")."""
    ratings = list(RATING_BEFORE_RE.finditer(lead_in)) if lead_in else []
    if not ratings or INDEX_BEFORE_RE.search(lead_in, ratings[-1].end()):
        return
    for f in figures:
        if f.measure.unit in (None, "count") and f.measure.object is None and s.text[f.end:f.end + 1] != "-":
            f.measure = replace(f.measure, unit="point")
