"""A price of one unit written once for members in other currencies.

"Цена 1 тонны цемента составила 812 сомони, алюминия первичного – 2 418 долларов США": the second member, labelled by
its own noun after a comma and a dash, is a price of the same tonne though its money is another currency; a price in
another currency that is not such a member ("142 доллара США, на внутреннем рынке гранулы продаются по 420 рублей за
тонну") keeps the base it writes, if any.
"""
from __future__ import annotations

import regex

from pipeline.facts.figures import MONEY_UNITS
from pipeline.facts.measures import Figure

# ", алюминия –", ", а никеля –": the member's own label, at most three words, between the price and the member
MEMBER_LABEL_RE = regex.compile(r",\s*(?:а\s+)?[а-яё]+(?:\s+[а-яё]+){0,2}\s*[-–—]\s*\Z", regex.I)


def same_measure(text: str, member: Figure, owner: Figure) -> bool:
    """Whether a later figure measures what the owner of a rate's base does: one unit, or money of another currency
    in a member labelled after a comma."""
    if member.measure.unit == owner.measure.unit:
        return True
    return {member.measure.unit, owner.measure.unit} <= MONEY_UNITS \
        and MEMBER_LABEL_RE.search(text, owner.measure.end, member.start) is not None
