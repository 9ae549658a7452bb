"""Animals counted as the head of a herd ("Маточное поголовье доведено до 620 крольчих", "поголовье ... составило
1 200 овцематок"): a noun morphology reads as animate, which would count people, names livestock where its clause
speaks of a поголовье (the head count of animals), so the figure counts it as a thing. A person word of the vocabulary
(человек, работников) keeps counting people: a поголовье is never of them."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import PERSON_LEMMAS, word_info

HERD_RE = regex.compile(r"(?<!\w)поголовь[еяюи]\w*", regex.I)
HERD_WORDS = literals("поголовь")
CLAUSE_STARTS = ";,()"  # the clause of a figure runs back to the nearest of these


def herds_counted(s: Sentence, figures: list[Figure]) -> None:
    """Figures counting an animate noun in a clause whose поголовье they state become counts of that noun."""
    if s.absent(HERD_WORDS):
        return
    for f in figures:
        if f.measure.unit != "person" or not f.measure.object:
            continue
        start = max(s.text.rfind(c, 0, f.start) for c in CLAUSE_STARTS) + 1
        if HERD_RE.search(s.text, start, f.start) and not word_info(f.measure.object.lower()).lemmas & PERSON_LEMMAS:
            f.measure = replace(f.measure, unit="count")
