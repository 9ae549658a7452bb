"""Counts written with a measure word ("5 шт. тракторов", "612 тыс. шт.", "3 912 единиц"): what such a figure counts
is the noun the measure word stands for, named after it, before its dash or by the sentence."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.context import PEOPLE_WINDOW, Counted, counted_before
from pipeline.facts.measure_word_nouns import noun_of_the_subject, under_a_measure_lead_in, written_by_itself
from pipeline.facts.measures import MEASURE_NAMES, Figure, Measure, noun_after
from pipeline.facts.piece_nouns import noun_counted_in_pieces
from pipeline.facts.sentence import Sentence
from pipeline.facts.unit_complements import counts_the_noun
from pipeline.facts.words import GENITIVE_PLURAL, word_info

MEASURE_ABBREVIATIONS = frozenset({"шт.", "ед.", "экз."})  # the measure words of a count, which name no thing counted
PIECE_WORDS = frozenset({"штук", "штуки", "штука"})  # "412,6 млн штук яиц": a measure word before the noun it counts
MEASURE_WORDS = MEASURE_ABBREVIATIONS | MEASURE_NAMES | PIECE_WORDS
# "11,4 тыс. вагонов, парк которых составляет 14 860 единиц": a relative clause opened right after the noun counted
RELATIVE_CLAUSE_RE = regex.compile(r"\s*,\s*(?:[а-яё]+\s+){0,2}которых\s+[^\d,;()]{0,40}\Z", regex.I)
DIFFERENCE_AFTER_COUNT_RE = regex.compile(r"\s*,\s*(?:что|это)\s+на\s+", regex.I)  # ", что на" before the difference
FIRST_WORD_RE = regex.compile(r"\s*([^\W\d_]+)")
NOUN_DASH_BEFORE_RE = regex.compile(r"(?<!\w)(?P<word>[а-яё]{3,})\s+[-–—]\s*\Z", regex.I)


def counted_by_measure_word(s: Sentence, figures: list[Figure]) -> None:
    """"5 шт. тракторов", "в том числе посылок – 612 тыс. шт.", "370 новых постаматов, их общее число достигло 1 520
    шт.": "шт."/"ед." is the measure word of a count; what it counts is the noun written after it, the noun before
    the dash that leads to it, a "количество X" before it, or else the noun the figure before it in the sentence
    counts."""
    named: Optional[Counted] = None  # what the last "единиц" written in full counted
    pieces: Optional[str] = None  # what the last "штук" counted
    for i, f in enumerate(figures):
        obj = f.measure.object
        if f.measure.unit == "count" and obj is not None and obj.lower() in PIECE_WORDS:
            pieces = _counted_in_pieces(s, f, figures[:i], figures[i + 1:], pieces)
            continue
        if f.measure.unit == "count" and obj is not None and obj.lower() in MEASURE_NAMES:
            after = _genitive_after(s, f)
            if after is not None and counts_the_noun(after, _attributed(s, f, after)):
                # "312 единиц торфоуборочных машин" counts machines, "единиц техники" machinery; "единиц хранения"
                # (a term of an action) counts units
                f.measure = Measure("count", after, f.measure.end, f.measure.multiplier, f.measure.addend, f.measure.skip)
                continue
            start = figures[i - 1].measure.end if i else 0
            named = _counted_by_named_measure(s, f, start, named) \
                or _counted_by_relative(s, f, figures[i - 1] if i else None)
            if named is None:
                _counted_by_subject_or_item(s, f, figures[:i], start)
        if f.measure.unit != "count" or obj is None or obj.lower() not in MEASURE_ABBREVIATIONS:
            continue
        counted = _genitive_after(s, f) or _noun_before_dash(s, f)
        if counted is None:
            before = counted_before(s, figures[i - 1].measure.end if i else 0, f.start)
            counted = before[1] if before else None
        if counted is None:
            counted = next((p.measure.object for p in reversed(figures[:i]) if p.measure.unit == "count"
                            and p.measure.object and p.measure.object.lower() not in MEASURE_WORDS), None)
        if counted is None and i:  # "число малых предприятий ... 187 единиц ... до 190 ед.": the noun of the sentence
            before = counted_before(s, 0, f.start)
            counted = before[1] if before else None
        if counted is not None:
            f.measure = Measure("count", counted, f.measure.end, f.measure.multiplier, f.measure.addend, f.measure.skip)


def _counted_in_pieces(s: Sentence, f: Figure, before: list[Figure], after: list[Figure],
                       last: Optional[str]) -> Optional[str]:
    """"412,6 млн штук яиц", "172 штуки яиц против 158 штук": "штук" counts the noun in the genitive after it
    (README_labels, Object), else a noun written before it (see piece_nouns). What it counted."""
    noun = _genitive_after(s, f)
    counted = noun if noun is not None and counts_the_noun(noun) else noun_counted_in_pieces(s, f, before, after, last)
    if counted is not None:
        f.measure = Measure("count", counted, f.measure.end, f.measure.multiplier, f.measure.addend, f.measure.skip)
    return counted


def _counted_by_subject_or_item(s: Sentence, f: Figure, before: list[Figure], start: int) -> None:
    """"Экспорт автомобилей ... составил 6 208 единиц", "(тыс. единиц): легковых автомобилей – 77,4; грузовых – 6,1":
    the subject's counted noun, the item's noun before its dash, or for a figure that did not write "единиц" itself,
    the noun the count before it counts (see measure_word_nouns); not "единиц хранения", a measure word that names its
    own thing."""
    if _genitive_after(s, f) is not None:
        return
    counted = noun_of_the_subject(s, start, f)
    if counted is None and not written_by_itself(s, f):
        # "территориальных подразделений – 1 120" after "245 единиц" of staff: a label, not what is counted
        counted = _noun_before_dash(s, f) if under_a_measure_lead_in(s, f) else None
    if counted is None and (not written_by_itself(s, f) or _difference_of(s, f, before)):
        counted = next((p.measure.object for p in reversed(before) if p.measure.unit == "count"
                        and p.measure.object and p.measure.object.lower() not in MEASURE_WORDS), None)
    if counted is not None:
        f.measure = Measure("count", counted, f.measure.end, f.measure.multiplier, f.measure.addend, f.measure.skip)


def _difference_of(s: Sentence, f: Figure, before: list[Figure]) -> bool:
    """"установлено 28 416 POS-терминалов, что на 3 912 единиц больше": "единиц" of the difference a "что" clause
    states right after a count counts what that count counts."""
    return bool(before) and before[-1].measure.unit == "count" \
        and DIFFERENCE_AFTER_COUNT_RE.fullmatch(s.text, before[-1].measure.end, f.start) is not None


def _counted_by_named_measure(s: Sentence, f: Figure, start: int, last: Optional[Counted]) -> Optional[Counted]:
    """"Численность педагогов-ассистентов увеличилась на 1 146 единиц и составила 3 912 единиц", "количество малых
    предприятий составило 7 единиц": "единиц" written in full after the noun a "численность"/"количество" names
    (since the figure before, else as the "единиц" before counted) counts that noun, people included; not where that
    noun is the measure word itself ("Численность штатных единиц ... 245 единиц"). What it counted, if anything."""
    counted = counted_before(s, start, f.start) or last
    if counted is None or counted[1] is None or counted[1].lower() in MEASURE_WORDS:
        return None
    f.measure = Measure(counted[0], counted[1], f.measure.end, f.measure.multiplier, f.measure.addend, f.measure.skip)
    return counted


def _counted_by_relative(s: Sentence, f: Figure, prev: Optional[Figure]) -> Optional[Counted]:
    """"отгружалось 11,4 тыс. вагонов-зерновозов, парк которых составляет 14 860 единиц": "единиц" in a relative
    clause on the noun the figure before counts counts that noun. What it counted, if anything."""
    if prev is None or prev.measure.unit not in ("count", "person") or prev.measure.object is None \
            or prev.measure.object.lower() in MEASURE_WORDS or not RELATIVE_CLAUSE_RE.fullmatch(s.text, prev.measure.end, f.start):
        return None
    f.measure = Measure(prev.measure.unit, prev.measure.object, f.measure.end, f.measure.multiplier, f.measure.addend,
                        f.measure.skip)
    return prev.measure.unit, prev.measure.object


def _attributed(s: Sentence, f: Figure, noun: str) -> bool:
    """Whether a word other than the noun comes first after the measure word ("единиц реабилитационного оборудования")."""
    first = FIRST_WORD_RE.match(s.text, f.measure.end)
    return first is not None and first.group(1) != noun


def _genitive_after(s: Sentence, f: Figure) -> Optional[str]:
    """The noun in the genitive right after a measure word: "5 шт. тракторов"."""
    noun = noun_after(s, f.measure.end, f.number, True)
    if noun is None or noun.skip or not any(c.endswith("gent") for c in word_info(noun.word.lower()).cases):
        return None
    return noun.word


def _noun_before_dash(s: Sentence, f: Figure) -> Optional[str]:
    """"в том числе посылок – 612 тыс. шт.": a noun in the genitive plural right before the dash that leads to it."""
    m = NOUN_DASH_BEFORE_RE.search(s.text, max(0, f.start - PEOPLE_WINDOW), f.start)
    if not m:
        return None
    info = word_info(m.group("word").lower())
    return m.group("word") if info.noun and GENITIVE_PLURAL in info.cases else None
