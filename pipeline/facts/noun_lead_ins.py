"""A lead-in that names what its list counts and puts only the scale in brackets gives both to the list's bare figures:
"зарегистрировано посещений (тыс.): всего – 612,4; из них по вопросам репродуктивного здоровья – 248,9" is 612 400
and 248 900 visits, as "(тыс. посещений):" would be (series.units_written_once reads a bracket that holds the unit)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import MAGNITUDE_RE, Figure, Measure, magnitude, measure
from pipeline.facts.sentence import Sentence

# "посещений (тыс.):", "обращений (млн):": a word, then a bracket holding a scale alone, then the colon
SCALE_LEAD_IN_RE = regex.compile(r"(?<!\w)(?P<noun>[^\W\d_]+)\s*\(\s*(?P<scale>[^()\d]{2,12}?)\s*\)\s*:", regex.I)
COUNTED_UNITS = ("count", "person")


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
    counted = measure(s, "5", lead.start("noun"))  # what the noun would count after a number
    if counted.unit not in COUNTED_UNITS or counted.end != lead.end("noun"):
        return
    multiplier = magnitude(scale.group("mag"))
    for f in figures:
        bare = f.measure
        if f.start > lead.end() and bare.unit is None and bare.multiplier == 1:
            f.measure = Measure(counted.unit, counted.object, bare.end, multiplier, bare.addend, bare.skip)
