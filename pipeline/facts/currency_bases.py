"""Bases of a price written without their number: an exchange rate ("541,72 тенге за доллар США", "в диапазоне 12 080–
12 311 сумов за доллар") is money per one unit of another currency, named in the accusative singular right after the
amount; and the price of one unit of measure named as the subject of a clause ("цена тройской унции выросла на 4,1%,
до 4 003,9 доллара США"), the unit in the genitive singular after the word of price, with no number between. Both
are per 1, the currency as written (ruling of `arbiter2`: money as a base keeps its currency) or the unit's noun."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from pipeline import morph, vocabulary
from pipeline.facts.figures import MONEY_UNITS, PRICE_WORD, SPAN_UNITS
from pipeline.facts.measures import Figure
from pipeline.facts.money import ROWS, wording_pattern
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.subject_bases import Base
from pipeline.facts.words import word_info

# the currencies of the money table written as words ("доллар* США", "сум*", "евро"), longest first; roubles written
# in full are read by morphology elsewhere, so named here
_CURRENCY_WORDINGS = sorted({w for w, _code, kind in ROWS if kind == "currency" and w[0].isalpha() and w[0].islower()},
                            key=lambda w: (-len(w), w))
EXCHANGE_BASE_RE = regex.compile(
    r"\s*за\s+(?P<base>(?:(?:российский|белорусский)\s+)?рубль(?!\w)|"
    + "|".join(wording_pattern(w) for w in _CURRENCY_WORDINGS) + ")", regex.I)
EXCHANGE_WORDS = literals("за ")
# "цена тройской унции", "стоимость барреля": a word of price, an adjective or two, the unit in the genitive
UNIT_SUBJECT_RE = regex.compile(PRICE_WORD + r"\s+(?P<adjs>(?:[а-яё]+(?:ой|ого|ей|его)\s+){0,2})(?P<unit>[а-яё]+)(?!\w)",
                                regex.I)
# units of measure only: a span of time ("стоимость часа") or a score is no unit a price is quoted per here
NOT_PRICED_UNITS = SPAN_UNITS | {"night", "point", "times"}
# and the counting units a price is given for one of ("Средняя цена пары мужской обуви - 3 450 сомов": per 1 "пары")
UNIT_LEMMAS = frozenset(row[0] for row in vocabulary.entries("counted_nouns") if row[1] == "unit" and row[2:3]
                        and row[2] not in NOT_PRICED_UNITS and row[2] not in MONEY_UNITS or row[1] == "priced_unit")
# an adjective that makes the noun another unit ("квадратного метра" is a square metre, not a metre): left alone here
UNIT_NAMING_ADJECTIVE_RE = regex.compile(r"(?<!\w)(?:квадратн|кубическ|погонн)\w*", regex.I)
CLAUSE_END_RE = regex.compile(r"[;.]|\s[-–—]\s(?!\d)")
# "цена пары ... обуви в сентябре - 3 450 сомов, импортной - 2 180 сомов": a member labelled by an adjective alone
# elides the priced noun, so the same base
ELIDED_MEMBER_GAP_RE = regex.compile(r"\s*,\s*(?P<label>[а-яё]+)\s*[-–—:]\s*\Z", regex.I)


def _singular_accusative(word: str) -> bool:
    """Whether the currency's noun is one unit ("доллар", "евро"), not an amount ("долларов", "доллары")."""
    return any({"sing", "accs"} <= p.tag.grammemes or "Fixd" in p.tag for p in morph.parse(word.lower()))


def exchange_bases(s: Sentence, figures: list[Figure]) -> list[Base]:
    """"тенге за доллар США": an amount of money per one unit of the currency written right after it, without a
    number (with one, "1,7 маната за 1 доллар США", the base is a figure of its own)."""
    if s.absent(EXCHANGE_WORDS):
        return []
    out = []
    for f in figures:
        if f.measure.unit not in MONEY_UNITS:
            continue
        m = EXCHANGE_BASE_RE.match(s.text, f.measure.end)
        if m and _singular_accusative(m.group("base").split()[-1] if "рубль" in m.group("base").lower()
                                      else m.group("base").split()[0]):
            out.append(Base(m.start("base"), m.end(), Decimal(1), m.group("base")))
    return out


def priced_unit_subjects(s: Sentence, figures: list[Figure]) -> None:
    """"цена тройской унции выросла на 4,1%, до 4 003,9 доллара США": the first amount of money of the clause after the
    price of one unit of measure named without its number is per 1 of that unit (its noun without adjectives)."""
    for m in UNIT_SUBJECT_RE.finditer(s.text):
        unit = _genitive_unit(m.group("unit"))
        if unit is None or UNIT_NAMING_ADJECTIVE_RE.search(m.group("adjs")):
            continue
        end = CLAUSE_END_RE.search(s.text, m.end())
        stop = end.start() if end else len(s.text)
        money = next((f for f in figures if m.end() <= f.start < stop and f.measure.unit in MONEY_UNITS), None)
        if money is not None and money.per is None:
            money.per, money.per_object = Decimal(1), unit
            _elided_members(s, figures, money, stop)


def _elided_members(s: Sentence, figures: list[Figure], first: Figure, stop: int) -> None:
    """Give the base of `first` to the amounts after it in its clause that an adjective alone labels (see
    ELIDED_MEMBER_GAP_RE), each right after the one before, in the same currency."""
    prev = first
    for f in figures[figures.index(first) + 1:]:
        gap = ELIDED_MEMBER_GAP_RE.fullmatch(s.text, prev.measure.end, f.start)
        if f.start >= stop or f.measure.unit != first.measure.unit or f.per is not None or gap is None:
            return
        label = word_info(gap.group("label").lower())
        if not label.attributive or label.noun:
            return
        f.per, f.per_object, prev = first.per, first.per_object, f


def _genitive_unit(word: str) -> Optional[str]:
    """The word if it is a unit of measure in the genitive singular ("унции", "барреля", "тонны"), else None."""
    if any(p.normal_form in UNIT_LEMMAS and {"sing", "gent"} <= p.tag.grammemes for p in morph.parse(word.lower())):
        return word
    return None
