"""Register tonnes of a ship's capacity ("168 тыс. брутто-регистровых тонн", "12 тыс. регистровых тонн", "4 500 брт")
are `gross_register_tonne` with no object: a volume of 100 cubic feet, not a mass (README_labels, Units), as tonnes
of ozone-depleting potential are `odp_tonne`."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals

# between the number and the end of its tonnes: "брутто-регистровых", "регистровых", "брутто регистровых"
REGISTER_WORD_RE = regex.compile(r"(?:брутто\s*-?\s*)?регистров\w*", regex.I)
ABBREVIATED_RE = regex.compile(r"\s*(?-i:брт|БРТ|б\.р\.т\.)(?!\w)")
REGISTER_WORDS = literals("регистров", "брт", "БРТ", "б.р.т.")


def register_tonnes(s: Sentence, figures: list[Figure]) -> None:
    """A figure of tonnes whose unit words say register tonnes becomes `gross_register_tonne` without an object."""
    if s.absent(REGISTER_WORDS):
        return
    for f in figures:
        if f.measure.unit == "tonne" and REGISTER_WORD_RE.search(s.text, f.end, f.measure.end):
            f.measure = replace(f.measure, unit="gross_register_tonne", object=None)
        elif f.measure.unit in (None, "count") and f.measure.object is None:
            m = ABBREVIATED_RE.match(s.text, f.measure.end)
            if m:
                f.measure = replace(f.measure, unit="gross_register_tonne", end=m.end())
