"""A base of one written with "по" and the dative: "не более 10 млн драмов по одному кредиту", "Средняя сумма возврата
по одному чеку ... составила 169 лари, средняя сумма покупки по чеку – 1 108 лари". An amount of money set against one
thing with "по одному X" right after it, or named in its subject after an average's amount noun ("средняя сумма ...
по X", the numeral written or not: an average is of one), is per 1 X, `per_object` the noun as written (README_labels,
Rates: a base written without a number is per 1). "по одному" elsewhere ("выдано по одному сертификату") names a
distribution, no amount's base, and is left alone."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from pipeline.facts.figures import MONEY_UNITS
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import word_info

_ONE = r"одн(?:ому|ой)\s+"
_NOUN_GROUP = r"(?:[а-яё]+(?:ому|ему|ой|ей)\s+)?(?P<noun>[а-яё]{3,})(?!\w)"
# the amount noun's genitive complements ("сумма возврата"), no phrase of a preposition: "цена на услугу по
# поддержанию готовности" names a service, "по" there no base
_NO_PREPOSITION = r"(?!(?:на|в|во|за|к|с|со|от|до|для|при|из)(?!\w))"
# right after the amount: "10 млн драмов по одному кредиту"
AFTER_AMOUNT_RE = regex.compile(rf"\s+по\s+{_ONE}{_NOUN_GROUP}", regex.I)
# in the subject before the amount: "Средняя сумма возврата по одному чеку в отчетном году составила ", "средняя
# сумма покупки по чеку – "; the rest of the clause holds no figure, clause mark or bracket
# Without the numeral the noun ends the subject, its predicate or dash right after it ("средняя сумма покупки по чеку
# –"): "Средний размер выплаты по потере работы составил" names a reason ("по потере работы"), no base.
AVERAGE_SUBJECT_RE = regex.compile(
    rf"(?<!\w)средн\w+\s+(?:сумм|размер|стоимост|величин|цен)\w*(?:\s+{_NO_PREPOSITION}[а-яё]+){{0,2}}\s+по\s+"
    rf"(?:{_ONE}{_NOUN_GROUP}[^\d,;:()–—-]{{0,60}}?|{_NOUN_GROUP}\s*(?:(?:составил|составля|равн)\w*\s*)?)"
    r"(?:[-–—:]\s*)?\Z", regex.I)
DATIVE_WORDS = literals("по ")
WINDOW = 120  # characters before an amount searched for its average's subject
DATIVE_SINGULAR = "sing:datv"


def bases_of_one_in_the_dative(s: Sentence, figures: list[Figure]) -> None:
    """Give an amount of money the base of one its average's subject names before it ("средняя сумма ... по X"), or,
    where it has none, "по одному X" after it."""
    if s.absent(DATIVE_WORDS):
        return
    for f in figures:
        if f.measure.unit not in MONEY_UNITS:
            continue
        # the subject's own base wins over one lent by the price before it ("..., средняя сумма покупки по чеку –")
        noun = _noun(AVERAGE_SUBJECT_RE.search(s.text, max(0, f.start - WINDOW), f.start)) \
            or (_noun(AFTER_AMOUNT_RE.match(s.text, f.measure.end)) if f.per is None else None)
        if noun is not None and f.per in (None, 1):
            f.per, f.per_object = Decimal(1), noun


def _noun(m: Optional[regex.Match]) -> Optional[str]:
    """The base's noun, where it is a noun in the dative singular."""
    if m is None:
        return None
    info = word_info(m.group("noun").lower())
    return m.group("noun") if info.noun and not info.attributive and DATIVE_SINGULAR in info.cases else None
