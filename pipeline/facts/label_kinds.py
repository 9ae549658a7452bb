"""A list's label that writes a counted noun of another kind than its lead-in's whole counts its own noun: in "Из
общего числа получателей: семьи с детьми – 3 904; прочие семьи – 275" the recipients are people, but each item
counts families (`count` "семьи"), since a family is no person; where the label's noun is of the whole's own kind
("пенсионеры – 1 652" among recipients) the lead-in's noun stays, as a list's lead-in gives its noun to its items."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline import morph
from pipeline.facts.measures import Figure, Measure, Noun, measure, noun_after
from pipeline.facts.sentence import Sentence

COUNTED_UNITS = ("count", "person")
# the label of "<label> – <figure>" after a list's ";" or ":" (a bracket's figures and a sentence's own are no item)
ITEM_LABEL_RE = regex.compile(r"[;:]\s*(?P<label>[^\d;:()–—-]{3,80}?)\s+[-–—]\s*\Z")
LABEL_WINDOW = 90


def labels_of_another_kind(s: Sentence, figures: list[Figure]) -> None:
    """Give a list item the noun its label writes where that noun counts another kind than the noun the item was
    given from before its label (the lead-in's)."""
    if ":" not in s.text:
        return
    for f in figures:
        m = f.measure
        if m.unit not in COUNTED_UNITS or m.object is None:
            continue
        noun = _label_noun(s, f)
        if noun is None or noun.unit == m.unit or not _named_before(s, m.object, f.start):
            continue
        f.measure = Measure(noun.unit, noun.word, m.end, m.multiplier, m.addend, m.skip)


def _label_noun(s: Sentence, f: Figure) -> Optional[Noun]:
    """The counted noun in the nominative (with its attributes) opening the item label right before the figure."""
    label = ITEM_LABEL_RE.search(s.text, max(0, f.start - LABEL_WINDOW), f.start)
    if label is None:
        return None
    start = label.start("label")
    noun = noun_after(s, start, "0", True)
    if noun is None or noun.skip or noun.unit not in COUNTED_UNITS or noun.end > label.end("label"):
        return None
    return noun if _can_be_nominative(noun.word) else None  # not "первым руководителям – 1 906" (permits given to them)


def _can_be_nominative(word: str) -> bool:
    """Whether the noun has a reading in the nominative ("семьи" is also a genitive singular)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in morph.parse(word.lower()))


def _can_be_genitive(word: str) -> bool:
    """Whether the noun has a reading in the genitive, the case of a part counted among a whole ("из них ... семей")."""
    return any(p.tag.POS == "NOUN" and p.tag.case in ("gent", "gen2") for p in morph.parse(word.lower()))


def _named_before(s: Sentence, obj: str, pos: int, mark: str = ":") -> bool:
    """Whether the item's noun was written before the list's last ":" ahead of the item (so came from its lead-in);
    with no mark, anywhere before pos."""
    colon = s.text.rfind(mark, 0, pos) if mark else pos
    return colon > 0 and regex.search(rf"(?<!\w){regex.escape(obj)}(?!\w)", s.text[:colon], regex.I) is not None


# "38 714 человек, из них многодетных семей – 6 102, семей, воспитывающих детей с инвалидностью, – 1 947": the parts a
# whole opens with "из них" / "в том числе", each labelled before its dash, within the whole's clause
PART_OPENING_RE = regex.compile(r"(?<!\w)(?:из\s+(?:них|которых)|в\s+том\s+числе)(?!\w)", regex.I)
PART_DASH_RE = regex.compile(r",?\s*[-–—]\s*\Z")
PART_WINDOW = 160
LEADING_COMMA_RE = regex.compile(r"\s*,?\s*")  # what stands between the part before and the next label


def parts_of_another_kind(s: Sentence, figures: list[Figure]) -> None:
    """Give a part of a whole the noun its label writes before its dash where that noun counts another kind than the
    whole's: the families among the people of "38 714 человек, из них многодетных семей – 6 102" are counted (a family
    is no person); "из них женщин – 500" keeps the whole's kind, and a part writing its own noun after it keeps it."""
    previous_end = 0
    for f in figures:
        m, label_end, previous = f.measure, f.start, previous_end
        previous_end = f.measure.end
        if m.unit not in COUNTED_UNITS or m.object is None:
            continue
        label_start = _part_label_start(s.text, f.start, previous)
        if label_start is None:
            continue
        if measure(s, f.number, f.end).unit is not None:  # "жилья – 4 318 специалистов": its own noun written
            continue
        dash = PART_DASH_RE.search(s.text, label_start, label_end)
        if dash is None or not _named_before(s, m.object, label_start, "") or label_start >= dash.start():
            continue
        noun = noun_after(s, label_start, "0", True)
        if noun is None or noun.skip or noun.unit not in COUNTED_UNITS or noun.unit == m.unit:
            continue
        if not _can_be_genitive(noun.word):  # "в том числе физическим лицам – 6,9 млн.": whom the whole was given
            continue
        if noun.end <= dash.start() and s.word_at(label_start) is not None and s.text[label_start:noun.end].count(",") == 0:
            f.measure = Measure(noun.unit, noun.word, m.end, m.multiplier, m.addend, m.skip)


def _part_label_start(text: str, start: int, previous_end: int) -> Optional[int]:
    """Where the label of a part right before `start` begins: after the clause's "из них" or, for a later part, after
    the comma that follows the part before; None where no "из них" opens parts in this clause."""
    window = text[max(0, start - PART_WINDOW):start]
    openings = list(PART_OPENING_RE.finditer(window))
    if not openings:
        return None
    rest = window[openings[-1].end():]
    if ";" in rest or "." in rest:
        return None
    begin = max(start - len(window) + openings[-1].end(), previous_end)
    return LEADING_COMMA_RE.match(text, begin, start).end()
