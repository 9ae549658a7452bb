"""A figure followed right by a range of years it is for is of that range, no single year (rule 6): "профинансировано
300 проектов на общую сумму 7,5 млрд. тенге на 2022–2024 годы, в том числе в 2022 году – 2,4 млрд. тенге" gives 7,5
billion no year, though its sentence opened with "В 2022 году" (which still dates the 300 projects and the part of
2022). Likewise "выделено 12 тыс. мест в 2020–2022 годах", "за 2018-2020 гг.". Not where the years are paired with the
figures "соответственно", each member then its own year (`respective_members`)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.facts.years import YearMention

RANGE_GAP_RE = regex.compile(r"\s*(?:на|в|во|за)\s+\Z", regex.I)  # between the figure's unit and its range of years
RANGE_DASH_RE = regex.compile(r"\d\s*[-–—]\s*\d")  # a range, not a list ("в 2018 и 2019 годах")
RESPECTIVELY_AFTER_RE = regex.compile(r"[^.;]{0,20}?соответственно", regex.I)
RANGE_GAP_MAX = 6  # characters between a figure's span and the range of years after it


def sums_for_year_ranges(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """Take the year from a figure written right before "на"/"в"/"за" and a range of years."""
    for y in years:
        if y.year is not None or len(y.listed) < 2 or y.compared or not RANGE_DASH_RE.search(s.text, y.pos, y.end):
            continue
        before = next((f for f in reversed(figures) if f.measure.end <= y.pos), None)
        if before is None or before.year is None or y.pos - before.measure.end > RANGE_GAP_MAX:
            continue
        if RANGE_GAP_RE.fullmatch(s.text, before.measure.end, y.pos) and not RESPECTIVELY_AFTER_RE.match(s.text, y.end):
            before.year = None
