"""Tonnes of coal equivalent ("48,7 млн. тонн условного топлива", "3,2 млн т у.т.", "тонн в условном топливе") are
`tonne_coal_equivalent` with no object: an amount of energy (7 Gcal a tonne), not a mass of fuel (README_labels,
Units), as tonnes of ozone-depleting potential are `odp_tonne`. Grams and kilograms of it ("352 грамма условного
топлива на 1 кВт·ч", "168,3 кг у.т. на 1 Гкал") keep their units: the labels read a specific consumption as a mass."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals

# after the tonnes: "условного топлива", "у.т.", "у. т.", "(у.т.)", "в условном топливе", "в пересчете на условное топливо"
EQUIVALENT_AFTER_RE = regex.compile(
    r"\s*(?:условн\w+\s+топлив\w*|\(?(?-i:у\.\s?т\.?)\)?"
    r"|в\s+(?:условном\s+топливе|пересч[её]те\s+на\s+условное\s+топливо))",
    regex.I,
)
# the tonnes abbreviated with the fuel, which the unit scan leaves unread: "3,2 тыс. т у.т.", "2,1 тыс. тут", "т.у.т."
ABBREVIATED_RE = regex.compile(r"\s*(?-i:т\.?\s?у\.\s?т\.?|тут)(?!\w)")
EQUIVALENT_WORDS = literals("условн", "у.т", "у. т", "тут")


def tonnes_of_coal_equivalent(s: Sentence, figures: list[Figure]) -> None:
    """A figure of tonnes followed by the words of coal equivalent becomes `tonne_coal_equivalent` without an object,
    its text span running to the end of those words."""
    if s.absent(EQUIVALENT_WORDS):
        return
    for f in figures:
        if f.measure.unit == "tonne":
            m = EQUIVALENT_AFTER_RE.match(s.text, f.measure.end)
            if m:
                f.measure = replace(f.measure, unit="tonne_coal_equivalent", object=None, end=m.end())
        elif f.measure.unit in (None, "count") and f.measure.object is None:
            m = ABBREVIATED_RE.match(s.text, f.measure.end)
            if m:
                f.measure = replace(f.measure, unit="tonne_coal_equivalent", end=m.end())
