"""Exchange rates written with "курс" (README_labels, Rates, ruling of `arbiter7`): "Курс доллара США на валютном рынке
по итогам дня – 80,62 рубля (+0,35 рубля), юаня – 11,28 рубля", "курс доллара США вырос со 188,35 до 255,0 тенге":
an exchange rate is the price of one unit of a currency, so every amount of money of the clause after "курс" and the
currency in the genitive is per 1 of that currency as written, its change included; a later member labelled by
another currency alone ("юаня –") elides "курс" and is per 1 of that one."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from pipeline.facts.figures import MONEY_UNITS
from pipeline.facts.measures import Figure
from pipeline.facts.money import ROWS, wording_pattern
from pipeline.facts.sentence import Sentence, literals

_CURRENCIES = "|".join(
    [r"(?:российск\w*\s+)?рубл\w*"] + [wording_pattern(w) for w in sorted(
        {w for w, _code, kind in ROWS if kind == "currency" and w[0].isalpha() and w[0].islower()},
        key=lambda w: (-len(w), w))])
RATE_RE = regex.compile(r"(?<!\w)курс(?:а|у|ом|е)?\s+(?P<currency>" + _CURRENCIES + r")(?!\w)", regex.I)
RATE_WORDS = literals("курс")
CLAUSE_END_RE = regex.compile(r";|\.(?!\d)")
# "(+0,35 рубля), юаня – 11,28 рубля": a member labelled by a currency alone, its dash right before the amount
MEMBER_RE = regex.compile(r"\)?\s*,\s*(?P<currency>" + _CURRENCIES + r")\s*[-–—:]\s*\Z", regex.I)
# what joins the rate's next amount to the one before: its change in brackets, the end of "со 188,35 до 255,0"
SAME_RATE_GAP_RE = regex.compile(r"\s*(?:\(\s*|до\s+|[-–—]\s*)", regex.I)


def exchange_rate_bases(s: Sentence, figures: list[Figure]) -> None:
    """Give the amounts of money of a rate after "курс X" the base of 1 X (see the module): the first of its clause,
    its change and the end of its range right after it, and the members after it; the nearest "курс" first, an amount
    with a base of its own keeps it."""
    if s.absent(RATE_WORDS):
        return
    for m in reversed(list(RATE_RE.finditer(s.text))):
        end = CLAUSE_END_RE.search(s.text, m.end())
        stop = end.start() if end else len(s.text)
        currency, prev = m.group("currency"), None
        member: Optional[regex.Match]
        for f in figures:
            if not m.end() <= f.start < stop or f.measure.unit not in MONEY_UNITS:
                continue
            member = MEMBER_RE.search(s.text, prev, f.start) if prev is not None else None
            if prev is not None and member is None and not SAME_RATE_GAP_RE.fullmatch(s.text, prev, f.start):
                break
            currency = member.group("currency") if member else currency
            prev = f.measure.end
            if f.per is None:
                f.per, f.per_object = Decimal(1), currency
