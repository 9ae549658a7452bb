"""A count before a noun whose name opens with digits and Latin letters: "12 3D-принтеров", "20 4K-мониторов",
"6 5G-станций". The digits of the name are no number of their own (README_labels: a number inside a name is no
fact), and the figure before them counts the named thing; without this the figure stands with no noun and takes
the unit of a figure before it ("18,4 млн рублей, в том числе 12 3D-принтеров" is no 12 million roubles)."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

# the name after the figure: digits glued to one to three Latin capitals, then a hyphen and a Cyrillic word
# ("3D-принтеров") or the end of the word ("4K")
CODE_NOUN_RE = regex.compile(r"\s+(?P<noun>\d+[A-Z]{1,3}(?:[-‑][а-яё]+(?!\w)|(?![\w-])))")
CODE_START_RE = regex.compile(r"\d[A-Z]")


def counts_of_code_nouns(s: Sentence, figures: list[Figure]) -> None:
    """A figure with no unit of its own followed by such a name becomes a count of the name, its span running to the
    name's end."""
    if not CODE_START_RE.search(s.text):
        return
    for f in figures:
        if f.measure.unit not in (None, "count") or f.measure.object is not None:
            continue
        m = CODE_NOUN_RE.match(s.text, f.end)
        if m:
            f.measure = replace(f.measure, unit="count", object=m.group("noun"), end=m.end())
