"""A figure restated in another currency right after a price: "Средняя цена 1 тонны ядра составила 7 180 долларов
США, или 12 206 азербайджанских манатов" is the same price, of the same one tonne, so it takes the base of the figure
it restates."""
from __future__ import annotations

from itertools import pairwise

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.money import MONEY_CODES

# ", или 12 206 манатов", " (12 206 манатов": what joins a sum to the same sum in another currency
# ("180 тыс. драмов в год, или около 460 долларов США": the price's period and an approximation may stand between)
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
