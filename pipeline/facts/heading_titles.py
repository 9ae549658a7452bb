"""The title after a goal's or direction's heading, which holds no fact, told from prose opening at the heading.

A block "Цель 2.3. Обеспечение безопасности. В 2019 году ..." names its goal, then its prose; the title is a noun
phrase without figures. A block may also open its prose at once after the heading ("Задача 1. За 2021 год выдано
6 412 заключений ..."): that sentence is no title, and its figures are facts. A sentence is prose when it opens with
a period ("В 2017 году", "За отчетный период", "По итогам года", "На конец года") or holds a number that is no
year and a predicate ("РГП выдано 6 412 заключений"). A title may name a year ("... Гаагской конвенцией 1961 года")
or a target ("Снижение смертности до 10 случаев"), with no verb."""
from __future__ import annotations

import regex

from pipeline.facts.words import word_info

# a period opening the sentence: a preposition, then a year, a period word or a month
PERIOD_OPENING_RE = regex.compile(
    r"^\s*(?:в|во|за|на|по\s+итогам|по\s+состоянию\s+на|с\s+начала|к\s+концу|в\s+течение|по\s+сравнению\s+с)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:19|20)\d\d\b|(?:год|года|году|периоде?|полугоди[еия]|квартал[еа]?|месяц[еа]?|"
    r"январ|феврал|март|апрел|ма[йея]\b|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*)",
    regex.IGNORECASE,
)
YEAR_RE = regex.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)")
DIGIT_RE = regex.compile(r"\d")
WORD_RE = regex.compile(r"[а-яё]+", regex.I)
PREDICATE_POS = frozenset({"VERB", "PRTS", "INFN"})  # "выдано", "составляет": a title is a noun phrase without them


def reads_as_prose(sentence: str) -> bool:
    """A sentence after a heading that is prose, not the heading's title: it opens with a period, or holds a
    number other than a year and a predicate."""
    if PERIOD_OPENING_RE.match(sentence):
        return True
    return bool(DIGIT_RE.search(YEAR_RE.sub("", sentence))) \
        and any(word_info(w.lower()).top_pos in PREDICATE_POS for w in WORD_RE.findall(sentence))


def sentences_after_heading(text: str, heading_end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of a block opening with a heading, without the heading and its title: a bare heading
    ("Цель 2.3.") is a span of its own and the title the next one; else the first span holds both. Prose right after
    the heading keeps its sentence (the heading itself is cut from its span)."""
    bare_number = len(spans) > 1 and not text[heading_end:spans[0][1]].strip()
    if bare_number:
        title = spans[1]
        return spans[1:] if reads_as_prose(text[title[0]:title[1]]) else spans[2:]
    if spans and reads_as_prose(text[heading_end:spans[0][1]]):
        return [(heading_end, spans[0][1])] + spans[1:]
    return spans[1:]
