"""A bare figure after a label that is only a counted noun, in a clause of its own after an amount: "стоит 30
манатов, в зоне .com.az — 20 манатов; аккредитованных регистраторов — 11" counts registrars (organisations), not
manats; the noun written before the number says what it counts (after a count, context._noun_of_label decides)."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.measures import noun_after
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import GENITIVE_PLURAL, word_info

# "; аккредитованных регистраторов — 11": the label opens a clause of its own after a semicolon, its words an attribute
# or two and a noun, all in the genitive plural (after a comma it goes on with the amount's parts: "Расходы составили 12
# млрд. тенге, капитальных вложений – 3,4"); no parts of a whole ("из них": the amount's parts are amounts)
LABEL_DASH_RE = regex.compile(r";\s*(?P<label>(?:[а-яё]+\s+){0,2}[а-яё]{3,})\s+[-–—]\s*\Z", regex.I)
LABEL_WINDOW = 60  # characters before a figure searched for such a label
COUNTED = ("count", "person")
WHOLE_RE = regex.compile(r"\d[\d\s]*")  # "11", "1 206": a number of things is whole


def counted_noun_of_label(s: Sentence, start: int, number: str, donor_unit: Optional[str]) -> Optional[tuple[str, str]]:
    """(unit, noun) the label of a bare whole `number` at `start` counts, where the figure before it is no count (an
    amount of money, a measure) and every word of the label is in the genitive plural; else None."""
    if donor_unit in COUNTED or not WHOLE_RE.fullmatch(number):
        return None  # a count before: its own label rules (context._noun_of_label) decide; "3,4" counts no things
    m = LABEL_DASH_RE.search(s.text, max(0, start - LABEL_WINDOW), start)
    if not m:
        return None
    infos = [word_info(w) for w in m.group("label").lower().split()]
    if not all(GENITIVE_PLURAL in i.cases and not i.indeclinable for i in infos):
        return None  # "сальдо – минус 2,7 млрд": an indeclinable noun is in every case, no plural counted
    noun = noun_after(s, m.start("label"), "0", True)
    if noun is None or noun.skip or noun.unit not in COUNTED or noun.end != m.end("label"):
        return None
    return noun.unit, noun.word
