"""A lead-in that names what its list counts and puts only the scale in brackets gives both to the list's bare figures:
"зарегистрировано посещений (тыс.): всего – 612,4; из них по вопросам репродуктивного здоровья – 248,9" is 612 400
and 248 900 visits, as "(тыс. посещений):" would be (series.units_written_once reads a bracket that holds the unit)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import MAGNITUDE_RE, Figure, Measure, magnitude, measure
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import GENITIVE_PLURAL, word_info

# "посещений (тыс.):", "обращений (млн):": a word, then a bracket holding a scale alone, then the colon
SCALE_LEAD_IN_RE = regex.compile(r"(?<!\w)(?P<noun>[^\W\d_]+)\s*\(\s*(?P<scale>[^()\d]{2,12}?)\s*\)\s*:", regex.I)
COUNTED_UNITS = ("count", "person")
WORD_BEFORE_RE = regex.compile(r"(?<!\w)(?P<word>[а-яё]+)\s+\Z", regex.I)
WORD_RE = regex.compile(r"(?<!\w)[а-яё]+(?!\w)", regex.I)
GROUP_WORDS = 3  # words before a lead-in's noun that may belong to its group


def nouns_of_scale_lead_ins(s: Sentence, figures: list[Figure]) -> None:
    """Give the bare figures after "<noun> (<scale>):" the noun's unit and counted word and the scale."""
    if "(" not in s.text or ":" not in s.text:
        return
    lead = SCALE_LEAD_IN_RE.search(s.text)
    if lead is None:
        return
    scale = MAGNITUDE_RE.fullmatch(s.text, lead.start("scale"), lead.end("scale"))
    if scale is None:
        return
    head = _head_of_group(s, lead.start("noun"))
    counted = measure(s, "5", head)  # what the noun would count after a number
    if counted.unit not in COUNTED_UNITS or (counted.end != lead.end("noun") if head == lead.start("noun")
                                             else counted.object != s.text[head:].split(None, 1)[0]):
        return
    multiplier = magnitude(scale.group("mag"))
    for f in figures:
        bare = f.measure
        if f.start > lead.end() and bare.unit is None and bare.multiplier == 1:
            f.measure = Measure(counted.unit, counted.object, bare.end, multiplier, bare.addend, bare.skip)


def _head_of_group(s: Sentence, noun: int) -> int:
    """Where the noun group ending with the noun at `noun` starts, at its first noun in the genitive plural: in
    "зарегистрировано предъявлений цифровых документов (млн.):" the presentations are counted, "цифровых документов"
    is their complement. Back over up to three words, each an attribute or a noun in the genitive."""
    head = noun
    for _ in range(GROUP_WORDS):
        m = WORD_BEFORE_RE.search(s.text, 0, head)
        if m is None:
            break
        info = word_info(m.group("word").lower())
        if not any(case.endswith("gent") for case in info.cases) or not (info.noun or info.attributive):
            break
        head = m.start("word")
    for m in WORD_RE.finditer(s.text, head, noun):  # the first noun of the group in the genitive plural
        info = word_info(m.group().lower())
        if info.noun and info.top_pos == "NOUN" and GENITIVE_PLURAL in info.cases:
            return m.start()
    return noun
