"""A figure restated in another currency right after a price: "Средняя цена 1 тонны ядра составила 7 180 долларов
США, или 12 206 азербайджанских манатов" is the same price, of the same one tonne, so it takes the base of the figure
it restates, as does the other end of a restated range (", или 460–610 долларов США")."""
from __future__ import annotations

from itertools import pairwise

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.money import MONEY_CODES

# ", или 12 206 манатов", " (12 206 манатов": what joins a sum to the same sum in another currency
# ("180 тыс. драмов в год, или около 460 долларов США": the price's period and an approximation may stand between)
RANGE_DASH_RE = regex.compile(r"\s*[-–—]\s*")  # "460–610": the ends of a range
RESTATED_LINK_RE = regex.compile(r"^(?:\s+в\s+(?:год|месяц|день|сутки|неделю))?\s*(?:,\s*или|\()"
                                 r"(?:\s+(?:около|примерно|порядка|почти))?\s*\Z", regex.I)


def restated_prices(text: str, figures: list[Figure]) -> None:
    """Give a sum written right after a price of one unit, in another currency and joined by "или" or a bracket, the
    price's base."""
    for prev, f in pairwise(figures):
        units = {prev.measure.unit, f.measure.unit}
        if prev.per is None or f.per is not None or len(units) != 2 or not units <= MONEY_CODES:
            continue
        if RESTATED_LINK_RE.match(text[prev.measure.end:f.start]):
            f.per, f.per_object = prev.per, prev.per_object
            _range_end_too(text, figures, f)


def _range_end_too(text: str, figures: list[Figure], f: Figure) -> None:
    """", или 460–610 долларов США": the other end of a restated range is of the same one unit."""
    i = figures.index(f)
    end = figures[i + 1] if i + 1 < len(figures) else None
    if end is not None and end.per is None and end.measure.unit == f.measure.unit \
            and RANGE_DASH_RE.fullmatch(text, f.end, end.start):
        end.per, end.per_object = f.per, f.per_object
