"""A price of one item named before the money, in the subject of its clause: "Государственная пошлина за однократную
визу составляет 80 долларов США, за многократную – 160 долларов США", "Сбор за регистрационный знак – 4 тыс. тенге".
A word of a price or fee, "за", an adjective naming the kind of item and an inanimate noun in
the accusative singular, then the predicate and the amount: the amount is paid per one item of that kind, per 1,
`per_object` the noun without its adjectives (README_labels, Rates: a base written without a number is per 1). A later
member of the clause that names only another adjective of the item ("за многократную –") shares the base. Without an
adjective the noun mostly names a service or an action, no item counted ("Доходы от платы за проезд составили",
"плата за парковку"); a span of time ("плата за месяц", a period, `priced_items.NOT_ITEM_LEMMAS`) and a noun of an
action ("за оформление") name none either."""
from __future__ import annotations

from decimal import Decimal

import regex

from pipeline import morph
from pipeline.facts.figures import MONEY_UNITS, PRICE_WORD
from pipeline.facts.measures import Figure
from pipeline.facts.priced_items import NOT_ITEM_LEMMAS
from pipeline.facts.sentence import Sentence, literals

# a word of price or fee ("пошлина", "сбор" of a state duty), "за", one or two adjectives, the item's noun, the predicate
FEE_ITEM_RE = regex.compile(
    rf"(?:{PRICE_WORD}|(?<!\w)(?:пошлин\w*|сбор(?:а|ом|у)?))\s+за\s+(?P<adjs>(?:[а-яё-]+(?:ую|ой|ее|ый|ий|ое)\s+){{1,2}})"
    r"(?P<noun>[а-яё]{3,})\s+(?:(?:составля\w+|составил\w*|равн\w+)\s+|[-–—:]\s*)(?:(?:до|от|около|не\s+более)\s+)?\Z",
    regex.I)
# ", за многократную – 160": a later member naming another adjective of the same item, its noun elided
ELIDED_MEMBER_RE = regex.compile(r"[,;]\s*за\s+(?P<adj>[а-яё-]+(?:ую|ой|ее|ый|ий|ое))\s*[-–—]\s*\Z", regex.I)
FEE_WORDS = literals("за ")
FEE_WINDOW = 120  # characters before an amount searched for its item
ACTION_ENDINGS = ("ние", "тие")  # the noun of a verb's action: "за оформление", "за обучение"


def fee_item_bases(s: Sentence, figures: list[Figure]) -> None:
    """Give an amount of money the base of the item its clause's subject prices ("пошлина за визу составляет 80
    долларов"), and a later member that elides the item's noun the same base."""
    if s.absent(FEE_WORDS):
        return
    last = None  # the base of the item priced last in the sentence
    for f in figures:
        if f.measure.unit not in MONEY_UNITS or f.per is not None:
            continue
        m = FEE_ITEM_RE.search(s.text, max(0, f.start - FEE_WINDOW), f.start)
        if m is not None and _item(m.group("noun")):
            f.per, f.per_object = Decimal(1), m.group("noun")
            last = f.per_object
        elif last is not None and ELIDED_MEMBER_RE.search(s.text, max(0, f.start - FEE_WINDOW), f.start):
            f.per, f.per_object = Decimal(1), last


def _item(word: str) -> bool:
    """Whether a noun after "за" names one counted thing: inanimate, accusative singular, no span of time, no action."""
    parses = morph.parse(word.lower())
    top = parses[0]
    if top.tag.POS != "NOUN" or top.normal_form in NOT_ITEM_LEMMAS or top.normal_form.endswith(ACTION_ENDINGS):
        return False
    return any(p.tag.POS == "NOUN" and p.tag.animacy == "inan" and {"sing", "accs"} <= p.tag.grammemes
               and p.normal_form == top.normal_form for p in parses)
