"""A price of one item named by any noun after the money: "средняя цена соболя – 112 долларов за шкурку", "по цене
38 долларов за шкурку", "тариф – 40 сомов за справку". After a word of price (figures.PRICE_WORD) earlier in the
sentence, "за" with an inanimate noun in the accusative singular right after an amount of money names the one thing
the amount is paid for; a span of time ("за год", "за сутки") or "за счёт" (a source of money) names none."""
from __future__ import annotations

import regex

from pipeline import morph
from pipeline.facts.figures import PRICE_WORD

# a word of price, or a verb of costing or paying: "Прокат коньков стоил от 250 до 400 руб. за час", "обходится в 300
# рублей", "Пункты приема платят 60 тенге за 1 кг банок"
PRICE_OR_PAYING_RE = regex.compile(PRICE_WORD + r"|(?<!\w)(?:стои(?:т|л[аио]?|ли|ть)|обход\w*ся|обош[её]л\w*"
                              r"|(?:за)?плат(?:ят|ит|ил[аио]?|или))(?!\w)", regex.I)  # not "выплачивается" (a subsidy)
# "за каждые сутки", "за каждый день просрочки": "каждый" shares the amount out per one span of time or item
EACH_RE = regex.compile(r"[зн]а\s+кажд\w+\s+\Z", regex.I)
# the nouns of a span of time, and "счёт" of "за счёт": "за" with them is no item paid for
NOT_ITEM_LEMMAS = frozenset({"год", "месяц", "неделя", "день", "сутки", "час", "минута", "секунда", "ночь", "период",
                             "квартал", "полугодие", "сезон", "срок", "время", "счёт", "счет", "раз", "смена"})
# a short span of time a service is billed by: "тариф – 9,9 рубля за минуту", "номер – 20 тыс. тенге за ночь" price
# one unit of it ("за год", "за месяц" are periods a sum is earned or spent in)
BILLED_TIME_LEMMAS = frozenset({"минута", "час", "секунда", "ночь"})


def priced_item(text: str, at: int, word: str) -> bool:
    """Whether `word` at `at` (after "за" and an amount of money) names the one item a price written earlier in the
    sentence is for."""
    each = EACH_RE.search(text, at, text.index(word, at)) is not None  # "каждый" says a rate without a price word
    if not word.islower() or not (each or PRICE_OR_PAYING_RE.search(text, 0, at)):
        return False  # "за кВт·ч": a unit's symbol, read (or not) as a unit
    parses = morph.parse(word.lower())
    if not parses or parses[0].tag.POS != "NOUN" or "Abbr" in parses[0].tag \
            or parses[0].normal_form in NOT_ITEM_LEMMAS - BILLED_TIME_LEMMAS and not each:
        return False
    # "за каждого туриста": one person paid for, as one thing is ("за каждого" is no period nor source of money)
    return any(p.tag.POS == "NOUN" and (p.tag.animacy == "inan" or each) and ({"sing", "accs"} <= p.tag.grammemes
                                                                   or each and "accs" in p.tag.grammemes)
               and p.normal_form == parses[0].normal_form for p in parses)


# "в среднем 342 тыс. рублей на экран", "средний сбор – 12 тыс. рублей на зал": an average shares an amount out per one
# item, named in the accusative singular after "на" (elsewhere "на ремонт" names a purpose, no base)
AVERAGE_BEFORE_RE = regex.compile(r"(?<!\w)(?:в\s+среднем|средн\w+)(?!\w)[^;,]*\Z", regex.I)


def averaged_item(text: str, at: int, word: str) -> bool:
    """Whether `word` at `at` (after "на" and an amount of money) names the one item an average written earlier in the
    clause shares the amount out per, or one person ("не менее 70 долл. США на ребенка": a person is no purpose)."""
    if not word.islower():
        return False
    parses = morph.parse(word.lower())
    if parses and any(p.tag.POS == "NOUN" and {"anim", "sing", "accs"} <= p.tag.grammemes
                      and p.normal_form == parses[0].normal_form for p in parses):
        return True
    if not AVERAGE_BEFORE_RE.search(text, 0, at):
        return False
    if not parses or parses[0].tag.POS != "NOUN" or "Abbr" in parses[0].tag or parses[0].normal_form in NOT_ITEM_LEMMAS:
        return False
    return any(p.tag.POS == "NOUN" and {"sing", "accs"} <= p.tag.grammemes and p.normal_form == parses[0].normal_form
               for p in parses)
