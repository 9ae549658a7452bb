"""Where a series of rates goes on and what base each of its members names.

* A semicolon inside brackets opened after a rate separates the members of its series, not two clauses: "8,4 на 1000
  подучетных (2022 г. – 11,2; 2023 г. – 9,7)" gives the base to both earlier years.
* A list's next item labelled by the name of another rate alone goes on the series past the semicolon that ends the
  item before: "заболеваемость снизилась до 52,6 на 100 тыс. населения; смертность – до 3,1" (3,1 per 100 thousand).
* A later member labelled by a noun of its own in the genitive names its own base, the "одного" of the first member
  elided: "Стоимость одного болюса – 1 450 тенге, ушной бирки – 180 тенге" (180 per 1 "бирки").
* Members labelled as list items after a semicolon go on the series of a rate before it, its base written once:
  "16 840 руб. за тонну ...; 4-го класса – 15 920 руб., 5-го класса – 14 150 руб." (per 1 "тонну" each).
"""
from __future__ import annotations

from decimal import Decimal

import regex

from pipeline.facts.measures import Figure, decimal
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import GENITIVE_SINGULAR, word_info

# ", ушной бирки – 180 тенге", "; одной тонны – 4,2": a member labelled by a noun group (adjectives, then a noun) and
# a dash, right after a comma or semicolon of the series
# "ушной бирки – 180", "теплосчетчика – до 420", "теплосчетчика – от 180 до 420" (a range, its scale written once)
MEMBER_LABEL_RE = regex.compile(r"[,;]\s*(?P<label>(?:[а-яё]+\s+){0,2}(?P<noun>[а-яё]+))\s*[-–—]\s*"
                                r"(?:(?:до|от)\s+|от\s+\d[\d\s,]*\s+до\s+)?\Z", regex.I)
MEMBER_LABEL_WINDOW = 50  # characters before a member searched for its label
BASE_NUMERALS_RE = regex.compile(r"(?<!\w)(?:одного|одной)\s+(?:[а-яё]+\s+){0,2}\Z", regex.I)  # "одного болюса"
# "; 4-го класса – 15 920 руб.", ", ячменя – 13 480 руб.": a member labelled by a word or two and a dash, no verb
LIST_MEMBER_LABEL_RE = regex.compile(r"[,;]\s*(?:[\w-]+\s+){0,2}[а-яё]+\s*[-–—]\s*\Z", regex.I)
SERIES_SIZE_FACTOR = 10  # the members of one series of rates differ in size by less than this
# ", посещаемость – 9,0", "; смертность – до 3,1": a member labelled by the name of another rate (a noun in «-ость»)
OTHER_RATE_LABEL_RE = regex.compile(r"[,;]\s*(?P<word>[а-яё]+ость)\s*[-–—:]\s*(?:до\s+)?\Z", regex.I)
OTHER_RATE_WINDOW = 40  # characters before a member searched for that label
PERSONS_PHRASE_RE = regex.compile(r"\s(?P<prep>с|без)(?=\s)", regex.I)  # "лиц с инвалидностью", "лиц без гражданства"
PERSONS_PHRASE_WORDS = 3  # "лиц с ограниченными возможностями здоровья"


def group_of_persons(s: Sentence, noun: str, end: int) -> str:
    """"на 10 тыс. лиц с инвалидностью", "на 1000 лиц с нарушением слуха", "лиц без гражданства": "лица" names no one
    until its phrase with "с"/"без" says who, so that phrase is part of the base's name (README_labels: the word
    that completes it); up to PERSONS_PHRASE_WORDS nouns and adjectives after the preposition."""
    m = PERSONS_PHRASE_RE.match(s.text, end)
    if m is None or "лицо" not in word_info(noun.lower()).lemmas:
        return noun
    kept = end = m.end("prep")
    for word in s.words_from(end, PERSONS_PHRASE_WORDS):
        if not (word.info.noun or word.info.attributive) or word.info.top_pos == "PREP":
            break
        kept = word.end
    return noun + s.text[end - len(m.group("prep")) - 1:kept] if kept > end else noun


def semicolon_ends_clause(text: str, start: int, end: int) -> bool:
    """Whether a semicolon between start and end ends the clause: one inside brackets opened after start does not."""
    depth = 0
    for ch in text[start:end]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and not depth:
            return True
    return False


def rate_after_semicolon(text: str, start: int, end: int) -> bool:
    """Whether the figure at end is the first of the next item, labelled by a rate's name alone, and the semicolon of
    that label is the first to end a clause after start."""
    label = OTHER_RATE_LABEL_RE.search(text, max(start, end - OTHER_RATE_WINDOW), end)
    return label is not None and label.group().startswith(";") and not semicolon_ends_clause(text, start, label.start())


def elided_base_labels(s: Sentence, figures: list[Figure]) -> None:
    """Give a member of a series of rates of one thing ("одного болюса") the base its own label names: a noun in the
    genitive singular, as the first base is, after a comma and before a dash ("ушной бирки – 180 тенге")."""
    text = s.text
    for f in figures:
        if f.per != 1 or not f.per_object or " " in f.per_object:
            continue
        first = regex.search(rf"(?<!\w){regex.escape(f.per_object)}(?!\w)", text[:f.start])
        if first is None or not BASE_NUMERALS_RE.search(text, max(0, first.start() - 40), first.start()):
            continue  # the base is no "одного X" of the sentence
        label = MEMBER_LABEL_RE.search(text, max(0, f.start - MEMBER_LABEL_WINDOW), f.start)
        if label is None or label.start() < first.end() or label.group("noun").lower() == f.per_object.lower():
            continue
        if _genitive_noun_group(label.group("label")) and GENITIVE_SINGULAR in word_info(f.per_object.lower()).cases:
            f.per_object = label.group("noun")


def _genitive_noun_group(group: str) -> bool:
    """Adjectives in the genitive, then a noun in the genitive singular: "ушной бирки" (not "для солнечных")."""
    *attributes, noun = group.split()
    info = word_info(noun.lower())
    if not info.noun or info.attributive or GENITIVE_SINGULAR not in info.cases:
        return False
    return all(word_info(w.lower()).attributive and any(c.endswith("gent") for c in word_info(w.lower()).cases)
               for w in attributes)


def members_past_semicolon(s: Sentence, figures: list[Figure]) -> None:
    """Give the base of a rate to the later members of its series past a semicolon, each labelled as a list item
    and of the same unit and size ("за тонну ...; 4-го класса – 15 920 руб."), the base written once for all."""
    if ";" not in s.text:
        return
    for f in figures:
        if f.per is not None or not LIST_MEMBER_LABEL_RE.search(s.text, max(0, f.start - MEMBER_LABEL_WINDOW), f.start):
            continue
        rate = next((r for r in figures if r.per is not None and r.start < f.start and r.measure.unit == f.measure.unit
                     and semicolon_ends_clause(s.text, r.measure.end, f.start)
                     and similar_size(r, f)), None)
        if rate is not None:
            f.per, f.per_object = rate.per, rate.per_object


def similar_size(a: Figure, b: Figure) -> bool:
    """Whether b is within a factor of SERIES_SIZE_FACTOR of a's value, as the members of one series of rates are."""
    size = abs(_value(a))
    return bool(size) and size / SERIES_SIZE_FACTOR <= abs(_value(b)) <= size * SERIES_SIZE_FACTOR


def _value(f: Figure) -> Decimal:
    return decimal(f.number) * f.measure.multiplier + f.measure.addend
