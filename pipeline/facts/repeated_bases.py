"""A base said again without its number: "6,7 человека на одно место ... Наибольший конкурс – 14 человек на место".
The noun of a base of one written just before, repeated after a figure's noun with "на" and no number, is the same
base: per 1 of that noun (not "направлено 14 человек на место происшествия" where no such base went before)."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

BARE_BASE_AFTER_RE = regex.compile(r"\s+на\s+([а-яё]+)(?![\w-])(?!\s+[а-яё]+)", regex.I)  # "на место" ending the group


def bases_said_again(s: Sentence, figures: list[Figure], last_rate: Optional[Figure]) -> None:
    """Give a figure followed by "на <noun>" the base of one whose noun is that noun, written in the sentence before
    (`last_rate`) or earlier in this one."""
    rates = [last_rate] if last_rate is not None else []
    for f in figures:
        if f.per is not None:
            rates.append(f)
            continue
        m = BARE_BASE_AFTER_RE.match(s.text, f.measure.end)
        if m is None:
            continue
        word = m.group(1).lower()
        if any(r.per == 1 and (r.per_object or "").lower() == word for r in rates):
            f.per, f.per_object = Decimal(1), m.group(1)
