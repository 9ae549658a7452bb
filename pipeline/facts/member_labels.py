"""What the label of a series member says the member is, apart from the unit a later member writes.

"Число поездок – 1,62 млн., средняя длина поездки – 8,4 км": a member labelled "число"/"количество"/"численность"
of a noun counts that noun, so the scale it writes alone is not the start of a unit written once after the last member
(the "км" of another measure); the noun of its label gives it its unit (context.counted_before). Likewise a member
that opens a part of the whole before it ("парк – 19 860 автомобилей, из них класса «Евро-5» – 6 130; средний возраст –
9,4 года") counts what the whole counts (context), not the years of the member after it.
"""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import GENITIVE_PLURAL

# "Число поездок –", ", количество обращений граждан –": the label opens the sentence or follows a comma, semicolon or
# colon; its noun may take a phrase set off by commas ("; количество перевозчиков, допущенных к перевозкам, –")
COUNT_LABEL_RE = regex.compile(
    r"(?:^|[,;:]|\s(?:а|и))\s*(?:количеств[оа]|числ[оа]|численност[ьи])\s+(?:[а-яё]+\s+){0,3}[а-яё]+"
    r"(?:\s*,\s*(?:[а-яё]+\s+){0,4}[а-яё]+\s*,)?\s*[-–—]\s*\Z", regex.I)
COUNT_LABEL_WINDOW = 100  # characters before a member searched for its label
# "из них в возрасте до 3 лет – 1 037": a bound of the part's label is no figure of the part
PART_OF_THEM_BEFORE_RE = regex.compile(
    r"(?<!\w)из\s+(?:них|которых)(?!\w)(?:[^\d;]|(?<=(?:до|от|старше|свыше|младше|моложе|менее|более)\s+)\d+(?:[,.]\d+)?)*\Z",
    regex.I)
PART_WINDOW = 60  # characters before a figure searched for "из них"
# What stands between a whole and the part after it: ", из них соответствующих классу «Евро-5» – ", ", в том числе "
PART_OPENING_RE = regex.compile(r"\s*[,;:]\s*(?:из\s+(?:них|которых)|в\s+том\s+числе(?!\w)|в\s*т\.\s*ч\.)[^;()]*", regex.I)


def counts_its_label(text: str, start: int) -> bool:
    """Whether the member starting at `start` is labelled as the number of a noun ("Число поездок – 1,62 млн.")."""
    return bool(COUNT_LABEL_RE.search(text, max(0, start - COUNT_LABEL_WINDOW), start))


# "; юрточных городков – ", "; мест размещения в них – ": a member's label of a few words after a clause break
THING_LABEL_RE = regex.compile(r"(?:^|[,;:])\s*(?P<label>(?:[а-яё-]+\s+){0,3}[а-яё-]+)\s*[-–—]\s*\Z", regex.I)
THING_LABEL_WINDOW = 60


def label_of_its_own(s: Sentence, bare: Figure, closing: Figure) -> bool:
    """Whether the bare member's label says what it counts, not the unit the later member `closing` writes: labelled as
    the number of a noun (`counts_its_label`), or labelled by things, the label's first noun in the genitive plural
    naming no people, before a member counting people ("юрточных городков – 41; мест размещения в них – 3 960; принято
    туристов – 118,6 тыс. человек": 41 and 3 960 count towns and places; "мужчин – 41; женщин – 77 человек" share)."""
    if counts_its_label(s.text, bare.start):
        return True
    if closing.measure.unit != "person":
        return False
    label = THING_LABEL_RE.search(s.text, max(0, bare.start - THING_LABEL_WINDOW), bare.start)
    if label is None:
        return False
    noun = next((w for w in s.words_between(label.start("label"), label.end("label"))
                 if w.info.noun and not w.info.attributive), None)
    return noun is not None and GENITIVE_PLURAL in noun.info.cases and not noun.info.people


def part_of_them(s: Sentence, f: Figure) -> bool:
    """Whether the figure counts a part of a set named before it ("из них 4 712 – частных", "из которых в электронном
    формате – 3,4 млн."): a set has parts, a rate has none."""
    return bool(PART_OF_THEM_BEFORE_RE.search(s.text, max(0, f.start - PART_WINDOW), f.start))


def parts_a_whole(text: str, whole_end: int, start: int) -> bool:
    """Whether the member starting at `start` opens a part of the whole ending at `whole_end` ("19 860 автомобилей, из
    них класса «Евро-5» – 6 130"), with no other clause between them."""
    return bool(PART_OPENING_RE.fullmatch(text, whole_end, start))


# "зябликов – 6 112 особей": a member labelled by a word and a dash, the counted noun written after the figure
WORD_LABEL_DASH_RE = regex.compile(r"(?<!\w)[а-яё]{3,}\s+[-–—]\s*\Z", regex.I)
WORD_LABEL_WINDOW = 40


def labelled_by_a_word(text: str, start: int) -> bool:
    """Whether the member starting at `start` is labelled by a word and a dash ("Больше всего поймано зябликов – 6 112
    особей"): the later members of its series are labelled alike, their label words naming kinds of what the first
    member counts, not counted nouns ("чижей – 2 870" counts «особей» too, though morphology reads birds as people)."""
    return bool(WORD_LABEL_DASH_RE.search(text, max(0, start - WORD_LABEL_WINDOW), start))


# "186,3 тыс. тонн отходов упаковки, из них стеклянной – ": the whole's complement, then the opening of its parts
WHOLE_THEN_PARTS_RE = regex.compile(rf"(?:\s+[а-яё-]+){{0,3}}{PART_OPENING_RE.pattern}", regex.I)


def part_of_a_later_whole(text: str, figures: list[Figure], bare: Figure, lead_end: int) -> bool:
    """Whether the bare figure is a part of a whole with a unit of its own written after a lead-in that ends at
    `lead_end` ("производителей (импортеров): ...; собрано 186,3 тыс. тонн, из них стеклянной – 41,2 тыс."): it
    counts what its whole counts, not what the lead-in's bracket names."""
    return any(lead_end < whole.start < bare.start and whole.measure.unit is not None
               and WHOLE_THEN_PARTS_RE.fullmatch(text, whole.measure.end, bare.start) for whole in figures)
