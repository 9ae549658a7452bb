"""The one sentence splitter: the fact extractor, the note checks and the HTML page all cut text here.

A full stop before a capital ends a sentence, unless it closes an abbreviation of the vocabulary
("им. Абая", "ст. 41", "г. Алматы"); a list item's start (after ';' or ':', or on a new line) does too. So does a
full stop glued to the next sentence after a longer word ("России.Выработка"; not "пос.Березовка"), and the "ч." of
a unit of energy ("кВт⋅ч. При этом"), and a full stop after a whole word before a sentence that opens with a number
("... к аналогичному периоду прошлого года. 99,99% из всех выданных кредитов"; not "5 млрд. 200 млн", "табл. 3"),
and "г." after a number that is no year (grams: "привесом 1 150 г. Субсидия"), the "C." of degrees ("96 °C.
Прогнозные"), the "с." or "ч." of a speed ("порывы до 27 м/с. Температура", "до 940 Гбит/с. Доля") and the last "п." of percentage or
basis points ("выросла на 16,5 п.п. За отчетный год"). A full stop inside a quoted name
(«Новое гуманитарное знание. 100 новых учебников») does not.
Line breaks alone do not: PDF text has them mid-sentence and loses them where DOCX has them.
"""
from __future__ import annotations

import regex

from pipeline import vocabulary

YEAR = r"(?:19[5-9]\d|20[0-4]\d)"  # a year a report may speak of
LIST_ITEM = r"(?:[-–—•*·▪]|\d{1,2}[.)]|[а-я]\))\s"  # "- ", "• ", "1) ", "2. ", "а) "
KWH = r"(?<!\w)[кКМмГг]?Вт\s?[⋅·∙*.]?\s?ч"  # "кВт⋅ч", "кВт.ч", "МВт·ч": the "ч" of a unit, not "часть"
SENTENCE_END_RE = regex.compile(
    rf"[.!?…]+[»\")]*(?=\s+[«\"(]*[А-ЯЁA-Z]|\s+\d{{1,2}}[.)]\s+[«\"(]*[А-ЯЁA-Z])|[;:](?=\s+{LIST_ITEM})"
    rf"|(?=\n\s*{LIST_ITEM})"
    # a full stop glued to the next sentence ("России.Выработка", "кВт⋅ч.При этом"), after a word long enough to be
    # no abbreviation of a place ("пос.Березовка", "мкр.Самал")
    rf"|(?:(?<=[а-яё]{{4}})|(?<={KWH}))\.(?=[«\"(]*[А-ЯЁ][а-яё]{{2}})"
    # a sentence that opens with a number, after a whole word ("прошлого года. 99,99% из всех ..."); the word is
    # checked in _is_boundary (no abbreviation, no magnitude: "5 млрд. 200 млн")
    r"|(?<=[а-яё]{4}[»\")]*)\.(?=\s+\d)"
)
KWH_BEFORE_RE = regex.compile(rf"{KWH}\Z")
NO_SPLIT_ABBR = frozenset(vocabulary.words("abbreviations", kind="word"))
YEAR_ABBR = frozenset(vocabulary.words("abbreviations", kind="year"))
COUNTRY_ABBR = frozenset(vocabulary.words("abbreviations", kind="country"))
MAGNITUDE_ABBR = frozenset(vocabulary.words("magnitudes", kind="abbreviation"))
DIGIT_AFTER_RE = regex.compile(r"\s+\d")
COUNTRY_AFTER_RE = regex.compile(r"\s+[А-ЯЁA-Z]{2,4}(?!\w)")  # "США", "РФ", "РК"
# the symbol of a unit that opens with a capital, after a scale: "38,74 млн. Гкал", "1,2 тыс. МВт", "46 тыс. МВА"
UNIT_SYMBOL_AFTER_RE = regex.compile(r"\s+(?:Гкал|[МГТ]Вт|[МГ]ВА|[МГ]эВ|[МГТ]Дж|[МГ]Гц)(?![а-яё])")
SHORT_LEAD = 25  # "В 2019 г. Агентством ..." – an abbreviated year at a sentence's start does not end it
# Matched backwards ("(?r)"): a match must end at the window's end and start where its run of letters starts (a
# letter before it fails the lookbehind), so there is at most one, found at once instead of after a try at every
# position of the window.
ABBR_BEFORE_RE = regex.compile(r"(?r)(?<!\w)(?P<w>[а-яёa-z]+)\.?\Z", regex.IGNORECASE)
YEAR_BEFORE_ABBR_RE = regex.compile(rf"{YEAR}(?:\s*[-–—]\s*{YEAR})?\s*\Z")
# "1 150 г.", "12,5 г.", "850 г.": a number that is no year before "г." weighs grams (not "школа № 5 г. Астаны")
GRAMS_BEFORE_RE = regex.compile(r"(?<![\d.,])(?<!(?:№|N|No\.?|д\.|дом)\s*)(?:\d{1,3}(?:\s\d{3})*|\d+[.,]\d+)\s*\Z")
DEGREE_BEFORE_RE = regex.compile(r"°\s?\Z")
# the "м/" of "м/с", the "км/" of "км/ч", the "Гбит/" of "Гбит/с", the "Мбайт/" of "Мбайт/с" (a data rate is a speed too)
SPEED_BEFORE_RE = regex.compile(r"(?<!\w)(?:к?м|[кКМГТП]?(?:бит|байт)|[кКМГТП][бБ])\s?/\s?\Z")
# "151 см." (centimetres), "52 с." (seconds): a unit right after a number, not "см." (смотри) or "с." (село)
NUMBER_BEFORE_UNIT_RE = regex.compile(r"\d\s?\Z")
POINTS_BEFORE_RE = regex.compile(r"\d\s?[пб]\.\s?\Z")  # "16,5 п." of "16,5 п.п.", "50 б." of "50 б.п."
ABBR_WINDOW = 40  # the word before a full stop is looked for this far back only
QUOTE_WINDOW = 60  # a quoted name's « this close before its full stop, its » this close after


def _is_boundary(text: str, start: int, m: regex.Match) -> bool:
    """Whether the candidate end at m really ends a sentence begun at start."""
    found = m.group()
    if not found or found in ";:":
        return True
    if _inside_a_quoted_name(text, start, m):
        return False
    w = ABBR_BEFORE_RE.search(text, max(start, m.start() - ABBR_WINDOW), m.start() + 1)
    word = w.group("w") if w else ""
    if w is not None and word in ("C", "С") and DEGREE_BEFORE_RE.search(text, max(start, w.start() - 3), w.start()):
        return True  # "до 96 °C. Прогнозные ...": degrees, not an initial ("А. С. Пушкин") or "с." (село)
    if word.lower() in YEAR_ABBR:  # "2019 г." may end a sentence; "г. Алматы" (город) does not
        year_before = YEAR_BEFORE_ABBR_RE.search(text, max(start, w.start() - 12), w.start())
        if year_before is None and word == "г" and GRAMS_BEFORE_RE.search(text, max(start, w.start() - 12), w.start()):
            return True  # "привесом 1 150 г. Субсидия ...": grams end the sentence
        return bool(year_before) and m.start() - start > SHORT_LEAD
    if len(word) == 1 and word.isupper():
        return False
    if word == "ч" and KWH_BEFORE_RE.search(text, max(start, w.end("w") - 12), w.end("w")):
        return True  # "84,8 млрд кВт⋅ч. При этом ...": a unit ends the sentence
    if word in ("с", "ч") and SPEED_BEFORE_RE.search(text, max(start, w.start() - 8), w.start()):
        return True  # "порывы до 27 м/с. Температура ...", "до 90 км/ч. Штраф ...", "до 1,3 Тбит/с. Скорость": a speed
    if word in ("см", "с") and NUMBER_BEFORE_UNIT_RE.search(text, max(start, w.start() - 3), w.start()):
        return True  # "жеребцов – 151 см. На ипподроме ...", "– 1 мин. 52 с. Заявки ...": a unit ends the sentence
    if word == "п" and POINTS_BEFORE_RE.search(text, max(start, w.start() - 8), w.start()):
        return True  # "выросла на 16,5 п.п. За отчетный год ...": percentage (basis) points end the sentence
    if DIGIT_AFTER_RE.match(text, m.end()) and word.lower() in MAGNITUDE_ABBR:
        return False  # "5 млрд. 200 млн тенге": one number written with two scales
    if word.lower() in COUNTRY_ABBR and COUNTRY_AFTER_RE.match(text, m.end()):
        return False
    if word.lower() in MAGNITUDE_ABBR and COUNTRY_AFTER_RE.match(text, m.end()):
        return False  # "61,8 тыс. TEU", "2 млн. USD": the code of a unit after a scale
    if word.lower() in MAGNITUDE_ABBR and UNIT_SYMBOL_AFTER_RE.match(text, m.end()):
        return False  # "38,74 млн. Гкал тепловой энергии": a unit's symbol after a scale
    return word.lower() not in NO_SPLIT_ABBR


def _inside_a_quoted_name(text: str, start: int, m: regex.Match) -> bool:
    """"проекта «Новое гуманитарное знание. 100 новых учебников на казахском языке»": a full stop inside a short
    quoted name, its « shortly before and its » shortly after (a quoted speech of whole sentences is longer, or asks)."""
    if m.group() != "." or text.count("«", start, m.start()) <= text.count("»", start, m.start()):
        return False
    return m.start() - text.rfind("«", start, m.start()) <= QUOTE_WINDOW and "»" in text[m.end():m.end() + QUOTE_WINDOW]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a paragraph; abbreviations, decimals and soft line breaks do not split."""
    spans, start = [], 0
    for m in SENTENCE_END_RE.finditer(text):
        if _is_boundary(text, start, m):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        piece = text[a:b]
        if piece.strip():
            out.append((a + len(piece) - len(piece.lstrip()), b))
    return out


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph as strings."""
    return [text[a:b] for a, b in split_sentences(text)]
