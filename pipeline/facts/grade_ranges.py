"""A range of small whole numbers before a category noun in a plural case other than the genitive names the categories
from one to the other, no count: "в 10–11 классах", "по 5–9 классам", "учащиеся 1–4 классы" (figures reads the genitive,
"для 5–9 классов"). A count of such things is not written as a range of numbers both below a grade's limit unless a
verb says it ("открыто 5–9 групп", which takes the genitive)."""
from __future__ import annotations

from pipeline.facts.figures import CATEGORY_LEMMAS, CATEGORY_RANGE_RE, CATEGORY_WINDOW, MAX_CATEGORY, PREDICATE_POS
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import word_info


def ranges_of_grades(s: Sentence, figures: list[Figure]) -> None:
    """Mark both ends of each such range as no figure."""
    for low, high in zip(figures, figures[1:], strict=False):
        if _is_grade_range(s, low, high):
            low.measure.skip = high.measure.skip = True


def _is_grade_range(s: Sentence, low: Figure, high: Figure) -> bool:
    """"10–11 классах": whole numbers rising up to MAX_CATEGORY joined by a dash, the second before a category noun in
    the plural (not the genitive), the first bare, no verb right before the range."""
    obj = high.measure.object
    if obj is None or low.measure.unit is not None or not (low.number.isdigit() and high.number.isdigit()):
        return False
    if not (int(low.number) < int(high.number) <= MAX_CATEGORY
            and CATEGORY_RANGE_RE.fullmatch(s.text, low.measure.end, high.start)):
        return False
    info = word_info(obj.lower())
    if not info.lemmas & CATEGORY_LEMMAS or not info.cases or not all(c.startswith("plur:") for c in info.cases) \
            or "plur:gent" in info.cases:
        return False
    before = s.words_between(max(0, low.start - CATEGORY_WINDOW), low.start)
    return not before or before[-1].info.top_pos not in PREDICATE_POS
