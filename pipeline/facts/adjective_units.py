"""Units written as an adjective and a noun, where the noun alone is a count or another unit: "18–22 морских мили",
"до 250 морских миль" are `nautical_mile` with no object (README_labels, Units), not a count of miles. The noun read
as the counted object is replaced by the unit the pair names, for a single number and for both ends of a range
("18–22 морских мили": the 18 takes the noun of the 22)."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals

# (the adjective's stem, the noun's stem, the unit): the pair as one unit of measurement
ADJECTIVE_UNITS = (
    ("морск", "мил", "nautical_mile"),
)
ADJECTIVE_UNIT_WORDS = literals(*{noun for _, noun, _ in ADJECTIVE_UNITS})
# after a figure: the other end of a range it opens, if any, then the adjective and the noun
_RANGE_END = r"(?:\s*[–—-]\s*\d+(?:[,.]\d+)?)?"
UNIT_PHRASE_RES = tuple(
    (regex.compile(rf"(?P<range>{_RANGE_END})\s+{adjective}\w*\s+{noun}\w*", regex.I), unit)
    for adjective, noun, unit in ADJECTIVE_UNITS
)


def units_of_two_words(s: Sentence, figures: list[Figure]) -> None:
    """A count whose noun, with the adjective before it, names a unit becomes a figure of that unit with no object,
    its text span running to the end of the noun when the noun follows it directly."""
    if s.absent(ADJECTIVE_UNIT_WORDS):
        return
    for f in figures:
        if f.measure.unit not in (None, "count"):
            continue
        for pattern, unit in UNIT_PHRASE_RES:
            m = pattern.match(s.text, f.end)
            if m:
                end = f.measure.end if m.group("range") else m.end()
                f.measure = replace(f.measure, unit=unit, object=None, end=max(end, f.measure.end))
                break
