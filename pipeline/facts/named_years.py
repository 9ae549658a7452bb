"""Years that are part of a name rather than the period of a figure: the date of an act named right before it
("Согласно Межгосударственному соглашению 2001 года", "Конвенции 1992 года") and the year of an event a phrase with
"к" aims at ("на подготовку к Олимпийским играм 2028 года 120 млн сомов", "к чемпионату мира 2026 года"): the money or
work is of its own sentence's period, the event's year names the event. A time or a comparison base after "к" is
no event ("к концу 2025 года" is a horizon, "к уровню 2024 года" a base)."""
from __future__ import annotations

import regex

from pipeline.facts.sentence import Sentence

# "Согласно Межгосударственному соглашению 2001 года", "Конвенции 1992 года": the year of an act named right before it
# is its date, no period ("в 2001 году", "за 2001 год" are periods)
DOC_NAME_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:соглашени|договор|конвенци|закон|кодекс|указ|постановлени|протокол|меморандум|деклараци)"
    r"(?:[аеуяю]|ем|ом|ию|ия|ии|ей|ами?)?\s+\Z", regex.I)
DOC_YEAR_WORD_RE = regex.compile(r"\s*года(?!\w)", regex.I)
DOC_WINDOW = 20  # characters before a year searched for the act's noun
# "к Олимпийским играм", "к XXXIV летним Олимпийским играм", "к чемпионату мира": "к", then up to three words (a
# numeral, adjectives, the noun and its genitive complement) right before the year
AIMED_AT_BEFORE_RE = regex.compile(r"(?<!\w)к\s+(?P<words>(?:[\w-]+\s+){1,3})\Z", regex.I)
AIMED_AT_WINDOW = 60  # characters before a year searched for that phrase
DATIVE = ("sing:datv", "plur:datv")
# the nouns of a time or a base after "к": "к концу 2025 года", "к началу", "к уровню", "к аналогичному периоду"
TIME_OR_BASE_LEMMAS = frozenset({
    "конец", "начало", "середина", "окончание", "исход", "год", "месяц", "квартал", "полугодие", "срок", "дата",
    "период", "момент", "время", "рубеж", "уровень", "показатель", "значение", "объём", "объем", "число", "итог"})


def dates_an_act(text: str, m: regex.Match) -> bool:
    """Whether the year at m, in the genitive, follows the noun of an act it dates ("соглашению 2001 года")."""
    return bool(DOC_YEAR_WORD_RE.match(text, m.end()) and DOC_NAME_BEFORE_RE.search(text, max(0, m.start() - DOC_WINDOW), m.start()))


def names_an_event_aimed_at(s: Sentence, m: regex.Match) -> bool:
    """Whether the year at m, in the genitive, ends a phrase "к" + a noun in the dative that names no time nor base
    ("к Олимпийским играм 2028 года"): the year of the event aimed at, not of the sentence's figures."""
    if not DOC_YEAR_WORD_RE.match(s.text, m.end()):
        return False
    phrase = AIMED_AT_BEFORE_RE.search(s.text, max(0, m.start() - AIMED_AT_WINDOW), m.start())
    if phrase is None:
        return False
    pos = phrase.start("words")
    while pos < m.start():
        word = s.word_at(pos)
        if word is None:
            return False
        if word.info.noun and any(c in word.info.cases for c in DATIVE) and not word.info.attributive:
            return not word.info.lemmas & TIME_OR_BASE_LEMMAS
        pos = word.end
        while pos < m.start() and s.text[pos].isspace():
            pos += 1
    return False
